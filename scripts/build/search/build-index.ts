/**
 * Pagefind, run through its Node API once the site is built: one index per site, made from that
 * site's own pages only. The build script runs it in a process of its own once Astro's has
 * exited (index-process.ts), so the ~1 GB Astro holds is freed first. Each interface language
 * gets its own bundle (`/pagefind/en/`, `/pagefind/fr/`) holding every entry in both languages,
 * stemmed for the interface language, so a French query on the English interface still finds
 * French entries. (Pagefind otherwise splits a site by `<html lang>` and searches only the page's
 * language: https://pagefind.app/docs/multilingual/.) Each entry is one record, holding all its
 * language versions (indexing-copy.ts). Beside each bundle the build writes the record table
 * (record-table.ts) and the index's words for "did you mean" (vocabulary.ts).
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../../../src/config/site.ts';
import type { Lang } from '../../../src/data/reference.ts';
import type { Variant } from '../../../src/release/rule.ts';
import { recordPhase } from '../../../src/timings.ts';
import { RECORDS_DIR, type PersonRecord } from '../../../src/search/records.ts';
import { asciiApostrophes, indexingCopy } from './indexing-copy.ts';
import { versionKey } from '../../../src/search/fields.ts';
import { writeRecordTable, type KnownRecords } from './record-table.ts';
import { writeVocabulary, type WordCounts } from './vocabulary.ts';
import { recompressMeta } from './meta.ts';

/**
 * Only entry pages carry data-pagefind-body: one folder below their section, and the current
 * working methods at the section's own address. Listings and facet pages (the largest pages of a
 * big site) are not even parsed.
 */
const ENTRY_PAGES = [
  `{${LANGS.join(',')}}/{practices,methods,outcomes,meetings,requests,groups}/*/index.html`,
  `{${LANGS.join(',')}}/methods/index.html`,
];

/**
 * What the browser needs from a bundle; Pagefind's ready-made UIs, playground and web worker are
 * not used (src/search/client.ts runs it on the page's thread), nor its filter files: the search
 * page filters and counts with the record table written below.
 */
const KEEP = /^(pagefind\.js|pagefind-entry\.json|.*\.pf_meta|wasm\.[a-z]+\.pagefind|index|fragment)$/;

/** What Pagefind reported (one line per problem), as opposed to a defect of this code. */
export class PagefindError extends Error {}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new PagefindError(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

async function indexFor(
  lang: Lang,
  dir: string,
  copy: string,
  people: PersonRecord[],
  site: { known: KnownRecords; words: WordCounts },
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  check('start', errors);
  if (!index) throw new PagefindError('Pagefind returned no index');
  let pages = 0;
  for (const glob of ENTRY_PAGES) {
    const added = await index.addDirectory({ path: copy, glob });
    check('index the pages', added.errors);
    pages += added.page_count;
  }
  for (const p of people) {
    const r = await index.addCustomRecord({
      url: p.url,
      content: asciiApostrophes(p.content),
      language: lang,
      meta: {
        [versionKey('title', lang)]: p.title,
        [versionKey('url', lang)]: p.url,
        type: 'person',
        countries: p.country,
      },
      filters: { type: ['person'], country: [p.country] },
    });
    check(`index ${p.url}`, r.errors);
  }
  const out = join(dir, 'pagefind', lang);
  check('write the index', (await index.writeFiles({ outputPath: out })).errors);
  // Frees the written index in Pagefind's process before the next language's is built: one
  // index of 8,500 pages holds about 800 MB there.
  await index.deleteIndex();
  for (const f of readdirSync(out)) if (!KEEP.test(f)) rmSync(join(out, f), { recursive: true });
  recompressMeta(out);
  // After the clean-up above, which would remove them. Every bundle of a site holds every entry,
  // so the words counted with the first bundle's records are the site's.
  const first = site.known.size === 0;
  writeRecordTable(out, lang, site.known, first ? site.words : undefined);
  writeVocabulary(out, site.words);
  return pages + people.length;
}

function readPeople(dir: string, lang: Lang): PersonRecord[] {
  const file = join(dir, RECORDS_DIR, `${lang}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PersonRecord[]) : [];
}

/**
 * Builds the site's bundles and returns a line saying what they hold; `written` hears of each
 * bundle as soon as it is final (the build starts publishing it while the next one is made).
 */
export async function buildSearchIndex(
  dir: string,
  variant: Variant,
  written: (lang: Lang) => void = () => {},
): Promise<string> {
  const started = performance.now();
  const records = { known: new Map() as KnownRecords, words: new Map() as WordCounts };
  const counts: string[] = [];
  let copy: string | undefined;
  try {
    copy = indexingCopy(dir, ENTRY_PAGES);
    for (const lang of LANGS) {
      counts.push(`${lang} ${await indexFor(lang, dir, copy, readPeople(dir, lang), records)}`);
      written(lang);
    }
  } finally {
    await pagefind.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
    // The records were only a hand-over to the indexer; they are not part of the site.
    rmSync(join(dir, RECORDS_DIR), { recursive: true, force: true });
  }
  const ms = performance.now() - started;
  recordPhase('pagefind', ms, { site: variant });
  return `records indexed: ${counts.join(', ')} (${(ms / 1000).toFixed(1)} s)`;
}
