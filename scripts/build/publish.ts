/**
 * Puts a built, audited site in place of the previous one by writing only what changed.
 *
 * Creating files and folders is what a build pays most for on disk: on the 2-core machines this
 * project is measured on, creating the ~36,000 files and folders of a 10,000-entry internal site
 * costs 4 to 30 s of system time, and reading them back costs next to nothing. The build therefore renders
 * into memory (scripts/build/staging.ts), and this module brings the output folder up to date: an
 * unchanged file is left alone (one edited entry rewrites a few dozen files, not 36,000), so the
 * server also keeps its Last-Modified.
 *
 * In two steps, so that the costly one runs while the rest of the build is still going
 * (scripts/build.ts), and nothing a reader can reach changes until the build has succeeded:
 * - prepare(): the slow part. It creates the new folders, writes new files in place (nothing links
 *   to them yet) and each changed file beside its target (`<file>.publishing`). abandon() removes
 *   all of that again when the build fails after all.
 * - commit(): the quick part, in an order such that a reader loading pages meanwhile never follows
 *   a link to nothing: each changed file is renamed over its target (a reader gets the old or the
 *   new file, never half of one); Pagefind's entry file last of all, once every file it names
 *   exists; then the files the new build no longer has, and the folders left empty.
 * A site can be prepared in parts (a part is a folder of the site, less some of its folders), each
 * as soon as it is final. Running a publish again finishes an interrupted one.
 */
import { constants, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface Published {
  written: number;
  unchanged: number;
  removed: number;
}

/** What prepare() did in the output folder `to`, for commit() to finish or abandon() to undo. */
export interface Prepared {
  to: string;
  /** The outermost folder it created for `to` itself (a first publish). */
  created?: string;
  /** Folders it created. */
  made: string[];
  /** New files it wrote in place. */
  added: string[];
  /** Files it wrote beside their target, to be renamed over it. */
  beside: string[];
  unchanged: number;
  /** Files and folders of `to` that the build no longer has. */
  gone: string[];
  /**
   * Set when a folder of the build is a file in `to`, or the reverse: that part cannot be
   * prepared without removing something a reader may be loading, so commit() publishes it whole.
   */
  later?: { from: string; except: string[] };
}

const BESIDE = '.publishing';

/**
 * Files and folders below `dir`, as paths relative to it (folders end with the separator), less
 * the folders in `except`, which are not even read (they may be changing meanwhile). Only the
 * target may be missing (a first publish): a missing source would mean "delete everything".
 */
function tree(dir: string, except: readonly string[], { mayBeMissing = false } = {}): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel + e.name;
      if (!e.isDirectory()) out.push(path);
      else if (!except.includes(path + sep)) {
        out.push(path + sep);
        walk(path + sep);
      }
    }
  };
  try {
    walk('');
  } catch (e) {
    if (mayBeMissing && (e as NodeJS.ErrnoException).code === 'ENOENT' && out.length === 0) return [];
    throw e;
  }
  return out;
}

function same(a: string, b: string): boolean {
  return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
}

/** Pagefind loads its entry file first, and through it every other file of the bundle. */
const lastOfAll = (file: string) => /(^|\/)pagefind-entry\.json$/.test(file);

/** A folder where the other tree has a file of the same name, or the reverse. */
const clashOf = (f: string) => (f.endsWith(sep) ? f.slice(0, -1) : f + sep);

export interface PrepareOptions {
  /** Folders of the site (relative, ending with `/`) left out of this part: they are still being built. */
  except?: string[];
}

/**
 * Synchronous calls, one at a time: measured here, copying a 26,000-file site took 3.6 to 5.9 s
 * that way, against 10 s (and twice the system time) with 16 asynchronous copies at once, which only
 * contend in the kernel; comparing it with an unchanged copy takes 1.6 s against 6.4 s. (The
 * build runs it in a worker thread: scripts/build/publish-worker.ts.)
 */
export function prepare(from: string, to: string, { except = [] }: PrepareOptions = {}): Prepared {
  return plan(from, to, except, false);
}

function plan(from: string, to: string, except: string[], clearClashes: boolean): Prepared {
  const next = tree(from, except);
  const files = next.filter((f) => !f.endsWith(sep));
  // A part may hold only folders (Pagefind's folder, once its bundles are parts of their own).
  if (!except.length && !files.length) throw new Error(`${from} holds no file: nothing to publish`);
  const previous = tree(to, except, { mayBeMissing: true });
  const had = new Set(previous);
  const done: Prepared = { to, made: [], added: [], beside: [], unchanged: 0, gone: [] };

  const clashes = next.map(clashOf).filter((c) => had.has(c));
  if (clashes.length && !clearClashes) return { ...done, later: { from, except } };
  // At commit time: such a folder or file goes first, whole, with everything below it.
  for (const clash of clashes) {
    rmSync(join(to, clash), { recursive: true, force: true });
    for (const h of had) if (h === clash || (clash.endsWith(sep) && h.startsWith(clash))) had.delete(h);
  }

  const created = mkdirSync(to, { recursive: true });
  if (created) done.created = created;
  for (const f of next)
    if (f.endsWith(sep) && !had.has(f)) {
      mkdirSync(join(to, f), { recursive: true });
      done.made.push(f);
    }
  for (const f of files) {
    if (!had.has(f) && !lastOfAll(f)) {
      copyFileSync(join(from, f), join(to, f), constants.COPYFILE_EXCL);
      done.added.push(f);
    } else if (had.has(f) && same(join(from, f), join(to, f))) done.unchanged++;
    else {
      copyFileSync(join(from, f), join(to, f + BESIDE));
      done.beside.push(f);
    }
  }
  const present = new Set(next);
  done.gone = previous.filter((f) => !present.has(f) && had.has(f));
  return done;
}

/** Finishes prepared parts (all the parts of one site): see the order at the top. */
export function commit(parts: Prepared[]): Published {
  const ready = parts.map((p) => (p.later ? plan(p.later.from, p.to, p.later.except, true) : p));
  const result: Published = { written: 0, unchanged: 0, removed: 0 };
  const rename = (p: Prepared, f: string) => renameSync(join(p.to, f + BESIDE), join(p.to, f));
  for (const p of ready) for (const f of p.beside) if (!lastOfAll(f)) rename(p, f);
  for (const p of ready) for (const f of p.beside) if (lastOfAll(f)) rename(p, f);
  for (const p of ready) {
    result.written += p.added.length + p.beside.length;
    result.unchanged += p.unchanged;
    for (const f of p.gone)
      if (!f.endsWith(sep)) {
        rmSync(join(p.to, f), { force: true });
        result.removed++;
      }
  }
  // Deepest first; whatever is still inside a stale folder (a leftover of some tool) is stale too.
  for (const p of ready)
    for (const f of p.gone.filter((g) => g.endsWith(sep)).sort((a, b) => b.length - a.length))
      rmSync(join(p.to, f), { recursive: true, force: true });
  return result;
}

/** Undoes prepare(): the output folder is as it was before. */
export function abandon(parts: Prepared[]): void {
  for (const p of parts) {
    for (const f of [...p.beside.map((b) => b + BESIDE), ...p.added]) rmSync(join(p.to, f), { force: true });
    // Deepest first: each was empty before this build, so it is again.
    for (const f of [...p.made].sort((a, b) => b.length - a.length))
      rmSync(join(p.to, f), { recursive: true, force: true });
    if (p.created) rmSync(p.created, { recursive: true, force: true });
  }
}

/** Prepares and commits in one go. */
export function publish(from: string, to: string): Published {
  return commit([prepare(from, to)]);
}
