import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeRecordTable, type KnownRecords } from '../../scripts/build/search/record-table.ts';
import { asciiApostrophes, entryRecord, searchablePart } from '../../scripts/build/search/indexing-copy.ts';
import { recompressMeta } from '../../scripts/build/search/meta.ts';
import { RecordTable, TABLE_FILE, type RecordTableData } from '../../src/search/record-table.ts';

/** A table of five records (two undated), written as the build writes it. */
function sampleTable(): RecordTable {
  const column = (values: string[], of: string) => ({ values, of });
  const data: RecordTableData = {
    ids: 'en_c en_a en_b en_x en_y',
    dated: 3,
    facets: {
      type: column(['person', 'practice'], '1 1 1 1 0'),
      country: column(['ES', 'FR', 'PT'], '0.2 1 2  0'),
      theme: column(['health', 'housing'], '1 0.1 0  '),
      gcm: column([], '    '),
      year: column(['2022', '2023', '2024'], '2 0 1  '),
      lang: column(['en', 'fr'], '0 1 0 0 0'),
    },
  };
  return new RecordTable(data);
}
const ids = (results: { id: string }[]) => results.map((r) => r.id);
const of = (...names: string[]) => names.map((id) => ({ id }));

describe('the pages Pagefind indexes', () => {
  test('an apostrophe between letters is the ASCII one, so that the word after an elision is found', () => {
    expect(asciiApostrophes('<p>demandes d’asile, l’enfant qu’elle aujourdʼhui</p>')).toBe(
      "<p>demandes d'asile, l'enfant qu'elle aujourd'hui</p>",
    );
  });
  test('titles and other metadata keep their apostrophes, and so do quotes', () => {
    const html = '<h1 data-pagefind-meta="title:L’accueil des enfants">L’accueil</h1><p>‘le’ ’90s children’</p>';
    expect(asciiApostrophes(html)).toBe(
      '<h1 data-pagefind-meta="title:L’accueil des enfants">L\'accueil</h1><p>‘le’ ’90s children’</p>',
    );
  });
});

/** A built entry page: chrome around the searchable article, related entries' cards after it. */
const ENTRY_PAGE =
  '<!DOCTYPE html><html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>Accueil · Réseau</title></head>' +
  '<body><header><nav><a href="/fr/">Accueil</a><form role="search"><input name="q"></form></nav></header>' +
  '<main><p class="breadcrumb"><a href="/fr/practices/">Bonnes pratiques</a></p>' +
  '<article lang="fr" data-pagefind-body><span data-pagefind-filter="type:practice"></span>' +
  '<span data-pagefind-meta="title:L’accueil des familles"></span><h1>L’accueil des familles</h1>' +
  '<dl data-pagefind-ignore><dt>État</dt><dd>Portugal</dd></dl><div class="prose"><div><p>Des logements ' +
  'pour les familles demandant l’asile.</p></div><article><p>Un encadré dans l’entrée.</p></article></div></article>' +
  '<section><h2>Bonnes pratiques liées</h2><article class="card"><h3>Autre pratique</h3><p>Sans rapport.</p>' +
  '</article></section></main><footer><p>Conseil de l’Europe</p></footer></body></html>';

describe('the copies of the pages that Pagefind indexes', () => {
  test('hold the searchable element whole, nested elements of its kind included, in a page of its language', () => {
    const part = searchablePart(ENTRY_PAGE);
    expect(part).toMatch(/^<!DOCTYPE html><html lang="fr"><head><\/head><body><article lang="fr" data-pagefind-body>/);
    expect(part).toContain('<article><p>Un encadré dans l’entrée.</p></article></div></article></body></html>');
    expect(part).not.toMatch(/Accueil<|Autre pratique|Conseil de l’Europe/);
  });

  test('leave a page without a searchable element whole', () => {
    const listing = ENTRY_PAGE.replace(' data-pagefind-body', '');
    expect(searchablePart(listing)).toBe(listing);
  });

  test('make the same bundle, byte for byte, as the whole pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relais-searchable-'));
    const bundle = async (html: string, out: string) => {
      const { index } = await pagefind.createIndex({ forceLanguage: 'fr' });
      expect((await index!.addHTMLFile({ url: '/fr/practices/accueil/', content: html })).errors).toEqual([]);
      expect((await index!.writeFiles({ outputPath: join(dir, out) })).errors).toEqual([]);
      await index!.deleteIndex();
    };
    try {
      await bundle(ENTRY_PAGE, 'whole');
      await bundle(searchablePart(ENTRY_PAGE), 'part');
    } finally {
      await pagefind.close();
    }
    const contents = (out: string) =>
      readdirSync(join(dir, out), { recursive: true })
        .map(String)
        .filter((f) => /\.pf_(fragment|index|meta)$/.test(f))
        .sort()
        .map((f) => [f, readFileSync(join(dir, out, f)).toString('base64')]);
    expect(contents('whole').length).toBeGreaterThan(2);
    expect(contents('part')).toEqual(contents('whole'));
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the record table on the search page', () => {
  const t = sampleTable();

  test('results follow the order of their dates, whatever order they came in', () => {
    expect(ids(t.newestFirst(of('en_b', 'en_c', 'en_a')))).toEqual(['en_c', 'en_a', 'en_b']);
  });

  test('records without a date come last, in the order they came', () => {
    expect(ids(t.newestFirst(of('en_y', 'en_b', 'en_x', 'en_c')))).toEqual(['en_c', 'en_b', 'en_y', 'en_x']);
  });

  test('any value within a facet, every facet together', () => {
    const all = of('en_c', 'en_a', 'en_b', 'en_x', 'en_y');
    expect(ids(t.filter(all, { country: ['PT'] }))).toEqual(['en_c', 'en_b']);
    expect(ids(t.filter(all, { country: ['PT', 'FR'] }))).toEqual(['en_c', 'en_a', 'en_b']);
    expect(ids(t.filter(all, { country: ['PT', 'FR'], theme: ['housing'] }))).toEqual(['en_c', 'en_a']);
    expect(ids(t.filter(all, { country: ['XX'] }))).toEqual([]);
    expect(ids(t.filter(all, {}))).toEqual(ids(all));
  });

  test('a facet is counted without its own selection, and within the others', () => {
    const all = ['en_c', 'en_a', 'en_b', 'en_x', 'en_y'];
    expect(t.count(all, {}, 'country')).toEqual({ ES: 2, FR: 1, PT: 2 });
    // Choosing PT leaves every country's count as it was: each shows what choosing it as well adds.
    expect(t.count(all, { country: ['PT'] }, 'country')).toEqual({ ES: 2, FR: 1, PT: 2 });
    expect(t.count(all, { country: ['PT'] }, 'theme')).toEqual({ health: 1, housing: 1 });
    expect(t.count(all, { theme: ['health'] }, 'country')).toEqual({ FR: 1, PT: 1 });
    // Only the records given are counted.
    expect(t.count(['en_a'], {}, 'lang')).toEqual({ fr: 1 });
  });
});

describe('a Pagefind bundle, finished after Pagefind wrote it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relais-record-table-'));
  const bundle = join(dir, 'pagefind');
  const pages = [
    { url: '/b/', date: '2022-02-01', country: ['PT'] },
    { url: '/undated/', date: undefined, country: ['FR'] },
    { url: '/d/', date: '2024-04-01', country: ['ES', 'PT'] },
    { url: '/a/', date: '2021-01-01', country: [] },
    { url: '/c/', date: '2023-03-01', country: ['FR'] },
    // Enough records for the metadata file to be worth compressing harder.
    ...Array.from({ length: 300 }, (_, i) => ({ url: `/more/${i}/`, date: undefined, country: [] })),
  ];
  let urls: Map<string, string>;
  const written = () => JSON.parse(readFileSync(join(bundle, TABLE_FILE), 'utf8')) as RecordTableData;

  beforeAll(async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    try {
      for (const p of pages) {
        const date = p.date ? `<span data-pagefind-meta="date_en:submitted ${p.date}"></span>` : '';
        const countries = p.country.map((c) => `<span data-pagefind-filter="country:${c}"></span>`).join('');
        const html = `<html lang="en"><body><main data-pagefind-body><h1>Page ${p.url}</h1>${date}${countries}<span data-pagefind-filter="type:practice"></span><p>housing</p></main></body></html>`;
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

  test('the record table lists every record by the id search results carry, newest first, with its facets', () => {
    expect(writeRecordTable(bundle, 'en')).toBe(pages.length);
    const data = written();
    const order = data.ids.split(' ').map((id) => urls.get(id));
    expect(order.slice(0, data.dated)).toEqual(['/d/', '/c/', '/b/', '/a/']);
    expect(order.slice(data.dated)).toHaveLength(pages.length - 4);
    const t = new RecordTable(data);
    const id = (url: string) => [...urls].find(([, u]) => u === url)![0];
    const everything = [...urls.keys()].map((i) => ({ id: i }));
    expect(t.values.country).toEqual(['ES', 'FR', 'PT']);
    expect(
      t
        .filter(everything, { country: ['PT'] })
        .map((r) => urls.get(r.id))
        .sort(),
    ).toEqual(['/b/', '/d/']);
    expect(t.count([id('/d/'), id('/undated/')], {}, 'country')).toEqual({ ES: 1, FR: 1, PT: 1 });
    expect(t.count([...urls.keys()], {}, 'type')).toEqual({ practice: pages.length });
  });

  test('a second bundle of the same site reuses the records read for the first', () => {
    const known: KnownRecords = new Map();
    writeRecordTable(bundle, 'en', known);
    expect(
      [...known.values()]
        .map((r) => r.dates.en)
        .filter(Boolean)
        .sort(),
    ).toEqual(['2021-01-01', '2022-02-01', '2023-03-01', '2024-04-01']);
    // A record already known is not read again: a date planted in the map wins.
    const planted = [...known.values()].find((r) => r.dates.en === '2021-01-01')!;
    planted.dates.en = '2030-01-01';
    writeRecordTable(bundle, 'fr', known);
    expect(urls.get(written().ids.split(' ')[0]!)).toBe('/a/');
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

  test('records of two bundles that share a name but not their content keep their own dates', () => {
    const fake = (name: string, records: Record<string, string>) => {
      const b = join(dir, name);
      mkdirSync(join(b, 'fragment'), { recursive: true });
      for (const [id, date] of Object.entries(records))
        writeFileSync(
          join(b, 'fragment', `${id}.pf_fragment`),
          gzipSync(
            `pagefind_dcd${JSON.stringify({ url: `/${id}/`, meta: { date_en: `published ${date}` }, filters: {} })}`,
          ),
        );
      return b;
    };
    const known: KnownRecords = new Map();
    writeRecordTable(fake('en', { en_aaa1111: '2020-01-01', en_bbb2222: '2021-01-01' }), 'en', known);
    const fr = fake('fr', { fr_aaa1111: '2025-01-01', fr_bbb2222: '2021-01-01' });
    writeRecordTable(fr, 'fr', known);
    expect((JSON.parse(readFileSync(join(fr, TABLE_FILE), 'utf8')) as RecordTableData).ids).toBe(
      'fr_aaa1111 fr_bbb2222',
    );
  });

  test('a site with nothing indexed yet gets an empty table', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    expect(writeRecordTable(empty, 'en')).toBe(0);
    const t = new RecordTable(JSON.parse(readFileSync(join(empty, TABLE_FILE), 'utf8')) as RecordTableData);
    expect(t.values.country).toEqual([]);
    expect(t.filter(of('en_a'), { country: ['PT'] })).toEqual([]);
    expect(t.count(['en_a'], {}, 'country')).toEqual({});
  });

  test('fragments other than one per record, or without filters, stop the build', () => {
    const odd = join(dir, 'odd');
    mkdirSync(join(odd, 'fragment'), { recursive: true });
    const fragment = (body: object) => gzipSync(`pagefind_dcd${JSON.stringify(body)}`);
    writeFileSync(join(odd, 'fragment', 'en_a.pf_fragment'), fragment({ url: '/a/', meta: {}, filters: {} }));
    writeFileSync(
      join(odd, 'pagefind-entry.json'),
      JSON.stringify({ languages: { en: { hash: 'en_1', page_count: 2 } } }),
    );
    expect(() => writeRecordTable(odd, 'en')).toThrow(/indexed 2 records but wrote 1 fragments/);
    writeFileSync(join(odd, 'fragment', 'en_b.pf_fragment'), fragment({ url: '/b/', meta: {} }));
    expect(() => writeRecordTable(odd, 'en')).toThrow(
      /en_b\.pf_fragment is not a Pagefind fragment this build can read/,
    );
  });

  test('a fragment the build cannot read stops it, naming the file', () => {
    const other = join(dir, 'broken');
    mkdirSync(join(other, 'fragment'), { recursive: true });
    writeFileSync(join(other, 'fragment', 'en_abc1234.pf_fragment'), gzipSync('{"url":"/x/"}'));
    expect(() => writeRecordTable(other, 'en')).toThrow(/en_abc1234\.pf_fragment is not a Pagefind fragment/);
  });
});

describe('one record per entry, whatever its language versions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relais-versions-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fragment = (body: object) => gzipSync(`pagefind_dcd${JSON.stringify(body)}`);
  const fake = (name: string, records: Record<string, object>) => {
    const b = join(dir, name);
    mkdirSync(join(b, 'fragment'), { recursive: true });
    for (const [id, body] of Object.entries(records))
      writeFileSync(join(b, 'fragment', `${id}.pf_fragment`), fragment({ url: `/${id}/`, content: '', ...body }));
    return b;
  };
  const table = (b: string) => JSON.parse(readFileSync(join(b, TABLE_FILE), 'utf8')) as RecordTableData;

  test("a record is placed by the date of the version in the bundle's language, or else by the other's", () => {
    const records = {
      x_both: { meta: { date_en: 'submitted 2020-05-01', date_fr: 'submitted 2024-05-01' }, filters: {} },
      x_french: { meta: { date_fr: 'published 2022-05-01' }, filters: {} },
    };
    const en = new RecordTable(table((writeRecordTable(fake('en', records), 'en'), join(dir, 'en'))));
    expect(en.ids).toEqual(['x_french', 'x_both']);
    expect(en.values.year).toEqual(['2020', '2022']);
    const fr = new RecordTable(table((writeRecordTable(fake('fr', records), 'fr'), join(dir, 'fr'))));
    expect(fr.ids).toEqual(['x_both', 'x_french']);
    expect(fr.values.year).toEqual(['2022', '2024']);
  });

  test('a value both versions give counts once', () => {
    const b = fake('twice', {
      x_a: { meta: {}, filters: { country: ['PT', 'PT'], lang: ['en', 'fr'], type: ['practice', 'practice'] } },
    });
    writeRecordTable(b, 'en');
    const t = new RecordTable(table(b));
    expect(t.count(['x_a'], {}, 'country')).toEqual({ PT: 1 });
    expect(t.count(['x_a'], {}, 'type')).toEqual({ practice: 1 });
    expect(t.count(['x_a'], {}, 'lang')).toEqual({ en: 1, fr: 1 });
  });

  test('a date that is not a kind of date and a day stops the build, naming the fragment', () => {
    const b = fake('bad-date', { x_bad: { meta: { date_en: '2020-01-01' }, filters: {} } });
    expect(() => writeRecordTable(b, 'en')).toThrow(/x_bad\.pf_fragment: date "2020-01-01"/);
  });

  test("the words of the site's records are counted once per record, from the first bundle read", () => {
    const records = {
      x_a: { content: 'Unaccompanied children. Enfants non accompagnés, d’asile.', meta: {}, filters: {} },
      x_b: { content: 'Unaccompanied minors', meta: {}, filters: {} },
    };
    const known: KnownRecords = new Map();
    const words = new Map<string, number>();
    writeRecordTable(fake('words-en', records), 'en', known, words);
    writeRecordTable(fake('words-fr', records), 'fr', known, words);
    expect(Object.fromEntries(words)).toEqual({
      unaccompanied: 2,
      children: 1,
      enfants: 1,
      accompagnés: 1,
      asile: 1,
      minors: 1,
    });
  });

  test('Pagefind indexes the versions as one record, each version where its anchor says, titled and dated in its own metadata', async () => {
    const version = (lang: string, title: string, text: string, date: string) =>
      `<article lang="${lang}" data-pagefind-body>` +
      `<span data-pagefind-filter="type:practice"></span><span data-pagefind-filter="lang:${lang}"></span>` +
      `<span data-pagefind-filter="country:NL"></span>` +
      `<span data-pagefind-meta="title_${lang}:${title}"></span><span data-pagefind-meta="url_${lang}:/${lang}/practices/x/"></span>` +
      `<span data-pagefind-meta="date_${lang}:submitted ${date}"></span><h1>${title}</h1><p>${text}</p></article>`;
    const html = entryRecord([
      { lang: 'en', element: version('en', 'Early screening', 'Screening of vulnerability on arrival.', '2024-01-10') },
      {
        lang: 'fr',
        element: version('fr', 'Détection précoce', 'Détection de la vulnérabilité à l’arrivée.', '2024-01-12'),
      },
    ]);
    const out = join(dir, 'pagefind');
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    try {
      expect((await index!.addHTMLFile({ url: '/en/practices/x/', content: asciiApostrophes(html) })).errors).toEqual(
        [],
      );
      expect((await index!.writeFiles({ outputPath: out })).errors).toEqual([]);
    } finally {
      await pagefind.close();
    }
    const fragments = readdirSync(join(out, 'fragment'));
    expect(fragments).toHaveLength(1);
    const record = JSON.parse(
      gunzipSync(readFileSync(join(out, 'fragment', fragments[0]!)))
        .toString()
        .slice('pagefind_dcd'.length),
    ) as { content: string; meta: Record<string, string>; anchors: { id: string; location: number }[] };
    expect(record.meta).toMatchObject({
      title_en: 'Early screening',
      title_fr: 'Détection précoce',
      url_fr: '/fr/practices/x/',
      date_fr: 'submitted 2024-01-12',
    });
    const words = record.content.split(/\s+/);
    const at = (id: string) => record.anchors.find((a) => a.id === id)!.location;
    expect(words[at('relais-version-en')]).toBe('Early');
    expect(words[at('relais-version-fr')]).toBe('Détection');
    expect(words.slice(at('relais-state-names'))).toEqual([
      'Netherlands.',
      'Pays-Bas.',
      'Holland.',
      'The',
      'Netherlands.',
      'Nederland.',
      'Hollande.',
    ]);
  });
});
