/**
 * The date a search result shows, and what that date is: "Submitted 3 March 2025", "Meeting
 * 18–19 June 2026", "Sent … · deadline …". Each kind of entry says here which of its fields gives
 * its date; the page writes it into the index with its kind (`encodeDate`), the record table
 * orders by it, and the search page labels it in the reader's language (`dateLabel`).
 */
import { joinDateParts } from '../i18n/date-parts.ts';

/** What a result's date is; each has a label in both languages (ui.ts, `search.date.<kind>`). */
export const DATE_KINDS = ['submitted', 'published', 'adopted', 'meeting', 'sent', 'established'] as const;
export type DateKind = (typeof DATE_KINDS)[number];

/**
 * Kinds whose label names the kind of entry itself ("Meeting 18–19 June 2026"): a result dated so
 * does not name its type again.
 */
export const NAMES_ITS_TYPE: readonly DateKind[] = ['meeting'];

export interface ResultDate {
  kind: DateKind;
  /** The day that places the entry in time: results are ordered by it. */
  from: Date;
  /** A meeting's last day, or a request's deadline. */
  to?: Date | undefined;
}

type Day = Date | undefined;

/**
 * Which date each kind of entry shows. A practice shows the day it was submitted, or, until it
 * has one, the day it was made public.
 */
export const resultDate = {
  practice: (d: { submitted?: Day; decided?: Day }): ResultDate | undefined =>
    d.submitted
      ? { kind: 'submitted', from: d.submitted }
      : d.decided
        ? { kind: 'published', from: d.decided }
        : undefined,
  method: (d: { adopted: Date }): ResultDate => ({ kind: 'adopted', from: d.adopted }),
  outcome: (d: { date: Date }): ResultDate => ({ kind: 'published', from: d.date }),
  meeting: (d: { start: Date; end: Date }): ResultDate => ({ kind: 'meeting', from: d.start, to: d.end }),
  request: (d: { sent: Date; deadline: Date }): ResultDate => ({ kind: 'sent', from: d.sent, to: d.deadline }),
  group: (d: { established?: Day }): ResultDate | undefined =>
    d.established ? { kind: 'established', from: d.established } : undefined,
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A result date as the index stores it: `meeting 2026-06-18 2026-06-19`. */
export const encodeDate = (d: ResultDate): string =>
  [d.kind, isoDay(d.from), ...(d.to ? [isoDay(d.to)] : [])].join(' ');

/** An indexed result date, with its days as ISO strings; undefined if it is not one. */
export interface IndexedDate {
  kind: DateKind;
  from: string;
  to?: string | undefined;
}

export function decodeDate(text: string | undefined): IndexedDate | undefined {
  const [kind, from, to, ...rest] = (text ?? '').split(' ');
  if (!DATE_KINDS.includes(kind as DateKind) || !from || !DAY.test(from) || (to && !DAY.test(to)) || rest.length)
    return undefined;
  return { kind: kind as DateKind, from, ...(to && { to }) };
}

/** A piece of a labelled date: words, or a day (or a range of days) for a `<time>` element. */
export type LabelPart = string | { dateTime: string; text: string };

const formats = new Map<string, Intl.DateTimeFormat>();
const formatOf = (lang: string): Intl.DateTimeFormat => {
  let format = formats.get(lang);
  if (!format)
    formats.set(
      lang,
      (format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' })),
    );
  return format;
};

/**
 * Days of one month are joined by a bare en dash, as French writes them and English style
 * guides ask (18–19 June 2026); Intl spaces it in English. Between months it stays spaced.
 */
function closeDayRange(parts: Intl.DateTimeRangeFormatPart[]): Intl.DateTimeRangeFormatPart[] {
  return parts.map((p, i) =>
    p.type === 'literal' &&
    parts[i - 1]?.type === 'day' &&
    parts[i - 1]?.source === 'startRange' &&
    parts[i + 1]?.type === 'day' &&
    parts[i + 1]?.source === 'endRange'
      ? { ...p, value: p.value.trim() }
      : p,
  );
}

/**
 * A result's date, labelled: the label's `{date}` is the day, or the range of days when the date
 * has an end and the label no `{to}` of its own (a meeting); `{to}` is the second day (a deadline).
 */
export function dateLabel(label: string, date: IndexedDate, lang: string): LabelPart[] {
  const format = formatOf(lang);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const one = (iso: string) => joinDateParts(lang, format.formatToParts(day(iso)));
  const ownTo = label.includes('{to}');
  const span =
    date.to && !ownTo && date.to !== date.from
      ? joinDateParts(lang, closeDayRange(format.formatRangeToParts(day(date.from), day(date.to))))
      : one(date.from);
  return label
    .split(/(\{date\}|\{to\})/)
    .filter(Boolean)
    .map((piece): LabelPart => {
      if (piece === '{date}') return { dateTime: date.from, text: span };
      if (piece === '{to}') return date.to ? { dateTime: date.to, text: one(date.to) } : '';
      return piece;
    });
}
