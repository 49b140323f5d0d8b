/**
 * Every practice has a date that sorts and says what it is; listings' filters combine. Expected
 * orders and counts are worked out from the content index (each practice's submitted day: its
 * field, else its first commit), independently of the pages' code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { scanContent, type IndexedEntry } from '../../src/content-index/scan.ts';
import { RecordTable, TABLE_FILE, type RecordTableData } from '../../src/search/record-table.ts';
import { ROOT, SAMPLE_DIST, serveSites, type Sites } from '../support/sites.ts';

const index = scanContent(ROOT);
const practices = index.entries.filter((e) => e.collection === 'practices');
const day = (e: IndexedEntry) => e.submitted!.day.toISOString().slice(0, 10);
const list = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).map(String);

/** The practices' keys newest first, as every listing orders them (ties by key). */
function newestFirst(entries: IndexedEntry[]): string[] {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  return [...byKey.values()]
    .sort((a, b) => (day(a) === day(b) ? a.key.localeCompare(b.key) : day(a) < day(b) ? 1 : -1))
    .map((e) => e.key);
}

let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(SAMPLE_DIST);
});
test.afterAll(async () => {
  await sites.close();
});

const cardKeys = (page: Page, scope: string) =>
  page
    .locator(`${scope} .card h3 a`)
    .evaluateAll((links) => links.map((a) => /\/practices\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1]));

test.describe('every practice has a date that sorts', () => {
  test('the sample dates practices both ways: by their field and by their first commit', () => {
    const from = new Set(practices.map((e) => e.submitted?.from));
    expect(from).toContain('field');
    expect(from).toContain('first commit');
    expect(practices.every((e) => e.submitted)).toBe(true);
  });

  test('the internal home page’s latest good practices include internal ones, newest first', async ({ page }) => {
    await page.goto(`${sites.internal}/en/`);
    const shown = await cardKeys(page, '[aria-labelledby="latest-practices"]');
    expect(shown).toEqual(newestFirst(practices).slice(0, 6));
    const internal = new Set(practices.filter((e) => !e.public).map((e) => e.key));
    expect(shown.some((k) => internal.has(k!))).toBe(true);
  });

  test('the public home page’s latest good practices are the newest public ones', async ({ page }) => {
    await page.goto(`${sites.public}/fr/`);
    const shown = await cardKeys(page, '[aria-labelledby="latest-practices"]');
    expect(shown).toEqual(newestFirst(practices.filter((e) => e.public)).slice(0, 6));
  });

  for (const [lang, label] of [
    ['en', /^Submitted \d{1,2} [A-Z][a-z]+ \d{4}$/],
    ['fr', /^Soumise le \d{1,2} [a-zéû]+ \d{4}$/],
  ] as const) {
    test(`a card says which date it shows, in ${lang}`, async ({ page }) => {
      await page.goto(`${sites.internal}/${lang}/practices/`);
      const card = page.locator('main .card').first();
      const time = card.locator('time');
      const key = (await cardKeys(page, 'main'))[0]!;
      await expect(time).toHaveAttribute('datetime', day(practices.find((e) => e.key === key)!));
      const text = await time.evaluate((t) => `${t.previousSibling?.textContent ?? ''}${t.textContent}`);
      expect(text.split(' · ').at(-1)!.trim()).toMatch(label);
    });
  }

  test('listings put the newest first, on both sites', async ({ page }) => {
    for (const [site, entries] of [
      [sites.internal, practices],
      [sites.public, practices.filter((e) => e.public)],
    ] as const) {
      await page.goto(`${site}/en/practices/`);
      expect(await cardKeys(page, 'main')).toEqual(newestFirst(entries));
    }
  });

  test('for every theme, the Year facet counts each practice the Type facet counts, on both sites', () => {
    for (const site of ['internal', 'public']) {
      const data = JSON.parse(
        readFileSync(join(SAMPLE_DIST, site, 'pagefind', 'en', TABLE_FILE), 'utf8'),
      ) as RecordTableData;
      const t = new RecordTable(data);
      for (const theme of t.values.theme) {
        const practicesOfTheme = t.count(t.ids, { theme: [theme] }, 'type')['practice'] ?? 0;
        const years = t.count(t.ids, { theme: [theme], type: ['practice'] }, 'year');
        const sum = Object.values(years).reduce((a, b) => a + b, 0);
        expect(sum, `${site}: ${theme}`).toBe(practicesOfTheme);
      }
    }
  });
});

test.describe('listings whose filters combine', () => {
  const portugueseIntegration = practices.filter(
    (e) => list(e.data.country).includes('PT') && list(e.data.themes).includes('integration'),
  );

  test('on Portugal’s page, the link for integration opens the search with both filters, showing only those practices', async ({
    page,
  }) => {
    expect(portugueseIntegration.length).toBeGreaterThan(0);
    await page.goto(`${sites.internal}/en/states/PT/`);
    const link = page.locator('nav.facets a', { hasText: /^Integration$/ });
    await expect(link.locator('+ .count')).toHaveText(`(${new Set(portugueseIntegration.map((e) => e.key)).size})`);
    await link.click();
    await expect(page).toHaveURL(/\/en\/search\/\?type=practice&country=PT&theme=integration$/);
    await expect(page.locator('form[data-search-form]')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('.facet-country input[value="PT"]')).toBeChecked();
    await expect(page.locator('.facet-theme input[value="integration"]')).toBeChecked();
    await expect(page.locator('.facet-type input[value="practice"]')).toBeChecked();
    const found = await page
      .locator('#search-results li a[href*="/practices/"]')
      .evaluateAll((links) => links.map((a) => /\/practices\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1]));
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set(portugueseIntegration.map((e) => e.key)));
  });

  test('on a theme’s page, member states count within the theme and the page’s own facet offers the others', async ({
    page,
  }) => {
    await page.goto(`${sites.public}/fr/practices/theme/integration/`);
    const publicIntegration = practices.filter((e) => e.public && list(e.data.themes).includes('integration'));
    const states = new Set(publicIntegration.flatMap((e) => list(e.data.country)));
    const combined = page.locator('nav.facets a[href^="/fr/search/"][href*="country="]');
    await expect(combined).toHaveCount(states.size);
    await expect(page.locator('.facets-combine')).toContainText('« Intégration »');
    const own = page.locator('nav.facets section').last();
    await expect(own.locator('h2')).toHaveText('Un autre thème');
    await expect(own.locator('a[aria-current="page"]')).toHaveText('Intégration');
  });
});
