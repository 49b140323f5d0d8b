import { describe, expect, test } from 'vitest';
import { markedWords, matches, queryWords } from '../../src/search/matches.ts';

describe('query words that Pagefind only matched by a prefix', () => {
  test('a word matched by its stem or its continuation counts as found', () => {
    expect(matches('houses', 'housing')).toBe(true);
    expect(matches('migration', 'mi')).toBe(true);
    expect(matches('refugies', 'refugie')).toBe(true);
  });
  test('a word matched only by a short known prefix does not', () => {
    expect(matches('i', 'irregular')).toBe(false);
    expect(matches('an', 'ana')).toBe(false);
    expect(matches('doc', 'docker')).toBe(false);
  });
  test('query words are folded like the index: case, accents and punctuation', () => {
    expect(queryWords('  Réfugiés, LOGEMENT  réfugiés ')).toEqual(['refugies', 'logement']);
  });
  test('a marked word joined by an apostrophe or a hyphen also counts as its parts', () => {
    expect(markedWords("les <mark>d'éloignement</mark> et <mark>Franco-Italian</mark>")).toEqual([
      'deloignement',
      'd',
      'eloignement',
      'francoitalian',
      'franco',
      'italian',
    ]);
  });
  test('marked words are read from an excerpt', () => {
    expect(markedWords('a <mark>Housing,</mark> plan for <mark>réfugiés</mark>')).toEqual(['housing', 'refugies']);
  });
});
