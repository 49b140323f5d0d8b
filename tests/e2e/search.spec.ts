import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { scanContent, type IndexedEntry } from '../../src/content-index/scan.ts';
import { ROOT, SAMPLE_DIST, serveSites, type Sites } from '../support/sites.ts';

/**
 * Search on the sample sites. Expected results and counts are worked out here from the content
 * files themselves, independently of the pages' code: one result per entry, whatever language
 * versions it has.
 */
const index = scanContent(ROOT);
const practices = (pub?: boolean) =>
  index.entries.filter((e) => e.collection === 'practices' && (pub === undefined || e.public === pub));
const list = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(String);
const year = (v: unknown) => (v instanceof Date ? v.getUTCFullYear() : Number(String(v).slice(0, 4)));

/** An entry: its language versions (on the public site, its public ones). */
type Entry = IndexedEntry[];
function entriesOf(versions: IndexedEntry[]): Entry[] {
  const by = new Map<string, Entry>();
  for (const v of versions) by.set(`${v.collection}/${v.key}`, [...(by.get(`${v.collection}/${v.key}`) ?? []), v]);
  return [...by.values()];
}
const practiceEntries = (pub?: boolean) => entriesOf(practices(pub));
/** The version an English reader is shown: the English one, else the French. */
const englishFirst = (entry: Entry) => entry.find((v) => v.lang === 'en') ?? entry[0]!;

/** Facet values of a practice, as the search page offers them (the year of the version shown). */
function facetsOf(entry: Entry): Record<string, string[]> {
  const shown = englishFirst(entry);
  // Every practice has its submitted day: its field, else its first commit (src/content-index/submitted.ts).
  const date = shown.submitted?.day;
  const union = (field: string) => [...new Set(entry.flatMap((v) => list(v.data[field])))];
  return {
    country: union('country'),
    theme: union('themes'),
    gcm: union('gcm'),
    year: date === undefined ? [] : [String(year(date))],
    lang: entry.map((v) => String(v.lang)),
  };
}

function expectedCounts(entries: Entry[], facet: string): Record<string, number> {
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
  // A public practice with both versions public, found by a word only its French version has.
  const bilingual = practiceEntries(true).find((e) => e.length === 2)!;
  const french = bilingual.find((v) => v.lang === 'fr')!;
  const english = bilingual.find((v) => v.lang === 'en')!;

  for (const ui of ['en', 'fr'] as const) {
    test(`a public practice is found by a word of its French version on the ${ui} interface, shown in the reader’s language with the other offered`, async ({
      page,
    }) => {
      const word = ownWord(french, index.entries);
      await page.goto(`${sites.public}/${ui}/search/`);
      await page.getByRole('searchbox', { name: ui === 'en' ? 'Words to search for' : 'Mots à rechercher' }).fill(word);
      await settled(page);
      const [shown, other] = ui === 'en' ? [english, french] : [french, english];
      const link = `h2 a[href="/${shown.lang}/practices/${bilingual[0]!.key}/"]`;
      const hit = page.locator(`#search-results ${link}`);
      await expect(hit).toHaveText(String(shown.data['title']));
      await expect(hit).toHaveAttribute('lang', String(shown.lang));
      const result = page.locator('.result', { has: page.locator(link) });
      const offered = result.locator('a.result-version');
      await expect(offered).toHaveText(ui === 'en' ? 'Français' : 'English');
      await expect(offered).toHaveAttribute('href', `/${other.lang}/practices/${bilingual[0]!.key}/`);
      await expect(offered).toHaveAttribute('hreflang', String(other.lang));
      await expect(offered).toHaveAttribute('lang', String(other.lang));
      await expect(offered).toHaveAccessibleName(
        `${ui === 'en' ? 'Français\u00a0:' : 'English:'} ${String(other.data['title'])}`,
      );
      // The excerpt shows why it was found: the French words, marked, said to be French.
      await expect(result.locator('.result-excerpt')).toHaveAttribute('lang', 'fr');
      await expect(result.locator('.result-excerpt mark').first()).toBeVisible();
      await expect(result.locator('.result-lang')).toHaveCount(0);
      expect(await resultCount(page)).toBe(1);
    });
  }

  test('an entry written only in French is shown in French on the English interface, and says so', async ({ page }) => {
    const only = practiceEntries().find((e) => e.length === 1 && e[0]!.lang === 'fr')![0]!;
    await page.goto(`${sites.internal}/en/search/?q=${encodeURIComponent(ownWord(only, index.entries))}`);
    const link = `h2 a[href="/fr/practices/${only.key}/"]`;
    await expect(page.locator(`#search-results ${link}`)).toHaveAttribute('lang', 'fr');
    const result = page.locator('.result', { has: page.locator(link) });
    await expect(result.locator('.result-lang')).toHaveText('Written in French');
    await expect(result.locator('a.result-version')).toHaveCount(0);
  });

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

test.describe('search that forgives', () => {
  test('each entry is one result, in the reader’s language, counted and paged as one', async ({ page }) => {
    const all = practiceEntries(true);
    await page.goto(`${sites.public}/en/search/?type=practice`);
    expect(await resultCount(page)).toBe(all.length);
    // Every page of results, as the reader loads them.
    while (await page.locator('[data-more]').isVisible()) {
      const before = await page.locator('.result').count();
      await page.locator('[data-more]').click();
      await expect(page.locator('.result')).not.toHaveCount(before);
    }
    const shown = await page.locator('.result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(shown.sort()).toEqual(all.map((e) => `/${englishFirst(e).lang}/practices/${e[0]!.key}/`).sort());
    const offered = await page.locator('a.result-version').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(offered.sort()).toEqual(
      all
        .filter((e) => e.length === 2)
        .map((e) => `/fr/practices/${e[0]!.key}/`)
        .sort(),
    );
  });

  // The sample's only entry about Türkiye is a correspondent of the directory (internal site).
  const turkish = index.entries.find((e) => e.collection === 'correspondents' && e.data['country'] === 'TR')!;
  const dutch = practiceEntries().find((e) => facetsOf(e)['country']!.includes('NL'))!;
  for (const ui of ['en', 'fr'] as const) {
    for (const q of ['Turkey', 'Turquie', 'Türkiye'])
      test(`"${q}" finds what is about Türkiye on the ${ui} interface`, async ({ page }) => {
        await page.goto(`${sites.internal}/${ui}/search/?q=${encodeURIComponent(q)}`);
        await expect(page.locator(`#search-results a[href="/${ui}/directory/#${turkish.id}"]`)).toBeVisible();
      });
    for (const q of ['Holland', 'Hollande', 'Pays-Bas', 'the Netherlands'])
      test(`"${q}" finds the Netherlands' practice on the ${ui} interface`, async ({ page }) => {
        await page.goto(`${sites.internal}/${ui}/search/?q=${encodeURIComponent(q)}`);
        await expect(page.locator(`#search-results h2 a[href="/${ui}/practices/${dutch[0]!.key}/"]`)).toBeVisible();
      });
  }

  test('a query the index has no word for offers the nearest, and following it shows results', async ({ page }) => {
    await page.goto(`${sites.public}/en/search/?q=unacompanied`);
    await settled(page);
    await expect(status(page)).toHaveText('Nothing found. Try another word, or remove a filter.');
    await expect(page.locator('#search-suggestion')).toHaveText('Did you mean unaccompanied?');
    await page.locator('#search-suggestion a').click();
    await expect(page).toHaveURL(/\/en\/search\/\?q=unaccompanied$/);
    expect(await resultCount(page)).toBeGreaterThan(0);
    await expect(page.locator('#search-input')).toHaveValue('unaccompanied');
    await expect(page.locator('#search-suggestion')).toHaveText('');
  });

  test('did you mean, in French, keeps the words the index has and the filters', async ({ page }) => {
    await page.goto(`${sites.public}/fr/search/?q=enfants+acompagnés&type=practice`);
    await settled(page);
    await expect(page.locator('#search-suggestion')).toHaveText('Vouliez-vous dire enfants accompagnés\u00a0?');
    await page.locator('#search-suggestion a').click();
    await expect(page).toHaveURL(/\?q=enfants\+accompagn%C3%A9s&type=practice$/);
    expect(await resultCount(page)).toBeGreaterThan(0);
  });

  test('a query with words the index has but no entry together offers nothing', async ({ page }) => {
    await page.goto(`${sites.internal}/en/search/?q=unaccompanied+statelessness+seasonal`);
    await settled(page);
    await expect(status(page)).toHaveText('Nothing found. Try another word, or remove a filter.');
    await expect(page.locator('#search-suggestion')).toHaveText('');
  });

  for (const [ui, labels] of [
    ['en', ['Meeting 11–12 June 2026', 'Sent 2 April 2025 · deadline 2 May 2025', 'Submitted 8 March 2022']],
    [
      'fr',
      [
        'Réunion\u00a0: 11–12 juin 2026',
        'Envoi\u00a0: 2 avril 2025 · date limite\u00a0: 2 mai 2025',
        'Soumission\u00a0: 8 mars 2022',
      ],
    ],
  ] as const)
    // be-family-units gives no submitted day: its first commit, capped at its publication (src/content-index/submitted.ts).
    test(`a result's date says what it is, on the ${ui} interface`, async ({ page }) => {
      const entries = [
        ['meetings', 'plenary-2026-06', 'type=meeting&year=2026'],
        ['requests', 'request-2025-age-assessment', 'type=request&year=2025'],
        ['practices', 'be-family-units', 'type=practice&country=BE'],
      ] as const;
      for (const [i, [section, key, filters]] of entries.entries()) {
        await page.goto(`${sites.internal}/${ui}/search/?${filters}`);
        const result = page.locator('.result', { has: page.locator(`h2 a[href="/${ui}/${section}/${key}/"]`) });
        await expect(result.locator('.result-date')).toHaveText(labels[i]!);
      }
    });
});

test.describe('facets', () => {
  test('each facet narrows the results and its counts match the entries', async ({ page }) => {
    const all = practiceEntries();
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
    const all = practiceEntries();
    const [a, b] = Object.entries(expectedCounts(all, 'country')).sort((x, y) => y[1] - x[1]);
    await page.goto(`${sites.internal}/en/search/?type=practice&country=${a![0]}&country=${b![0]}`);
    const either = all.filter((e) => facetsOf(e)['country']!.some((c) => c === a![0] || c === b![0]));
    expect(await resultCount(page)).toBe(either.length);
    const lang = either.filter((e) => e.some((v) => v.lang === 'en'));
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
    expect(await resultCount(page)).toBe(practiceEntries(true).length);
    for (const facet of ['country', 'theme', 'year', 'lang'])
      expect(await facetCounts(page, facet), facet).toEqual(expectedCounts(practiceEntries(true), facet));
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
    expect(await resultCount(page)).toBe(practiceEntries().length);
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
      // The date a result is placed by is the first of its label (a request's deadline follows).
      const dates = await page
        .locator('.result-date time:first-of-type')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
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
    test(`the search page with results, or with "did you mean", passes an axe sweep at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const search of ['fr/search/?q=migration', 'en/search/?q=asile', 'en/search/?q=unacompanied']) {
        await page.goto(`${sites.internal}/${search}`);
        await settled(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations.map((v) => `${search}: ${v.id}: ${v.help}`)).toEqual([]);
      }
    });
});
