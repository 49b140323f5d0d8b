import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeDateOrder, type KnownDates } from '../../src/integrations/search-date-order.ts';
import { recompressMeta } from '../../src/integrations/search-meta.ts';
import { DATE_ORDER_FILE, dateRanks, newestFirst, type DateOrder } from '../../src/search/date-order.ts';

describe('ordering results newest first', () => {
  const ranks = dateRanks({ newestFirst: 'en_c en_a en_b' });

  test('results follow the order of their dates, whatever order they came in', () => {
    const results = ['en_b', 'en_c', 'en_a'].map((id) => ({ id }));
    expect(newestFirst(results, ranks).map((r) => r.id)).toEqual(['en_c', 'en_a', 'en_b']);
  });

  test('records without a date come last, in the order they came', () => {
    const results = ['en_x', 'en_b', 'en_y', 'en_c'].map((id) => ({ id }));
    expect(newestFirst(results, ranks).map((r) => r.id)).toEqual(['en_c', 'en_b', 'en_x', 'en_y']);
  });
});

describe('a Pagefind bundle, finished after Pagefind wrote it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relais-date-order-'));
  const bundle = join(dir, 'pagefind');
  const pages = [
    { url: '/b/', date: '2022-02-01' },
    { url: '/undated/', date: undefined },
    { url: '/d/', date: '2024-04-01' },
    { url: '/a/', date: '2021-01-01' },
    { url: '/c/', date: '2023-03-01' },
    // Enough records for the metadata file to be worth compressing harder.
    ...Array.from({ length: 300 }, (_, i) => ({ url: `/more/${i}/`, date: undefined })),
  ];
  let urls: Map<string, string>;

  beforeAll(async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    try {
      for (const p of pages) {
        const date = p.date ? `<span data-pagefind-meta="date:${p.date}"></span>` : '';
        const html = `<html lang="en"><body><main data-pagefind-body><h1>Page ${p.url}</h1>${date}<p>housing</p></main></body></html>`;
        expect((await index!.addHTMLFile({ url: p.url, content: html })).errors).toEqual([]);
      }
      expect((await index!.writeFiles({ outputPath: bundle })).errors).toEqual([]);
    } finally {
      await pagefind.close();
    }
    // Which fragment is which page, read the way the search page reads them.
    urls = new Map();
    for (const f of readdirSync(join(bundle, 'fragment'))) {
      const text = gunzipSync(readFileSync(join(bundle, 'fragment', f)))
        .toString()
        .slice('pagefind_dcd'.length);
      urls.set(f.replace('.pf_fragment', ''), (JSON.parse(text) as { url: string }).url);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('lists every dated record, newest first, by the ids search results carry', () => {
    expect(writeDateOrder(bundle)).toBe(4);
    const order = JSON.parse(readFileSync(join(bundle, DATE_ORDER_FILE), 'utf8')) as DateOrder;
    expect(order.newestFirst.split(' ').map((id) => urls.get(id))).toEqual(['/d/', '/c/', '/b/', '/a/']);
  });

  test('a second bundle of the same site reuses the dates read for the first', () => {
    const known: KnownDates = new Map();
    writeDateOrder(bundle, known);
    expect([...known.values()].filter(Boolean).sort()).toEqual([
      '2021-01-01',
      '2022-02-01',
      '2023-03-01',
      '2024-04-01',
    ]);
    // A record already known is not read again: a date planted in the map wins.
    const [hash] = [...known.entries()].find(([, d]) => d === '2021-01-01')!;
    known.set(hash, '2030-01-01');
    writeDateOrder(bundle, known);
    const first = (JSON.parse(readFileSync(join(bundle, DATE_ORDER_FILE), 'utf8')) as DateOrder).newestFirst.split(
      ' ',
    )[0];
    expect(urls.get(first!)).toBe('/a/');
  });

  test('the metadata file gets smaller and holds the same bytes', () => {
    const [meta] = readdirSync(bundle).filter((f) => f.endsWith('.pf_meta'));
    const before = readFileSync(join(bundle, meta!));
    expect(recompressMeta(bundle)).toBeGreaterThan(0);
    const after = readFileSync(join(bundle, meta!));
    expect(after.length).toBeLessThan(before.length);
    expect(gunzipSync(after).equals(gunzipSync(before))).toBe(true);
    // Once at its smallest, it is left alone.
    expect(recompressMeta(bundle)).toBe(0);
  });

  test('a fragment the build cannot read stops it, naming the file', () => {
    const other = join(dir, 'broken');
    mkdirSync(join(other, 'fragment'), { recursive: true });
    writeFileSync(join(other, 'fragment', 'en_abc1234.pf_fragment'), gzipSync('{"url":"/x/"}'));
    expect(() => writeDateOrder(other)).toThrow(/en_abc1234\.pf_fragment is not a Pagefind fragment/);
  });
});
