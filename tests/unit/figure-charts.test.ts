/** The figures at a glance: bars counted as the listings count, linked where a listing exists. */
import { describe, expect, test } from 'vitest';
import { GCM_OBJECTIVES, THEMES } from '../../src/data/reference.ts';
import { layOut, wrap } from '../../src/figures/bar-layout.ts';
import { chartsOf } from '../../src/figures/charts.ts';
import { facetsOf, type FacetSource } from '../../src/site/facets.ts';

const practice = (key: string, themes: string[], gcm: number[], frThemes = themes): FacetSource => ({
  key,
  versions: {
    en: { data: { country: ['PT'], themes, gcm } },
    fr: { data: { country: ['PT'], themes: frThemes, gcm } },
  },
});
const list = [
  practice('a', ['integration', 'reception'], [15, 16]),
  practice('b', ['integration'], [16]),
  // A theme only its French version carries counts, as on the listings.
  practice('c', ['return'], [21], ['return', 'health']),
];
const days = [new Date('2021-05-01'), new Date('2024-01-10'), new Date('2024-12-31')];

describe('charts of the figures page', () => {
  const facets = facetsOf(list);
  const charts = chartsOf(facets, days, 'en');

  test('every theme and objective has a bar whose count is the listing’s facet count', () => {
    expect(charts.theme).toHaveLength(THEMES.length);
    expect(charts.gcm).toHaveLength(GCM_OBJECTIVES.length);
    for (const b of charts.theme) expect(b.n).toBe(facets.theme.get(b.key) ?? 0);
    for (const b of charts.gcm) expect(b.n).toBe(facets.gcm.get(Number(b.key)) ?? 0);
    expect(charts.theme.find((b) => b.key === 'health')?.n).toBe(1);
  });

  test('a bar links to its listing when there is one, that is when it counts a practice', () => {
    expect(charts.theme[0]).toEqual({
      key: 'integration',
      label: 'Integration',
      n: 2,
      href: '/en/practices/theme/integration/',
    });
    expect(charts.gcm.find((b) => b.key === '16')).toMatchObject({
      label: '16. Inclusion and social cohesion',
      href: '/en/practices/gcm/16/',
    });
    for (const b of [...charts.theme, ...charts.gcm]) expect(b.href === undefined).toBe(b.n === 0);
  });

  test('themes go from most to fewest practices; objectives keep their order', () => {
    const ns = charts.theme.map((b) => b.n);
    expect(ns).toEqual([...ns].sort((a, b) => b - a));
    expect(charts.gcm.map((b) => b.key)).toEqual(GCM_OBJECTIVES.map((o) => String(o.n)));
  });

  test('years run from the first submission to the last, those without any included, unlinked', () => {
    expect(charts.year.map((b) => [b.label, b.n])).toEqual([
      ['2021', 1],
      ['2022', 0],
      ['2023', 0],
      ['2024', 2],
    ]);
    expect(charts.year.every((b) => b.href === undefined)).toBe(true);
  });

  test('labels are in the page’s language', () => {
    expect(chartsOf(facets, days, 'fr').gcm[0]!.label).toBe('1. Données');
  });
});

describe('laying out bars', () => {
  test('a label longer than a phone’s line is broken at spaces', () => {
    expect(wrap('18. Perfectionnement et reconnaissance des qualifications')).toEqual([
      '18. Perfectionnement et',
      'reconnaissance des qualifications',
    ]);
    expect(wrap('Data')).toEqual(['Data']);
  });

  test('bars are widths in percent of the largest, a sliver at least for a count above 0, none for 0', () => {
    const { bars, height } = layOut([
      { key: 'a', label: 'A', n: 200 },
      { key: 'b', label: 'B', n: 1 },
      { key: 'c', label: 'C', n: 0 },
    ]);
    expect(bars.map((b) => b.width)).toEqual([100, 0.5, 0]);
    expect(bars[1]!.barY).toBeGreaterThan(bars[0]!.barY);
    expect(height).toBeGreaterThan(bars[2]!.barY);
  });
});
