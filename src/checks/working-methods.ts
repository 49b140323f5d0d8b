/**
 * The calendar rules of the working methods (§4.1): the network meets in plenary at least once a
 * year, and the SRSG convenes each plenary with a draft agenda at least 30 working days before it
 * opens. They are checked by `npm run check`, not by the build: a meeting that happened late is a
 * fact the site must still be able to record.
 */
import type { ContentIndex, IndexedEntry } from '../content-index/scan.ts';
import type { Problem } from './problem.ts';
import { isoDay, latestDayBefore, workingDaysBefore } from './working-days.ts';

/** §4.1: the convocation and draft agenda go out at least this many working days ahead. */
export const CONVOCATION_WORKING_DAYS = 30;

export interface CalendarOptions {
  today: Date;
  holidays: ReadonlySet<string>;
  /** Folder shown for problems that concern no single file, e.g. `content/meetings`. */
  meetingsFolder: string;
}

function lineOf(e: IndexedEntry, key: string): number {
  const lines = e.frontmatter.replace(/^\r?\n/, '').split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i === -1 ? 1 : i + 2;
}

export function checkWorkingMethods(index: ContentIndex, opts: CalendarOptions): Problem[] {
  const out: Problem[] = [];
  const meetings = index.entries.filter((e) => e.collection === 'meetings');
  const plenaries = meetings.filter((e) => e.data.kind === 'plenary');

  for (const e of plenaries) {
    const start = e.data.start as Date;
    const convened = e.data.convened as Date | undefined;
    const latest = latestDayBefore(start, CONVOCATION_WORKING_DAYS, opts.holidays);
    if (!convened) {
      out.push({
        file: e.file,
        line: lineOf(e, 'start'),
        column: 1,
        field: 'convened',
        message: `this plenary has no convened date; the draft agenda must go out by ${isoDay(latest)}, ${CONVOCATION_WORKING_DAYS} working days before it opens (§4.1)`,
        hint: 'add convened: YYYY-MM-DD, the day the convocation and draft agenda were sent',
        severity: 'warning',
      });
      continue;
    }
    const days = workingDaysBefore(convened, start, opts.holidays);
    if (days < CONVOCATION_WORKING_DAYS) {
      out.push({
        file: e.file,
        line: lineOf(e, 'convened'),
        column: 1,
        field: 'convened',
        message: `convened ${days} working day${days === 1 ? '' : 's'} before the plenary opens on ${isoDay(start)}; the working methods require at least ${CONVOCATION_WORKING_DAYS} (§4.1)`,
        hint: `convene it on ${isoDay(latest)} at the latest (weekends and the holidays in src/data/holidays.json do not count)`,
        severity: 'error',
      });
    }
  }

  // Once a year (§4.1): from the first year the content has a meeting, up to the current year.
  if (meetings.length > 0) {
    const years = new Set(plenaries.map((e) => (e.data.start as Date).getUTCFullYear()));
    const first = Math.min(...meetings.map((e) => (e.data.start as Date).getUTCFullYear()));
    const current = opts.today.getUTCFullYear();
    for (let y = first; y <= current; y++) {
      if (years.has(y)) continue;
      out.push({
        file: opts.meetingsFolder,
        line: 1,
        column: 1,
        field: 'kind',
        message:
          y < current
            ? `no plenary session in ${y}: the network meets in plenary at least once a year (§4.1)`
            : `no plenary session planned yet for ${y}: the network meets in plenary at least once a year (§4.1)`,
        hint: `add the ${y} plenary (npm run new -- meeting "…", then kind: plenary and its dates)`,
        severity: y < current ? 'error' : 'warning',
      });
    }
  }
  return out;
}
