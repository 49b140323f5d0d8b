/** Field types shared by several collections, each with the message an editor sees. */
import { z } from 'zod';
import { STATE_CODES, THEME_IDS } from '../data/reference.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar day, written `2025-03-14` (YAML reads it as a date; a quoted string works too). */
export const day = z
  .union(
    [
      z.date(),
      z.string().regex(ISO_DAY, {
        error: (issue) => `expected a date written YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
      }),
    ],
    { error: (issue) => `expected a date written YYYY-MM-DD, got ${JSON.stringify(issue.input)}` },
  )
  // A string that Date would roll over (2025-02-30 → 2 March) is refused, not silently moved.
  // (Zod runs this even when the pattern failed: that case is already reported.)
  .refine((v) => v instanceof Date || !ISO_DAY.test(v) || isRealDay(v), {
    error: (issue) => `${JSON.stringify(issue.input)} is not a real calendar date`,
  })
  .transform((v) => (v instanceof Date ? v : new Date(`${v}T00:00:00Z`)));

/** One of the two official languages of the Council of Europe (working methods §4.6). */
export const lang = z.enum(['en', 'fr'], {
  error: (issue) => `expected 'en' or 'fr', got ${JSON.stringify(issue.input)}`,
});

/** Lower-case words joined by hyphens: what a key, and so a page address, may be made of. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case words joined by hyphens, used for keys and references. */
export const slug = z.string().regex(SLUG, 'expected lower-case letters, digits and hyphens (e.g. plenary-2019)');

/** A member-state code (ISO 3166-1 alpha-2) from the reference list of the 46 member states. */
export const stateCode = z.string().refine((v) => STATE_CODES.includes(v), {
  error: (issue) => `${JSON.stringify(issue.input)} is not a member-state code (e.g. FR, PT, DE)`,
});

/** A member state or the SRSG's Office, e.g. as the author of a request or an agenda item. */
export const stateOrSrsg = z.union([z.literal('SRSG'), stateCode], {
  error: (issue) => `expected a member-state code or SRSG, got ${JSON.stringify(issue.input)}`,
});

/** A theme id from src/data/themes.json. */
export const theme = z.string().refine((v) => THEME_IDS.includes(v), {
  error: (issue) => `${JSON.stringify(issue.input)} is not in the theme list (src/data/themes.json)`,
});

/** A GCM objective number, 1 to 23. */
export const gcmObjective = z
  .number({ error: 'expected a GCM objective number from 1 to 23' })
  .int()
  .min(1, 'GCM objectives are numbered 1 to 23')
  .max(23, 'GCM objectives are numbered 1 to 23');

/** Accepts one value or a list, always gives a list. */
export function oneOrMany<T extends z.ZodType>(item: T) {
  return z.union([item, z.array(item).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
}

/**
 * Why a time zone name is refused, or undefined when Intl knows it as written. Intl accepts any
 * case and numeric offsets; calendars need the IANA name exactly (TZID), and an offset would put a
 * summer meeting an hour off.
 */
export function timeZoneProblem(name: string): string | undefined {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return `${JSON.stringify(name)} is not a time zone of the IANA list: name the zone of the venue, e.g. Europe/Paris (Strasbourg), Europe/Lisbon, Europe/Kyiv`;
  }
  if (/^[+\-−]|^(gmt|utc)[+\-]/i.test(name))
    return `${JSON.stringify(name)} is an offset, which changes with summer time: name the zone of the venue, e.g. Europe/Paris`;
  if (!/^[A-Z]/.test(name) || !/^(UTC|[A-Z][A-Za-z_-]*(\/[A-Z0-9][A-Za-z0-9_+-]*)+)$/.test(name))
    return `write ${JSON.stringify(name)} as ${resolved}`;
  return undefined;
}

/** An IANA time zone name (`Europe/Paris`, `Europe/Lisbon`), as Intl and calendar applications know it. */
export const timeZone = z.string().superRefine((name, ctx) => {
  const problem = timeZoneProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: name });
});

const TIME_OF_DAY = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** A time of day on the 24-hour clock, written `09:30` (a one-digit hour is padded: `9:30` gives `09:30`). */
export const timeOfDay = z
  .string({ error: (issue) => `expected a time of day written HH:MM (e.g. 09:30), got ${JSON.stringify(issue.input)}` })
  .regex(TIME_OF_DAY, {
    error: (issue) =>
      `expected a time of day written HH:MM on the 24-hour clock (e.g. 09:30), got ${JSON.stringify(issue.input)}`,
  })
  .transform((v) => v.padStart(5, '0'));

/** An https:// address (a link people open, so never plain http). */
export const httpsUrl = (what: string) =>
  z.url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    error: (issue) => `expected the https:// address ${what}, got ${JSON.stringify(issue.input)}`,
  });
