/**
 * Pagefind, run through its Node API once the site is built: one index per site, made from that
 * site's own pages only. Each interface language gets its own bundle (`/pagefind/en/`,
 * `/pagefind/fr/`) holding every entry in both languages, stemmed for the interface language, so
 * a French query on the English interface still finds French entries. (Pagefind otherwise splits
 * a site by `<html lang>` and searches only the page's language:
 * https://pagefind.app/docs/multilingual/.)
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { LANGS } from '../config/site.ts';
import type { Lang } from '../data/reference.ts';
import type { Variant } from '../lib/publication.ts';
import { recordPhase } from '../lib/timings.ts';
import { RECORDS_DIR, type PersonRecord } from '../search/records.ts';
import { asciiApostrophes, indexingCopy } from './search-apostrophes.ts';
import { writeRecordTable, type KnownRecords } from './search-record-table.ts';
import { recompressMeta } from './search-meta.ts';

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

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

async function indexFor(
  lang: Lang,
  dir: string,
  copy: string,
  people: PersonRecord[],
  known: KnownRecords,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  check('start', errors);
  if (!index) throw new Error('Pagefind returned no index');
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
      meta: { title: p.title, type: 'person', countries: p.country },
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
  // After the clean-up above, which would remove it.
  writeRecordTable(out, known);
  return pages + people.length;
}

function readPeople(dir: string, lang: Lang): PersonRecord[] {
  const file = join(dir, RECORDS_DIR, `${lang}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PersonRecord[]) : [];
}

export async function buildSearchIndex(dir: string, variant: Variant, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const known: KnownRecords = new Map();
  let copy: string | undefined;
  try {
    copy = indexingCopy(dir, ENTRY_PAGES);
    for (const lang of LANGS) {
      const n = await indexFor(lang, dir, copy, readPeople(dir, lang), known);
      logger.info(`${lang}: ${n} records indexed`);
    }
  } finally {
    await pagefind.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
    // The records were only a hand-over to the indexer; they are not part of the site.
    rmSync(join(dir, RECORDS_DIR), { recursive: true, force: true });
  }
  const ms = performance.now() - started;
  recordPhase('pagefind', ms, { site: variant });
  logger.info(`search index built in ${Math.round(ms)} ms`);
}

export function search(variant: Variant): AstroIntegration {
  return {
    name: 'relais-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), variant, logger);
      },
    },
  };
}
