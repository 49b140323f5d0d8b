/**
 * The map of member states and the figures at a glance, on the built sample sites: their counts
 * are the listings' own, the public ones count public practices only, and their figures are also
 * tables. Expected counts come from the content index, independently of the pages' code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { scanContent, type IndexedEntry } from '../../src/content-index/scan.ts';
import { STATE_CODES } from '../../src/data/reference.ts';
import { ROOT, SAMPLE_DIST, serveSites, type Sites } from '../support/sites.ts';

const practices = scanContent(ROOT).entries.filter((e) => e.collection === 'practices');
const list = (v: unknown): string[] => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(String));

/** Practices (by key, any language version counting) per member state. */
function byState(entries: IndexedEntry[]): Map<string, number> {
  const keys = new Map<string, Set<string>>();
  for (const e of entries) for (const c of list(e.data['country'])) keys.set(c, (keys.get(c) ?? new Set()).add(e.key));
  return new Map([...keys].map(([c, k]) => [c, k.size]));
}
const expected = {
  internal: byState(practices),
  public: byState(practices.filter((e) => e.public)),
};

let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(SAMPLE_DIST);
});
test.afterAll(async () => {
  await sites.close();
});

/** The number a counted phrase starts with ("3 good practices", "aucune bonne pratique"). */
const leading = (text: string) => (/^\s*(\d+)/.exec(text) ? Number(/^\s*(\d+)/.exec(text)![1]) : 0);
const listingCount = async (page: Page, url: string) => {
  await page.goto(url);
  return leading(await page.locator('h2.listing-count').innerText());
};

for (const variant of ['internal', 'public'] as const) {
  for (const lang of ['en', 'fr'] as const) {
    test(`the ${variant} map in ${lang} links each state with practices, with the count its listing shows`, async ({
      page,
    }) => {
      await page.goto(`${sites[variant]}/${lang}/states/`);
      const links = await page
        .locator('svg.state-map a')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('href')!, a.getAttribute('aria-label')!] as const));
      const shown = new Map(links.map(([href, label]) => [/\/states\/([A-Z]{2})\/$/.exec(href)![1]!, label]));
      expect([...shown.keys()].sort()).toEqual([...expected[variant].keys()].sort());
      for (const [code, label] of shown) {
        const n = expected[variant].get(code)!;
        expect(label, code).toMatch(new RegExp(`^[^:]+\\u00a0?: ${n} `));
        expect(await listingCount(page, `${sites[variant]}/${lang}/states/${code}/`), code).toBe(n);
      }
    });
  }

  test(`the ${variant} map draws every member state, the small ones as markers, with a table alternative`, async ({
    page,
  }) => {
    await page.goto(`${sites[variant]}/en/states/`);
    const map = page.locator('svg.state-map');
    await expect(map).toHaveAttribute('role', 'group');
    await expect(map).toHaveAccessibleName(/Map of the member states/);
    // Every member state: a shape or a marker (those without practice are in hidden groups).
    await expect(map.locator('path:not(.sout), circle')).toHaveCount(STATE_CODES.length);
    await expect(map.locator('circle')).toHaveCount(6);
    const rows = page.locator('.state-table tbody tr');
    await expect(rows).toHaveCount(STATE_CODES.length);
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), Number(tr.querySelector('td')!.textContent)]),
    );
    expect(table.reduce((sum, [, n]) => sum + (n as number), 0)).toBe(
      [...expected[variant].values()].reduce((a, b) => a + b, 0),
    );
    expect(table.find(([name]) => name === 'Portugal')?.[1]).toBe(expected[variant].get('PT'));
    // A keyboard reaches a state's shape, and its focus is drawn.
    const first = map.locator('a').first();
    await page.keyboard.press('Tab');
    await first.focus();
    const stroke = await first
      .locator('path, circle')
      .first()
      .evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(parseFloat(stroke)).toBeGreaterThanOrEqual(4);
  });

  test(`the ${variant} map page stays under 60 KB compressed, and its own file links by full address`, () => {
    for (const lang of ['en', 'fr']) {
      const html = readFileSync(join(SAMPLE_DIST, variant, lang, 'states', 'index.html'));
      expect(gzipSync(html).length).toBeLessThan(60_000);
      const svg = readFileSync(join(SAMPLE_DIST, variant, lang, 'states', 'map.svg'), 'utf8');
      expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const hrefs = [...svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
      expect(hrefs).toHaveLength(expected[variant].size);
      for (const h of hrefs) expect(h).toMatch(new RegExp(`^https://[^/]+/${lang}/states/[A-Z]{2}/$`));
    }
  });

  test(`the ${variant} figures page’s tables equal the listings’ counts`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${sites[variant]}/en/practices/figures/`);
    const rows = await page
      .locator('.figure-table tbody tr')
      .evaluateAll((trs) =>
        trs.map(
          (tr) =>
            [tr.querySelector('a')?.getAttribute('href') ?? null, Number(tr.querySelector('td')!.textContent)] as const,
        ),
      );
    const linked = rows.filter(([href]) => href !== null);
    expect(linked.length).toBeGreaterThan(5);
    for (const [href, n] of linked) expect(await listingCount(page, `${sites[variant]}${href}`), href!).toBe(n);
    // The years' table counts every practice once.
    await page.goto(`${sites[variant]}/en/practices/figures/`);
    const years = await page
      .locator('#by-year ~ .figure-table tbody td')
      .evaluateAll((tds) => tds.map((td) => Number(td.textContent)));
    const keys = new Set((variant === 'public' ? practices.filter((e) => e.public) : practices).map((e) => e.key));
    expect(years.reduce((a, b) => a + b, 0)).toBe(keys.size);
    // Each bar is a link with the table row's count in its name.
    const bars = await page.locator('svg.bar-chart a').count();
    expect(bars).toBe(linked.length);
  });
}

test('the public map counts public practices only: fewer than the internal one where some are internal', () => {
  const differs = [...expected.internal].some(([c, n]) => (expected.public.get(c) ?? 0) < n);
  expect(differs).toBe(true);
  for (const lang of ['en', 'fr']) {
    const html = readFileSync(join(SAMPLE_DIST, 'public', lang, 'states', 'index.html'), 'utf8');
    const named = [...html.matchAll(/<a href="\/\w+\/states\/([A-Z]{2})\/" aria-label="[^"]*?(\d+) /g)];
    expect(new Map(named.map((m) => [m[1], Number(m[2])]))).toEqual(expected.public);
  }
});

test('the practices listing and the home page link to the figures', async ({ page }) => {
  for (const url of [`${sites.public}/fr/practices/`, `${sites.internal}/en/`]) {
    await page.goto(url);
    await expect(page.locator('main a[href$="/practices/figures/"]')).toHaveCount(1);
  }
});
