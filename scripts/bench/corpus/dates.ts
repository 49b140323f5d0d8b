/** Calendar arithmetic for the generated corpus, in UTC days so no time zone can shift a date. */

export const DAY_MS = 86_400_000;

/** "Today" for generated corpora: meetings after it are upcoming, requests with a later deadline open. */
export const CORPUS_TODAY = '2026-11-25';

export const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
export const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
export const addDays = (t: number, n: number): number => t + n * DAY_MS;
export const yearOf = (t: number): number => new Date(t).getUTCFullYear();
export const monthOf = (t: number): number => new Date(t).getUTCMonth();

const weekend = (t: number) => {
  const d = new Date(t).getUTCDay();
  return d === 0 || d === 6;
};

/** The next Monday-to-Friday day on or after `t`. */
export function weekday(t: number): number {
  let x = t;
  while (weekend(x)) x = addDays(x, 1);
  return x;
}

/** Working days (Monday to Friday) from `from` (excluded) to `to` (excluded). */
export function workingDaysBetween(from: number, to: number): number {
  let n = 0;
  for (let x = addDays(from, 1); x < to; x = addDays(x, 1)) if (!weekend(x)) n++;
  return n;
}

/** The latest day that leaves at least `n` working days before `start` (plus a margin for public holidays). */
export function workingDaysBefore(start: number, n: number): number {
  let x = addDays(start, -1);
  while (workingDaysBetween(x, start) < n) x = addDays(x, -1);
  return x;
}
