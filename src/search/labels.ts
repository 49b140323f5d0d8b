/**
 * Everything the search page's script needs to speak the interface language, computed at build
 * time and embedded in the page as JSON: facet value labels from the reference data, UI strings
 * and plural forms. The index holds codes only (see fields.ts).
 */
import { GCM_OBJECTIVES, STATES, THEMES, gcmShort, stateName, themeLabel, type Lang } from '../data/reference.ts';
import { LANGS } from '../config/site.ts';
import { useT } from '../i18n/t.ts';
import { PLURALS, UI, type UIKey } from '../i18n/ui.ts';
import { DATE_KINDS, type DateKind } from './dates.ts';
import { FACETS, RESULT_TYPES, type Facet } from './fields.ts';

const STRINGS = [
  'search.loading',
  'search.failed',
  'search.prompt',
  'search.none',
  'search.for',
  'search.language',
  'search.more',
  'search.didYouMean',
] as const satisfies readonly UIKey[];

export interface SearchLabels {
  lang: Lang;
  /** Where this interface language's Pagefind bundle is. */
  bundle: string;
  strings: Record<(typeof STRINGS)[number], string>;
  results: { one: string; other: string };
  facets: Record<Facet, { legend: string; values: Record<string, string> }>;
  langNames: Record<Lang, string>;
  /** What each kind of result date is, with `{date}` and `{to}` for its days (dates.ts). */
  dates: Record<DateKind, string>;
  /**
   * For the link to each language version: its language's name in itself ("Français") and the
   * link's accessible name, in that language, with `{title}` for the version's title.
   */
  versions: Record<Lang, { name: string; label: string }>;
}

export function searchLabels(lang: Lang): SearchLabels {
  const { t, langName } = useT(lang);
  const values: Record<Facet, Record<string, string>> = {
    type: Object.fromEntries(RESULT_TYPES.map((ty) => [ty, t(`search.type.${ty}`)])),
    country: Object.fromEntries(STATES.map((s) => [s.code, stateName(s.code, lang)])),
    theme: Object.fromEntries(THEMES.map((th) => [th.id, themeLabel(th.id, lang)])),
    gcm: Object.fromEntries(GCM_OBJECTIVES.map((o) => [String(o.n), `${o.n}. ${gcmShort(o.n, lang)}`])),
    year: {},
    lang: Object.fromEntries(LANGS.map((l) => [l, capitalise(langName(l), lang)])),
  };
  const { one, other } = PLURALS[lang].results;
  return {
    lang,
    bundle: `/pagefind/${lang}/`,
    strings: Object.fromEntries(STRINGS.map((k) => [k, t(k)])) as SearchLabels['strings'],
    results: { one, other },
    facets: Object.fromEntries(
      FACETS.map((f) => [f, { legend: t(`search.facet.${f}`), values: values[f] }]),
    ) as SearchLabels['facets'],
    langNames: Object.fromEntries(LANGS.map((l) => [l, langName(l)])) as Record<Lang, string>,
    dates: Object.fromEntries(DATE_KINDS.map((k) => [k, t(`search.date.${k}`)])) as Record<DateKind, string>,
    versions: Object.fromEntries(
      LANGS.map((l) => {
        const name = capitalise(UI[l][`lang.${l}`], l);
        return [l, { name, label: UI[l]['search.version'].replace('{lang}', name) }];
      }),
    ) as SearchLabels['versions'],
  };
}

const capitalise = (s: string, lang: Lang) => s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);
