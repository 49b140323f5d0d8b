/**
 * Writes the vocabulary the search page offers "did you mean" from (src/search/vocabulary.ts):
 * the words of the records Pagefind indexed, read from its fragments with the record table
 * (record-table.ts), so it holds what the site's index holds and nothing else.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_LETTERS, VOCABULARY_FILE, encodeVocabulary } from '../../../src/search/vocabulary.ts';

/** How many records hold each word. */
export type WordCounts = Map<string, number>;

/** Longer runs of letters are not words a reader types (identifiers, joined words). */
const MAX_LETTERS = 30;

/** Counts the words of one record's text, each once. */
export function countWords(text: string, into: WordCounts): void {
  const seen = new Set<string>();
  for (const [w] of text.normalize('NFC').matchAll(/\p{L}+/gu))
    if (w.length >= MIN_LETTERS && w.length <= MAX_LETTERS) seen.add(w.toLowerCase());
  for (const w of seen) into.set(w, (into.get(w) ?? 0) + 1);
}

/** Writes the vocabulary into a bundle; returns its size in bytes. */
export function writeVocabulary(bundle: string, counts: WordCounts): number {
  const text = encodeVocabulary(counts);
  writeFileSync(join(bundle, VOCABULARY_FILE), text);
  return Buffer.byteLength(text);
}
