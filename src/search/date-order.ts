/**
 * "Newest first" without Pagefind's sort key. A sort key costs a permutation of every record in
 * the metadata file each reader downloads before the first result (about 19 KB compressed at
 * 10,000 entries, which put the first search over its 150 KB budget). Instead the build writes
 * the records' order once (src/integrations/search-date-order.ts), and the search page fetches it
 * only when it orders by date: browsing by facets, or "newest first".
 */

/** Name of the order file in each Pagefind bundle. */
export const DATE_ORDER_FILE = 'date-order.json';

export interface DateOrder {
  /** Ids of the dated records (as Pagefind's results name them), newest first, space-separated. */
  newestFirst: string;
}

/** Each record's place in the order; records missing from it (undated) have none. */
export function dateRanks(order: DateOrder): Map<string, number> {
  return new Map(
    order.newestFirst
      .split(' ')
      .filter(Boolean)
      .map((id, i) => [id, i]),
  );
}

/**
 * Results newest first; records without a date keep their order after every dated one, so they
 * come last rather than vanish.
 */
export function newestFirst<T extends { id: string }>(results: readonly T[], ranks: Map<string, number>): T[] {
  const rank = (r: T) => ranks.get(r.id) ?? Number.POSITIVE_INFINITY;
  return results
    .map((r, i) => ({ r, i, at: rank(r) }))
    .sort((a, b) => (a.at === b.at ? a.i - b.i : a.at < b.at ? -1 : 1))
    .map(({ r }) => r);
}
