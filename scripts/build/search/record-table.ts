/**
 * Writes a Pagefind bundle's record table (see src/search/record-table.ts) from the fragments
 * Pagefind has just written: each fragment is named by the id results carry, and holds the
 * record's filters and metadata, its versions' dates included. A fragment is gzip of
 * `pagefind_dcd` and JSON (https://github.com/CloudCannon/pagefind/blob/main/pagefind_web_js/lib/coupled_search.ts,
 * `decompress`); the build stops if that ever changes rather than filter or order wrongly.
 * A record holds every language version of an entry (indexing-copy.ts): the table orders it by
 * the date of the version in the bundle's language, or of the other when it has none.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LANGS } from '../../../src/config/site.ts';
import type { Lang } from '../../../src/data/reference.ts';
import { decodeDate } from '../../../src/search/dates.ts';
import { FACETS, versionKey } from '../../../src/search/fields.ts';
import { TABLE_FILE, type RecordTableData } from '../../../src/search/record-table.ts';
import { countWords, type WordCounts } from './vocabulary.ts';

const SIGNATURE = 'pagefind_dcd';
const FRAGMENT = /^(.+)\.pf_fragment$/;

interface RecordFacts {
  /** The day each language version is dated (ISO), for the versions that have a date. */
  dates: Partial<Record<Lang, string>>;
  /** Each filter's values, once each (the versions of a record repeat them). */
  filters: Record<string, string[]>;
}

/**
 * Fragments already read, by a digest of their bytes. The bundles of one site hold mostly the
 * same records, written byte for byte alike, so each is unpacked once per site. (Not by the hash
 * in their names: it is 7 hex digits, unique within a bundle only, and two bundles of 8,000
 * records would share one for different records about one time in four.)
 */
export type KnownRecords = Map<string, RecordFacts>;

function readFragment(file: string, bytes: Buffer, words: WordCounts | undefined): RecordFacts {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment this build can read`);
  const { url, content, meta, filters } = JSON.parse(text.slice(SIGNATURE.length)) as {
    url?: unknown;
    content?: unknown;
    meta?: Record<string, unknown>;
    filters?: Record<string, unknown>;
  };
  if (typeof url !== 'string' || typeof meta !== 'object' || typeof filters !== 'object')
    throw new Error(`${file} is not a Pagefind fragment this build can read: no url, meta or filters`);
  const dates: RecordFacts['dates'] = {};
  for (const lang of LANGS) {
    const value = meta[versionKey('date', lang)];
    if (value === undefined) continue;
    const date = typeof value === 'string' ? decodeDate(value) : undefined;
    if (!date) throw new Error(`${file}: date ${JSON.stringify(value)} is not a dated kind and a day`);
    dates[lang] = date.from;
  }
  const lists: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(filters)) {
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))
      throw new Error(`${file}: filter ${key} is not a list of values`);
    lists[key] = [...new Set(values as string[])];
  }
  if (words && typeof content === 'string') countWords(content, words);
  return { dates, filters: lists };
}

/** How many records Pagefind says the bundle holds (`pagefind-entry.json`), when it says so. */
function pageCount(bundle: string): number | undefined {
  const file = join(bundle, 'pagefind-entry.json');
  if (!existsSync(file)) return undefined;
  const entry = JSON.parse(readFileSync(file, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
}

/**
 * Writes `record-table.json` into the bundle of the interface language `lang`; returns how many
 * records it holds. `known` carries the records read for another bundle of the site; `words`,
 * when given, counts the words of each record read (vocabulary.ts).
 */
export function writeRecordTable(
  bundle: string,
  lang: Lang,
  known: KnownRecords = new Map(),
  words?: WordCounts,
): number {
  const records: { id: string; date: string | null; filters: Record<string, string[]> }[] = [];
  const fragments = join(bundle, 'fragment');
  // A site with nothing to index yet has no fragment folder.
  for (const name of existsSync(fragments) ? readdirSync(fragments) : []) {
    const id = FRAGMENT.exec(name)?.[1];
    if (!id) continue;
    const file = join(fragments, name);
    const bytes = readFileSync(file);
    const key = createHash('sha1').update(bytes).digest('hex');
    let facts = known.get(key);
    if (!facts) known.set(key, (facts = readFragment(file, bytes, words)));
    const date = facts.dates[lang] ?? LANGS.map((l) => facts.dates[l]).find(Boolean) ?? null;
    records.push({ id, date, filters: { ...facts.filters, year: date ? [date.slice(0, 4)] : [] } });
  }
  // One fragment per record is what this reads; should Pagefind ever group them, stop here.
  const expected = pageCount(bundle);
  if (expected !== undefined && expected !== records.length)
    throw new Error(`${bundle}: Pagefind indexed ${expected} records but wrote ${records.length} fragments`);
  // Newest first, the undated last; ties by id, so that the same site always gets the same file.
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  records.sort((a, b) =>
    a.date === b.date ? byId(a, b) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1,
  );
  const facets = {} as RecordTableData['facets'];
  for (const facet of FACETS) {
    const values = [...new Set(records.flatMap((r) => r.filters[facet] ?? []))].sort();
    const position = new Map(values.map((v, i) => [v, i.toString(36)]));
    const of = records.map((r) => (r.filters[facet] ?? []).map((v) => position.get(v)).join('.')).join(' ');
    facets[facet] = { values, of };
  }
  const table: RecordTableData = {
    ids: records.map((r) => r.id).join(' '),
    dated: records.filter((r) => r.date !== null).length,
    facets,
  };
  writeFileSync(join(bundle, TABLE_FILE), JSON.stringify(table));
  return records.length;
}
