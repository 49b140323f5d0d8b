/** Long listings of practices come in pages of 48, on both sites and in both languages. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, buildSites } from '../support/sites.ts';
import { md, tree } from '../unit/tree.ts';

const practice = (i: number, visibility: 'public' | 'internal') =>
  md(
    {
      title: `Practice number ${i}`,
      lang: 'en',
      summary: `Summary of practice number ${i}.`,
      country: 'PT',
      themes: '[reception]',
      gcm: '[15]',
      dissemination: 'network',
      ...(visibility === 'public' ? { visibility: 'public', decided: '2025-03-14' } : {}),
      submitted: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
    },
    `Text of practice number ${i}.`,
  );

// 60 practices from Portugal: 52 public, 8 internal (two pages internally, two publicly).
const files: Record<string, string> = {};
for (let i = 1; i <= 60; i++) files[`content/practices/p${i}.en.md`] = practice(i, i <= 52 ? 'public' : 'internal');
files['content/correspondents/ana-silva.md'] = md({
  name: 'Ana Silva',
  country: 'PT',
  ministry: 'Ministry of Internal Administration',
  role: 'Correspondent',
  email: 'ana.silva@example.org',
  languages: '[pt, en]',
});
const DIST = join(ROOT, '.cache', 'test', 'listing-pages');

beforeAll(() => {
  const r = buildSites({ dist: DIST, content: join(tree(files), 'content') });
  if (!r.ok) throw new Error(r.output);
}, 120_000);

const html = (site: string, path: string) => readFileSync(join(DIST, site, path, 'index.html'), 'utf8');
const cards = (page: string) =>
  [...page.matchAll(/<article class="card"[\s\S]*?href="\/\w+\/practices\/(p\d+)\/"/g)].map((m) => m[1]);

describe('listing pages', () => {
  for (const [site, total] of [
    ['internal', 60],
    ['public', 52],
  ] as const) {
    test(`every ${site} practice is on exactly one page of each listing`, () => {
      for (const base of ['en/practices', 'fr/practices', 'en/practices/theme/reception', 'en/states/PT']) {
        const first = cards(html(site, base));
        const second = cards(html(site, `${base}/page/2`));
        expect(first).toHaveLength(48);
        expect(second).toHaveLength(total - 48);
        expect(new Set([...first, ...second]).size).toBe(total);
        expect(existsSync(join(DIST, site, base, 'page', '3'))).toBe(false);
      }
    });
  }

  test('the pager links the pages, marks the current one and says where the reader is', () => {
    const second = html('internal', 'en/practices/page/2');
    expect(second).toMatch(/<nav class="pager" aria-label="Pages">/);
    expect(second).toMatch(/href="\/en\/practices\/" rel="prev"/);
    expect(second).toMatch(/href="\/en\/practices\/page\/2\/" aria-current="page"/);
    expect(second).toContain('page 2 of 2');
    expect(second).toMatch(/<title>Good practices · page 2/);
    expect(html('internal', 'fr/practices')).toContain('page 1 sur 2');
  });

  test('each facet link is followed by a space and its count, the link to all practices too', () => {
    const page = html('public', 'en/practices/page/2');
    expect(page).toMatch(/All good practices<\/a> <span class="count">\(52\)<\/span>/);
    expect(page).not.toMatch(/<\/a><span class="count">/);
  });

  test("a member state's answers and correspondents stay on its first page", () => {
    expect(html('internal', 'en/states/PT')).toContain('Ana Silva');
    expect(html('internal', 'en/states/PT/page/2')).not.toContain('Ana Silva');
  });
});
