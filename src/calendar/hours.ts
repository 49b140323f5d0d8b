/**
 * A meeting's hours as its page says them: "Opens at 09:30, closes at 13:00 (UTC+1, Europe/Paris)".
 * The zone is named by its IANA name and its offset on the day, not by Intl's long names ("Central
 * European Time"): those are English or French words that no public text holds, which the public
 * site's audit would take for internal ones, while the IANA name is the meeting's own field (or the
 * site's setting) and the same in both languages.
 */
import { TZDate } from '@date-fns/tz';
import type { Lang } from '../data/reference.ts';
import { useT } from '../i18n/t.ts';

// One formatter per zone: a page names one zone, a build a handful.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, written UTC+1, UTC−3:30 or UTC. */
export function utcOffset(timeZone: string, at: Date): string {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' });
    offsetFormats.set(timeZone, format);
  }
  const gmt = format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return gmt.replace(/^GMT/, 'UTC').replace('-', '−');
}

export function meetingHours(
  d: { start: Date; startTime?: string | undefined; endTime?: string | undefined; timeZone?: string | undefined },
  lang: Lang,
  defaultZone: string,
): string | undefined {
  if (!d.startTime || !d.endTime) return undefined;
  const zone = d.timeZone ?? defaultZone;
  const [h, m] = d.startTime.split(':').map(Number) as [number, number];
  const opening = new TZDate(d.start.getUTCFullYear(), d.start.getUTCMonth(), d.start.getUTCDate(), h, m, zone);
  return useT(lang).t('meetings.hours', {
    start: d.startTime,
    end: d.endTime,
    zone: `${utcOffset(zone, opening)}, ${zone}`,
  });
}
