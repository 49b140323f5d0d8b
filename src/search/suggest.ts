/**
 * "Did you mean": when a query finds nothing because some of its words are not in the index, the
 * nearest words of the index (vocabulary.ts) by edit distance, in place of those words. Loaded by
 * the search page only when a query finds nothing.
 */
import { distance } from 'fastest-levenshtein';
import { fold } from './matches.ts';
import { parseVocabulary } from './vocabulary.ts';

/**
 * How many letters may differ: one in a short word, two from five letters, three from nine (a
 * closer bound would miss two slips in a long word; a looser one offers unrelated short words).
 */
export const tolerance = (word: string): number => (word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3);

interface Candidate {
  word: string;
  folded: string;
  rank: number;
}

export class Vocabulary {
  private readonly words: Candidate[];

  constructor(text: string) {
    this.words = parseVocabulary(text).map(({ word, rank }) => ({ word, folded: fold(word), rank }));
  }

  /**
   * The word of the index nearest to `typed` within its tolerance: the fewest edits, then the
   * commonest, then the first alphabetically. Undefined when none is near enough, or when the
   * word is already one of the index's.
   */
  nearest(typed: string): string | undefined {
    const want = fold(typed);
    const most = tolerance(want);
    let best: (Candidate & { d: number }) | undefined;
    for (const c of this.words) {
      if (c.folded === want) return undefined;
      if (Math.abs(c.folded.length - want.length) > most) continue;
      const d = distance(c.folded, want);
      if (d > most) continue;
      if (!best || d < best.d || (d === best.d && (c.rank < best.rank || (c.rank === best.rank && c.word < best.word))))
        best = { ...c, d };
    }
    return best?.word;
  }
}

/**
 * The query with each word the index does not hold (`missing`, given the word as typed) replaced
 * by its nearest word; undefined unless every such word has one.
 */
export function suggestQuery(
  query: string,
  missing: (word: string) => boolean,
  vocabulary: Vocabulary,
): string | undefined {
  let changed = false;
  const words = query.trim().split(/\s+/);
  const out: string[] = [];
  for (const word of words) {
    if (!fold(word) || !missing(word)) {
      out.push(word);
      continue;
    }
    const near = vocabulary.nearest(word);
    if (!near) return undefined;
    out.push(near);
    changed = true;
  }
  return changed ? out.join(' ') : undefined;
}
