/**
 * The on-page contents of a long page (components/OnPageContents.astro): its sections and their
 * sub-sections, from the headings the page shows (Astro's `render()` gives a Markdown body's; a
 * template passes its own).
 */
import type { Lang } from '../data/reference.ts';

/** A heading of the page, as Astro's `render()` gives those of a Markdown body. */
export interface ContentsEntry {
  /** 2 for an h2, 3 for an h3… */
  depth: number;
  /** The heading's id. */
  slug: string;
  text: string;
  /** The language of the text, when it is not the page's (an entry shown in its own language). */
  lang?: Lang | undefined;
}

export interface ContentsItem extends Omit<ContentsEntry, 'depth'> {
  children: ContentsItem[];
}

/** Fewer entries than this, and the page is short enough to read without a list of contents. */
export const MIN_ENTRIES = 3;

/**
 * The contents as a tree two levels deep, from the shallowest heading down (deeper headings would
 * make the list longer than it helps); empty below MIN_ENTRIES entries. An id that comes twice
 * leads to its first heading, as the browser does, so it is listed once.
 */
export function contentsTree(entries: readonly ContentsEntry[]): ContentsItem[] {
  if (entries.length === 0) return [];
  const top = Math.min(...entries.map((e) => e.depth));
  const seen = new Set<string>();
  const items: ContentsItem[] = [];
  let count = 0;
  for (const { depth, ...entry } of entries) {
    if (depth > top + 1 || seen.has(entry.slug)) continue;
    seen.add(entry.slug);
    count += 1;
    const item = { ...entry, children: [] };
    const parent = depth > top ? items.at(-1) : undefined;
    (parent ? parent.children : items).push(item);
  }
  return count >= MIN_ENTRIES ? items : [];
}
