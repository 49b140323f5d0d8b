/**
 * The directory as an address book (issue 21): a vCard 4.0 per correspondent and one file for all,
 * and the directory as CSV; each parsed back by a library (ical.js reads vCard, RFC 6350) and
 * compared with the directory's entries.
 */
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { directoryCsv } from '../../src/exports/directory-csv.ts';
import { nameParts, personCard, personCards, telUri, type CardPerson } from '../../src/exports/vcard.ts';

const claire: CardPerson = {
  id: 'claire-moreau',
  name: 'Claire Moreau',
  country: 'FR',
  ministry: 'Ministère de l’Intérieur, Direction générale des étrangers en France (DGEF)',
  role: { en: 'Correspondent; Head of European Affairs', fr: 'Correspondante ; cheffe des affaires européennes' },
  email: 'claire.moreau@example.org',
  phone: '+33 1 00 00 00 02',
  languages: ['fr', 'en'],
};
const eva: CardPerson = {
  id: 'eva-de-vries',
  name: 'Eva de Vries',
  country: 'NL',
  ministry: 'Ministry of Justice and Security',
  role: 'Senior Policy Adviser, "Migration" Directorate',
  email: 'eva.de.vries@example.org',
  languages: [],
};
const source = (id: string) => `https://intranet.example.org/en/directory/cards/${id}.vcf`;

/** A parsed card's first value of a property. */
const read = (text: string) => {
  const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    card,
    value: (name: string) => card.getFirstPropertyValue(name),
    prop: (name: string) => card.getFirstProperty(name)!,
  };
};

describe('a correspondent’s vCard', () => {
  const text = personCard(claire, 'fr', {
    source: source(claire.id),
    network: 'Réseau de correspondants sur les migrations',
  });
  const { card, value, prop } = read(text);

  test('is a vCard 4.0 with CRLF line ends', () => {
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(value('version')).toBe('4.0');
  });

  test('escapes as RFC 6350’s grammar says: commas always, semicolons only in compound values', () => {
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('ORG:Ministère de l’Intérieur\\, Direction générale des étrangers en France (DGEF)');
    expect(lines).toContain('TITLE:Correspondante ; cheffe des affaires européennes');
    expect(lines).toContain('N:Moreau;Claire;;;');
    expect(lines).toContain('TEL;VALUE=uri;TYPE=work,voice:tel:+33-1-00-00-00-02');
    expect(text).not.toContain('\\:');
    expect(text.split('\r\n').every((l) => l.length <= 75)).toBe(true);
  });

  test('names the person in full and by family and given name', () => {
    expect(value('fn')).toBe('Claire Moreau');
    expect(value('n')).toEqual(['Moreau', 'Claire', '', '', '']);
  });

  test('gives the ministry, the role in the UI language and the member state, commas and accents intact', () => {
    expect(value('org')).toBe('Ministère de l’Intérieur, Direction générale des étrangers en France (DGEF)');
    expect(value('title')).toBe('Correspondante ; cheffe des affaires européennes');
    expect(value('adr')).toEqual(['', '', '', '', '', '', 'France']);
    expect(prop('adr').getParameter('type')).toBe('work');
  });

  test('gives the work e-mail, the telephone as a tel: address, and the working languages in order', () => {
    expect(value('email')).toBe('claire.moreau@example.org');
    expect(value('tel')).toBe('tel:+33-1-00-00-00-02');
    const langs = card.getAllProperties('lang').map((p) => [p.getFirstValue(), p.getParameter('pref')]);
    expect(langs).toEqual([
      ['fr', '1'],
      ['en', '2'],
    ]);
  });

  test('has an identifier that is the same in every language, and its own address', () => {
    const en = read(personCard(claire, 'en', { source: source(claire.id), network: 'Network' }));
    expect(value('uid')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(en.value('uid')).toBe(value('uid'));
    expect(value('source')).toBe(source(claire.id));
    expect(value('kind')).toBe('individual');
  });

  test('marks a role given only in the other language with that language', () => {
    const en = read(personCard({ ...claire, role: { fr: 'Correspondante' } }, 'en', { source: '', network: 'N' }));
    expect(en.value('title')).toBe('Correspondante');
    expect(en.prop('title').getParameter('language')).toBe('fr');
  });

  test('escapes quotes, commas and semicolons so they read back as written', () => {
    const nl = read(personCard(eva, 'en', { source: source(eva.id), network: 'N' }));
    expect(nl.value('title')).toBe('Senior Policy Adviser, "Migration" Directorate');
    expect(nl.value('n')).toEqual(['de Vries', 'Eva', '', '', '']);
    expect(nl.value('tel')).toBeNull();
  });
});

describe('the address book of the whole directory', () => {
  test('holds one card per correspondent', () => {
    const text = personCards([claire, eva], 'en', { source: source, network: 'N' });
    const cards = (ICAL.parse(text) as unknown[][]).map((j) => new ICAL.Component(j));
    expect(cards.map((c) => c.getFirstPropertyValue('fn'))).toEqual(['Claire Moreau', 'Eva de Vries']);
    expect(cards.every((c) => c.getFirstPropertyValue('version') === '4.0')).toBe(true);
  });
});

describe('a name split for an address book', () => {
  test('takes the last word as the family name, with the particles before it', () => {
    expect(nameParts('Ana Sousa')).toEqual({ given: 'Ana', family: 'Sousa' });
    expect(nameParts('Eva de Vries')).toEqual({ given: 'Eva', family: 'de Vries' });
    expect(nameParts('Jean-Luc van der Berg')).toEqual({ given: 'Jean-Luc', family: 'van der Berg' });
    expect(nameParts('Plato')).toEqual({ given: '', family: 'Plato' });
  });
});

describe('a telephone number as an address', () => {
  test('keeps its digits and separates its groups with hyphens (RFC 3966)', () => {
    expect(telUri('+351 21 000 0001')).toBe('tel:+351-21-000-0001');
    expect(telUri('+41 (0)31 000 00 00')).toBe('tel:+41-(0)31-000-00-00');
  });
});

describe('the directory as CSV', () => {
  const csv = directoryCsv([claire, eva], 'fr');
  const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];

  test('starts with a byte-order mark and has a row per correspondent under headings in the UI language', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(records.map((r) => r['Nom'])).toEqual(['Claire Moreau', 'Eva de Vries']);
  });

  test('gives each correspondent’s state, ministry, role, e-mail, telephone and languages as written', () => {
    expect(records[0]).toEqual({
      Nom: 'Claire Moreau',
      'État membre': 'France',
      Ministère: claire.ministry,
      Fonction: 'Correspondante ; cheffe des affaires européennes',
      Courriel: 'claire.moreau@example.org',
      Téléphone: `'+33 1 00 00 00 02`,
      Langues: 'FR, EN',
    });
    expect(records[1]!['État membre']).toBe('Pays-Bas');
    expect(records[1]!['Fonction']).toBe('Senior Policy Adviser, "Migration" Directorate');
  });
});
