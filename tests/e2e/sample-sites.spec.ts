import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { scanContent, type IndexedEntry } from '../../src/content-index/scan.ts';
import { ROOT, SAMPLE_DIST, serveSites, type Sites } from '../support/sites.ts';

const index = scanContent(ROOT);
const of = (collection: string, pub?: boolean) =>
  index.entries.filter((e) => e.collection === collection && (pub === undefined || e.public === pub));
const first = (collection: string, pub?: boolean): IndexedEntry => {
  const e = of(collection, pub)[0];
  if (!e) throw new Error(`the sample content has no ${pub ? 'public ' : ''}${collection}`);
  return e;
};

let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(SAMPLE_DIST);
});
test.afterAll(async () => {
  await sites.close();
});

/** One path of every page type of the internal site (language prefix left out). */
function internalPages(): string[] {
  const practice = first('practices');
  const theme = (practice.data.themes as string[])[0];
  const gcm = (practice.data.gcm as number[])[0];
  const version = first('methods').data.version as string;
  return [
    '',
    'practices/',
    `practices/${practice.key}/`,
    `practices/theme/${theme}/`,
    `practices/gcm/${gcm}/`,
    'practices/language/fr/',
    'methods/',
    `methods/${version}/`,
    'outcomes/',
    `outcomes/${first('outcomes').key}/`,
    'meetings/',
    `meetings/${first('meetings').key}/`,
    'requests/',
    `requests/${first('requests').key}/`,
    'groups/',
    `groups/${first('groups').key}/`,
    'directory/',
    'states/',
    `states/${(practice.data.country as string[])[0]}/`,
  ];
}

test.describe('both sites in both languages', () => {
  for (const lang of ['en', 'fr'] as const) {
    test(`every internal page type renders in ${lang}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      for (const p of internalPages()) {
        const response = await page.goto(`${sites.internal}/${lang}/${p}`);
        expect(response?.status(), p).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('h1').first()).toBeVisible();
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      }
      expect(errors).toEqual([]);
    });

    test(`every public page type renders in ${lang}`, async ({ page }) => {
      const pages = [
        '',
        'practices/',
        `practices/${first('practices', true).key}/`,
        'methods/',
        'outcomes/',
        `outcomes/${first('outcomes', true).key}/`,
        'states/',
      ];
      for (const p of pages) {
        const response = await page.goto(`${sites.public}/${lang}/${p}`);
        expect(response?.status(), p).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
      }
    });
  }

  test('the language switch keeps you on the same page', async ({ page }) => {
    const practice = first('practices', true);
    await page.goto(`${sites.public}/en/practices/${practice.key}/`);
    await page.getByRole('link', { name: 'Lire cette page en français' }).click();
    await expect(page).toHaveURL(`${sites.public}/fr/practices/${practice.key}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expect(page).toHaveURL(`${sites.public}/en/practices/${practice.key}/`);
  });

  test('an entry without a translation is shown in its own language with a note', async ({ page }) => {
    const keys = new Map<string, Set<string>>();
    for (const e of of('practices')) keys.set(e.key, new Set([...(keys.get(e.key) ?? []), e.lang!]));
    const [key, langs] = [...keys].find(([, l]) => l.size === 1)!;
    const own = [...langs][0]!;
    const ui = own === 'en' ? 'fr' : 'en';
    await page.goto(`${sites.internal}/${ui}/practices/${key}/`);
    await expect(page.locator('.note').first()).toHaveText(
      ui === 'en' ? 'This entry is available only in French.' : 'Cette entrée n’existe qu’en anglais.',
    );
    await expect(page.locator('main article').first()).toHaveAttribute('lang', own);
  });
});

test.describe('practice listings', () => {
  test('on a phone the filters start closed, so the first practice shows on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const state = (first('practices', true).data['country'] as string[])[0]!;
    for (const url of [`${sites.public}/en/practices/`, `${sites.internal}/fr/states/${state}/`]) {
      await page.goto(url);
      const panel = page.locator('details.listing-filters');
      await expect(panel, url).not.toHaveAttribute('open');
      const card = await page.locator('main .card').first().boundingBox();
      expect(card!.y, url).toBeLessThan(844);
      await panel.locator('summary').click();
      await expect(panel.locator('.facets a').first(), url).toBeVisible();
    }
  });

  test('on a wide screen the filters are open and the page’s own value is marked', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const theme = (first('practices', true).data['themes'] as string[])[0]!;
    await page.goto(`${sites.public}/en/practices/theme/${theme}/`);
    await expect(page.locator('details.listing-filters')).toHaveAttribute('open');
    const current = page.locator('.facets a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    expect(await current.evaluate((a) => getComputedStyle(a).fontWeight)).toBe('700');
  });
});

test.describe('the bare address', () => {
  for (const [locale, home] of [
    ['fr-FR', '/fr/'],
    ['fr-CH', '/fr/'],
    ['en-GB', '/en/'],
    ['de-DE', '/en/'],
  ] as const)
    test(`sends a browser asking for ${locale} to ${home}`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${sites.public}/`);
      await page.waitForURL(`${sites.public}${home}`);
      await context.close();
    });

  test('offers both languages without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${sites.internal}/`);
    await expect(page.locator('a[href="/en/"]')).toBeVisible();
    await expect(page.locator('a[href="/fr/"]')).toBeVisible();
    await context.close();
  });
});

test.describe('sample content', () => {
  test('is marked as such wherever it is listed or shown, on both sites and in both languages', async ({ page }) => {
    const practice = first('practices', true);
    const keys = (entries: IndexedEntry[]) => new Set(entries.map((e) => e.key)).size;
    const cases: [string, string, number][] = [
      [`${sites.public}/en/practices/`, 'Sample', keys(of('practices', true))],
      [`${sites.internal}/fr/practices/`, 'Exemple', keys(of('practices'))],
      [`${sites.public}/fr/practices/${practice.key}/`, 'Exemple', 1],
      [`${sites.internal}/en/directory/`, 'Sample', of('correspondents').length],
      [`${sites.internal}/en/requests/`, 'Sample', keys(of('requests'))],
    ];
    for (const [url, word, atLeast] of cases) {
      await page.goto(url);
      const badges = page.locator('main .badge.sample');
      expect(await badges.count(), url).toBeGreaterThanOrEqual(atLeast);
      await expect(badges.first(), url).toHaveText(word);
      await expect(badges.first(), url).toBeVisible();
    }
    // The badge stands apart from the words before it ("Actualité Exemple", not "ActualitéExemple").
    await page.goto(`${sites.public}/fr/outcomes/`);
    expect(await page.locator('.outcome-meta').first().innerText()).toMatch(/\p{L} Exemple$/u);
  });
});

test.describe('what each site holds', () => {
  test('the internal site shows all sample content', async ({ page }) => {
    for (const e of index.entries.filter((x) =>
      ['practices', 'outcomes', 'meetings', 'requests', 'groups'].includes(x.collection),
    )) {
      await page.goto(`${sites.internal}/${e.lang}/${e.collection}/${e.key}/`);
      await expect(page.locator('h1')).toContainText(e.data.title as string);
    }
    await page.goto(`${sites.internal}/en/directory/`);
    for (const c of of('correspondents')) await expect(page.getByText(c.data.email as string)).toBeVisible();
  });

  test('the request page compiles every state’s answers by question', async ({ page }) => {
    const request = first('requests');
    const answers = of('responses').filter((r) => r.data.request === request.key);
    await page.goto(`${sites.internal}/en/requests/${request.key}/`);
    await expect(page.locator('section.question')).toHaveCount((request.data.questions as string[]).length);
    await expect(page.locator('.roll-answered li')).toHaveCount(answers.length);
  });

  test('the public site has no directory, no requests and no internal practice', async ({ page }) => {
    expect((await page.goto(`${sites.public}/en/directory/`))?.status()).toBe(404);
    expect((await page.goto(`${sites.public}/en/requests/`))?.status()).toBe(404);
    expect((await page.goto(`${sites.public}/en/groups/`))?.status()).toBe(404);
    for (const e of of('practices', false)) {
      const own = of('practices', true).some((p) => p.key === e.key);
      if (!own) expect((await page.goto(`${sites.public}/en/practices/${e.key}/`))?.status(), e.key).toBe(404);
    }
    await page.goto(`${sites.public}/en/`);
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).not.toContainText('Directory');
  });

  test('no internal title appears in any file of the public site', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const f = join(d, n);
        if (statSync(f).isDirectory()) walk(f);
        else files.push(f);
      }
    };
    walk(join(SAMPLE_DIST, 'public'));
    const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const publicTitles = new Set(index.entries.filter((e) => e.public).map((e) => e.data.title));
    const secrets = index.entries
      .filter((e) => !e.public)
      .flatMap((e) => (e.collection === 'correspondents' ? [e.data.name, e.data.email] : [e.data.title]))
      .filter((s): s is string => typeof s === 'string' && !publicTitles.has(s));
    expect(secrets.length).toBeGreaterThan(10);
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
    for (const s of secrets) {
      expect(text.includes(s) || text.includes(escape(s)), s).toBe(false);
    }
  });
});

test.describe('files that never leave the internal site', () => {
  test('the public site holds no spreadsheet, address book or web editor, and its sitemap lists its calendars', () => {
    const dir = join(SAMPLE_DIST, 'public');
    const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split('\\').join('/'));
    expect(files.filter((f) => /\.(csv|xlsx|ods|vcf)$/i.test(f) || /(^|\/)admin(\/|$)/.test(f))).toEqual([]);
    const internal = (readdirSync(join(SAMPLE_DIST, 'internal'), { recursive: true }) as string[]).map((f) =>
      f.split('\\').join('/'),
    );
    // The same files exist on the internal site: the test above would pass on a site with none.
    expect(internal.filter((f) => /\.(csv|xlsx|vcf)$/i.test(f)).length).toBeGreaterThan(3);
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    for (const f of files.filter((f) => /^(en|fr)\/.+\.(ics|svg)$/.test(f)))
      expect(sitemap, f).toContain(`/${f}</loc>`);
    expect(files.filter((f) => /\.ics$/.test(f)).length).toBeGreaterThan(1);
  });
});
