/**
 * Listings of practices come in pages: at 10,000 entries "all good practices" held 3,567 cards
 * (2.2 MB of HTML). The first page keeps the listing's address; the others are under `page/<n>/`,
 * through a rest parameter (`[...page].astro`) so one route file serves every page.
 */

/** Cards per page: divisible by 2 and 3, the grid's column counts. */
export const PAGE_SIZE = 48;

export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / PAGE_SIZE));

/** The rest parameter of each page of a listing of `total` items: undefined for the first. */
export const pageParams = (total: number): (string | undefined)[] =>
  Array.from({ length: pageCount(total) }, (_, i) => (i === 0 ? undefined : `page/${i + 1}`));

/** The page number a rest parameter stands for (1 when there is none). */
export const pageNumber = (param: string | undefined): number => (param ? Number(param.slice('page/'.length)) : 1);

/** The address of page `n` of the listing whose first page is at `base` (ending in a slash). */
export const pageHref = (base: string, n: number): string => (n === 1 ? base : `${base}page/${n}/`);

/** The items on page `n`. */
export const pageItems = <T>(list: T[], n: number): T[] => list.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one;
 * `null` where numbers are left out.
 */
export function pagerNumbers(current: number, total: number): (number | null)[] {
  const shown = [...new Set([1, total, ...[-2, -1, 0, 1, 2].map((d) => current + d)])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of shown) {
    const last = out.at(-1);
    if (typeof last === 'number' && n > last + 1) out.push(null);
    out.push(n);
  }
  return out;
}
