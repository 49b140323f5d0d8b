/**
 * Pagefind answers a word it does not know with its longest known prefix: "irregular" finds
 * pages containing "I", "Ana" finds "an" (https://github.com/Pagefind/pagefind/issues/793, no
 * option to turn it off). Readers would take such results for real matches, and on the public
 * site a query for a word of an internal entry must find nothing. A query word counts as found
 * only when Pagefind's best hit for it marks a word that shares the word's beginning.
 */

/** A word as the index compares it: lower case, without accents or punctuation. */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The query's words, as Pagefind splits them. */
export const queryWords = (q: string): string[] => [...new Set(q.split(/\s+/).map(fold).filter(Boolean))];

/**
 * The words Pagefind marked in an excerpt. A marked "d'éloignement" or "Franco-Italian" is also
 * its parts, as Pagefind indexes them: the query "éloignement" found it.
 */
export const markedWords = (excerpt: string): string[] =>
  [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].flatMap((m) => {
    const marked = m[1] ?? '';
    const parts = marked.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return [fold(marked), ...(parts.length > 1 ? parts.map(fold) : [])];
  });

/**
 * Whether a marked word is a match for a query word: the same beginning, up to the first four
 * letters (enough for stems: housing/houses, réfugié/réfugiés), or the whole query word if
 * shorter (a reader still typing "mi" wants "migration").
 */
export function matches(marked: string, word: string): boolean {
  const need = Math.min(4, word.length);
  let same = 0;
  while (same < marked.length && same < word.length && marked[same] === word[same]) same++;
  return same >= need && (marked.length >= need || marked === word);
}
