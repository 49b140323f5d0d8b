/**
 * Cache keys for Astro's incremental builds (experimental.incrementalBuild,
 * https://docs.astro.build/en/reference/experimental-flags/incremental-build/): a page whose key
 * and code are unchanged since the previous build is copied from it instead of rendered. Astro
 * hashes the code; the key must change whenever anything else the page shows changes, so it is
 * made, conservatively, of:
 * - every entry's data (titles, dates, visibility and summaries of related and listed entries,
 *   names of people, which sections exist) and the build's settings, shared by all pages;
 * - the whole files, and last-changed days, of the collections whose text or dates other pages
 *   show (working-methods sections are compared across versions, responses show on their
 *   request, which shows the latest of their dates), shared likewise;
 * - the page's own files and their last-changed dates.
 * Editing the text of one practice or outcome re-renders its pages only; any other edit re-renders
 * every entry page, which is still correct, only slower. Listings of practices show entries' data
 * only, and are keyed by it.
 */
import { createHash } from 'node:crypto';

export interface KeyedEntry {
  collection: string;
  id: string;
  data: unknown;
  /** Astro's hash of the whole file (front matter and text). */
  digest?: string | number | undefined;
  filePath?: string | undefined;
}

/** Collections whose text appears on their own pages only. */
const OWN_TEXT_ONLY = new Set(['practices', 'outcomes']);

const sha1 = (parts: Iterable<string>): string => {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('base64url');
};

/**
 * A function giving the key of a page showing `versions` (the language versions of one entry).
 * `settings` is whatever else rendering reads (site, today's date, link policy); `changed` is the
 * last-changed day of a file, as the page shows it.
 */
export function cacheKeys(
  all: KeyedEntry[],
  settings: unknown,
  changed: (filePath: string | undefined) => string,
): { entry: (versions: KeyedEntry[]) => string; data: string } {
  const data = sha1([JSON.stringify(settings), ...all.map((e) => `${e.collection}/${e.id} ${JSON.stringify(e.data)}`)]);
  // With their last-changed days: a request page shows the latest of its responses'.
  const texts = sha1(
    all
      .filter((e) => !OWN_TEXT_ONLY.has(e.collection))
      .map((e) => `${e.collection}/${e.id} ${e.digest} ${changed(e.filePath)}`),
  );
  return {
    entry: (versions) =>
      sha1([
        data,
        versions.every((v) => OWN_TEXT_ONLY.has(v.collection)) ? '' : texts,
        ...versions.map((v) => `${v.collection}/${v.id} ${v.digest} ${changed(v.filePath)}`),
      ]),
    // Listings show entries' data only (cards, counts, names): their key is the data's.
    data,
  };
}
