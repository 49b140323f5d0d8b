/**
 * `npm run build [internal|public]`: validates the content, builds each site into a staging folder
 * (in memory where there is room: scripts/lib/staging.ts), audits the public one, and only then
 * brings dist/ up to date, writing only the files that changed (scripts/lib/publish.ts). A failed
 * build, index or audit leaves the previous dist/ untouched: nothing half-built is ever deployed.
 * (Only the update itself failing, a full disk say, leaves a site partly updated; the next build
 * completes it.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Variant } from '../src/lib/publication.ts';
import { contentIndex, saveContentIndex } from '../src/lib/content-index.ts';
import { recordPhase, timed } from '../src/lib/timings.ts';
import { auditSite, type Finding } from './lib/audit.ts';
import { UsageError, run, variantsFrom } from './lib/cli.ts';
import { lockProject } from './lib/lock.ts';
import { publish, type Published } from './lib/publish.ts';
import { makeStaging } from './lib/staging.ts';
import { validate } from './check.ts';

const root = resolve(process.env.RELAIS_ROOT ?? process.cwd());
const dist = resolve(root, process.env.RELAIS_DIST ?? 'dist');
const astroBin = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Each site builds with an Astro root of its own, so each has its own .astro/ folder (where Astro
 * writes the modules that import content assets and MDX); the sources, the config and the
 * packages stay the project's. That lets the two sites build at the same time without sharing anything.
 */
function astroRoot(variant: Variant): string {
  const dir = join(root, '.cache', 'roots', variant);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Where Astro keeps a site's caches (content data store, incremental pages; astro.config.mjs reads
 * RELAIS_CACHE): beside the output for a build into another dist (tests, benchmarks).
 */
const cacheBase = process.env.RELAIS_CACHE
  ? resolve(root, process.env.RELAIS_CACHE)
  : process.env.RELAIS_DIST
    ? join(dist, '.astro-cache')
    : join(root, 'node_modules', '.astro');

/**
 * Astro writes each page into its incremental cache as it renders it, and the manifest saying
 * which key each copy belongs to only at the end. A build that stopped half-way (an error, Ctrl-C,
 * out of memory) leaves new copies under old keys, and reverting the edit would bring those back:
 * the marker makes the next build of that site start from no manifest, rendering every page.
 */
function guardIncrementalCache(variant: Variant): { ok(): void } {
  const dir = join(cacheBase, variant);
  const marker = join(dir, '.building');
  if (existsSync(marker)) rmSync(join(dir, 'incremental-build.json'), { force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(marker, `${process.pid}\n`);
  return { ok: () => rmSync(marker, { force: true }) };
}

/**
 * The build's child processes: stopped when the build ends early (Ctrl-C ends it through
 * process.exit, scripts/lib/lock.ts), or they would go on writing into a staging folder just removed.
 */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of children) c.kill();
});

/** Runs a Node script of the build; true when it succeeds. Its output goes to the build's. */
function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    children.add(child);
    child.once('close', (code) => {
      children.delete(child);
      done(code === 0);
    });
  });
}

async function astroBuild(variant: Variant, outDir: string, index: string): Promise<boolean> {
  const own = astroRoot(variant);
  const cache = guardIncrementalCache(variant);
  // Astro reads --config relative to --root.
  const config = relative(own, join(root, 'astro.config.mjs'));
  const ok = await runNode([astroBin, 'build', '--root', own, '--config', config, '--outDir', outDir, '--silent'], {
    ...process.env,
    RELAIS_SITE: variant,
    // The index validate() just made: the Astro processes read it instead of scanning again.
    RELAIS_CONTENT_INDEX: index,
    ...(process.env.RELAIS_CONTENT ? { RELAIS_CONTENT: resolve(root, process.env.RELAIS_CONTENT) } : {}),
    RELAIS_CACHE: cacheBase,
  });
  if (ok) cache.ok();
  return ok;
}

/** The site's search index, made once its Astro process has exited and freed its memory. */
function searchIndex(variant: Variant, outDir: string): Promise<boolean> {
  return runNode([join(import.meta.dirname, 'lib', 'search', 'index-process.ts'), outDir, variant]);
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
function removeOldTrash(): Promise<unknown> {
  return rm(join(dist, '.trash'), { recursive: true, force: true }).catch((e: Error) =>
    console.warn(`warning: could not remove ${join(dist, '.trash')}: ${e.message}`),
  );
}

await run(async () => {
  const variants = variantsFrom(process.argv.slice(2));
  if (!(await timed('validate', () => validate(root, { publicSite: variants.includes('public') })))) return 1;
  await lockProject(root, `build of ${variants.join(' and ')}`, 10 * 60_000);
  const emptying = removeOldTrash();
  const stage = makeStaging(root);
  const staging = stage.dir;
  try {
    const started = Date.now();
    // Both sites at once (two cores): each has its own Astro root, .astro/ folder and cache, so
    // nothing of the internal build can reach the public one. RELAIS_BUILD_SEQUENTIAL=1 builds them
    // one after the other (less memory at once; the benchmark compares both).
    const index = join(staging, 'content-index.bin');
    saveContentIndex(contentIndex(root), index);
    const one = async (v: Variant) =>
      (await timed('astro-build', () => astroBuild(v, join(staging, v), index), { site: v })) &&
      searchIndex(v, join(staging, v));
    // The audit of the public site starts as soon as that site is built, while the internal one
    // (the larger) is still building: on two cores it then costs little wall time.
    const audited = (built: boolean): Promise<Finding[] | null> =>
      built
        ? timed('audit', () => auditSite(join(staging, 'public'), root), { site: 'public' })
        : Promise.resolve(null);
    const results: boolean[] = [];
    let findings: Promise<Finding[] | null> = Promise.resolve([]);
    if (process.env.RELAIS_BUILD_SEQUENTIAL === '1') {
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
    if (failed.length) {
      await findings.catch(() => null);
      console.error(`error: the ${failed.join(' and ')} build failed (see above); dist/ was left as it was`);
      return 1;
    }
    const leaks = await findings;
    if (leaks?.length) {
      for (const f of leaks) console.error(`leak  ${f.file}  ${f.what}: ${JSON.stringify(f.match)}`);
      console.error(
        `error: the public build contains internal content (${leaks.length} finding(s)); dist/ was left as it was`,
      );
      return 1;
    }
    await timed('publish', () => {
      for (const v of variants) {
        const target = join(dist, v);
        if (!stage.inMemory && !existsSync(target) && renamed(join(staging, v), target)) {
          console.log(`built ${v} site → ${target}`);
          continue;
        }
        let n: Published;
        try {
          n = publish(join(staging, v), target);
        } catch (e) {
          throw new UsageError(
            `could not update ${target} (${(e as Error).message}): it is partly updated; the next build completes it`,
          );
        }
        console.log(
          `built ${v} site → ${target} (${n.written} files written, ${n.unchanged} unchanged, ${n.removed} removed)`,
        );
      }
    });
    recordPhase('build', Date.now() - started);
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    stage.remove();
    await emptying;
  }
});
