import { describe, expect, test } from 'vitest';
import { chooseVersion, excerptFor, versionsOf, type FoundRecord } from '../../src/search/versions.ts';

const LANGS = ['en', 'fr'];
const both = {
  type: 'practice',
  title_en: 'Early screening',
  url_en: '/en/practices/x/',
  date_en: 'submitted 2024-01-10',
  title_fr: 'Détection précoce',
  url_fr: '/fr/practices/x/',
};
const frenchOnly = { type: 'practice', title_fr: 'Parcours linguistique', url_fr: '/fr/practices/y/' };

describe('one result per entry, in the reader’s language', () => {
  test("a record's language versions are read from its metadata, in the order of the languages", () => {
    expect(versionsOf(both, LANGS)).toEqual([
      {
        lang: 'en',
        title: 'Early screening',
        url: '/en/practices/x/',
        date: { kind: 'submitted', from: '2024-01-10' },
      },
      { lang: 'fr', title: 'Détection précoce', url: '/fr/practices/x/', date: undefined },
    ]);
  });

  test("the reader's version is shown and the other language's is offered beside it", () => {
    const versions = versionsOf(both, LANGS);
    expect(chooseVersion(versions, 'fr')).toEqual({ shown: versions[1], others: [versions[0]] });
    expect(chooseVersion(versions, 'en')).toEqual({ shown: versions[0], others: [versions[1]] });
  });

  test('an entry written only in French is shown in French on the English interface, with nothing else offered', () => {
    const versions = versionsOf(frenchOnly, LANGS);
    expect(chooseVersion(versions, 'en')).toEqual({ shown: versions[0], others: [] });
  });

  test('a reader who filters by the other language alone is shown that version', () => {
    const versions = versionsOf(both, LANGS);
    expect(chooseVersion(versions, 'en', ['fr']).shown?.lang).toBe('fr');
    expect(chooseVersion(versions, 'en', ['fr', 'en']).shown?.lang).toBe('en');
  });
});

/**
 * A record as Pagefind's `data()` gives it: the English version (with a heading of its own), the
 * French version, then the state's names; words are counted from 0.
 */
const en = 'Early screening Screening of vulnerability on arrival . Results The screening found more cases .';
const fr = 'Détection précoce Détection de la vulnérabilité à l’arrivée .';
const names = 'Netherlands. Pays-Bas. Holland.';
const content = `${en} ${fr} ${names}`;
const count = (s: string) => s.split(' ').length;
const frAt = count(en);
const namesAt = frAt + count(fr);
const record = (hits: number[]): FoundRecord => ({
  content,
  raw_content: content,
  excerpt: 'Pagefind’s own excerpt',
  weighted_locations: hits.map((location) => ({ location, balanced_score: 1 })),
  anchors: [
    { id: 'relais-version-en', location: 0 },
    { id: 'results', location: 8 },
    { id: 'relais-version-fr', location: frAt },
    { id: 'relais-state-names', location: namesAt },
  ],
});

describe('the excerpt of a result', () => {
  const versions = versionsOf({ ...both, title_fr: 'Détection précoce' }, LANGS);
  const [english, french] = versions;
  test("comes from the version shown when the query's words are in it, across its headings", () => {
    const found = excerptFor(record([2, 10]), english, versions, 24);
    expect(found.lang).toBe('en');
    expect(found.html).toBe(
      'Early screening <mark>Screening</mark> of vulnerability on arrival . Results The <mark>screening</mark> found more cases .',
    );
  });

  test('comes from the other version, in its language, when only that one holds the words', () => {
    const found = excerptFor(record([frAt + 4]), english, versions, 24);
    expect(found).toEqual({
      html: 'Détection précoce Détection de <mark>la</mark> vulnérabilité à l’arrivée .',
      lang: 'fr',
    });
  });

  test("of an entry found only by its state's name, or browsed, is the start of the version shown after its title, nothing marked", () => {
    expect(excerptFor(record([namesAt + 2]), french, versions, 4)).toEqual({
      html: 'Détection de la vulnérabilité',
      lang: 'fr',
    });
    expect(excerptFor(record([]), english, versions, 3)).toEqual({ html: 'Screening of vulnerability', lang: 'en' });
  });

  test('is centred on the words found when the version is longer than an excerpt', () => {
    const found = excerptFor(record([10]), english, versions, 5);
    expect(found.html).toBe('Results The <mark>screening</mark> found more');
  });

  test("of a record without versions (a correspondent) is Pagefind's own", () => {
    const person: FoundRecord = {
      content: 'Eva de Vries. Netherlands',
      excerpt: 'Eva de <mark>Vries</mark>',
      anchors: [],
    };
    const card = versionsOf({ title_en: 'Eva de Vries', url_en: '/en/directory/#eva-de-vries' }, LANGS);
    expect(excerptFor(person, card[0], card, 24)).toEqual({ html: 'Eva de <mark>Vries</mark>' });
  });
});
