import { describe, expect, test } from 'vitest';
import { entryRecord } from '../../scripts/build/search/indexing-copy.ts';
import { STATES, stateSearchNames } from '../../src/data/reference.ts';
import { fold } from '../../src/search/matches.ts';

describe('state names and their usual variants', () => {
  test.each([
    ['TR', ['Türkiye', 'Turkey', 'Turquie']],
    ['CZ', ['Czech Republic', 'Czechia', 'République tchèque', 'Tchéquie']],
    ['NL', ['Netherlands', 'Holland', 'Pays-Bas']],
    ['MD', ['Republic of Moldova', 'Moldova', 'République de Moldova']],
    ['MK', ['North Macedonia', 'Macedonia', 'Macédoine du Nord']],
    ['GB', ['United Kingdom', 'UK', 'Great Britain', 'Royaume-Uni']],
  ])('%s is found by its names in both languages and its usual variants', (code, names) => {
    expect(stateSearchNames(code)).toEqual(expect.arrayContaining(names));
  });

  test('no name or variant belongs to two states', () => {
    const owner = new Map<string, string>();
    for (const s of STATES)
      for (const name of stateSearchNames(s.code)) {
        const key = fold(name);
        expect(owner.get(key) ?? s.code, `${name} (${s.code})`).toBe(s.code);
        owner.set(key, s.code);
      }
  });

  test('an unknown code has no names', () => {
    expect(stateSearchNames('XX')).toEqual([]);
  });
});

describe('the record Pagefind indexes for an entry', () => {
  const version = (lang: string, countries: string[], text: string) =>
    `<article lang="${lang}" data-pagefind-body>${countries.map((c) => `<span data-pagefind-filter="country:${c}"></span>`).join('')}<p>${text}</p></article>`;

  test('holds each version under its language’s anchor, without their own body marks, in one searchable element', () => {
    const html = entryRecord([
      { lang: 'en', element: version('en', [], 'Housing') },
      { lang: 'fr', element: version('fr', [], 'Logement') },
    ]);
    expect(html).toBe(
      '<!DOCTYPE html><html lang="en"><head></head><body><div data-pagefind-body>' +
        '<div id="relais-version-en" lang="en"><article lang="en"><p>Housing</p></article></div>' +
        '<div id="relais-version-fr" lang="fr"><article lang="fr"><p>Logement</p></article></div>' +
        '</div></body></html>',
    );
  });

  test('names the states its versions are filed under, each name once, with less weight than the text', () => {
    const html = entryRecord([
      { lang: 'en', element: version('en', ['PT', 'TR'], 'Training') },
      { lang: 'fr', element: version('fr', ['TR', 'PT'], 'Formation') },
    ]);
    expect(html).toContain(
      '<div id="relais-state-names" data-pagefind-weight="0.5">Portugal. Türkiye. Turkey. Republic of Türkiye. Turquie. République de Türkiye</div>',
    );
  });
});
