/**
 * `npm run build [internal|public]`: validates the content, builds each site into a staging folder
 * (in memory where there is room: scripts/build/staging.ts), audits the public one, and only then
 * brings dist/ up to date, writing only the files that changed (scripts/build/publish.ts). That
 * update is prepared while the build goes on (each part of a site once it is final; the public
 * site only once audited) and committed when everything has succeeded. A failed build, index or
 * audit undoes what was prepared and leaves the previous dist/ as it was: nothing half-built is
 * ever deployed. (Only the update itself failing, a full disk say, leaves a site partly updated;
 * the next build completes it.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { contentDir } from '../src/config/content-dir.ts';
import { childEnv, env } from '../src/config/env.ts';
import { LANGS } from '../src/config/site.ts';
import type { Variant } from '../src/release/rule.ts';
import { siteDirs } from '../src/site/settings.ts';
import { recordPhase, timed } from '../src/timings.ts';
import { auditSite, type Finding } from './audit/audit.ts';
import { UsageError, run, variantsFrom } from './cli/cli.ts';
import { lockProject } from './build/lock.ts';
import { abandon, commit, publish, type Prepared, type PrepareOptions, type Published } from './build/publish.ts';
import { makeStaging } from './build/staging.ts';
import { RECORDS_DIR } from '../src/search/records.ts';

const root = resolve(env.root() ?? process.cwd());
const dist = resolve(root, env.dist() ?? 'dist');
const astroBin = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const validator = join(import.meta.dirname, 'build', 'validate-process.ts');

/**
 * Astro writes each page into its incremental cache as it renders it, and the manifest saying
 * which key each copy belongs to only at the end. A build that stopped half-way (an error, Ctrl-C,
 * out of memory) leaves new copies under old keys, and reverting the edit would bring those back:
 * the marker makes the next build of that site start from no manifest, rendering every page.
 */
function guardIncrementalCache(variant: Variant): { ok(): void } {
  const dir = siteDirs(root, variant).cache;
  const marker = join(dir, '.building');
  if (existsSync(marker)) rmSync(join(dir, 'incremental-build.json'), { force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(marker, `${process.pid}\n`);
  return { ok: () => rmSync(marker, { force: true }) };
}

/**
 * The build's child processes: stopped when the build ends early (Ctrl-C ends it through
 * process.exit, scripts/build/lock.ts), or they would go on writing into a staging folder just removed.
 */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of children) c.kill();
});

/**
 * Runs a Node script of the build; true when it succeeds. Its output goes to the build's, and the
 * messages it sends (process.send) to `heard`.
 */
function runNode(
  args: string[],
  vars: NodeJS.ProcessEnv = childEnv(),
  heard?: (message: unknown, child: ChildProcess) => void,
): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      // Rolldown (Astro's bundler) and Astro's compiler allocate with mimalloc, which by default
      // returns freed memory to the system only when the thread that freed it allocates again:
      // after bundling, 50 MB (1,000 entries) to 250 MB (10,000) per Astro process stayed taken
      // while the pages rendered. 0 returns it at once (https://microsoft.github.io/mimalloc/environment.html); a
      // value set by the user wins.
      env: { MIMALLOC_PURGE_DELAY: '0', ...vars },
      stdio: heard ? ['ignore', 'inherit', 'inherit', 'ipc'] : ['ignore', 'inherit', 'inherit'],
    });
    if (heard) child.on('message', (m) => heard(m, child));
    children.add(child);
    child.once('close', (code) => {
      children.delete(child);
      done(code === 0);
    });
  });
}

/**
 * One site's Astro build, with its own root (src/site/settings.ts). The internal site reads the
 * content folder, through the index the validation wrote; the public site is told nothing of the
 * content folder: it reads the public tree.
 */
async function astroBuild(variant: Variant, outDir: string, index: string, treeReady: string): Promise<boolean> {
  const own = siteDirs(root, variant).root;
  mkdirSync(own, { recursive: true });
  const cache = guardIncrementalCache(variant);
  // Astro reads --config relative to --root.
  const config = relative(own, join(root, 'astro.config.mjs'));
  const ok = await runNode(
    [astroBin, 'build', '--root', own, '--config', config, '--outDir', outDir, '--silent'],
    childEnv(
      variant === 'internal'
        ? { RELAIS_SITE: variant, RELAIS_CONTENT_INDEX: index, RELAIS_CONTENT: contentDir(root) }
        : // Started while the validation writes the tree: its loader waits for the ready file.
          {
            RELAIS_SITE: variant,
            RELAIS_CONTENT_INDEX: undefined,
            RELAIS_CONTENT: undefined,
            RELAIS_TREE_READY: treeReady,
          },
    ),
  );
  if (ok) cache.ok();
  return ok;
}

/**
 * The site's search index, made once its Astro process has exited and freed its memory;
 * `bundleWritten` hears of each interface language's bundle as soon as it is final.
 */
function searchIndex(variant: Variant, outDir: string, bundleWritten: (lang: string) => void): Promise<boolean> {
  return runNode(
    [join(import.meta.dirname, 'build', 'search', 'index-process.ts'), outDir, variant],
    childEnv(),
    (m) => {
      const bundle = (m as { bundle?: unknown }).bundle;
      if (typeof bundle === 'string') bundleWritten(bundle);
    },
  );
}

/** prepare() (publish.ts) in a worker thread: the build's main thread stays free for the audit. */
function prepareInWorker(from: string, to: string, options: PrepareOptions): Promise<Prepared> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./build/publish-worker.ts', import.meta.url), {
      workerData: { from, to, options },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the publishing thread stopped (exit code ${code})`)));
  });
}

/**
 * A first build staged on the output's file system: the staged folder simply becomes the site.
 * False when they are different file systems after all (RELAIS_DIST on another disk).
 */
function renamed(from: string, to: string): boolean {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EXDEV') return false;
    throw e;
  }
}

/**
 * Builds before this one moved the sites they replaced into dist/.trash/ and emptied it later;
 * a checkout may still have one. Removed while the sites render.
 */
async function removeOldTrash(): Promise<void> {
  try {
    await rm(join(dist, '.trash'), { recursive: true, force: true });
  } catch (e) {
    console.warn(`warning: could not remove ${join(dist, '.trash')}: ${(e as Error).message}`);
  }
}

await run(async () => {
  const variants = variantsFrom(process.argv.slice(2));
  // Made first: the validation writes the content index into it.
  const stage = makeStaging(root);
  const staging = stage.dir;
  const index = join(staging, 'content-index.bin');
  let emptying: Promise<void> = Promise.resolve();
  // A site built on the output's disk and published for the first time simply becomes the site
  // (decided once the project is locked).
  const renaming = new Set<Variant>();
  // Each site's update, prepared part by part while the build goes on (publish.ts).
  const parts = new Map<Variant, Promise<Prepared>[]>(variants.map((v) => [v, []]));
  const ahead = (v: Variant, part: string, except: string[] = []) => {
    if (renaming.has(v)) return;
    const work = () => prepareInWorker(join(staging, v, part), join(dist, v, part), { except });
    const prepared = timed('publish-prepare', work, { site: v, detail: part || '(site)' });
    // Awaited when committing or abandoning; marked handled now so a failure is not reported early.
    prepared.catch(() => {});
    parts.get(v)!.push(prepared);
  };
  /** Undoes every prepared part: dist/ is left as it was. */
  const undo = async () => {
    const settled = await Promise.allSettled([...parts.values()].flat());
    abandon(settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])));
  };
  try {
    // The validation runs in a process of its own (validate-process.ts), while this one takes the
    // lock and starts the Astro processes: their start-up overlaps it, and they wait for the
    // content index it writes. Invalid content stops everything, even a wait for the lock.
    const invalid = new AbortController();
    // The validation writes the public tree once it knows this build holds the lock (it asks, and
    // is told below), so a build waiting for another never changes the tree that one reads.
    const treeReady = join(staging, 'public-tree.ready');
    const tree = variants.includes('public') ? ['--tree', siteDirs(root, 'public').tree, treeReady] : ['--internal'];
    let lockHeld = false;
    let asking: ChildProcess | undefined;
    const tell = () => {
      if (lockHeld && asking?.connected) asking.send({ locked: true });
    };
    const validating = timed('validate', () =>
      runNode([validator, root, index, ...tree], childEnv(), (m, child) => {
        if ((m as { validated?: boolean }).validated) {
          asking = child;
          tell();
        }
      }),
    ).then((ok) => {
      if (!ok) {
        invalid.abort();
        for (const c of children) c.kill();
      }
      return ok;
    });
    await lockProject(root, `build of ${variants.join(' and ')}`, 10 * 60_000, invalid.signal);
    if (invalid.signal.aborted) return 1;
    lockHeld = true;
    tell();
    emptying = removeOldTrash();
    for (const v of variants) if (!stage.inMemory && !existsSync(join(dist, v))) renaming.add(v);
    const started = Date.now();
    const bundles = LANGS.map((l) => `${l}${sep}`);
    const one = async (v: Variant) => {
      if (invalid.signal.aborted) return false;
      if (!(await timed('astro-build', () => astroBuild(v, join(staging, v), index, treeReady), { site: v })))
        return false;
      // The internal site's pages are final once Astro is done, each search bundle once written; the
      // public site is published only once audited (below), whole.
      const early = v !== 'public';
      if (early) ahead(v, '', [`pagefind${sep}`, `${RECORDS_DIR}${sep}`]);
      const indexed = await searchIndex(v, join(staging, v), (lang) => early && ahead(v, join('pagefind', lang)));
      if (indexed && early) ahead(v, 'pagefind', bundles);
      return indexed;
    };
    // The audit of the public site starts as soon as that site is built, while the internal one
    // (the larger) is still building: on two cores it then costs little wall time.
    const audited = async (built: boolean): Promise<Finding[] | null> => {
      if (!built) return null;
      const findings = await timed(
        'audit',
        // The audit reads the index the validation wrote, and the tree the public site was built from.
        () => auditSite(join(staging, 'public'), root, { tree: siteDirs(root, 'public').tree, index }),
        { site: 'public' },
      );
      if (findings.length === 0) ahead('public', '');
      return findings;
    };
    // Both sites at once (two cores): each has its own Astro root, .astro/ folder and cache, so
    // nothing of the internal build can reach the public one. RELAIS_BUILD_SEQUENTIAL=1 builds them
    // one after the other (less memory at once; the benchmark compares both).
    const results: boolean[] = [];
    let findings: Promise<Finding[] | null> = Promise.resolve([]);
    if (env.buildSequential()) {
      for (const v of variants) results.push(await one(v));
      if (variants.includes('public') && results.every(Boolean)) findings = audited(true);
    } else {
      const builds = variants.map((v) => {
        const build = one(v);
        if (v === 'public') {
          findings = build.then(audited);
          // Awaited below, after both builds; marked handled now so a throw is not reported early.
          findings.catch(() => {});
        }
        return build;
      });
      results.push(...(await Promise.all(builds)));
    }
    const failed = variants.filter((_, i) => !results[i]);
    const valid = await validating;
    if (!valid || failed.length) {
      await findings.catch(() => null);
      await undo();
      // Invalid content: the validation has printed the problems, and the Astro processes were stopped for them.
      if (valid) console.error(`error: the ${failed.join(' and ')} build failed (see above); dist/ was left as it was`);
      return 1;
    }
    const leaks = await findings;
    if (leaks?.length) {
      await undo();
      for (const f of leaks) console.error(`leak  ${f.file}  ${f.what}: ${JSON.stringify(f.match)}`);
      console.error(
        `error: the public build contains internal content (${leaks.length} finding(s)); dist/ was left as it was`,
      );
      return 1;
    }
    await timed('publish', async () => {
      for (const v of variants) {
        const target = join(dist, v);
        if (renaming.has(v) && renamed(join(staging, v), target)) {
          console.log(`built ${v} site → ${target}`);
          continue;
        }
        let prepared: Prepared[];
        try {
          prepared = await Promise.all(parts.get(v)!);
        } catch (e) {
          // Nothing of this site is committed: undone with the others (below).
          throw new UsageError(
            `could not prepare the update of ${target} (${(e as Error).message}); it was left as it was`,
          );
        }
        let n: Published;
        try {
          // Nothing prepared ahead: a first publish that could not be a rename after all.
          n = prepared.length ? commit(prepared) : publish(join(staging, v), target);
        } catch (e) {
          // What this site's commit already renamed may link to what it added: left for the next
          // build to complete. The sites not committed yet are undone below.
          parts.set(v, []);
          throw new UsageError(
            `could not update ${target} (${(e as Error).message}): it is partly updated; the next build completes it`,
          );
        }
        parts.set(v, []);
        console.log(
          `built ${v} site → ${target} (${n.written} files written, ${n.unchanged} unchanged, ${n.removed} removed)`,
        );
      }
    });
    recordPhase('build', Date.now() - started);
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (e) {
    // A defect, or the update failing: the sites not yet committed are left as they were.
    await undo();
    throw e;
  } finally {
    stage.remove();
    await emptying;
  }
});
