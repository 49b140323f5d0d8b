import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { scanContent, type IndexedEntry } from '../../src/content-index/scan.ts';
import { ROOT, SAMPLE_DIST, serveSites, type Sites } from '../support/sites.ts';

/**
 * Search on the sample sites. Expected results and counts are worked out here from the content
 * files themselves, independently of the pages' code: one indexed page per language version.
 */
const index = scanContent(ROOT);
const practices = (pub?: boolean) =>
  index.entries.filter((e) => e.collection === 'practices' && (pub === undefined || e.public === pub));
const list = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(String);
const year = (v: unknown) => (v instanceof Date ? v.getUTCFullYear() : Number(String(v).slice(0, 4)));

/** Facet values of a practice, as the search page offers them. */
function facetsOf(e: IndexedEntry): Record<string, string[]> {
  // Every practice has its submitted day: its field, else its first commit (src/content-index/submitted.ts).
  const date = e.submitted?.day;
  return {
    country: list(e.data['country']),
    theme: list(e.data['themes']),
    gcm: list(e.data['gcm']),
    year: date === undefined ? [] : [String(year(date))],
    lang: [String(e.lang)],
  };
}

function expectedCounts(entries: IndexedEntry[], facet: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entries) for (const v of new Set(facetsOf(e)[facet])) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{9,}/gu) ?? []);
/** Search stems words, so "agricultural" finds "agriculture": compare words by their start. */
const stem = (w: string) => w.slice(0, 7);
/** A word of `entry`'s body that no other entry's file contains, in any form. */
function ownWord(entry: IndexedEntry, others: IndexedEntry[]): string {
  const elsewhere = new Set(
    others.filter((o) => o !== entry).flatMap((o) => [...words(o.body + o.frontmatter)].map(stem)),
  );
  const w = [...words(entry.body.replace(/:::[\s\S]*?:::/g, ''))].find((x) => !elsewhere.has(stem(x)));
  if (!w) throw new Error(`${entry.file} has no word of its own`);
  return w;
}

let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(SAMPLE_DIST);
});
test.afterAll(async () => {
  await sites.close();
});

const status = (page: Page) => page.locator('#search-status');
async function settled(page: Page) {
  await expect(page.locator('form[data-search-form]')).toHaveAttribute('data-state', 'done');
}
async function resultCount(page: Page): Promise<number> {
  await settled(page);
  const text = (await status(page).textContent()) ?? '';
  return /^\D*(\d+)/.test(text) ? Number(/(\d+)/.exec(text)![1]) : 0;
}
async function facetCounts(page: Page, facet: string): Promise<Record<string, number>> {
  await settled(page);
  const items = page.locator(`.facet-${facet} li:not([hidden])`);
  const out: Record<string, number> = {};
  for (const item of await items.all()) {
    const value = await item.locator('input').getAttribute('value');
    const count = Number(((await item.locator('.count').textContent()) ?? '').replace(/\D/g, ''));
    out[value!] = count;
  }
  return out;
}

test.describe('finding entries', () => {
  const french = practices(true).find((e) => e.lang === 'fr')!;

  for (const ui of ['en', 'fr'] as const) {
    test(`a public French practice is found by a word from its body on the ${ui} interface`, async ({ page }) => {
      const word = ownWord(french, index.entries);
      await page.goto(`${sites.public}/${ui}/search/`);
      await page.getByRole('searchbox', { name: ui === 'en' ? 'Words to search for' : 'Mots à rechercher' }).fill(word);
      const link = `a[href="/fr/practices/${french.key}/"]`;
      const hit = page.locator(`#search-results ${link}`);
      await expect(hit).toHaveText(String(french.data['title']));
      await expect(hit).toHaveAttribute('lang', 'fr');
      const result = page.locator('.result', { has: page.locator(link) });
      await expect(result.locator('.result-lang')).toHaveText(ui === 'en' ? 'Written in French' : 'Rédigé en français');
      await expect(result.locator('.result-excerpt mark').first()).toBeVisible();
    });
  }

  test('a French word written after an elision (d’éloignement) is found by itself, on either interface', async ({
    page,
  }) => {
    // The sample entry writes it with the typographic apostrophe, as French editors do.
    for (const ui of ['fr', 'en']) {
      await page.goto(`${sites.public}/${ui}/search/?q=éloignement`);
      await settled(page);
      await expect(page.locator('.result a[href="/fr/practices/be-family-units/"]')).toBeVisible();
    }
  });

  test('the header search box leads to the search page with the query', async ({ page }) => {
    const entry = practices(true).find((e) => e.lang === 'en')!;
    const word = ownWord(entry, index.entries);
    await page.goto(`${sites.public}/en/`);
    const box = page.getByRole('search').getByRole('searchbox');
    await box.fill(word);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/en/search/\\?q=${word}$`));
    await expect(page.locator(`#search-results a[href="/en/practices/${entry.key}/"]`)).toBeVisible();
  });

  test('only the entry is indexed: no navigation, footer, metadata list or last-changed line', async ({ page }) => {
    const entry = practices(true).find((e) => e.lang === 'en')!;
    const word = ownWord(entry, index.entries);
    await page.goto(`${sites.internal}/en/search/`);
    // What Pagefind stored for the page, read with its own API as the search page does.
    const content = await page.evaluate(async (q) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/en/pagefind.js`);
      const { results } = await pagefind.search(q);
      return Promise.all(
        results.map(async (r: { data: () => Promise<{ content: string }> }) => (await r.data()).content),
      );
    }, word);
    expect(content).toHaveLength(1);
    expect(content[0]).toContain(word);
    for (const chrome of [
      'Last changed',
      'Main navigation',
      'Good practices',
      'Sample content is marked',
      'Submitted by',
      'Proposed dissemination',
    ])
      expect(content[0]).not.toContain(chrome);
  });

  test("a word only a state's answer uses finds the request it answers", async ({ page }) => {
    const responses = index.entries.filter((e) => e.collection === 'responses');
    const pick = responses
      .map((r) => {
        const others = index.entries.filter((o) => o !== r);
        const elsewhere = new Set(others.flatMap((o) => [...words(o.body + o.frontmatter)].map(stem)));
        const text = Object.values(r.data['answers'] as Record<string, string>).join(' ');
        return { r, word: [...words(text)].find((w) => w.length > 4 && !elsewhere.has(stem(w))) };
      })
      .find((x) => x.word);
    if (!pick?.word) throw new Error('no answer of the sample content has a word of its own');
    await page.goto(`${sites.internal}/en/search/?q=${encodeURIComponent(pick.word)}`);
    await settled(page);
    await expect(
      page.locator(`#search-results a[href$="/requests/${String(pick.r.data['request'])}/"]`).first(),
    ).toBeVisible();
  });

  test('correspondents are found by name, member state and ministry on the internal site only', async ({ page }) => {
    const person = index.entries.find((e) => e.collection === 'correspondents')!;
    const target = `/en/directory/#${person.id}`;
    for (const q of [String(person.data['name']), String(person.data['ministry'])]) {
      await page.goto(`${sites.internal}/en/search/?q=${encodeURIComponent(q)}`);
      await expect(page.locator(`#search-results a[href="${target}"]`)).toBeVisible();
    }
    await page.goto(`${sites.internal}/en/search/?type=person&country=${String(person.data['country'])}`);
    await expect(page.locator(`#search-results a[href="${target}"]`)).toBeVisible();
    await page.goto(`${sites.public}/en/search/?q=${encodeURIComponent(String(person.data['name']))}`);
    await expect(status(page)).toHaveText('Nothing found. Try another word, or remove a filter.');
  });
});

test.describe('facets', () => {
  test('each facet narrows the results and its counts match the entries', async ({ page }) => {
    const all = practices();
    await page.goto(`${sites.internal}/en/search/?type=practice`);
    expect(await resultCount(page)).toBe(all.length);
    for (const facet of ['country', 'theme', 'gcm', 'year', 'lang']) {
      const expected = expectedCounts(all, facet);
      expect(await facetCounts(page, facet), facet).toEqual(expected);
      // The value with most entries but not all of them: choosing it must narrow the list.
      const [value, n] = Object.entries(expected)
        .filter(([, c]) => c < all.length)
        .sort((a, b) => b[1] - a[1])[0]!;
      await page.locator(`.facet-${facet} input[value="${value}"]`).check();
      expect(await resultCount(page), `${facet}=${value}`).toBe(n);
      // The facet itself is counted without its own selection: what choosing another value adds.
      expect(await facetCounts(page, facet), `${facet} with ${value} chosen`).toEqual(expected);
      // The other facets count the narrowed list.
      const other = facet === 'lang' ? 'country' : 'lang';
      const narrowed = all.filter((e) => facetsOf(e)[facet]!.includes(value));
      expect(await facetCounts(page, other), `${other} with ${facet}=${value}`).toEqual(
        expectedCounts(narrowed, other),
      );
      await page.locator(`.facet-${facet} input[value="${value}"]`).uncheck();
      expect(await resultCount(page)).toBe(all.length);
      expect(await facetCounts(page, facet), `${facet} again`).toEqual(expected);
    }
  });

  test('values of one facet add up and different facets combine', async ({ page }) => {
    const all = practices();
    const [a, b] = Object.entries(expectedCounts(all, 'country')).sort((x, y) => y[1] - x[1]);
    await page.goto(`${sites.internal}/en/search/?type=practice&country=${a![0]}&country=${b![0]}`);
    const either = all.filter((e) => facetsOf(e)['country']!.some((c) => c === a![0] || c === b![0]));
    expect(await resultCount(page)).toBe(either.length);
    const lang = either.filter((e) => e.lang === 'en');
    await page.locator('.facet-lang input[value="en"]').check();
    expect(await resultCount(page)).toBe(lang.length);
  });

  test('the public site finds nothing of internal entries and counts public entries only', async ({ page }) => {
    const internalOnly = index.entries.filter((e) => !e.public);
    const publicEntries = index.entries.filter((e) => e.public);
    const entry = internalOnly.find((e) => e.collection === 'practices')!;
    const word = ownWord(entry, [...publicEntries, ...internalOnly]);
    await page.goto(`${sites.internal}/en/search/?q=${word}`);
    expect(await resultCount(page)).toBeGreaterThan(0);
    await page.goto(`${sites.public}/en/search/?q=${word}`);
    await expect(status(page)).toHaveText('Nothing found. Try another word, or remove a filter.');

    await page.goto(`${sites.public}/en/search/?type=practice`);
    expect(await resultCount(page)).toBe(practices(true).length);
    for (const facet of ['country', 'theme', 'year', 'lang'])
      expect(await facetCounts(page, facet), facet).toEqual(expectedCounts(practices(true), facet));
    expect(Object.keys(await facetCounts(page, 'type'))).not.toContain('person');
  });
});

test.describe('the address', () => {
  test('query and filters round-trip through the address, reload and the back button', async ({ page }) => {
    const entry = practices().find((e) => e.lang === 'en')!;
    const country = list(entry.data['country'])[0]!;
    await page.goto(`${sites.internal}/en/search/`);
    await page.locator('#search-input').fill('the');
    await page.locator('#search-input').press('Enter');
    const before = await resultCount(page);
    await page.locator(`.facet-country input[value="${country}"]`).check();
    const narrowed = await resultCount(page);
    expect(narrowed).toBeLessThan(before);
    await expect(page).toHaveURL(new RegExp(`\\?q=the&country=${country}$`));
    const titles = await page.locator('.result h2').allTextContents();

    await page.reload();
    expect(await resultCount(page)).toBe(narrowed);
    await expect(page.locator('#search-input')).toHaveValue('the');
    await expect(page.locator(`.facet-country input[value="${country}"]`)).toBeChecked();
    expect(await page.locator('.result h2').allTextContents()).toEqual(titles);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=the$/);
    expect(await resultCount(page)).toBe(before);
    await expect(page.locator(`.facet-country input[value="${country}"]`)).not.toBeChecked();
  });

  test('before any search, opening the filters offers them with their counts', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${sites.internal}/en/search/`);
    await expect(status(page)).toHaveText('Type a word or choose a filter.');
    await page.locator('[data-facets] summary').click();
    const boxes = page.locator('.facet-type input[type="checkbox"]');
    await expect(boxes.first()).toBeVisible();
    await page.locator('.facet-type input[value="practice"]').check();
    expect(await resultCount(page)).toBe(practices().length);
  });

  test('the language switch takes the words and filters to the search in the other language', async ({ page }) => {
    await page.goto(`${sites.public}/fr/search/?q=asile&type=practice`);
    const french = await resultCount(page);
    expect(french).toBeGreaterThan(0);
    await page.locator('#search-input').fill('asile retour');
    await page.locator('#search-input').press('Enter');
    await settled(page);
    await page.locator('a.lang-switch').click();
    await expect(page).toHaveURL(/\/en\/search\/\?q=asile\+retour&type=practice$/);
    await expect(page.locator('#search-input')).toHaveValue('asile retour');
    await expect(page.locator('.facet-type input[value="practice"]')).toBeChecked();
  });

  test('browsing by facet and newest first order results by date', async ({ page }) => {
    for (const query of ['type=practice', 'type=practice&sort=date', 'q=the&sort=date']) {
      await page.goto(`${sites.internal}/en/search/?${query}`);
      await settled(page);
      if (query.includes('sort=date')) await expect(page.locator('select[name="sort"]')).toHaveValue('date');
      const dates = await page.locator('.result time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
      expect(dates.length, query).toBeGreaterThan(2);
      expect(dates, query).toEqual([...dates].sort().reverse());
    }
  });

  test("a plain query shows its results without waiting for the facets' data", async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/record-table.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${sites.internal}/en/search/`);
    await page.locator('#search-input').fill('the');
    await expect(page.locator('form[data-search-form]')).toHaveAttribute('data-state', 'results');
    expect(await page.locator('.result').count()).toBeGreaterThan(2);
    await expect(page.locator('.facet-country')).toHaveCount(0);
    release();
    await settled(page);
    await expect(page.locator('.facet-country')).toBeVisible();
  });
});

test.describe('using the search page', () => {
  test("a plain query's results stay when the facets' data cannot be fetched", async ({ page }) => {
    await page.route('**/record-table.json', (route) => route.abort());
    await page.goto(`${sites.public}/en/search/`);
    await page.locator('#search-input').fill('the');
    await settled(page);
    expect(await resultCount(page)).toBeGreaterThan(2);
    await expect(page.locator('.result').first()).toBeVisible();
  });

  test('the search page logs no console errors and every file it asks for is there, on either site or language', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    // Pagefind falls back quietly when a file it wants is missing (its web worker, for one).
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    for (const site of [sites.internal, sites.public])
      for (const lang of ['en', 'fr']) {
        await page.goto(`${site}/${lang}/search/`);
        await page.locator('#search-input').fill('migration');
        await settled(page);
        await page.locator('.facet-lang input').first().check();
        await settled(page);
      }
    expect(errors).toEqual([]);
  });

  test('search works with the keyboard alone', async ({ page }) => {
    await page.goto(`${sites.internal}/en/search/`);
    await page.locator('#search-input').focus();
    await page.keyboard.type('migration');
    await page.keyboard.press('Enter');
    const before = await resultCount(page);
    expect(before).toBeGreaterThan(0);
    // Tab reaches the first facet checkbox; Space selects it.
    const first = page.locator('.facet input').first();
    for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await settled(page);
    await expect(first).toBeFocused();
  });

  for (const width of [390, 1280])
    test(`the search page with results passes an axe sweep at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${sites.internal}/fr/search/?q=migration`);
      await settled(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
});
