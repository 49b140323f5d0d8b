/**
 * The filter links of a listing of practices (PracticeBrowser.astro).
 *
 * On the listing of every practice, each value leads to its own listing, counted over the site.
 * On a listing that already has one filter (a member state, a theme, a GCM objective, a language),
 * the other facets' values combine with it: counted within the listing, each leads to the search
 * page with both filters set (src/search/url-state.ts), so "Portugal and integration" is one click
 * away. A static site cannot have a page for every combination (at 10,000 entries, states × themes
 * × objectives × languages), and the search page filters and counts any of them. The listing's
 * own facet offers its other values, counted over the site, and the way back to every practice.
 */
import type { Lang } from '../data/reference.ts';
import { gcmShort, stateName, themeLabel } from '../data/reference.ts';
import { path } from '../i18n/paths.ts';
import type { useT } from '../i18n/t.ts';
import { stateQuery } from '../search/url-state.ts';
import { facetsOf, type FacetSource } from './facets.ts';

/** The facets of a listing, named as the search page's address names them. */
export const LISTING_FACETS = ['country', 'theme', 'gcm', 'lang'] as const;
export type ListingFacet = (typeof LISTING_FACETS)[number];

export interface FacetLink {
  href: string;
  label: string;
  /** How many practices the link leads to. */
  n: number;
  /** The listing's own value: marked as the current page. */
  current: boolean;
}

export interface FacetGroup {
  facet: ListingFacet;
  heading: string;
  links: FacetLink[];
}

export interface FacetLinks {
  /** The listing's filter, with its value's name, when it has one. */
  filter?: { facet: ListingFacet; value: string; label: string } | undefined;
  groups: FacetGroup[];
}

/** The listing's filter from the value PracticeBrowser is given ("country:PT"; "all" or nothing: none). */
export function parseFilter(current: string | undefined): { facet: ListingFacet; value: string } | undefined {
  const at = current?.indexOf(':') ?? -1;
  if (!current || at === -1) return undefined;
  const facet = current.slice(0, at) as ListingFacet;
  return LISTING_FACETS.includes(facet) ? { facet, value: current.slice(at + 1) } : undefined;
}

type T = ReturnType<typeof useT>;

const HEADINGS = {
  country: ['practices.byCountry', 'practices.otherCountry'],
  theme: ['practices.byTheme', 'practices.otherTheme'],
  gcm: ['practices.byGcm', 'practices.otherGcm'],
  lang: ['practices.byLang', 'practices.otherLang'],
} as const;

function label(facet: ListingFacet, value: string, i18n: T): string {
  if (facet === 'country') return stateName(value, i18n.lang);
  if (facet === 'theme') return themeLabel(value, i18n.lang);
  if (facet === 'gcm') return `${value}. ${gcmShort(Number(value), i18n.lang)}`;
  return i18n.langName(value as Lang);
}

/** The value's own listing. */
function listingHref(facet: ListingFacet, value: string, lang: Lang): string {
  if (facet === 'country') return path(lang, 'states', value);
  return path(lang, 'practices', facet === 'lang' ? 'language' : facet, value);
}

/** The search page with the practices of both values. */
function searchHref(lang: Lang, a: { facet: ListingFacet; value: string }, b: { facet: ListingFacet; value: string }) {
  const filters = { type: ['practice'], [a.facet]: [a.value], [b.facet]: [b.value] };
  return `${path(lang, 'search')}${stateQuery({ q: '', filters, sort: 'relevance' })}`;
}

/** A facet's values with their counts, in the order a reader looks for them. */
function values(facet: ListingFacet, counts: Iterable<[string | number, number]>, i18n: T) {
  const out = [...counts]
    .filter(([, n]) => n > 0)
    .map(([v, n]) => ({ value: String(v), n, label: label(facet, String(v), i18n) }));
  if (facet === 'gcm') return out.sort((a, b) => Number(a.value) - Number(b.value));
  if (facet === 'lang') return out.sort((a, b) => (a.value < b.value ? -1 : 1));
  return out.sort((a, b) => a.label.localeCompare(b.label, i18n.lang));
}

function build(all: FacetSource[], list: FacetSource[], current: string | undefined, i18n: T): FacetLinks {
  const { t, lang } = i18n;
  const filter = parseFilter(current);
  const site = facetsOf(all);
  const everything: FacetLink = {
    href: path(lang, 'practices'),
    label: t('practices.all'),
    n: all.length,
    current: current === 'all',
  };
  if (!filter) {
    const groups = LISTING_FACETS.map((facet) => ({
      facet,
      heading: t(HEADINGS[facet][0]),
      links: values(facet, site[facet], i18n).map((v) => ({
        href: listingHref(facet, v.value, lang),
        label: v.label,
        n: v.n,
        current: false,
      })),
    }));
    groups.at(-1)!.links.push(everything);
    return { groups };
  }
  const within = facetsOf(list);
  const combined = LISTING_FACETS.filter((f) => f !== filter.facet).map((facet) => ({
    facet,
    heading: t(HEADINGS[facet][0]),
    links: values(facet, within[facet], i18n).map((v) => ({
      href: searchHref(lang, filter, { facet, value: v.value }),
      label: v.label,
      n: v.n,
      current: false,
    })),
  }));
  const others: FacetGroup = {
    facet: filter.facet,
    heading: t(HEADINGS[filter.facet][1]),
    links: [
      ...values(filter.facet, site[filter.facet], i18n).map((v) => ({
        href: listingHref(filter.facet, v.value, lang),
        label: v.label,
        n: v.n,
        current: v.value === filter.value,
      })),
      everything,
    ],
  };
  return {
    filter: { ...filter, label: label(filter.facet, filter.value, i18n) },
    groups: [...combined.filter((g) => g.links.length > 0), others],
  };
}

// Every page of a listing shows the same links: made once per listing, language and filter.
const made = new WeakMap<FacetSource[], Map<string, FacetLinks>>();

/**
 * The filter links of a listing: `all` is every practice of the site, `list` the listing's
 * practices, `current` its filter as PracticeBrowser is given it.
 */
export function facetLinks(all: FacetSource[], list: FacetSource[], current: string | undefined, i18n: T): FacetLinks {
  let byPage = made.get(list);
  if (!byPage) made.set(list, (byPage = new Map()));
  const key = `${i18n.lang} ${current ?? ''}`;
  let links = byPage.get(key);
  if (!links) byPage.set(key, (links = build(all, list, current, i18n)));
  return links;
}
