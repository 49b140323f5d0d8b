/**
 * Dates from the content folder's git history: when each file last changed (the "last changed"
 * line on entry pages) and when it was first committed (a good practice's submitted date when it
 * does not say: submitted.ts). Both come from one `git log` call for the whole content folder, not
 * one per file (10,000 entries would mean 10,000 processes), and only dates: no author, no commit
 * message ever reaches a page. Files with uncommitted changes, and every file outside a git
 * checkout, have no last commit and use the file's own date.
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

export interface History {
  /** Absolute path → the time of the last commit that touched it; dirty files are left out. */
  last: Map<string, Date>;
  /**
   * Absolute path → the day (UTC midnight) of the commit that added it, following renames and
   * moves, as its author's calendar said it: the day the editor committed it, wherever they were.
   */
  first: Map<string, Date>;
  /** A shallow clone: files older than its oldest commit seem to start there. */
  shallow: boolean;
  /** The day of the oldest commit read (in a shallow clone, where files seem to start). */
  oldest?: Date | undefined;
}

const NONE = (): History => ({ last: new Map(), first: new Map(), shallow: false });

/** The history of the files below `dir`, in one `git log` (and one `git status`). */
export function readHistory(dir: string): History {
  const history = NONE();
  const [top, shallow] = git(dir, ['rev-parse', '--show-toplevel', '--is-shallow-repository'])?.split('\n') ?? [];
  if (!top) return history;
  history.shallow = shallow === 'true';
  const scope = relative(top, resolve(dir)) || '.';
  // Newest commit first: the first time a file appears is its last change, the last time its
  // first commit. A rename says where the file was before it (`R100 old new`): older lines about
  // the old path are about the same file. A deletion ends the story of a path: older lines about
  // it are about another file that had the same name.
  const log = git(top, ['log', '-M', '--format=%x00%ct %as', '--name-status', '--', scope]) ?? '';
  const now = new Map<string, string>(); // a path in older commits → the file it is today
  let gone = 0;
  let when: Date | undefined;
  let day: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) {
      const [ct, as] = line.slice(1).split(' ');
      when = new Date(Number(ct) * 1000);
      day = new Date(`${as}T00:00:00Z`);
      if (!history.oldest || day < history.oldest) history.oldest = day;
      continue;
    }
    if (!line || !when || !day) continue;
    const fields = line.split('\t');
    const status = fields[0]!;
    const path = fields[fields.length - 1]!;
    const file = now.get(path) ?? join(top, path);
    if (status === 'D') {
      now.set(path, `\0gone ${gone++}`);
      continue;
    }
    if (!history.last.has(file)) history.last.set(file, when);
    history.first.set(file, day);
    if (status.startsWith('R')) now.set(fields[1]!, file);
  }
  // A file's former names date it too (an older copy of the folder has it under one of them),
  // unless another file has that name today.
  for (const [path, file] of now) {
    const first = history.first.get(file);
    if (first && !history.first.has(join(top, path))) history.first.set(join(top, path), first);
  }
  const status = git(top, ['status', '--porcelain', '-z', '--untracked-files=all', '--', scope]) ?? '';
  for (const item of status.split('\0')) if (item.length > 3) history.last.delete(join(top, item.slice(3)));
  return history;
}

/** Absolute path → date of the last commit that touched it; dirty files are left out. */
export const gitDates = (dir: string): Map<string, Date> => readHistory(dir).last;

// One history per content folder and process: a site's pages ask for the same files' dates many
// times over, and the build's validation asks for both dates of the same files.
const histories = new Map<string, History>();
const fileDates = new Map<string, Date>();

export function historyOf(dir: string): History {
  const key = resolve(dir);
  let history = histories.get(key);
  if (!history) {
    history = readHistory(dir);
    histories.set(key, history);
  }
  return history;
}

/** Forgets the histories read (a long-running process, after a commit). */
export function clearHistories(): void {
  histories.clear();
  fileDates.clear();
}

/** The file's modification time, remembered like git's dates. */
function fileDate(abs: string): Date | undefined {
  let mtime = fileDates.get(abs);
  if (!mtime) {
    mtime = statSync(abs, { throwIfNoEntry: false })?.mtime;
    if (mtime) fileDates.set(abs, mtime);
  }
  return mtime;
}

/**
 * The day a file of the content folder `dir` last changed: its last commit, else its modification
 * time (the public tree, outside git, carries its entries' dates that way: release/tree.ts).
 */
export function lastChanged(file: string, dir: string): Date | undefined {
  const abs = resolve(file);
  return historyOf(dir).last.get(abs) ?? fileDate(abs);
}

/** The day a file of the content folder `dir` was first committed (following moves), if it was. */
export function firstCommitted(file: string, dir: string): Date | undefined {
  return historyOf(dir).first.get(resolve(file));
}

/** The UTC day of a file's modification time, if the file exists (read now: a scan asks once per file). */
export function fileDay(file: string): Date | undefined {
  const mtime = statSync(file, { throwIfNoEntry: false })?.mtime;
  return mtime && new Date(`${mtime.toISOString().slice(0, 10)}T00:00:00Z`);
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
