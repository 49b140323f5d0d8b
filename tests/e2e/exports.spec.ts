/**
 * The internal site's downloads (issue 21) on the built sample sites: each request's compiled
 * answers as CSV and Excel, the directory as vCards and CSV. Each file is fetched by the link the
 * pages give, parsed back by a library and compared with the content; none of them, nor any
 * CSV, workbook or vCard at all, is part of the public site.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { join, relative } from 'node:path';
import { scanContent, type IndexedEntry } from '../../src/content-index/scan.ts';
import { stateName } from '../../src/data/reference.ts';
import { filesOf } from '../support/files.ts';
import { ROOT, SAMPLE_DIST, serveSites, type Sites } from '../support/sites.ts';

const index = scanContent(ROOT);
const entries = (collection: string) => index.entries.filter((e) => e.collection === collection);
const requestKeys = [...new Set(entries('requests').map((e) => e.key))];
const versionOf = (key: string, lang: string) =>
  entries('requests').find((e) => e.key === key && e.lang === lang) ?? entries('requests').find((e) => e.key === key)!;
const answersTo = (key: string) => entries('responses').filter((r) => r.data.request === key);
const answersOf = (r: IndexedEntry) => r.data.answers as Record<string, string>;
const people = entries('correspondents');
const LANGS = ['en', 'fr'] as const;

let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(SAMPLE_DIST);
});
test.afterAll(async () => {
  await sites.close();
});

/** The address a page's link leads to, fetched: the link must be there, and the file too. */
async function follow(page: Page, request: APIRequestContext, name: string | RegExp) {
  const link = page.locator('.downloads').getByRole('link', { name, exact: true });
  await expect(link).toHaveCount(1);
  const href = (await link.getAttribute('href'))!;
  const response = await request.get(new URL(href, page.url()).href);
  expect(response.status(), href).toBe(200);
  return { href, body: await response.body() };
}

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test('each request’s page links its answers as CSV, every answer under its question', async ({ page, request }) => {
      for (const key of requestKeys) {
        const questions = versionOf(key, lang).data.questions as string[];
        await page.goto(`${sites.internal}/${lang}/requests/${key}/`);
        const { href, body } = await follow(page, request, 'CSV');
        expect(href).toBe(`/${lang}/requests/${key}/answers.csv`);
        expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const rows = parse(body, { bom: true }) as string[][];
        const head = rows[0]!;
        const col = (n: number) => head.indexOf(`Question ${n}${lang === 'fr' ? '\u00a0:' : ':'} ${questions[n - 1]}`);
        for (const r of answersTo(key)) {
          const row = rows.find((x) => x[1] === r.data.country)!;
          expect(row[0]).toBe(stateName(String(r.data.country), lang));
          for (const [n, text] of Object.entries(answersOf(r))) expect(row[col(Number(n))], `${key} ${n}`).toBe(text);
        }
      }
    });

    test('each request’s page links its answers as an Excel workbook, every answer under its question', async ({
      page,
      request,
    }) => {
      for (const key of requestKeys) {
        const questions = versionOf(key, lang).data.questions as string[];
        await page.goto(`${sites.internal}/${lang}/requests/${key}/`);
        const { body } = await follow(page, request, 'Excel');
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(body as unknown as ArrayBuffer);
        const ws = wb.worksheets[0]!;
        const numbers = (ws.getRow(1).values as unknown[]).map(String);
        const texts = (ws.getRow(2).values as unknown[]).map(String);
        for (const r of answersTo(key)) {
          let row: ExcelJS.Row | undefined;
          ws.eachRow((x, i) => {
            if (i > 2 && x.getCell(2).value === r.data.country) row = x;
          });
          for (const [n, text] of Object.entries(answersOf(r))) {
            const c = numbers.indexOf(`Question ${n}`);
            expect(texts[c]).toBe(questions[Number(n) - 1]);
            expect(row!.getCell(c).value, `${key} ${n}`).toBe(text);
          }
        }
      }
    });

    test('the view by member state links the same files', async ({ page, request }) => {
      const key = requestKeys.find((k) => answersTo(k).length > 0)!;
      await page.goto(`${sites.internal}/${lang}/requests/${key}/by-state/`);
      expect((await follow(page, request, 'CSV')).href).toBe(`/${lang}/requests/${key}/answers.csv`);
      expect((await follow(page, request, 'Excel')).href).toBe(`/${lang}/requests/${key}/answers.xlsx`);
    });

    test('the directory links an address book of one vCard 4.0 per correspondent, and a CSV', async ({
      page,
      request,
    }) => {
      await page.goto(`${sites.internal}/${lang}/directory/`);
      const vcf = await follow(page, request, /vCard/);
      const cards = (ICAL.parse(vcf.body.toString('utf8')) as unknown[][]).map((j) => new ICAL.Component(j));
      expect(cards.map((c) => c.getFirstPropertyValue('version'))).toEqual(people.map(() => '4.0'));
      expect(cards.map((c) => c.getFirstPropertyValue('email')).sort()).toEqual(
        people.map((p) => String(p.data.email)).sort(),
      );
      const csv = await follow(page, request, 'CSV');
      const rows = parse(csv.body, { bom: true }) as string[][];
      expect(
        rows
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual(people.map((p) => String(p.data.name)).sort());
    });

    test('each correspondent’s card links their own vCard', async ({ page, request }) => {
      await page.goto(`${sites.internal}/${lang}/directory/`);
      for (const p of people) {
        const link = page.locator(`article.person#${p.key} a.vcard-link`);
        const response = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
        expect(response.status()).toBe(200);
        const card = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
        expect(card.getFirstPropertyValue('fn')).toBe(p.data.name);
        expect(card.getFirstPropertyValue('org')).toBe(p.data.ministry);
        expect(card.getFirstPropertyValue('adr')).toEqual([
          '',
          '',
          '',
          '',
          '',
          '',
          stateName(String(p.data.country), lang),
        ]);
      }
    });
  });
}

test.describe('the public site', () => {
  test('holds no CSV, no workbook and no vCard', () => {
    const dir = join(SAMPLE_DIST, 'public');
    const found = filesOf(dir)
      .map((f) => relative(dir, f))
      .filter((f) => /\.(csv|xlsx|ods|vcf)$/i.test(f));
    expect(found).toEqual([]);
    const internal = join(SAMPLE_DIST, 'internal');
    expect(filesOf(internal).filter((f) => /\.(csv|xlsx|vcf)$/.test(f)).length).toBeGreaterThan(4);
  });

  test('answers none of the internal site’s download addresses', async ({ request }) => {
    const key = requestKeys[0]!;
    for (const path of [
      `/en/requests/${key}/answers.csv`,
      `/en/requests/${key}/answers.xlsx`,
      '/en/directory/correspondents.vcf',
      '/en/directory/correspondents.csv',
      `/en/directory/cards/${people[0]!.key}.vcf`,
    ])
      expect((await request.get(`${sites.public}${path}`)).status(), path).toBe(404);
  });
});
