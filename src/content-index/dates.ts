/**
 * When each content file last changed, for the "last changed" line on entry pages. Taken from git
 * in one `git log` call for the whole content folder (not one per page: 10,000 entries would mean
 * 10,000 processes), and only the date: no author, no commit message ever reaches a page. Files
 * with uncommitted changes, and every file outside a git checkout, use the file's own date.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 30,
    });
  } catch {
    return undefined;
  }
}

/** Absolute path → date of the last commit that touched it; dirty files are left out. */
export function gitDates(dir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  const top = git(dir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return dates;
  const scope = relative(top, resolve(dir)) || '.';
  // Newest commit first: the first time a path appears is its last change.
  const log = git(top, ['log', '--format=%x00%ct', '--name-only', '--no-renames', '--', scope]) ?? '';
  let when: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) when = new Date(Number(line.slice(1)) * 1000);
    else if (line && when) {
      const abs = join(top, line);
      if (!dates.has(abs)) dates.set(abs, when);
    }
  }
  const status = git(top, ['status', '--porcelain', '-z', '--untracked-files=all', '--', scope]) ?? '';
  for (const item of status.split('\0')) if (item.length > 3) dates.delete(join(top, item.slice(3)));
  return dates;
}

const cache = new Map<string, Map<string, Date>>();

/**
 * The day a file of the content folder `dir` last changed: its last commit, else its modification
 * time (the public tree, outside git, carries its entries' dates that way: release/tree.ts).
 */
export function lastChanged(file: string, dir: string): Date | undefined {
  const abs = resolve(file);
  let dates = cache.get(dir);
  if (!dates) {
    dates = gitDates(dir);
    cache.set(dir, dates);
  }
  const known = dates.get(abs);
  if (known) return known;
  try {
    // Kept like git's dates: a site's pages ask for the same files' dates many times over.
    const { mtime } = statSync(abs);
    dates.set(abs, mtime);
    return mtime;
  } catch {
    return undefined;
  }
}

/** The latest change among several files (an entry shown from several files, e.g. a methods version). */
export function lastChangedOf(files: (string | undefined)[], dir: string): Date | undefined {
  let latest: Date | undefined;
  for (const f of files) {
    const d = f ? lastChanged(f, dir) : undefined;
    if (d && (!latest || d > latest)) latest = d;
  }
  return latest;
}
