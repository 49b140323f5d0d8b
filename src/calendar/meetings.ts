/**
 * Meetings as iCalendar (RFC 5545): the feed of a site's meetings in one language, and the file of
 * one meeting, written with ical-generator. Pure: it is given the meetings a site has (the public
 * site's have no online link: src/release/fields.ts) and writes text, so tests can parse it back.
 *
 * - UID: the meeting's key at the public site's host, the same on both sites and in both
 *   languages, so an event added from any of them is updated in place, never duplicated.
 * - SEQUENCE, DTSTAMP, LAST-MODIFIED: when the meeting's files last changed (git), so a calendar
 *   application takes an edited meeting (a day moved, a room changed) as a newer version of it.
 * - With its times, an event is at those hours in the venue's time zone (TZID, with the zone's
 *   VTIMEZONE); without them, it is whole days (DATE), DTEND the day after the last.
 */
import { TZDate } from '@date-fns/tz';
import ical, { type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { CONVOCATION_WORKING_DAYS } from '../checks/working-methods.ts';
import { latestDayBefore } from '../checks/working-days.ts';
import type { Lang } from '../data/reference.ts';
import { path } from '../i18n/paths.ts';
import { useT } from '../i18n/t.ts';
import type { Meeting } from '../schema/index.ts';

/** The fields of a meeting its calendar event shows. */
export type MeetingFields = Pick<
  Meeting,
  | 'title'
  | 'kind'
  | 'start'
  | 'end'
  | 'startTime'
  | 'endTime'
  | 'timeZone'
  | 'place'
  | 'format'
  | 'convened'
  | 'onlineLink'
  | 'agenda'
>;

export interface CalendarMeeting {
  key: string;
  /** The language version shown in this language (content.ts `pick`). */
  data: MeetingFields;
  /** When any of the meeting's files last changed; absent, its first day stands in. */
  changed?: Date | undefined;
}

export interface CalendarSite {
  lang: Lang;
  /** The site's own address (https://…), for the meetings' pages. */
  url: string;
  /** The host every meeting's UID ends with (the public site's, whichever site writes it). */
  uidHost: string;
  /** The public site never writes an online link, whatever it is given. */
  isPublicSite: boolean;
  /** The time zone of a meeting that names none (src/config/site.ts). */
  timeZone: string;
  /** The build's today: a convocation date still ahead is "due", not "sent". */
  today: Date;
  /** Holidays for the §4.1 working-day count (src/checks/working-days.ts). */
  holidays: ReadonlySet<string>;
}

/** A feed's own name, description and address; a one-meeting file has none (it adds to a calendar). */
export interface FeedHeader {
  name: string;
  description: string;
  url: string;
}

// ical-generator writes the leading '-' of a PRODID that names no registered owner.
const PRODUCT = '//Council of Europe//Relais meetings//EN';
/** How often subscribed applications are asked to fetch the feed again (REFRESH-INTERVAL). */
const REFRESH_SECONDS = 12 * 3600;
const DAY = 86_400_000;
/** SEQUENCE counts minutes from here: it grows with every later edit and fits 32 bits for millennia. */
const SEQUENCE_EPOCH = Date.UTC(2000, 0, 1);

// The library's list of the zones it holds, read once (a name it lacks would print an error).
let zones: Set<string> | undefined;
const zonesKnown = (): Set<string> => (zones ??= new Set(tzlib_get_timezones() as string[]));

/**
 * The TZID for a zone name: as written when the zone library has it, else Intl's canonical name
 * for it (an alias such as Europe/Belfast), so that every TZID has its VTIMEZONE.
 */
export function tzidOf(name: string): string {
  if (zonesKnown().has(name)) return name;
  return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
}

function vtimezone(tzid: string): string | null {
  if (!zonesKnown().has(tzid)) return null;
  const block = tzlib_get_ical_block(tzid);
  return Array.isArray(block) ? (block[0] ?? null) : null;
}

/** A day at a time of day, as a clock in `tzid` shows it. */
function wallClock(day: Date, time: string, tzid: string): TZDate {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h, m, tzid);
}

/** The convocation line of an event's description: the day it was (or is to be) sent, or for a plenary the latest day §4.1 allows. */
function convocation(d: MeetingFields, site: CalendarSite): string | undefined {
  const { t, date } = useT(site.lang);
  if (d.convened)
    return t(d.convened > site.today ? 'calendar.convenedDue' : 'calendar.convened', { date: date(d.convened) });
  if (d.kind !== 'plenary') return undefined;
  return t('calendar.convenedLatest', {
    date: date(latestDayBefore(d.start, CONVOCATION_WORKING_DAYS, site.holidays)),
  });
}

/** The event's DESCRIPTION: what kind of meeting, its convocation, how to join, its agenda, its page. */
function description(m: CalendarMeeting, pageUrl: string, site: CalendarSite): string {
  const { t } = useT(site.lang);
  const d = m.data;
  const blocks: string[] = [`${t(`kind.${d.kind}`)} · ${t(`format.${d.format}`)}`];
  const convened = convocation(d, site);
  if (convened) blocks.push(convened);
  if (d.onlineLink && !site.isPublicSite) blocks.push(t('calendar.join', { link: d.onlineLink }));
  if (d.agenda.length > 0)
    blocks.push([t('calendar.agenda'), ...d.agenda.map((item, i) => `${i + 1}. ${item.title}`)].join('\n'));
  blocks.push(t('calendar.page', { url: pageUrl }));
  return blocks.join('\n\n');
}

function addEvent(calendar: ICalCalendar, m: CalendarMeeting, site: CalendarSite): void {
  const d = m.data;
  const pageUrl = new URL(path(site.lang, 'meetings', m.key), site.url).href;
  const changed = m.changed ?? d.start;
  const when =
    d.startTime && d.endTime
      ? (() => {
          const tzid = tzidOf(d.timeZone ?? site.timeZone);
          return {
            start: wallClock(d.start, d.startTime, tzid),
            end: wallClock(d.end, d.endTime, tzid),
            timezone: tzid,
          };
        })()
      : // Whole days: DATE values are the same everywhere (no zone), and DTEND is exclusive.
        { start: d.start, end: new Date(d.end.getTime() + DAY), allDay: true };
  calendar.createEvent({
    id: `${m.key}@${site.uidHost}`,
    sequence: Math.max(0, Math.floor((changed.getTime() - SEQUENCE_EPOCH) / 60_000)),
    stamp: changed,
    lastModified: changed,
    ...when,
    summary: d.title,
    location: d.place,
    description: description(m, pageUrl, site),
    url: pageUrl,
  });
}

/**
 * The iCalendar text of `meetings` (a feed when given its `header`, else one meeting's file).
 * Events follow the order given.
 */
export function meetingsCalendar(meetings: CalendarMeeting[], site: CalendarSite, header?: FeedHeader): string {
  const calendar = ical({
    prodId: PRODUCT,
    // No calendar-wide zone (it would write DTSTAMP in local time): each timed event names its
    // venue's, and the generator adds one VTIMEZONE per zone the events use.
    timezone: { name: null, generator: vtimezone },
    ...(header && { name: header.name, description: header.description, url: header.url, ttl: REFRESH_SECONDS }),
  });
  for (const m of meetings) addEvent(calendar, m, site);
  // Every content line ends with CRLF (RFC 5545 §3.1), the last one too.
  return `${calendar.toString()}\r\n`;
}
