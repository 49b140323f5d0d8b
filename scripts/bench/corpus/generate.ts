/**
 * A realistic content tree of any size, generated from a seed: the same seed and size always give
 * the same files, byte for byte (own PRNG, pinned dates). Used by `npm run corpus` and the benchmark.
 *
 * Proportions follow what the network produces over the years: mostly good practices, information
 * requests with answers from many member states, plenaries twice a year, thematic sessions,
 * outcomes, groups, revisions of the working methods and about two correspondents per state.
 * About half of the translatable entries are public; some public practices keep a passage
 * internal (`:::internal`); entries link to each other, public ones only to public files.
 */
import { STATES } from '../../../src/data/reference.ts';
import { Random } from './random.ts';
import { CORPUS_TODAY, addDays, day, iso, weekday, workingDaysBefore, yearOf } from './dates.ts';
import * as V from './vocabulary.ts';
import type { Both } from './vocabulary.ts';

type Lang = 'en' | 'fr';
const LANGS: Lang[] = ['en', 'fr'];

export interface CorpusOptions {
  /** Number of content files to write (every language version and answer counts as one). */
  entries: number;
  seed: number;
}

export interface Corpus {
  /** Path relative to the content folder → file text. */
  files: Map<string, string>;
  /** Files per collection. */
  counts: Record<string, number>;
}

/** One translatable entry as planned before any text is written, so links can see every target. */
interface Item {
  collection: string;
  key: string;
  folder: string;
  langs: Lang[];
  public: Partial<Record<Lang, boolean>>;
  title: Both;
}

const FIRST_YEAR = 2019;
const TODAY = day(CORPUS_TODAY);
const LAST_DAY = addDays(TODAY, -5);
const NATIONAL_LANGUAGE: Record<string, string> = {
  AL: 'sq',
  AD: 'ca',
  AM: 'hy',
  AT: 'de',
  AZ: 'az',
  BE: 'nl',
  BA: 'bs',
  BG: 'bg',
  HR: 'hr',
  CY: 'el',
  CZ: 'cs',
  DK: 'da',
  EE: 'et',
  FI: 'fi',
  FR: 'fr',
  GE: 'ka',
  DE: 'de',
  GR: 'el',
  HU: 'hu',
  IS: 'is',
  IE: 'ga',
  IT: 'it',
  LV: 'lv',
  LI: 'de',
  LT: 'lt',
  LU: 'lb',
  MT: 'mt',
  MD: 'ro',
  MC: 'fr',
  ME: 'sr',
  NL: 'nl',
  MK: 'mk',
  NO: 'no',
  PL: 'pl',
  PT: 'pt',
  RO: 'ro',
  SM: 'it',
  RS: 'sr',
  SK: 'sk',
  SI: 'sl',
  ES: 'es',
  SE: 'sv',
  CH: 'de',
  TR: 'tr',
  UA: 'uk',
  GB: 'en',
};
const CODES = STATES.map((s) => s.code);
const stateName = (code: string, lang: Lang) => STATES.find((s) => s.code === code)![lang];

// ---------------------------------------------------------------------------------------------
// Text

type Slots = Record<string, Both | string | number>;

/**
 * French contractions the slot fillers produce (de le → du…), at word starts only: `\b` would
 * also see one after an accented letter and turn "tchèque et" into "tchèqu’et".
 */
function french(text: string): string {
  return text
    .replace(/(?<!\p{L})de le /gu, 'du ')
    .replace(/(?<!\p{L})de les /gu, 'des ')
    .replace(/(?<!\p{L})à le /gu, 'au ')
    .replace(/(?<!\p{L})à les /gu, 'aux ')
    .replace(/(?<!\p{L})de ([aeéiou])/giu, 'd’$1')
    .replace(/(?<!\p{L})que ([aeéiou])/giu, 'qu’$1');
}

function fill(template: Both, slots: Slots, lang: Lang): string {
  const text = template[lang].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = slots[name];
    if (v === undefined) throw new Error(`no value for {${name}} in "${template[lang]}"`);
    return typeof v === 'object' ? v[lang] : String(v);
  });
  const out = lang === 'fr' ? french(text) : text;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const both = (f: (lang: Lang) => string): Both => ({ en: f('en'), fr: f('fr') });

/** YAML for a frontmatter value: strings double-quoted (JSON escapes are valid YAML), dates bare. */
function yaml(value: unknown, indent = ''): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof DateValue) return value.iso;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v instanceof DateValue))
      return `[${value.map((v) => yaml(v)).join(', ')}]`;
    return value
      .map((v) => {
        const lines = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
        return lines
          .map(([k, x], i) => `\n${indent}${i === 0 ? '  - ' : '    '}${k}: ${yaml(x, `${indent}    `)}`)
          .join('');
      })
      .join('');
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, x]) => x !== undefined);
  return entries.map(([k, x]) => `\n${indent}  ${k}: ${yaml(x, `${indent}  `)}`).join('');
}

class DateValue {
  readonly iso: string;
  constructor(t: number) {
    this.iso = iso(t);
  }
}
const d = (t: number) => new DateValue(t);

function file(frontmatter: Record<string, unknown>, body: string): string {
  const lines = Object.entries(frontmatter)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${yaml(v)}`);
  return `---\n${lines.join('\n')}\n---\n${body ? `\n${body.trim()}\n` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Sizes

function sizes(n: number) {
  const correspondents = Math.min(92, Math.max(10, Math.round(n * 0.09)));
  const versions = Math.min(8, 1 + Math.floor(n / 1500));
  const methods = versions * V.METHOD_SECTIONS.length * 2;
  const twicePerYear = n >= 1000;
  const thematic = Math.max(1, Math.round(n * 0.006));
  const outcomes = Math.max(2, Math.round(n * 0.04));
  const requests = Math.max(2, Math.round(n * 0.01));
  const answersPerRequest = Math.min(40, Math.max(3, Math.round((n * 0.18) / requests)));
  const groups = Math.max(2, Math.round(n * 0.0075));
  return { correspondents, versions, methods, twicePerYear, thematic, outcomes, requests, answersPerRequest, groups };
}

// ---------------------------------------------------------------------------------------------

export function generateCorpus(opts: CorpusOptions): Corpus {
  const rng = new Random(opts.seed);
  const size = sizes(opts.entries);
  const files = new Map<string, string>();
  const counts: Record<string, number> = {};
  const put = (collection: string, path: string, text: string) => {
    if (files.has(path)) throw new Error(`generated twice: ${path}`);
    files.set(path, text);
    counts[collection] = (counts[collection] ?? 0) + 1;
  };
  const pathOf = (item: Item, lang: Lang) => `${item.collection}/${item.folder}/${item.key}.${lang}.md`;
  /** A link from any file to an item's version (every file sits two folders deep). */
  const linkTo = (item: Item, lang: Lang) => `[${item.title[lang]}](../../${pathOf(item, lang)})`;
  const langsFor = (r: Random, onlyOne: number): Lang[] =>
    r.chance(onlyOne) ? [r.chance(0.7) ? 'en' : 'fr'] : [...LANGS];
  const visibility = (r: Random, langs: Lang[], p: number, partial = 0.06): Partial<Record<Lang, boolean>> => {
    const pub = r.chance(p);
    const out: Partial<Record<Lang, boolean>> = {};
    for (const l of langs) out[l] = pub;
    // Each language decides for itself: now and then only the original is cleared for publication.
    if (pub && langs.length === 2 && r.chance(partial)) out.fr = false;
    return out;
  };
  const publication = (open: boolean | undefined, decided: number) =>
    open ? { visibility: 'public', decided: d(Math.min(decided, LAST_DAY)) } : {};
  const dateBetween = (r: Random, from: number, to: number) => addDays(from, r.int(0, Math.round((to - from) / 864e5)));

  // --- correspondents: about two per state, the directory (always internal) -----------------
  const cr = rng.fork('correspondents');
  const correspondents: { key: string; country: string }[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < size.correspondents; i++) {
    const country = CODES[i % CODES.length]!;
    let name = '';
    let ascii = '';
    let key = '';
    do {
      name = `${cr.pick(V.FIRST_NAMES)} ${cr.pick(V.LAST_NAMES)}`;
      ascii = name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ı/g, 'i')
        .replace(/ø/g, 'o')
        .toLowerCase();
      key = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    } while (usedNames.has(key));
    usedNames.add(key);
    const lang: Lang = V.FRENCH_SPEAKING.has(country) ? 'fr' : 'en';
    const spoken = [...new Set([NATIONAL_LANGUAGE[country]!, 'en', ...(cr.chance(0.5) ? ['fr'] : [])])];
    correspondents.push({ key, country });
    put(
      'correspondents',
      `correspondents/${country.toLowerCase()}/${key}.md`,
      file(
        {
          name,
          country,
          ministry: cr.pick(V.MINISTRIES)[lang],
          role: cr.pick(V.ROLES)[lang],
          email: `${ascii.replace(/[^a-z]+/g, '.')}@${country.toLowerCase()}.example.org`,
          phone: `+${cr.int(30, 499)} ${cr.int(10, 99)} ${cr.int(100, 999)} ${cr.int(1000, 9999)}`,
          languages: spoken,
        },
        '',
      ),
    );
  }
  const correspondentsOf = (country: string) => correspondents.filter((c) => c.country === country);

  // --- working methods: one version every year or so, each in eight sections -----------------
  const mr = rng.fork('methods');
  for (let v = 0; v < size.versions; v++) {
    const version = `${1 + Math.floor(v / 3)}.${v % 3}`;
    const adopted = weekday(addDays(day(`${FIRST_YEAR + 1}-01-20`), v * 300 + mr.int(0, 40)));
    // The newest revision of a long history is still a draft under discussion: internal.
    const open = !(size.versions >= 3 && v === size.versions - 1);
    V.METHOD_SECTIONS.forEach((title, order) => {
      const sentences = V.METHOD_SENTENCES.filter((_, i) => (i + order) % 3 === 0 || mr.chance(0.2));
      for (const lang of LANGS) {
        const key = `methods-${version.replace('.', '-')}-s${order}`;
        put(
          'methods',
          `methods/${version}/${key}.${lang}.md`,
          file(
            {
              title: title[lang],
              lang,
              translationKey: key,
              version,
              adopted: d(adopted),
              order,
              changes: fill(V.METHOD_CHANGES, { version, year: yearOf(adopted) - 1 }, lang),
              ...publication(open, addDays(adopted, 14)),
            },
            sentences.map((s) => fill(s, {}, lang)).join('\n\n'),
          ),
        );
      }
    });
  }

  // --- meetings: a plenary every year (twice a year from 2021), thematic sessions ------------
  const mt = rng.fork('meetings');
  interface MeetingPlan extends Item {
    kind: 'plenary' | 'thematic';
    start: number;
    approach: (typeof V.APPROACHES)[number];
  }
  const meetings: MeetingPlan[] = [];
  let plenarySerial = 0;
  for (let year = FIRST_YEAR; year <= yearOf(TODAY) + 1; year++) {
    const dates =
      year === FIRST_YEAR
        ? [day('2019-11-28')]
        : year > yearOf(TODAY)
          ? [day(`${year}-03-18`)]
          : size.twicePerYear && year >= 2021
            ? [day(`${year}-04-0${mt.int(1, 9)}`), day(`${year}-10-1${mt.int(0, 9)}`)]
            : [day(`${year}-11-0${mt.int(1, 9)}`)];
    for (const t of dates) {
      plenarySerial++;
      const s = weekday(t);
      meetings.push({
        collection: 'meetings',
        key: `plenary-${iso(s).slice(0, 7)}`,
        folder: String(year),
        langs: [...LANGS],
        public: visibility(mt, LANGS, s > TODAY ? 0 : 0.6, 0),
        title: both((l) => fill(V.MEETING_TITLE.plenary, { serial: plenarySerial, place: 'Strasbourg' }, l)),
        kind: 'plenary',
        start: s,
        approach: mt.pick(V.APPROACHES),
      });
    }
  }
  for (let i = 1; i <= size.thematic; i++) {
    const s = weekday(dateBetween(mt, day('2020-03-01'), LAST_DAY));
    const approach = mt.pick(V.APPROACHES);
    meetings.push({
      collection: 'meetings',
      key: `thematic-${iso(s).slice(0, 7)}-${String(i).padStart(3, '0')}`,
      folder: String(yearOf(s)),
      langs: [...LANGS],
      public: visibility(mt, LANGS, 0.4, 0),
      title: both((l) => fill(V.MEETING_TITLE.thematic, { serial: i, approach }, l)),
      kind: 'thematic',
      start: s,
      approach,
    });
  }

  // --- requests (planned first: meetings and practices mention them) -------------------------
  const rq = rng.fork('requests');
  interface RequestPlan extends Item {
    sent: number;
    requestedBy: string;
    approach: (typeof V.APPROACHES)[number];
    group: Both;
    questions: Both[];
  }
  const requests: RequestPlan[] = [];
  for (let i = 1; i <= size.requests; i++) {
    const sent = weekday(dateBetween(rq, day('2020-02-01'), LAST_DAY));
    const approach = rq.pick(V.APPROACHES);
    const group = rq.pick(V.GROUPS);
    const year = yearOf(sent);
    const serial = String(i).padStart(3, '0');
    const slots: Slots = { approach, group, actor: rq.pick(V.ACTORS), year: year - rq.int(0, 2) };
    const langs = langsFor(rq, 0.1);
    requests.push({
      collection: 'requests',
      key: `request-${year}-${serial}`,
      folder: String(year),
      langs,
      public: visibility(rq, langs, 0.2),
      title: both((l) =>
        fill(
          b2('Information request {year}/{serial}: {approach}', 'Demande d’information {year}/{serial} : {approach}'),
          { year, serial, approach },
          l,
        ),
      ),
      sent,
      requestedBy: rq.chance(0.2) ? 'SRSG' : rq.pick(CODES),
      approach,
      group,
      questions: rq.sample(V.QUESTIONS, rq.int(3, 6)).map((q) => both((l) => fill(q, slots, l))),
    });
  }

  // --- outcomes (planned before practices, whose number fills what is left) -------------------
  const oc = rng.fork('outcomes');
  const pastMeetings = meetings.filter((m) => m.start < LAST_DAY);
  const outcomes = Array.from({ length: size.outcomes }, (_, n) => {
    const i = n + 1;
    const kind = oc.weighted([
      ['news', 4],
      ['meeting-report', 3],
      ['statement', 1],
      ['publication', 2],
    ] as const);
    const meeting = kind === 'meeting-report' || oc.chance(0.2) ? oc.pick(pastMeetings) : undefined;
    const date = meeting ? addDays(meeting.start, oc.int(3, 20)) : dateBetween(oc, day('2020-01-15'), LAST_DAY);
    const approach = meeting?.approach ?? oc.pick(V.APPROACHES);
    const group = oc.pick(V.GROUPS);
    const serial = String(i).padStart(4, '0');
    const title: Both =
      kind === 'meeting-report'
        ? both((l) =>
            fill(
              b2(
                'Report no. {serial}: the Network’s exchange on {approach}',
                'Rapport n° {serial} : l’échange du Réseau sur {approach}',
              ),
              { serial, approach },
              l,
            ),
          )
        : both((l) => fill(V.OUTCOME_TITLES[kind], { serial, approach, group }, l));
    const langs = langsFor(oc, 0.08);
    // A report on a meeting is public only when the meeting is: its page would name the meeting.
    const pub = visibility(oc, langs, meeting && !meeting.public.en ? 0 : 0.85, 0.04);
    const item: Item = {
      collection: 'outcomes',
      key: `${kind}-${yearOf(date)}-${serial}`,
      folder: String(yearOf(date)),
      langs,
      public: pub,
      title,
    };
    const state = oc.pick(CODES);
    const slots: Slots = {
      approach,
      group,
      n: oc.int(8, 46),
      coordinator: { en: 'SRSG', fr: 'RSSG' },
      state: both((l) => stateName(state, l)),
      state2: both((l) => stateName(oc.pick(CODES), l)),
      place: oc.pick(V.CITIES[state]!),
    };
    return {
      item,
      kind,
      meeting,
      date,
      slots,
      sentences: oc.sample(V.OUTCOME_SENTENCES, oc.int(3, 5)),
      withLink: oc.chance(0.5),
    };
  });

  // --- practices (planned: titles and visibility, for links) ---------------------------------
  const fixed =
    size.correspondents +
    size.methods +
    meetings.length * 2 +
    outcomes.reduce((n, o) => n + o.item.langs.length, 0) +
    requests.reduce((n, r) => n + r.langs.length, 0) +
    size.requests * size.answersPerRequest +
    size.groups * 2;
  const pr = rng.fork('practices');
  interface PracticePlan extends Item {
    countries: string[];
    approach: (typeof V.APPROACHES)[number];
    group: Both;
    prog: string;
    submitted: number;
  }
  const practices: PracticePlan[] = [];
  const usedProgs = new Set<string>();
  let practiceFiles = 0;
  const target = Math.max(2, opts.entries - fixed);
  while (practiceFiles < target) {
    let prog = '';
    do {
      const parts = pr.int(2, 3) + (usedProgs.size > 20_000 ? 1 : 0);
      prog = Array.from({ length: parts }, () => pr.pick(V.SYLLABLES)).join('');
      prog = prog.charAt(0).toUpperCase() + prog.slice(1);
    } while (usedProgs.has(prog) || prog.length < 5);
    usedProgs.add(prog);
    const countries = pr.chance(0.08) ? pr.sample(CODES, 2) : [pr.pick(CODES)];
    const approach = pr.pick(V.APPROACHES);
    const group = pr.pick(V.GROUPS);
    const submitted = dateBetween(pr, day('2019-12-01'), addDays(LAST_DAY, -30));
    let langs = langsFor(pr, 0.1);
    if (target - practiceFiles === 1) langs = [langs[0]!];
    practiceFiles += langs.length;
    practices.push({
      collection: 'practices',
      key: `${countries.join('-').toLowerCase()}-${prog.toLowerCase()}`,
      folder: String(yearOf(submitted)),
      langs,
      public: visibility(pr, langs, 0.6),
      title: both((l) => fill(V.TITLE, { prog, approach, group }, l)),
      countries,
      approach,
      group,
      prog,
      submitted,
    });
  }
  const publicVersions = (items: Item[]) =>
    items.flatMap((it) => it.langs.filter((l) => it.public[l]).map((l) => ({ item: it, lang: l })));
  const publicPractices = publicVersions(practices);
  /** A link a version may carry outside redacted passages: public versions only to public files. */
  const linkFor = (
    r: Random,
    from: { public: boolean; lang: Lang },
    pool: Item[],
    publicPool: { item: Item; lang: Lang }[],
  ) => {
    if (from.public) {
      if (publicPool.length === 0) return undefined;
      const t = r.pick(publicPool);
      return linkTo(t.item, t.lang);
    }
    const t = r.pick(pool);
    return linkTo(t, t.langs.includes(from.lang) ? from.lang : t.langs[0]!);
  };

  // --- meetings: files ---------------------------------------------------------------------
  for (const m of meetings) {
    const thematic = m.kind === 'thematic';
    const end = thematic || mt.chance(0.4) ? m.start : weekday(addDays(m.start, 1));
    // §4.1: the draft agenda goes out at least 30 working days before a plenary (with a margin).
    const convened = thematic
      ? addDays(m.start, -mt.int(15, 35))
      : addDays(workingDaysBefore(m.start, 30), -mt.int(3, 20));
    const format = thematic
      ? 'online'
      : mt.weighted([
          ['in-person', 6],
          ['hybrid', 3],
          ['online', 1],
        ] as const);
    const place: Both =
      format === 'online'
        ? { en: 'Online (videoconference)', fr: 'En ligne (visioconférence)' }
        : { en: 'Strasbourg, Agora building', fr: 'Strasbourg, bâtiment Agora' };
    const slots: Slots = {
      approach: m.approach,
      group: mt.pick(V.GROUPS),
      state: both((l) => stateName(mt.pick(CODES), l)),
      n: mt.int(12, 40),
    };
    const items = [V.AGENDA[0]!, ...mt.sample(V.AGENDA.slice(1, -1), mt.int(2, 4)), V.AGENDA[V.AGENDA.length - 1]!];
    const agendaPlan = items.map((a) => ({
      title: a,
      proposer: mt.chance(0.7) ? 'SRSG' : mt.pick(CODES),
      presenter: both((l) => fill(mt.pick(V.PRESENTERS), { state: both((x) => stateName(mt.pick(CODES), x)) }, l)),
      questions: mt.chance(0.3)
        ? [both((l) => fill(mt.pick(V.QUESTIONS), { ...slots, actor: mt.pick(V.ACTORS), year: yearOf(m.start) }, l))]
        : undefined,
    }));
    const request = requests.find((r) => r.approach === m.approach && r.sent > m.start);
    for (const lang of m.langs) {
      const open = m.public[lang];
      const body = mt.sample(V.MEETING_BODY, 2).map((s) => fill(s, slots, lang));
      // A public page links only to public files; an internal one may point anywhere.
      if (request && (!open || request.public[lang]))
        body.push(
          `${lang === 'en' ? 'Follow-up: ' : 'Suivi : '}${linkTo(request, request.langs.includes(lang) ? lang : request.langs[0]!)}`,
        );
      put(
        'meetings',
        pathOf(m, lang),
        file(
          {
            title: m.title[lang],
            lang,
            translationKey: m.key,
            kind: m.kind,
            start: d(m.start),
            end: d(end),
            place: place[lang],
            format,
            convened: d(convened),
            outsideParticipants: thematic ? mt.chance(0.5) : false,
            agenda: agendaPlan.map((a) => ({
              title: fill(a.title, slots, lang),
              proposer: a.proposer,
              presenter: a.presenter[lang],
              questions: a.questions?.map((q) => q[lang]),
            })),
            ...publication(open, addDays(end, 10)),
          },
          body.join('\n\n'),
        ),
      );
    }
  }

  // --- outcomes: news, meeting reports, statements, publications -----------------------------
  for (const { item, kind, meeting, date, slots, sentences, withLink } of outcomes) {
    const pub = item.public;
    for (const lang of item.langs) {
      const paragraphs = sentences.map((s) => fill(s, slots, lang));
      const link = withLink ? linkFor(oc, { public: !!pub[lang], lang }, practices, publicPractices) : undefined;
      if (link) paragraphs.push(`${lang === 'en' ? 'See the good practice' : 'Voir la bonne pratique'} ${link}.`);
      if (oc.chance(0.2))
        paragraphs.push(
          `[${lang === 'en' ? 'Council of Europe' : 'Conseil de l’Europe'}](https://www.coe.int/${lang}/web/special-representative-secretary-general-migration-refugees)`,
        );
      put(
        'outcomes',
        pathOf(item, lang),
        file(
          {
            title: item.title[lang],
            lang,
            translationKey: item.key,
            kind,
            date: d(date),
            meeting: meeting?.key,
            summary: fill(V.OUTCOME_SUMMARY, slots, lang),
            ...publication(pub[lang], addDays(date, oc.int(0, 10))),
          },
          paragraphs.join('\n\n'),
        ),
      );
    }
  }

  // --- requests: files, and the answers of many member states -------------------------------
  for (const r of requests) {
    const deadline = addDays(r.sent, rq.int(21, 42));
    const requester: Both =
      r.requestedBy === 'SRSG' ? { en: 'The SRSG', fr: 'Le RSSG' } : both((l) => stateName(r.requestedBy, l));
    const slots: Slots = { requester, approach: r.approach, group: r.group };
    const background = [V.REQUEST_BACKGROUND[0]!, V.REQUEST_BACKGROUND[1]!].filter(() => rq.chance(0.8));
    for (const lang of r.langs) {
      const paragraphs = [...background, V.REQUEST_BACKGROUND[2]!, V.REQUEST_BACKGROUND[3]!].map((s) =>
        fill(s, slots, lang),
      );
      put(
        'requests',
        pathOf(r, lang),
        file(
          {
            title: r.title[lang],
            lang,
            translationKey: r.key,
            requestedBy: r.requestedBy,
            sent: d(r.sent),
            deadline: d(deadline),
            questions: r.questions.map((q) => q[lang]),
            ...publication(r.public[lang], addDays(deadline, 30)),
          },
          paragraphs.join('\n\n'),
        ),
      );
    }
    const states = rq.sample(
      CODES.filter((c) => c !== r.requestedBy),
      size.answersPerRequest,
    );
    for (const country of states) {
      const lang: Lang = V.FRENCH_SPEAKING.has(country) !== rq.chance(0.1) ? 'fr' : 'en';
      const answers: Record<string, string> = {};
      r.questions.forEach((_, i) => {
        if (i === 0 || rq.chance(0.8)) {
          const slotsA: Slots = {
            actor: rq.pick(V.ACTORS),
            year: yearOf(r.sent) - rq.int(0, 3),
            n: rq.int(2, 900),
            p: rq.int(3, 95),
            place: rq.pick(V.CITIES[country]!),
          };
          answers[String(i + 1)] = rq
            .sample(V.ANSWERS, rq.int(1, 2))
            .map((a) => fill(a, slotsA, lang))
            .join(' ');
        }
      });
      put(
        'responses',
        `responses/${r.folder}/${r.key}-${country.toLowerCase()}.md`,
        file(
          {
            request: r.key,
            country,
            lang,
            answers,
            received: d(Math.min(addDays(r.sent, rq.int(5, 50)), LAST_DAY)),
          },
          '',
        ),
      );
    }
  }

  // --- groups and rapporteurs (§4.8) ---------------------------------------------------------
  const gr = rng.fork('groups');
  for (let i = 1; i <= size.groups; i++) {
    const kind = gr.chance(0.7) ? 'group' : 'rapporteur';
    const approach = gr.pick(V.APPROACHES);
    const group = gr.pick(V.GROUPS);
    const serial = String(i).padStart(3, '0');
    const established = weekday(dateBetween(gr, day('2020-06-01'), LAST_DAY));
    const members = kind === 'group' ? gr.sample(correspondents, gr.int(3, 8)).map((c) => c.key) : [];
    const rapporteurs = kind === 'group' ? [members[0]!] : [gr.pick(correspondents).key];
    const slots: Slots = { approach, group, serial, year: yearOf(established), n: gr.int(4, 10) };
    const item: Item = {
      collection: 'groups',
      key: `${kind}-${serial}-${approach.theme}`,
      folder: String(yearOf(established)),
      langs: [...LANGS],
      public: visibility(gr, LANGS, 0.2, 0),
      title: both((l) => fill(V.GROUP_TITLE[kind], slots, l)),
    };
    const mandate = gr.pick(V.MANDATES);
    const body = gr.sample(V.GROUP_BODY, 2);
    for (const lang of LANGS) {
      put(
        'groups',
        pathOf(item, lang),
        file(
          {
            title: item.title[lang],
            lang,
            translationKey: item.key,
            kind,
            mandate: fill(mandate, slots, lang),
            members,
            rapporteurs,
            themes: [approach.theme],
            established: d(established),
            ...publication(item.public[lang], addDays(established, 40)),
          },
          body.map((s) => fill(s, slots, lang)).join('\n\n'),
        ),
      );
    }
  }

  // --- practices: files ----------------------------------------------------------------------
  for (const p of practices) {
    const country = p.countries[0]!;
    const city = () => pr.pick(V.CITIES[pr.pick(p.countries)]!);
    const year = yearOf(p.submitted);
    const from = year - pr.int(0, 6);
    const themes = [...new Set([p.approach.theme, ...(pr.chance(0.6) ? [pr.pick(V.APPROACHES).theme] : [])])];
    const gcm = [...new Set(Array.from({ length: pr.int(1, 3) }, () => pr.int(1, 23)))].sort((a, b) => a - b);
    const submitters = correspondentsOf(country);
    const slot = (): Slots => ({
      prog: p.prog,
      approach: p.approach,
      group: p.group,
      actor: pr.pick(V.ACTORS),
      place: city(),
      year: pr.int(from, year),
      n: pr.int(3, 2400),
      p: pr.int(4, 92),
    });
    const context = pr.sample(V.CONTEXTS, pr.int(1, 2)).map((t) => [t, slot()] as const);
    const done = pr.sample(V.ACTIONS, pr.int(2, 4)).map((a) => [a, slot()] as const);
    const results = pr.sample(V.RESULTS, pr.int(1, 3)).map((r) => [r, slot()] as const);
    const further = [pr.pick(V.FURTHER), slot()] as const;
    const redacted = p.public.en || p.public.fr ? pr.chance(0.3) : pr.chance(0.05);
    const redaction = redacted ? ([pr.pick(V.REDACTED), slot()] as const) : undefined;
    const redactedLink = redacted && pr.chance(0.3) ? pr.pick(practices) : undefined;
    const seeAlso = pr.chance(0.35) ? pr.int(1, 3) : 0;
    const request = pr.chance(0.05) ? requests.find((r) => r.approach.theme === p.approach.theme) : undefined;
    const summary = [V.SUMMARY, slot()] as const;
    const period = { from, ...(pr.chance(0.4) ? { to: Math.min(yearOf(LAST_DAY), from + pr.int(1, 5)) } : {}) };
    const openIn = (l: Lang) => !!p.public[l];
    const dissemination = openIn('en') || openIn('fr') || pr.chance(0.2) ? 'public' : 'network';
    const decided = addDays(p.submitted, pr.int(20, 200));
    for (const lang of p.langs) {
      const h = (k: keyof typeof V.HEADINGS) => `## ${V.HEADINGS[k][lang]}`;
      const parts = [
        h('context'),
        context.map(([t, s]) => fill(t, s, lang)).join(' '),
        h('done'),
        fill(
          b2(
            '{prog} started in {year} with {approach} for {group}.',
            '{prog} a démarré en {year} avec {approach} pour les {group}.',
          ),
          done[0]![1],
          lang,
        ),
        done
          .map(
            ([a, s]) =>
              `- ${fill(V.IN_YEAR, { ...s, action: both((l) => fill(a, s, l).replace(/^./, (c) => c.toLowerCase())) }, lang)}`,
          )
          .join('\n'),
      ];
      if (redaction) {
        const inner = [fill(redaction[0], redaction[1], lang)];
        if (redactedLink)
          inner.push(
            `${lang === 'en' ? 'Compare' : 'Comparer avec'} ${linkTo(redactedLink, redactedLink.langs.includes(lang) ? lang : redactedLink.langs[0]!)}.`,
          );
        parts.push(`:::internal\n${inner.join(' ')}\n:::`);
      }
      parts.push(
        h('results'),
        results
          .map(([r, s]) =>
            fill(
              V.AFTERWARDS,
              { ...s, result: both((l) => fill(r, s, l).replace(/^./, (c) => c.toLowerCase())) },
              lang,
            ),
          )
          .join(' '),
        h('further'),
        fill(further[0], further[1], lang),
      );
      if (request && (!openIn(lang) || request.public[lang]))
        parts.push(
          `${lang === 'en' ? 'See also the answers to' : 'Voir aussi les réponses à la'} ${linkTo(request, request.langs.includes(lang) ? lang : request.langs[0]!)}.`,
        );
      if (seeAlso) {
        const links: string[] = [];
        for (let i = 0; i < seeAlso; i++) {
          const l = linkFor(pr, { public: openIn(lang), lang }, practices, publicPractices);
          if (l && !links.includes(l) && !l.includes(`/${p.key}.`)) links.push(l);
        }
        if (links.length) parts.push(h('see'), links.map((l) => `- ${l}`).join('\n'));
      }
      put(
        'practices',
        pathOf(p, lang),
        file(
          {
            title: p.title[lang],
            lang,
            translationKey: p.key,
            summary: fill(summary[0], summary[1], lang),
            country: p.countries.length === 1 ? country : p.countries,
            themes,
            gcm,
            submitted: d(p.submitted),
            period,
            submittedBy: submitters.length ? pr.pick(submitters).key : undefined,
            dissemination,
            ...publication(openIn(lang), decided),
          },
          parts.join('\n\n'),
        ),
      );
    }
  }
  return { files, counts };
}

function b2(en: string, fr: string): Both {
  return { en, fr };
}
