/**
 * Writes a Pagefind bundle's date order (see src/search/date-order.ts) from the fragments
 * Pagefind has just written: each fragment is named by the id results carry, and holds the
 * record's metadata, `date` included. A fragment is gzip of `pagefind_dcd` and JSON
 * (https://github.com/CloudCannon/pagefind/blob/main/pagefind_web_js/lib/coupled_search.ts,
 * `decompress`); the build stops if that ever changes rather than order results wrongly.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DATE_ORDER_FILE, type DateOrder } from '../search/date-order.ts';

const SIGNATURE = 'pagefind_dcd';
const FRAGMENT = /^(([a-z]+_)?(.+))\.pf_fragment$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates of the records already read, by the hash part of their id: the bundles of one site hold
 * the same records under the same hashes, so each is read once per site.
 */
export type KnownDates = Map<string, string | null>;

function fragmentDate(file: string): string | null {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment this build can read`);
  const meta = (JSON.parse(text.slice(SIGNATURE.length)) as { meta?: Record<string, unknown> }).meta;
  const date = meta?.['date'];
  if (date === undefined) return null;
  if (typeof date !== 'string' || !DAY.test(date))
    throw new Error(`${file}: date ${JSON.stringify(date)} is not a day`);
  return date;
}

/** Writes `date-order.json` into the bundle; returns how many records it orders. */
export function writeDateOrder(bundle: string, known: KnownDates = new Map()): number {
  const dated: { id: string; date: string }[] = [];
  for (const name of readdirSync(join(bundle, 'fragment'))) {
    const m = FRAGMENT.exec(name);
    if (!m) continue;
    const [, id, , hash] = m as unknown as [string, string, string | undefined, string];
    let date = known.get(hash);
    if (date === undefined) {
      date = fragmentDate(join(bundle, 'fragment', name));
      known.set(hash, date);
    }
    if (date) dated.push({ id, date });
  }
  // Ties by id, so that the same site always gets the same file.
  dated.sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
  const order: DateOrder = { newestFirst: dated.map((d) => d.id).join(' ') };
  writeFileSync(join(bundle, DATE_ORDER_FILE), JSON.stringify(order));
  return dated.length;
}
