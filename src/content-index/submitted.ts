/**
 * The day each good practice was submitted to the network: it orders every list of practices,
 * the home page's latest practices, "newest first" and the Year facet, on both sites, so no
 * practice may be without one.
 *
 * - The `submitted` field wins (`npm run new` writes the day the file was made).
 * - Else the day the file was first committed to git (following moves and renames), from the one
 *   `git log` the content folder's dates come from (dates.ts): 10,000 entries cost no more.
 * - Else (outside a git checkout, or a file not committed yet) the day the file was last modified:
 *   the only date such a file carries. A generated or copied tree is dated the day it was written;
 *   a file being written is dated today until it is committed.
 *
 * A practice is one date whatever its languages: the earliest field among its versions, else the
 * earliest first commit or file date (a translation added later does not move it). And a date
 * guessed from git or the file is never later than the day the practice was decided public, which
 * cannot come before its submission (content imported into git in one commit, long after).
 */
import { join, relative } from 'node:path';
import type { Problem } from '../checks/problem.ts';
import { fileDay, firstCommitted, historyOf } from './dates.ts';
import type { IndexedEntry } from './scan.ts';

/** Where a practice's submitted day comes from. */
export type SubmittedFrom = 'field' | 'first commit' | 'file date' | 'decided';

export interface Submitted {
  /** The day, as a UTC midnight like the frontmatter's days. */
  day: Date;
  from: SubmittedFrom;
}

interface Candidate {
  day: Date;
  from: SubmittedFrom;
}

/** The earliest of the candidates given, if any. */
function earliest(candidates: (Candidate | undefined)[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (c && (!best || c.day.getTime() < best.day.getTime())) best = c;
  return best;
}

/** A field's day as a candidate (the schemas made every day a Date). */
const fieldDay = (value: unknown, from: SubmittedFrom): Candidate | undefined =>
  value instanceof Date ? { day: value, from } : undefined;

/**
 * Sets `submitted` on every good practice of `entries`. `dir` is the content folder scanned;
 * `history` the content folder whose git history dates its files, the same by default (the
 * publication report scans an old copy of the folder, dated by the checkout's history).
 * Returns a warning when dates come from the oldest commit of a shallow clone, where every older
 * file seems to start.
 */
export function resolveSubmitted(
  entries: IndexedEntry[],
  opts: { dir: string; history?: string | undefined; shown: string },
): Problem[] {
  const history = opts.history ?? opts.dir;
  const historyPath = (e: IndexedEntry) => (history === opts.dir ? e.path : join(history, relative(opts.dir, e.path)));
  const versions = new Map<string, IndexedEntry[]>();
  for (const e of entries) if (e.collection === 'practices') versions.set(e.key, [...(versions.get(e.key) ?? []), e]);
  let cutShort = 0;
  // In a shallow clone, every file older than its oldest commit seems to start with it.
  const cutOff = (d: Date) => historyOf(history).shallow && d.getTime() === historyOf(history).oldest?.getTime();
  for (const group of versions.values()) {
    let chosen = earliest(group.map((e) => fieldDay(e.data.submitted, 'field')));
    if (!chosen) {
      const guessed = earliest(
        group.map((e): Candidate | undefined => {
          const committed = firstCommitted(historyPath(e), history);
          if (committed) return { day: committed, from: 'first commit' };
          const modified = fileDay(e.path);
          return modified && { day: modified, from: 'file date' };
        }),
      );
      chosen = earliest([guessed, ...group.map((e) => fieldDay(e.data.decided, 'decided'))]);
      if (chosen?.from === 'first commit' && cutOff(chosen.day)) cutShort++;
    }
    for (const e of group) e.submitted = chosen;
  }
  if (cutShort === 0) return [];
  const practices =
    cutShort === 1
      ? '1 good practice without a submitted date is'
      : `${cutShort} good practices without a submitted date are`;
  return [
    {
      file: opts.shown,
      line: 1,
      column: 1,
      field: 'submitted',
      message: `this git checkout is shallow: ${practices} dated by the oldest commit it holds`,
      hint: 'build from a full clone (git fetch --unshallow; in CI, fetch the whole history), or write submitted: YYYY-MM-DD in those practices',
      severity: 'warning',
    },
  ];
}
