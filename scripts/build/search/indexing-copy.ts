/**
 * The copy of a built site's entry pages that Pagefind indexes: one record per entry, holding the
 * searchable element of each of its language versions and the names of the states it is about,
 * with French elisions made findable.
 *
 * One record per entry, so that a search finds an entry once whichever versions hold the words,
 * and counts and pages entries: the search page shows the reader's version and offers the other
 * (src/search/versions.ts, which reads the elements this writes). The states' names, with their
 * usual variants (src/data/member-states.json), make "Turkey" find what is about Türkiye; they are
 * in the index only, never on a page.
 *
 * Pagefind reads "d'asile" (ASCII apostrophe) as the words "dasile" and "asile", but "d’asile"
 * (the typographic apostrophe French text is written with) as "dasile" only: a reader typing
 * "asile" would miss every "demande d’asile", "l’enfant", "qu’elle"… So Pagefind indexes a copy of
 * the entry pages in which an apostrophe between two letters is the ASCII one. Titles and other
 * metadata keep theirs; excerpts show the ASCII apostrophe.
 */
import { existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LANGS } from '../../../src/config/site.ts';
import { stateSearchNames } from '../../../src/data/reference.ts';
import { NAMES_ANCHOR, versionAnchor } from '../../../src/search/versions.ts';

// A metadata attribute is kept whole; elsewhere ’ (U+2019) or ʼ (U+02BC) between two letters.
const APOSTROPHE = /(data-pagefind-meta="[^"]*")|(?<=\p{L})[\u2019\u02BC](?=\p{L})/gu;

export function asciiApostrophes(html: string): string {
  return html.replace(APOSTROPHE, (_, meta: string | undefined) => meta ?? "'");
}

/** The element marked `data-pagefind-body` of a page, whole; undefined if it has none. */
export function searchableElement(html: string): string | undefined {
  const mark = html.indexOf(' data-pagefind-body');
  const start = html.lastIndexOf('<', mark);
  const tag = /^<([a-z][a-z0-9]*)/.exec(html.slice(start, mark))?.[1];
  if (mark < 0 || !tag) return undefined;
  // The element ends where its own closing tag brings the nesting of same-named elements back to 0.
  const around = new RegExp(`<(/?)${tag}[\\s>]`, 'g');
  around.lastIndex = start;
  let depth = 0;
  for (let m = around.exec(html); m; m = around.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, html.indexOf('>', m.index) + 1);
  }
  return undefined;
}

const pageLang = (html: string) => /^<!DOCTYPE html><html lang="([^"]*)"/i.exec(html)?.[1] ?? '';

/**
 * The part of a page Pagefind indexes: the element marked `data-pagefind-body`, in a bare page of
 * the same language. Pagefind would otherwise parse the whole page (header, navigation, related
 * entries, footer) only to skip it: at 10,000 entries the bare copies save about a third of its
 * parsing. Pages without the mark are returned unchanged (nothing of theirs is indexed).
 */
export function searchablePart(html: string): string {
  const element = searchableElement(html);
  if (element === undefined) return html;
  return `<!DOCTYPE html><html lang="${pageLang(html)}"><head></head><body>${element}</body></html>`;
}

/** One language version of an entry: its page's language and searchable element. */
export interface IndexedVersion {
  lang: string;
  element: string;
}

const COUNTRY = /data-pagefind-filter="country:([A-Z]{2})"/g;
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page Pagefind indexes for one entry: each version's searchable element in an element named
 * by its language, then the names of the states the versions say the entry is about (less weight
 * than the text: an entry that says "Portugal" comes before one only filed under it).
 */
export function entryRecord(versions: readonly IndexedVersion[]): string {
  const codes = new Set(versions.flatMap((v) => [...v.element.matchAll(COUNTRY)].map((m) => m[1]!)));
  const names = [...new Set([...codes].flatMap(stateSearchNames))];
  const parts = versions.map(
    (v) =>
      `<div id="${versionAnchor(v.lang)}" lang="${v.lang}">${v.element.replace(/ data-pagefind-body(="")?/, '')}</div>`,
  );
  if (names.length)
    parts.push(`<div id="${NAMES_ANCHOR}" data-pagefind-weight="0.5">${escapeText(names.join('. '))}</div>`);
  return `<!DOCTYPE html><html lang="${versions[0]?.lang ?? ''}"><head></head><body><div data-pagefind-body>${parts.join('')}</div></body></html>`;
}

/**
 * A new temporary folder, in memory (tmpfs) where the system has one: writing and removing the
 * 8,000 entry pages of a 10,000-entry site there took 1.7 s, against 6 to 9 s on this disk.
 */
function scratchDir(): string {
  if (existsSync('/dev/shm'))
    try {
      // Named after this process, so that a build killed half-way has it swept (staging.ts).
      return mkdtempSync(join('/dev/shm', `relais-index-${process.pid}-`));
    } catch {
      // Not writable here: the disk will do.
    }
  return mkdtempSync(join(tmpdir(), 'relais-index-'));
}

/**
 * Writes one page per entry (`entryRecord`) from the site's entry pages (with `data-pagefind-body`)
 * that match `globs` into a new temporary folder, apostrophes made ASCII, and returns the folder
 * (the caller removes it). The language versions of an entry are the pages at the same address in
 * each language folder (`en/practices/x/`, `fr/practices/x/`); the record is written at the first
 * one's address, so Pagefind gives it that address (the search page links each version by its own,
 * from the metadata).
 */
export function indexingCopy(site: string, globs: readonly string[]): string {
  const copy = scratchDir();
  // The pages of each entry first, by their address below the language folder; then each entry's
  // pages are read and written together, so the copy never holds more than one entry in memory.
  const entries = new Map<string, { lang: string; page: string }[]>();
  for (const glob of globs)
    for (const page of globSync(glob, { cwd: site })) {
      const [lang, ...rest] = page.split(/[\\/]/);
      const address = rest.join('/');
      entries.set(address, [...(entries.get(address) ?? []), { lang: lang!, page }]);
    }
  const order = (lang: string) => (LANGS as readonly string[]).indexOf(lang);
  for (const pages of entries.values()) {
    const versions = pages
      .sort((a, b) => order(a.lang) - order(b.lang))
      .flatMap(({ lang, page }) => {
        // Listings match the patterns too, and pages showing another language's version: only
        // the pages of a version are indexed.
        const element = searchableElement(readFileSync(join(site, page), 'utf8'));
        return element === undefined ? [] : [{ lang, element, page }];
      });
    if (versions.length === 0) continue;
    const file = join(copy, versions[0]!.page);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, asciiApostrophes(entryRecord(versions)));
  }
  return copy;
}
