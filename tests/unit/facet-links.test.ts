/**
 * Listings' filters combine: on a listing with one filter, the other facets' links lead to the
 * search page with both filters set, counted within the listing.
 */
import { describe, expect, test } from 'vitest';
import { useT } from '../../src/i18n/t.ts';
import { parseState } from '../../src/search/url-state.ts';
import { facetLinks, parseFilter } from '../../src/site/facet-links.ts';
import type { FacetSource } from '../../src/site/facets.ts';

const practice = (key: string, country: string[], themes: string[], gcm: number[], langs = ['en']): FacetSource => ({
  key,
  versions: Object.fromEntries(langs.map((l) => [l, { data: { country, themes, gcm } }])),
});

const all = [
  practice('pt-centres', ['PT'], ['integration', 'information'], [15, 16], ['en', 'fr']),
  practice('pt-es-training', ['PT', 'ES'], ['trafficking'], [10]),
  practice('pt-housing', ['PT'], ['integration', 'reception'], [15]),
  practice('ie-sponsors', ['IE'], ['integration'], [16]),
  practice('es-seasonal', ['ES'], ['labour-migration'], [5], ['fr']),
];
const portugal = all.filter((p) => Object.values(p.versions).some((v) => v.data.country.includes('PT')));
const en = useT('en');
const group = (links: ReturnType<typeof facetLinks>, facet: string) => links.groups.find((g) => g.facet === facet)!;
const query = (href: string) => parseState(new URL(href, 'https://relais.test').search);

describe('filter links of a listing', () => {
  test('on the listing of every practice, each value leads to its own listing, counted over the site', () => {
    const links = facetLinks(all, all, 'all', en);
    expect(links.filter).toBeUndefined();
    expect(group(links, 'theme').links.find((l) => l.label === 'Integration')).toEqual({
      href: '/en/practices/theme/integration/',
      label: 'Integration',
      n: 3,
      current: false,
    });
    expect(group(links, 'country').links.map((l) => [l.href, l.n])).toContainEqual(['/en/states/PT/', 3]);
    expect(group(links, 'lang').links.at(-1)).toMatchObject({ href: '/en/practices/', n: 5, current: true });
  });

  test('on a member state’s listing, a theme leads to the search with both filters, counted within the state', () => {
    const links = facetLinks(all, portugal, 'country:PT', en);
    expect(links.filter).toEqual({ facet: 'country', value: 'PT', label: 'Portugal' });
    const themes = group(links, 'theme').links;
    // Only the themes Portugal's practices have, each with how many of them.
    expect(themes.map((l) => [l.label, l.n])).toEqual([
      ['Information for migrants', 1],
      ['Integration', 2],
      ['Reception conditions', 1],
      ['Trafficking in human beings', 1],
    ]);
    const integration = themes.find((l) => l.label === 'Integration')!;
    expect(integration.href.startsWith('/en/search/?')).toBe(true);
    expect(query(integration.href)).toEqual({
      q: '',
      filters: { type: ['practice'], country: ['PT'], theme: ['integration'] },
      sort: 'relevance',
    });
    expect(group(links, 'lang').links.map((l) => [l.label, l.n])).toEqual([
      ['English', 3],
      ['French', 1],
    ]);
    expect(query(group(links, 'gcm').links[0]!.href).filters).toEqual({
      type: ['practice'],
      country: ['PT'],
      gcm: ['10'],
    });
  });

  test('the listing’s own facet comes last: the other values over the site, its own marked, then every practice', () => {
    const links = facetLinks(all, portugal, 'country:PT', en);
    const own = links.groups.at(-1)!;
    expect(own.facet).toBe('country');
    expect(own.heading).toBe('Another member state');
    expect(own.links.map((l) => [l.href, l.n, l.current])).toEqual([
      ['/en/states/IE/', 1, false],
      ['/en/states/PT/', 3, true],
      ['/en/states/ES/', 2, false],
      ['/en/practices/', 5, false],
    ]);
  });

  test('a theme, an objective and a language combine the same way, in French too', () => {
    const integration = all.filter((p) => Object.values(p.versions).some((v) => v.data.themes.includes('integration')));
    const fr = facetLinks(all, integration, 'theme:integration', useT('fr'));
    const states = group(fr, 'country').links;
    expect(states.map((l) => [l.label, l.n])).toEqual([
      ['Irlande', 1],
      ['Portugal', 2],
    ]);
    expect(states[1]!.href).toBe('/fr/search/?type=practice&country=PT&theme=integration');
    expect(fr.groups.at(-1)!.heading).toBe('Un autre thème');
    expect(parseFilter('gcm:15')).toEqual({ facet: 'gcm', value: '15' });
    expect(parseFilter('lang:fr')).toEqual({ facet: 'lang', value: 'fr' });
    expect(parseFilter('all')).toBeUndefined();
  });
});
