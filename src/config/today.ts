/** "Today" for every rule that depends on it: embargoes, upcoming meetings, open requests, §4.1. */
import { env } from './env.ts';

/** A setting an operator got wrong: the scripts print its message as one line, with no stack trace. */
export class SettingError extends Error {}

/** Today as the UTC day it is, or the day RELAIS_TODAY pins (tests, reproducible builds). */
export function today(): Date {
  const pinned = env.today();
  if (pinned === undefined) return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(Date.parse(pinned)))
    throw new SettingError(`RELAIS_TODAY must be a date written YYYY-MM-DD, got "${pinned}"`);
  return new Date(`${pinned}T00:00:00Z`);
}

/** A day as YYYY-MM-DD. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
