/**
 * One search result per entry. The build indexes the language versions of an entry as one record
 * (scripts/build/search/indexing-copy.ts): each version's text in an element of its own
 * (`<div id="relais-version-en">`), then the names of the states the entry is about
 * (`<div id="relais-state-names">`), and each version's title, address and date in metadata
 * named with its language (fields.ts). So Pagefind finds the entry once, by the words of any
 * version, and counts and pages entries; this module picks the version the reader sees and the
 * excerpt that shows why it was found.
 */
import { decodeDate, type IndexedDate } from './dates.ts';
import { versionKey } from './fields.ts';
import { fold } from './matches.ts';

/** The id of the element holding a language version's text in an indexed record. */
export const versionAnchor = (lang: string): string => `relais-version-${lang}`;
/** The id of the element holding the names of the states an indexed record is about. */
export const NAMES_ANCHOR = 'relais-state-names';

export interface Version {
  lang: string;
  title: string;
  url: string;
  date?: IndexedDate | undefined;
}

/** A record's language versions, in the order of `langs`. */
export function versionsOf(meta: Record<string, string | undefined>, langs: readonly string[]): Version[] {
  return langs.flatMap((lang) => {
    const title = meta[versionKey('title', lang)];
    const url = meta[versionKey('url', lang)];
    return title && url ? [{ lang, title, url, date: decodeDate(meta[versionKey('date', lang)]) }] : [];
  });
}

/**
 * The version to show: the reader's language; when the reader filters by language and leaves
 * theirs out, the first language they chose; else whichever exists.
 */
export function chooseVersion(versions: readonly Version[], reader: string, chosenLangs: readonly string[] = []) {
  const wanted = chosenLangs.length && !chosenLangs.includes(reader) ? chosenLangs : [reader];
  const shown = wanted.map((l) => versions.find((v) => v.lang === l)).find(Boolean) ?? versions[0];
  return { shown, others: versions.filter((v) => v !== shown) };
}

/** What Pagefind's `data()` gives for a record, as far as excerpts need it. */
export interface FoundRecord {
  /** The record's text, with `<` and `>` escaped. */
  raw_content?: string;
  content: string;
  excerpt: string;
  /** Where the query's words are, in words from the start of the text, with their weights. */
  weighted_locations?: { location: number; balanced_score: number }[];
  anchors?: { id?: string; location: number }[];
}

export interface Excerpt {
  /** Text with the query's words in `<mark>`, as Pagefind writes excerpts. */
  html: string;
  /** The language it is written in, when it is one version's text. */
  lang?: string | undefined;
}

// Pagefind's own word split (pagefind_web_js: `build_excerpt`), so that locations point at words.
const WORD_GAPS = /[^\S\uFEFF]+/g;

/**
 * The excerpt for a found record: from the version shown, when the query's words are in it; else
 * from the version that holds them, in that version's language. A record found without words in
 * its text (browsed by filters, or found by a state's name) gets the start of the version shown,
 * after its title (the result's heading already says it). Pagefind's own excerpt is kept for
 * records without versions (the directory's).
 */
export function excerptFor(
  found: FoundRecord,
  shown: Version | undefined,
  versions: readonly Version[],
  length: number,
): Excerpt {
  const order = versions.map((v) => v.lang);
  const parts = new Set([...order.map(versionAnchor), NAMES_ANCHOR]);
  const starts = new Map((found.anchors ?? []).filter((a) => a.id && parts.has(a.id)).map((a) => [a.id!, a.location]));
  if (!shown || !order.some((l) => starts.has(versionAnchor(l)))) return { html: found.excerpt };
  const text = found.raw_content ?? found.content;
  const words = text.includes('\u200B') ? text.split('\u200B') : text.split(WORD_GAPS);
  const boundaries = [...new Set([...starts.values(), words.length])].sort((a, b) => a - b);
  const rangeOf = (lang: string): [number, number] | undefined => {
    const from = starts.get(versionAnchor(lang));
    return from === undefined ? undefined : [from, boundaries.find((b) => b > from) ?? words.length];
  };
  const hits = found.weighted_locations ?? [];
  const inside = ([from, to]: [number, number]) => hits.filter((h) => h.location >= from && h.location < to);
  for (const lang of [shown.lang, ...order.filter((l) => l !== shown.lang)]) {
    const range = rangeOf(lang);
    if (range && inside(range).length) return { html: window(words, range, inside(range), length), lang };
  }
  const range = rangeOf(shown.lang);
  if (!range) return { html: found.excerpt };
  const title = shown.title.split(/\s+/);
  // Compared folded: the indexed text writes the title's apostrophes in ASCII.
  const titled = title.every((w, i) => fold(words[range[0] + i] ?? '') === fold(w));
  return { html: window(words, [range[0] + (titled ? title.length : 0), range[1]], [], length), lang: shown.lang };
}

/** Pagefind's excerpt (pagefind_web_js: `calculate_excerpt_region`), kept within one version's words. */
function window(
  words: readonly string[],
  [from, to]: [number, number],
  hits: { location: number; balanced_score: number }[],
  length: number,
): string {
  const score = new Array<number>(to - from).fill(0);
  for (const h of hits) score[h.location - from]! += h.balanced_score;
  let start = 0;
  if (hits.length && score.length > length) {
    let sum = score.slice(0, length).reduce((a, b) => a + b, 0);
    let best = sum;
    let bestAt = [0];
    for (let i = 1; i + length <= score.length; i++) {
      sum += score[i + length - 1]! - score[i - 1]!;
      if (sum > best) [best, bestAt] = [sum, [i]];
      else if (sum === best && bestAt.at(-1) === i - 1) bestAt.push(i);
    }
    start = bestAt[Math.floor(bestAt.length / 2)]!;
  }
  const marked = new Set(hits.map((h) => h.location));
  const shownWords = words
    .slice(from + start, Math.min(to, from + start + length))
    .map((w, i) => (marked.has(from + start + i) ? `<mark>${w}</mark>` : w));
  return shownWords.join(' ').trim();
}
