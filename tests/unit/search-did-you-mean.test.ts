import { describe, expect, test } from 'vitest';
import { countWords } from '../../scripts/build/search/vocabulary.ts';
import { Vocabulary, suggestQuery } from '../../src/search/suggest.ts';
import { encodeVocabulary, parseVocabulary } from '../../src/search/vocabulary.ts';

/** A vocabulary from word counts (how many records hold each word), as the build writes it. */
const vocabulary = (counts: Record<string, number>) =>
  new Vocabulary(encodeVocabulary(new Map(Object.entries(counts))));
const words = vocabulary({
  unaccompanied: 40,
  children: 120,
  réunification: 12,
  familiale: 30,
  care: 200,
  card: 3,
  housing: 80,
});

describe('the nearest words of the index', () => {
  test('a slip in a word gives the word of the index it was meant to be', () => {
    expect(words.nearest('unacompanied')).toBe('unaccompanied');
    expect(words.nearest('childen')).toBe('children');
    expect(words.nearest('chidlren')).toBe('children');
  });

  test('accents need not be typed, and the word is offered with them', () => {
    expect(words.nearest('reunfication')).toBe('réunification');
  });

  test('a common word is offered before a rare one as near', () => {
    expect(words.nearest('cars')).toBe('care');
  });

  test('nothing near enough gives nothing: one slip in a short word, two from five letters, three from nine', () => {
    expect(words.nearest('xyzzy')).toBeUndefined();
    expect(words.nearest('cxxd')).toBeUndefined();
    expect(words.nearest('hosuign')).toBeUndefined();
  });

  test('a word the index holds is never replaced', () => {
    expect(words.nearest('Housing')).toBeUndefined();
  });
});

describe('did you mean', () => {
  const missing =
    (...typed: string[]) =>
    (w: string) =>
      typed.includes(w);

  test('the words the index lacks are replaced and the others kept as typed', () => {
    expect(suggestQuery('unacompanied childen', missing('unacompanied', 'childen'), words)).toBe(
      'unaccompanied children',
    );
    expect(suggestQuery('Housing  unacompanied', missing('unacompanied'), words)).toBe('Housing unaccompanied');
  });

  test('nothing is offered when a missing word has no near word, or when no word is missing', () => {
    expect(suggestQuery('unacompanied xyzzy', missing('unacompanied', 'xyzzy'), words)).toBeUndefined();
    expect(suggestQuery('housing children', missing(), words)).toBeUndefined();
  });
});

describe('the vocabulary file', () => {
  test('lists words by how many records hold them, commonest band first, each band in alphabetical order', () => {
    const text = encodeVocabulary(
      new Map([
        ['asile', 1],
        ['care', 5],
        ['accueil', 1],
        ['children', 70],
        ['housing', 6],
      ]),
    );
    // Bands of 64–127, (32–63, 16–31, 8–15: none), 4–7, (2–3: none) and 1 records.
    expect(text).toBe('children\n\n\n\ncare housing\n\naccueil asile');
    expect(parseVocabulary(text)).toEqual([
      { word: 'children', rank: 0 },
      { word: 'care', rank: 4 },
      { word: 'housing', rank: 4 },
      { word: 'accueil', rank: 6 },
      { word: 'asile', rank: 6 },
    ]);
  });

  test("a record's words are counted once each, in lower case, from four letters, split at apostrophes and hyphens", () => {
    const counts = new Map<string, number>();
    countWords("Demandes d'asile, demandes franco-italiennes. Le 2024 COVID19 e\u0301te\u0301 été", counts);
    countWords('Asile', counts);
    expect(Object.fromEntries(counts)).toEqual({ demandes: 1, asile: 2, franco: 1, italiennes: 1, covid: 1 });
  });
});
