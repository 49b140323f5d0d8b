/**
 * The words of a site's search index, for "did you mean" (suggest.ts). Pagefind does not hand out
 * its word list, so the build writes one next to each bundle from the records it indexed
 * (scripts/build/search/vocabulary.ts); the search page fetches it only when a query finds
 * nothing. It lists the words of at least four letters as the records write them (lower case,
 * accents kept), grouped by how many records hold them, so that a common word is offered before
 * a rare one as close to what was typed.
 *
 * The file is plain text: one line per band, the most common first; band k holds the words found
 * in 2^k to 2^(k+1) − 1 records (the last line is the words of a single record), each line's words
 * in alphabetical order, separated by spaces (sorted, the list compresses to about a third).
 */

/** Name of the vocabulary in each Pagefind bundle. */
export const VOCABULARY_FILE = 'vocabulary.txt';

/** Shorter words are left out: a one-letter slip in them makes another word, not a typo. */
export const MIN_LETTERS = 4;

/** Writes the vocabulary: how many records hold each word. */
export function encodeVocabulary(counts: ReadonlyMap<string, number>): string {
  const bands: string[][] = [];
  for (const [word, n] of counts) (bands[Math.floor(Math.log2(n))] ??= []).push(word);
  return Array.from(bands, (b) => (b ?? []).sort().join(' '))
    .reverse()
    .join('\n');
}

export interface VocabularyWord {
  word: string;
  /** 0 for the most common band, growing towards the rarest. */
  rank: number;
}

/** Reads the vocabulary back. */
export function parseVocabulary(text: string): VocabularyWord[] {
  return text.split('\n').flatMap((line, rank) =>
    line
      .split(' ')
      .filter(Boolean)
      .map((word) => ({ word, rank })),
  );
}
