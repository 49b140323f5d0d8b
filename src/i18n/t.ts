/** Translation, plural and date helpers for templates, built on Intl. */
import type { Lang } from '../data/reference.ts';
import { site } from '../config/site.ts';
import { joinDateParts, joinRangeParts } from './date-parts.ts';
import { PLURALS, UI, type PluralKey, type UIKey } from './ui.ts';

const pluralRules = { en: new Intl.PluralRules('en'), fr: new Intl.PluralRules('fr') };
const dateFormats = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
// Made once: an Intl formatter costs far more to make than to use, and listings count and date
// thousands of items.
const numberFormats = { en: new Intl.NumberFormat('en'), fr: new Intl.NumberFormat('fr') };
// Listings format the same few thousand dates over and over; formatting is the costly part.
const formatted = { en: new Map<number, string>(), fr: new Map<number, string>() };
const rangeFormats = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export function useT(lang: Lang) {
  const strings = UI[lang];
  const t = (key: UIKey, vars: Record<string, string | number> = {}): string =>
    strings[key].replace(/\{(\w+)\}/g, (_, name: string) =>
      name === 'coordinator' && !(name in vars) ? site.coordinatorShort[lang] : String(vars[name] ?? `{${name}}`),
    );
  /** A counted phrase; `vars` fill its other placeholders (`{m}`), numbers formatted as `#` is. */
  const count = (key: PluralKey, n: number, vars: Record<string, number> = {}): string => {
    const forms = PLURALS[lang][key];
    const form = n === 0 && forms.zero ? forms.zero : forms[pluralRules[lang].select(n) === 'one' ? 'one' : 'other'];
    return form
      .replace('#', numberFormats[lang].format(n))
      .replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? numberFormats[lang].format(vars[name]!) : all));
  };
  const date = (d: Date): string => {
    const seen = formatted[lang];
    let text = seen.get(d.getTime());
    if (text === undefined) seen.set(d.getTime(), (text = joinDateParts(lang, dateFormats[lang].formatToParts(d))));
    return text;
  };
  const dateRange = (a: Date, b: Date): string =>
    a.getTime() === b.getTime() ? date(a) : joinRangeParts(lang, rangeFormats[lang].formatRangeToParts(a, b));
  const langName = (l: Lang): string => strings[`lang.${l}`];
  return { t, count, date, dateRange, langName, lang };
}

/** ISO day (2025-03-14) for datetime attributes. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
