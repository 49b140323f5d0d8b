/**
 * Working days for the deadlines of the working methods (§4.1: a plenary is convened with its
 * draft agenda at least 30 working days before it opens). Saturdays, Sundays and the public
 * holidays of src/data/holidays.json (or the file RELAIS_HOLIDAYS names) are not working days.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import defaultHolidays from '../data/holidays.json' with { type: 'json' };
import { env } from '../config/env.ts';

export interface HolidayFile {
  holidays: { date: string; name?: string }[];
}

/** The holiday list in force: RELAIS_HOLIDAYS (a JSON file of the same shape) or the shipped one. */
export function loadHolidays(root = process.cwd(), named = env.holidays()): Set<string> {
  const file: HolidayFile = named
    ? (JSON.parse(readFileSync(isAbsolute(named) ? named : resolve(root, named), 'utf8')) as HolidayFile)
    : defaultHolidays;
  return new Set(file.holidays.map((h) => h.date));
}

const DAY = 86_400_000;
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

export function isWorkingDay(d: Date, holidays: ReadonlySet<string>): boolean {
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoDay(d));
}

/**
 * How many working days `from` is before `to`: the working days from `from` (included) up to the
 * day before `to`. A convocation sent on a Friday for a Monday meeting is 1 working day before it.
 */
export function workingDaysBefore(from: Date, to: Date, holidays: ReadonlySet<string>): number {
  let n = 0;
  for (let t = from.getTime(); t < to.getTime(); t += DAY) if (isWorkingDay(new Date(t), holidays)) n++;
  return n;
}

/** The latest day that is still `n` working days before `to`. */
export function latestDayBefore(to: Date, n: number, holidays: ReadonlySet<string>): Date {
  let t = to.getTime();
  let left = n;
  while (left > 0) {
    t -= DAY;
    if (isWorkingDay(new Date(t), holidays)) left--;
  }
  return new Date(t);
}
