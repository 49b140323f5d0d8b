/**
 * What the search index knows about an entry page: its filters (the facets) and the metadata a
 * result shows, its date included (the year facet is that date's year). Pages describe their
 * entry with `SearchFields`; the SearchData component turns it into Pagefind's data attributes,
 * and the build reads them back from Pagefind's fragments into the record table the search page
 * filters, counts and orders by (record-table.ts). Values are codes (PT, reception, 15), never labels, so one index serves both
 * interface languages and the page translates them.
 */
import type { Lang } from '../data/reference.ts';
import { encodeDate, type ResultDate } from './dates.ts';

/** The kinds of result, in the order the type facet lists them. */
export const RESULT_TYPES = ['practice', 'method', 'outcome', 'meeting', 'request', 'group', 'person'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** The facets, in the order the search page shows them. */
export const FACETS = ['type', 'country', 'theme', 'gcm', 'year', 'lang'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchFields {
  type: ResultType;
  /** The result's title (a comma or colon in it is kept: Pagefind splits at the first colon only). */
  title: string;
  /** The language the indexed text is written in. */
  lang: Lang;
  /** The page's address. */
  url: string;
  /** Member-state codes the entry is about. */
  countries?: readonly string[] | undefined;
  themes?: readonly string[] | undefined;
  gcm?: readonly number[] | undefined;
  /** The date that places the entry in time, and what it is (dates.ts). */
  date?: ResultDate | undefined;
}

export interface SearchAttribute {
  kind: 'filter' | 'meta';
  key: string;
  value: string;
}

/**
 * One attribute per value: Pagefind takes a single `key:value` per data attribute (a comma is
 * part of the value, not a separator), so lists become one element each. The language versions
 * of an entry are indexed as one record (scripts/build/search/indexing-copy.ts), so what belongs
 * to one version (its title, address and date) is named with its language: `title_fr`.
 */
export function searchAttributes(f: SearchFields): SearchAttribute[] {
  const out: SearchAttribute[] = [];
  const filter = (key: Facet, value: string | number) => out.push({ kind: 'filter', key, value: String(value) });
  const meta = (key: string, value: string) => out.push({ kind: 'meta', key, value });
  filter('type', f.type);
  filter('lang', f.lang);
  for (const c of new Set(f.countries ?? [])) filter('country', c);
  for (const th of new Set(f.themes ?? [])) filter('theme', th);
  for (const n of new Set(f.gcm ?? [])) filter('gcm', n);
  meta('type', f.type);
  if (f.countries?.length) meta('countries', [...new Set(f.countries)].join(' '));
  meta(versionKey('title', f.lang), f.title);
  meta(versionKey('url', f.lang), f.url);
  if (f.date) meta(versionKey('date', f.lang), encodeDate(f.date));
  return out;
}

/** The metadata key of one language version's title, address or date. */
export const versionKey = (key: 'title' | 'url' | 'date', lang: string): string => `${key}_${lang}`;
