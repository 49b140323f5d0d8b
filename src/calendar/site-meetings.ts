/**
 * The meetings of the site being built, as the calendar writer takes them: each in the language
 * asked for (its own version, else the other one), dated by the latest change of its files. Reads
 * content.ts only, so the public site's calendars hold its public meetings and nothing else.
 */
import { loadHolidays } from '../checks/working-days.ts';
import { site } from '../config/site.ts';
import { lastChangedOfEntries, meetings, pick, today, type Translated } from '../content.ts';
import type { Lang } from '../data/reference.ts';
import { isPublicSite } from 'virtual:relais/site';
import type { CalendarMeeting, CalendarSite } from './meetings.ts';

/** Where the calendar files are: the feed of a language, or one meeting's file. */
export const calendarPath = (lang: Lang, key = 'calendar'): string =>
  `/${lang}/meetings/${encodeURIComponent(key)}.ics`;

export const calendarMeeting = (m: Translated<'meetings'>, lang: Lang): CalendarMeeting => ({
  key: m.key,
  data: pick(m, lang).entry.data,
  changed: lastChangedOfEntries(Object.values(m.versions)),
});

/** Meetings in the feed: the soonest first, as a calendar's list view shows them. */
export const calendarMeetings = (lang: Lang): CalendarMeeting[] =>
  [...meetings].reverse().map((m) => calendarMeeting(m, lang));

let holidays: ReadonlySet<string> | undefined;

export function calendarSite(lang: Lang, url: URL | undefined): CalendarSite {
  return {
    lang,
    url: (url ?? new URL(site.urls[isPublicSite ? 'public' : 'internal'])).href,
    uidHost: new URL(site.urls.public).host,
    isPublicSite,
    timeZone: site.timeZone,
    today,
    holidays: (holidays ??= loadHolidays()),
  };
}

/** An iCalendar file as the endpoints answer it (the static build writes the body; the dev server sends the type). */
export const icsResponse = (text: string): Response =>
  new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
