/**
 * The map of member states: one shape or marker per member state, the small states as markers,
 * shades and links from the listings' counts, and compact path data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { STATE_CODES } from '../../src/data/reference.ts';
import { shadeClasses, stepOf } from '../../src/map/classes.ts';
import { MICRO_STATES, mapGeometry } from '../../src/map/geometry.ts';
import { PALETTE } from '../../src/map/palette.ts';
import { pathData } from '../../src/map/path-data.ts';
import { mapStates } from '../../src/map/states.ts';
import { mapSvg } from '../../src/map/svg.ts';
import { facetsOf, type FacetSource } from '../../src/site/facets.ts';

const practice = (key: string, country: string[]): FacetSource => ({
  key,
  versions: { en: { data: { country, themes: [], gcm: [] } }, fr: { data: { country, themes: [], gcm: [] } } },
});
const list = [
  practice('pt-1', ['PT']),
  practice('pt-es', ['PT', 'ES']),
  practice('pt-2', ['PT']),
  practice('ad-1', ['AD']),
  practice('sm-li', ['SM', 'LI']),
];
const counts = facetsOf(list).country;
const words = {
  label: (code: string, n: number) => `${code}: ${n}`,
  href: (code: string) => `/en/states/${code}/`,
};

describe('the drawing', () => {
  const g = mapGeometry();

  test('every member state is drawn once, as a shape or as a marker', () => {
    const drawn = [...g.shapes.keys(), ...g.markers.keys()].sort();
    expect(drawn).toEqual([...STATE_CODES].sort());
    for (const d of g.shapes.values()) expect(d).toMatch(/^M[\d.]+[ -]?[\d.]+l/);
  });

  test('andorra, liechtenstein, monaco and san marino are markers inside the picture', () => {
    for (const code of MICRO_STATES) {
      const [x, y] = g.markers.get(code)!;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(g.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(g.height);
    }
  });

  test('the drawing is made once per build and stays small enough for a page under 60 KB compressed', () => {
    expect(mapGeometry()).toBe(g);
    const all = [...g.shapes.values(), g.context].join('');
    expect(gzipSync(all).length).toBeLessThan(35_000);
  });
});

describe('what the map says of each state', () => {
  test('a state with practices links to its page and says its count, as the listing counts it', () => {
    const { states } = mapStates(counts, words);
    expect(states).toHaveLength(STATE_CODES.length);
    const pt = states.find((s) => s.code === 'PT')!;
    expect(pt).toMatchObject({ label: 'PT: 3', href: '/en/states/PT/' });
    for (const s of states) expect(s.label).toBe(`${s.code}: ${counts.get(s.code) ?? 0}`);
  });

  test('a state without practice has the shade of its own and no link', () => {
    const { states } = mapStates(counts, words);
    const fr = states.find((s) => s.code === 'FR')!;
    expect(fr).toMatchObject({ step: 0, href: undefined });
  });

  test('the svg has one link per state with practices, named by its words, markers after every shape', () => {
    const { states } = mapStates(counts, words);
    const svg = mapSvg(mapGeometry(), states, { id: 'm', title: 'Map' });
    const links = [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    expect(links.sort()).toEqual([...counts].map(([code, n]) => [`/en/states/${code}/`, `${code}: ${n}`]).sort());
    expect(svg.lastIndexOf('<path')).toBeLessThan(svg.indexOf('<circle'));
    expect(svg).toMatch(/^<svg class="state-map" viewBox="0 0 800 \d+" role="group" aria-labelledby="m-title">/);
  });

  test('the file of its own carries its colours, title and legend, and no class for a stylesheet', () => {
    const { states } = mapStates(counts, words);
    const svg = mapSvg(mapGeometry(), states, {
      id: 'm',
      title: 'Map',
      standalone: { title: 'Good practices', legend: [{ step: 0, label: 'None' }], source: 'Natural Earth' },
    });
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(`fill="${PALETTE.light.steps[0]}"`);
    expect(svg).toContain('>None</text>');
    expect(svg).not.toContain('class=');
  });
});

describe('shades', () => {
  test('counts up to five take a class each, spread over the whole scale', () => {
    expect(shadeClasses(3)).toEqual([
      { from: 1, to: 1, step: 1 },
      { from: 2, to: 2, step: 3 },
      { from: 3, to: 3, step: 5 },
    ]);
  });

  test('larger counts fall into five classes of equal width, the largest in the strongest', () => {
    const classes = shadeClasses(240);
    expect(classes.map((c) => [c.from, c.to, c.step])).toEqual(
      [
        [1, 48],
        [49, 96],
        [97, 144],
        [145, 192],
        [193, 240],
      ].map(([a, b], i) => [a, b, i + 1]),
    );
    expect(stepOf(classes, 0)).toBe(0);
    expect(stepOf(classes, 48)).toBe(1);
    expect(stepOf(classes, 240)).toBe(5);
  });

  test('the page’s stylesheet has the same light colours as the map’s own file', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/styles/figures.css'), 'utf8');
    PALETTE.light.steps.forEach((colour, step) => expect(css).toContain(`--map-${step}: light-dark(${colour},`));
  });
});

describe('path data', () => {
  test('points are rounded to tenths and written as relative steps that add up to them', () => {
    const d = pathData([
      [
        [10.04, 20.01],
        [15.26, 20.0],
        [15.2, 25.55],
        [10, 25.5],
      ],
    ]);
    expect(d).toBe('M10 20l5.3 0-.1 5.6-5.2-.1z');
  });

  test('a ring smaller than a unit and a half is left out', () => {
    expect(
      pathData([
        [
          [1, 1],
          [1.5, 1],
          [1.5, 1.5],
        ],
      ]),
    ).toBe('');
  });
});
