/**
 * The directory as an address book (issue 21): a correspondent as a vCard 4.0 (RFC 6350), written
 * by ical.js (the vCard and iCalendar library of Thunderbird), which escapes each value as the
 * RFC's grammar says (a comma everywhere, a semicolon only inside a field of a compound value such
 * as N or ADR) and folds long lines. A card holds the name (in full and split), the ministry, the
 * role in the UI language, the member state as the work address's country, the work e-mail and
 * telephone, the working languages in order, the network as a category, an identifier the same in
 * every language (so that importing the other language's card updates the contact rather than
 * adding one) and the card's own address.
 */
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { site } from '../config/site.ts';
import { stateName, type Lang } from '../data/reference.ts';
import { roleIn, type Role } from '../components/person-role.ts';

/** What a card needs of a correspondent (the `correspondents` collection's data, and its key). */
export interface CardPerson {
  /** The entry's key: its file name. */
  id: string;
  name: string;
  country: string;
  ministry: string;
  role?: Role;
  email: string;
  phone?: string | undefined;
  languages: string[];
}

export interface CardOptions {
  /** The network's name in the UI language: the contacts' category. */
  network: string;
}

/** Words that belong to the family name that follows them (Eva de Vries: "de Vries"). */
const PARTICLES = new Set([
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'van',
  'von',
  'zu',
]);

/**
 * A full name split into given and family names for an address book's sorting: the last word,
 * with the particles before it, is the family name. The directory keeps names whole as people
 * want them shown, so this is a guess; the card's full name (FN) is what clients display.
 */
export function nameParts(name: string): { given: string; family: string } {
  const words = name.trim().split(/\s+/);
  let at = words.length - 1;
  while (at > 1 && PARTICLES.has(words[at - 1]!)) at--;
  return { given: words.slice(0, at).join(' '), family: words.slice(at).join(' ') };
}

/** An international number as a tel: address (RFC 3966): digits and '+', groups parted by hyphens. */
export const telUri = (phone: string): string => `tel:${phone.trim().replace(/\s+/g, '-')}`;

// RFC 4122 name-based UUIDs (version 5) in the URL namespace: the same name, the same UUID.
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
function uuid5(name: string): string {
  const h = createHash('sha1').update(URL_NAMESPACE).update(name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

type Prop = [name: string, params: Record<string, string | string[]>, type: string, ...values: (string | string[])[]];

/** One correspondent's card in the UI language; `source` is the card's own address. */
export function personCard(p: CardPerson, lang: Lang, opts: CardOptions & { source: string }): string {
  const { given, family } = nameParts(p.name);
  const role = roleIn(p.role, lang);
  const props: Prop[] = [
    ['version', {}, 'text', '4.0'],
    ['kind', {}, 'text', 'individual'],
    ['fn', {}, 'text', p.name],
    ['n', {}, 'text', [family, given, '', '', '']],
    ['org', {}, 'text', [p.ministry]],
    ...(role ? [['title', role.lang ? { language: role.lang } : {}, 'text', role.text] satisfies Prop] : []),
    ['adr', { type: 'work' }, 'text', ['', '', '', '', '', '', stateName(p.country, lang)]],
    ['email', { type: 'work' }, 'text', p.email],
    // A telephone is free text unless VALUE says it is an address (RFC 6350 §6.4.1).
    ...(p.phone ? [['tel', { value: 'uri', type: ['work', 'voice'] }, 'uri', telUri(p.phone)] satisfies Prop] : []),
    ...p.languages.map((l, i): Prop => ['lang', { pref: String(i + 1) }, 'language-tag', l]),
    ['categories', {}, 'text', opts.network],
    ['uid', {}, 'uri', `urn:uuid:${uuid5(`${site.urls.internal}/directory/${p.id}`)}`],
    ...(opts.source ? [['source', {}, 'uri', opts.source] satisfies Prop] : []),
  ];
  return ICAL.stringify(['vcard', props, []]);
}

/** The whole directory as one file of cards, in the given order. */
export function personCards(
  people: CardPerson[],
  lang: Lang,
  opts: CardOptions & { source: (id: string) => string },
): string {
  return people.map((p) => personCard(p, lang, { ...opts, source: opts.source(p.id) })).join('');
}
