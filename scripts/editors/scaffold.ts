/**
 * What `npm run new` writes: a correctly named file with frontmatter that passes `npm run check`,
 * for every collection. Pure functions (no disk, no prompts) so tests can call them directly.
 */
import { STATE_CODES, THEME_IDS } from '../../src/data/reference.ts';
import type { CollectionName } from '../../src/schema/index.ts';
import { COLLECTIONS } from '../../src/schema/index.ts';
import { didYouMean } from '../../src/checks/suggest.ts';
import { slugify } from '../../src/content-index/slug.ts';
import { UsageError } from '../cli/cli.ts';

export type Lang = 'en' | 'fr';

export interface ScaffoldInput {
  collection: CollectionName;
  /** The title (for correspondents: the person's name; unused for responses). */
  title?: string | undefined;
  lang?: Lang | undefined;
  /** Member-state code(s): the practice's country, the responding state, the correspondent's state. */
  country?: string[] | undefined;
  /** Key of the request a response answers. */
  request?: string | undefined;
  email?: string | undefined;
  /** Theme ids (practices), checked against src/data/themes.json. */
  themes?: string[] | undefined;
  /** GCM objective numbers (practices). */
  gcm?: number[] | undefined;
  /** First day of a meeting, YYYY-MM-DD. */
  start?: string | undefined;
  withTranslation?: boolean;
  /** Today, written as YYYY-MM-DD. */
  today: string;
}

export interface ScaffoldFile {
  /** Path relative to the content folder, e.g. practices/pt-housing.en.md */
  path: string;
  text: string;
}

/** Accepts `practice` or `practices`, `method`, `meeting`… */
export function collectionFrom(name: string): CollectionName {
  const plural = name.endsWith('s') ? name : `${name}s`;
  if ((COLLECTIONS as string[]).includes(plural)) return plural as CollectionName;
  const hint = didYouMean(plural, COLLECTIONS);
  throw new UsageError(
    `"${name}" is not a kind of entry${hint ? ` — ${hint}` : ''} (one of ${COLLECTIONS.map((c) => c.replace(/s$/, '')).join(', ')})`,
  );
}

/** What each collection still needs from the editor before a file can be written. */
export function missingFor(
  input: Omit<ScaffoldInput, 'today'>,
): ('title' | 'lang' | 'country' | 'request' | 'email')[] {
  const c = input.collection;
  const out: ('title' | 'lang' | 'country' | 'request' | 'email')[] = [];
  if (c !== 'responses' && !input.title) out.push('title');
  if (c !== 'correspondents' && !input.lang) out.push('lang');
  if ((c === 'practices' || c === 'responses' || c === 'correspondents') && !input.country?.length) out.push('country');
  if (c === 'responses' && !input.request) out.push('request');
  if (c === 'correspondents' && !input.email) out.push('email');
  return out;
}

export function checkTheme(id: string): string {
  if (THEME_IDS.includes(id.trim())) return id.trim();
  const hint = didYouMean(id.trim(), THEME_IDS);
  throw new UsageError(`"${id}" is not in the theme list (src/data/themes.json)${hint ? ` — ${hint}` : ''}`);
}

export function checkGcm(n: string): number {
  const v = Number(n);
  if (!Number.isInteger(v) || v < 1 || v > 23) throw new UsageError(`"${n}" is not a GCM objective (1 to 23)`);
  return v;
}

export function checkCountry(code: string): string {
  const up = code.trim().toUpperCase();
  if (STATE_CODES.includes(up)) return up;
  const hint = didYouMean(code.trim(), STATE_CODES);
  throw new UsageError(`"${code}" is not a member-state code${hint ? ` — ${hint}` : ''}`);
}

const q = (s: string) => JSON.stringify(s);
const other = (l: Lang): Lang => (l === 'en' ? 'fr' : 'en');

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Placeholder text in the entry's language, which the editor replaces (placeholder-check.ts). */
const T = {
  en: {
    summary: 'One or two sentences shown in lists and search results.',
    body: 'Write the text here.',
    question: 'First question?',
    answer: 'Answer to question 1.',
    mandate: 'What the group is asked to do, in a sentence or two.',
    place: 'Strasbourg, Palais de l’Europe',
    background: 'Brief factual background to the request.',
  },
  fr: {
    summary: 'Une ou deux phrases affichées dans les listes et les résultats de recherche.',
    body: 'Rédigez le texte ici.',
    question: 'Première question ?',
    answer: 'Réponse à la question 1.',
    mandate: 'Ce qui est demandé au groupe, en une ou deux phrases.',
    place: 'Strasbourg, Palais de l’Europe',
    background: 'Contexte factuel bref de la demande.',
  },
} as const;

/** The placeholders an editor must replace (the place is a real one): the check looks for them. */
export const PLACEHOLDER_TEXTS: readonly string[] = [T.en, T.fr].flatMap(({ place: _, ...texts }) =>
  Object.values(texts),
);

function frontmatter(lines: (string | false | undefined)[]): string {
  return `---\n${lines.filter(Boolean).join('\n')}\n---\n`;
}

function entryText(input: ScaffoldInput, lang: Lang, key: string, shared: boolean): string {
  const t = T[lang];
  const title = input.title ?? '';
  const head = [
    `title: ${q(title)}${lang !== input.lang ? ' # translate' : ''}`,
    `lang: ${lang}`,
    shared && `translationKey: ${key}`,
  ];
  const internal = ['visibility: internal # to publish: visibility: public, and decided: YYYY-MM-DD (§3.3)'];
  switch (input.collection) {
    case 'practices':
      return (
        frontmatter([
          ...head,
          `summary: ${q(t.summary)}`,
          `country: ${input.country!.length === 1 ? input.country![0] : `[${input.country!.join(', ')}]`}`,
          input.themes?.length
            ? `themes: [${input.themes.join(', ')}]`
            : `themes: [${THEME_IDS[0]}] # replace with ids from src/data/themes.json: ${THEME_IDS.join(', ')}`,
          input.gcm?.length
            ? `gcm: [${input.gcm.join(', ')}]`
            : 'gcm: [1] # replace with the GCM objectives (1–23) it serves',
          `submitted: ${input.today}`,
          'dissemination: network # the submitter’s proposal (§4.7): network or public',
          ...internal,
        ]) +
        (lang === 'fr'
          ? `\n## Contexte\n\n${t.body}\n\n## Actions menées\n\n## Résultats\n`
          : `\n## Background\n\n${t.body}\n\n## What was done\n\n## Results\n`)
      );
    case 'methods':
      return (
        frontmatter([
          ...head,
          'version: "1.0" # shared by all sections of one revision',
          `adopted: ${input.today}`,
          'order: 1 # position of this section in its version',
          ...internal,
        ]) + `\n${t.body}\n`
      );
    case 'outcomes':
      return (
        frontmatter([
          ...head,
          'kind: news # news, meeting-report, statement or publication',
          `date: ${input.today}`,
          `summary: ${q(t.summary)}`,
          ...internal,
        ]) + `\n${t.body}\n`
      );
    case 'meetings':
      return (
        frontmatter([
          ...head,
          'kind: plenary # plenary (convened 30 working days ahead, §4.1) or thematic',
          `start: ${input.start ?? addDays(input.today, 60)}`,
          `end: ${input.start ?? addDays(input.today, 60)}`,
          '# startTime: "09:30" # opening time on the first day; with endTime, calendars show the hours',
          '# endTime: "17:00" # closing time on the last day',
          '# timeZone: Europe/Lisbon # the venue’s IANA time zone, if not Strasbourg’s (Europe/Paris)',
          `place: ${q(t.place)}`,
          'format: in-person # in-person, hybrid or online',
          '# onlineLink: https://… # hybrid or online: the address to join (restricted site only)',
          `convened: ${input.today} # the day the convocation and draft agenda were sent`,
          'agenda:',
          `  - title: ${q(lang === 'fr' ? 'Ouverture de la session et adoption de l’ordre du jour' : 'Opening of the session and adoption of the agenda')}`,
          '    proposer: SRSG',
          ...internal,
        ]) + `\n${t.body}\n`
      );
    case 'requests':
      return (
        frontmatter([
          ...head,
          `requestedBy: ${input.country?.[0] ?? 'SRSG'}`,
          `sent: ${input.today}`,
          `deadline: ${addDays(input.today, 28)}`,
          'questions: # concise, numbered by their order (§4.6)',
          `  - ${q(t.question)}`,
          ...internal,
        ]) + `\n${t.background}\n`
      );
    case 'groups':
      return (
        frontmatter([
          ...head,
          'kind: group # group or rapporteur (§4.8)',
          `mandate: ${q(t.mandate)}`,
          'members: [] # correspondents’ file names',
          'rapporteurs: []',
          `established: ${input.today}`,
          ...internal,
        ]) + `\n${t.body}\n`
      );
    case 'responses':
      return (
        frontmatter([
          `request: ${input.request}`,
          `country: ${input.country![0]}`,
          `lang: ${lang} # en or fr (§4.6)`,
          'answers: # by question number',
          `  1: ${q(t.answer)}`,
          `received: ${input.today}`,
        ]) + '\n'
      );
    case 'correspondents':
      return (
        frontmatter([
          `name: ${q(title)}`,
          `country: ${input.country![0]}`,
          'ministry: "Ministry of the Interior" # ministry or agency',
          `email: ${input.email}`,
          '# phone: "+33 3 88 41 20 00"',
          'languages: [en, fr]',
        ]) + '\n'
      );
  }
}

/** The file(s) to write for an entry, with their paths inside the content folder. */
export function scaffold(input: ScaffoldInput): ScaffoldFile[] {
  const missing = missingFor(input);
  if (missing.length) throw new UsageError(`missing ${missing.join(', ')}`);
  const c = input.collection;
  const translatable = c !== 'responses' && c !== 'correspondents';
  if (input.withTranslation && !translatable)
    throw new UsageError(`${c} have no translations (each ${c === 'responses' ? 'answer' : 'person'} is one file)`);
  if (c === 'responses') {
    const path = `responses/${input.request}-${input.country![0]!.toLowerCase()}.md`;
    return [{ path, text: entryText(input, input.lang!, '', false) }];
  }
  let key = slugify(input.title!);
  if (!key) throw new UsageError('the title needs at least one letter or digit to make a file name');
  if (c === 'correspondents') return [{ path: `correspondents/${key}.md`, text: entryText(input, 'en', key, false) }];
  if (c === 'practices' && !key.startsWith(`${input.country![0]!.toLowerCase()}-`))
    key = `${input.country!.map((x) => x.toLowerCase()).join('-')}-${key}`.slice(0, 70).replace(/-+$/, '');
  const lang = input.lang!;
  const langs = input.withTranslation ? [lang, other(lang)] : [lang];
  return langs.map((l) => ({ path: `${c}/${key}.${l}.md`, text: entryText(input, l, key, true) }));
}
