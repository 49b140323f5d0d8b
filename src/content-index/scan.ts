/**
 * Reads the whole content tree outside Astro (gray-matter), validates every file against the
 * shared schemas and checks references between entries. The Astro loaders use it to decide which
 * files to load at all; the scripts use it for checks and audits. One pass, no rendering.
 */
import { existsSync, readFileSync, readdirSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { deserialize, serialize } from 'node:v8';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { contentDir } from '../config/content-dir.ts';
import { env } from '../config/env.ts';
import { isoDay, today as todayFromEnv } from '../config/today.ts';
import { embargoedUntil, isPublic } from '../release/rule.ts';
import { recordPhase } from '../timings.ts';
import type { Problem } from '../checks/problem.ts';
import { COLLECTIONS, schemas, type CollectionName } from '../schema/index.ts';
import { STATE_CODES, THEME_IDS } from '../data/reference.ts';
import { didYouMean } from '../checks/suggest.ts';
import { OTHER_MARKDOWN, checkFileNames, strayFiles, unreadMarkdown } from './file-names.ts';
import { lineOfKey } from './frontmatter-lines.ts';
import { clearHistories } from './dates.ts';
import { resolveSubmitted, type Submitted } from './submitted.ts';

export interface IndexedEntry {
  collection: CollectionName;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Absolute path on disk. */
  path: string;
  /** Path relative to the collection folder (what Astro's glob loader sees). */
  entry: string;
  /** The key other entries reference: translationKey, else the file name without `.en`/`.fr`. */
  key: string;
  lang: 'en' | 'fr' | undefined;
  /** Astro id: `<lang>/<key>` for translatable entries, `<key>` otherwise. */
  id: string;
  data: Record<string, unknown>;
  body: string;
  /** The raw frontmatter text, to point messages at the right line. */
  frontmatter: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  /** Decided public and published as of the index's day (release/rule.ts). */
  public: boolean;
  /** Decided public from a day still to come: internal until then. */
  embargo?: Date | undefined;
  /** A good practice's submitted day, from its field or its file (submitted.ts); the same for every version. */
  submitted?: Submitted | undefined;
}

export interface ContentIndex {
  root: string;
  /** The content folder scanned. */
  contentDir: string;
  /** The day publication was judged on (YYYY-MM-DD): embargoes end on their `decided` day. */
  today: string;
  /** How many content files were read, valid or not. */
  files: number;
  entries: IndexedEntry[];
  problems: Problem[];
}

const CONTENT_FILE = /\.(md|mdx)$/;
const LANG_SUFFIX = /\.(en|fr)$/;

/**
 * The content files below `dir`; Markdown files with another extension go to `unread`, symbolic
 * links (to a file or a folder, inside the tree or not) to `links`: the build never follows one,
 * since it could bring any file of the machine, or an internal entry, into the public site.
 */
function walk(dir: string, unread: string[], links: string[]): string[] {
  let items: import('node:fs').Dirent[];
  try {
    items = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const item of items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = item.name;
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const full = join(dir, name);
    if (item.isSymbolicLink()) links.push(full);
    else if (item.isDirectory()) out.push(...walk(full, unread, links));
    else if (CONTENT_FILE.test(name)) out.push(full);
    else if (OTHER_MARKDOWN.test(name)) unread.push(full);
  }
  return out;
}

const posix = (p: string) => p.split(sep).join('/');

/**
 * YAML without its timestamp type: js-yaml turns an unquoted 2022-02-30 into 2 March without a
 * word, so dates stay strings here and the schemas refuse days that do not exist (fields.ts).
 */
const readYaml = (text: string) => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as object;

const NEW_ENTRY_HINT = 'start the file with its fields between two lines "---" (npm run new writes one for you)';

/**
 * Files that cannot be read as an entry at all: empty, not UTF-8 (Latin-1 or UTF-16, as some
 * editors save), or without the frontmatter block. Said once, instead of a list of "required" fields.
 */
function notReadable(raw: string, path: string): { message: string; hint: string } | undefined {
  // U+FFFD stands for bytes that are not UTF-8, unless the file really holds one.
  if (raw.includes('\uFFFD') && !isUtf8(readFileSync(path)))
    return {
      message: 'the file is not UTF-8 text: accented letters would show as �',
      hint: 'save it again as UTF-8 (in most editors: "Save with encoding", UTF-8)',
    };
  if (raw.trim() === '') return { message: 'the file is empty', hint: NEW_ENTRY_HINT };
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(raw))
    return { message: 'the file has no frontmatter: it must start with a line "---"', hint: NEW_ENTRY_HINT };
  return undefined;
}

/** An entry's key from its file's path: the file name without `.en`/`.fr` and extension. */
export function baseKey(entry: string): string {
  const name = entry.split('/').pop()!.replace(CONTENT_FILE, '');
  return name.replace(LANG_SUFFIX, '');
}

/** A folder as messages name it: relative to the project when inside it. */
const shownDir = (root: string, dir: string) => {
  const rel = posix(relative(root, dir));
  return rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
};

const contentHint = () =>
  env.content()
    ? `RELAIS_CONTENT is "${env.content()}": point it at a content tree, or unset it to use content/`
    : 'the content tree lives in content/, one folder per kind (practices, methods, outcomes…)';

/**
 * Scans `dir` (by default the project's content folder); file paths are relative to `root`.
 * `history` is the content folder whose git history dates the files, if not `dir` itself (a copy
 * of the folder as it was: submitted.ts).
 */
export function scanContent(
  root: string,
  dir = contentDir(root),
  opts: { today?: Date; history?: string } = {},
): ContentIndex {
  const day = opts.today ?? todayFromEnv();
  const entries: IndexedEntry[] = [];
  const problems: Problem[] = [];
  let files = 0;
  const error = (file: string, line: number, field: string, message: string, hint?: string) =>
    problems.push({ file, line, column: 1, field, message, hint, severity: 'error' });

  // A mistyped RELAIS_CONTENT (or a checkout without content) would otherwise build two empty
  // sites and the update would remove every published page.
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    error(shownDir(root, dir), 1, '', 'the content folder does not exist', contentHint());
    return { root, contentDir: dir, today: isoDay(day), files, entries, problems };
  }
  // The folder itself may be a link (RELAIS_CONTENT pointing at a checkout): what is inside may not.
  dir = realpathSync(dir);
  const unread: string[] = [];
  const links: string[] = [];
  // One walk of the whole folder: symbolic links count anywhere, entries only in a collection's folder.
  const found = walk(dir, unread, links);
  for (const collection of COLLECTIONS) {
    const folder = join(dir, collection);
    for (const full of found.filter((f) => f.startsWith(folder + sep))) {
      files++;
      const file = posix(relative(root, full));
      const entry = posix(relative(folder, full));
      const raw = readFileSync(full, 'utf8');
      const unreadable = notReadable(raw, full);
      if (unreadable) {
        error(file, 1, '', unreadable.message, unreadable.hint);
        continue;
      }
      let parsed: matter.GrayMatterFile<string>;
      try {
        // A fresh options object bypasses gray-matter's cache, which would keep every file in memory.
        parsed = matter(raw, { engines: { yaml: readYaml } });
      } catch (e) {
        const { mark, reason } = e as { mark?: { line?: number }; reason?: string };
        error(
          file,
          // The YAML text starts with the end of the opening "---" line: its line 0 is the file's line 1.
          (mark?.line ?? 0) + 1,
          '',
          `the frontmatter is not valid YAML: ${reason ?? (e as Error).message.split('\n')[0]}`,
          'check indentation, and put quotes around a value that holds ": " or starts with a special character',
        );
        continue;
      }
      const result = (schemas[collection] as z.ZodType).safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const field = issue.path.join('.');
          const top = String(issue.path[0] ?? '');
          const missing = issue.code === 'invalid_type' && parsed.data[top] === undefined;
          const value = issue.path.reduce<unknown>(
            (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
            parsed.data,
          );
          const options = 'values' in issue ? (issue.values as unknown[]).map(String) : undefined;
          error(
            file,
            top ? lineOfKey(parsed.matter, top) : 1,
            field,
            missing ? `${field} is required` : issue.message,
            joinHints(missing ? undefined : suggestionFor(field, value, options), hintFor(collection, field)),
          );
        }
        continue;
      }
      problems.push(...unknownFields(collection, file, parsed.data, parsed.matter));
      const data = result.data as Record<string, unknown>;
      const lang = (data.lang as 'en' | 'fr' | undefined) ?? undefined;
      const key = (data.translationKey as string | undefined) ?? baseKey(entry);
      const translatable = collection !== 'correspondents' && collection !== 'responses';
      const id = translatable ? `${lang}/${key}` : key;
      const bodyLine = raw.slice(0, raw.length - parsed.content.length).split('\n').length;
      entries.push({
        collection,
        file,
        path: full,
        entry,
        key,
        lang,
        id,
        data,
        body: parsed.content,
        frontmatter: parsed.matter,
        bodyLine,
        public: isPublic(collection, data, day),
        embargo: embargoedUntil(collection, data, day),
      });
    }
  }
  if (files === 0)
    error(
      shownDir(root, dir),
      1,
      '',
      `no content file (.md, .mdx) in any of its folders (${COLLECTIONS.join(', ')})`,
      contentHint(),
    );
  for (const link of links)
    error(
      posix(relative(root, link)),
      1,
      '',
      'this is a symbolic link: the build never follows one (it could bring any file of the machine into a site)',
      'put the file itself here, or remove the link',
    );
  problems.push(
    ...resolveSubmitted(entries, { dir, history: opts.history, shown: shownDir(root, dir) }),
    ...strayFiles(root, dir),
    ...unread.map((f) => unreadMarkdown(posix(relative(root, f)))),
    ...checkFileNames(entries),
    ...checkIdentity(entries),
    ...checkReferences(entries),
    ...checkConsistency(entries),
  );
  return { root, contentDir: dir, today: isoDay(day), files, entries, problems };
}

// A suggestion ends with a question mark, so the hints read as sentences joined by a space.
const joinHints = (...hints: (string | undefined)[]) => hints.filter(Boolean).join(' ') || undefined;

/** A near-miss suggestion for a value the schema refused: a code, a theme, an enum value. */
function suggestionFor(field: string, value: unknown, options: string[] | undefined): string | undefined {
  if (options) return didYouMean(value, options);
  const last =
    field
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? '';
  if (last === 'country' || last === 'requestedBy' || last === 'proposer')
    return didYouMean(value, [...STATE_CODES, 'SRSG']);
  if (last === 'themes') return didYouMean(value, THEME_IDS);
  if (last === 'lang') return didYouMean(value, ['en', 'fr']);
  return undefined;
}

const fieldsOf = new Map<CollectionName, string[]>();
function knownFields(collection: CollectionName): string[] {
  let known = fieldsOf.get(collection);
  if (!known) {
    known = Object.keys((schemas[collection] as unknown as { shape: Record<string, unknown> }).shape);
    fieldsOf.set(collection, known);
  }
  return known;
}

/** Fields a schema does not know are ignored by the site: usually a typo (visiblity: public). */
function unknownFields(
  collection: CollectionName,
  file: string,
  data: Record<string, unknown>,
  frontmatter: string,
): Problem[] {
  const known = knownFields(collection);
  return Object.keys(data)
    .filter((k) => !known.includes(k))
    .map((k) => ({
      file,
      line: lineOfKey(frontmatter, k),
      column: 1,
      field: k,
      message: `"${k}" is not a field of ${collection}; the site ignores it`,
      hint: joinHints(didYouMean(k, known), `the fields are listed in src/schema/${collection}.ts`),
      severity: 'warning' as const,
    }));
}

function hintFor(collection: CollectionName, field: string): string | undefined {
  if (field === 'visibility') return "write 'visibility: public' to publish, or leave the line out to keep it internal";
  if (field === 'decided') return 'add the date the network and the SRSG decided to publish, e.g. decided: 2025-03-14';
  if (field === 'summary')
    return 'one or two sentences shown in lists, feeds and search; public entries need one (§3.3)';
  if (field.startsWith('themes')) return 'use an id from src/data/themes.json, or add the theme there first';
  if (collection === 'correspondents' && field === 'country')
    return 'use the two-letter code of the designating member state, from src/data/member-states.json (§3.2)';
  if (field.startsWith('country') || field === 'requestedBy')
    return 'use the two-letter code from src/data/member-states.json';
  if (field === 'lang')
    return collection === 'requests' || collection === 'responses'
      ? 'requests and answers are written in English or French, the two official languages (§4.6)'
      : 'write lang: en or lang: fr';
  if (field.startsWith('questions')) return 'write the questions as a numbered list: questions: [“…”, “…”] (§4.6)';
  if (collection === 'correspondents' && field === 'email')
    return 'write the full address, e.g. name@example.org: members reach each other through the directory (§3.2)';
  return undefined;
}

function checkIdentity(entries: IndexedEntry[]): Problem[] {
  const seen = new Map<string, IndexedEntry>();
  const out: Problem[] = [];
  for (const e of entries) {
    const k = `${e.collection}/${e.id}`;
    const prior = seen.get(k);
    if (prior) {
      out.push({
        file: e.file,
        line: 1,
        column: 1,
        field: e.data.translationKey ? 'translationKey' : '',
        message: `same key "${e.key}"${e.lang ? ` and language "${e.lang}"` : ''} as ${prior.file}`,
        hint: 'give one of them another file name or translationKey; translations must differ in lang',
        severity: 'error',
      });
    } else seen.set(k, e);
  }
  return out;
}

/** Reference fields: which collection each one points into. */
export const REFERENCES: { from: CollectionName; field: string; to: CollectionName }[] = [
  { from: 'practices', field: 'submittedBy', to: 'correspondents' },
  { from: 'outcomes', field: 'meeting', to: 'meetings' },
  { from: 'responses', field: 'request', to: 'requests' },
  { from: 'groups', field: 'members', to: 'correspondents' },
  { from: 'groups', field: 'rapporteurs', to: 'correspondents' },
];

function checkReferences(entries: IndexedEntry[]): Problem[] {
  const keys = new Map<CollectionName, Set<string>>();
  for (const e of entries) {
    if (!keys.has(e.collection)) keys.set(e.collection, new Set());
    keys.get(e.collection)!.add(e.key);
  }
  const out: Problem[] = [];
  for (const e of entries) {
    for (const ref of REFERENCES.filter((r) => r.from === e.collection)) {
      const value = e.data[ref.field];
      const targets = Array.isArray(value) ? value : value === undefined ? [] : [value];
      for (const target of targets as string[]) {
        if (keys.get(ref.to)?.has(target)) continue;
        out.push({
          file: e.file,
          line: lineOfKey(e.frontmatter, ref.field),
          column: 1,
          field: ref.field,
          message: `"${target}" names no entry in ${ref.to}: expected content/${ref.to}/${target}${ref.to === 'correspondents' ? '' : '.<lang>'}.md (or an entry with translationKey: ${target})`,
          hint: joinHints(
            didYouMean(target, keys.get(ref.to) ?? []),
            `fix the spelling, or add the ${ref.to} entry first`,
          ),
          severity: 'error',
        });
      }
    }
  }
  return out;
}

/** The key whose place the meetings' calendar feed takes (src/pages/[lang]/meetings/calendar.ics.ts). */
export const MEETINGS_FEED_KEY = 'calendar';

/** A meeting's times and online link, which only make sense together (src/calendar/). */
function meetingProblems(e: IndexedEntry): Problem[] {
  const out: Problem[] = [];
  const d = e.data as {
    start: Date;
    end: Date;
    startTime?: string;
    endTime?: string;
    format: string;
    onlineLink?: string;
  };
  const at = (field: string, message: string, hint: string, severity: Problem['severity'] = 'error') =>
    out.push({ file: e.file, line: lineOfKey(e.frontmatter, field), column: 1, field, message, hint, severity });
  if (e.key === MEETINGS_FEED_KEY)
    at(
      'translationKey',
      `the key "${MEETINGS_FEED_KEY}" is taken by the meetings’ calendar (/${e.lang ?? 'en'}/meetings/${MEETINGS_FEED_KEY}.ics)`,
      `rename the file, e.g. ${MEETINGS_FEED_KEY}-${isoDayOf(d.start).slice(0, 7)}.${e.lang ?? 'en'}.md`,
    );
  const [given, missing] = d.startTime && !d.endTime ? ['startTime', 'endTime'] : ['endTime', 'startTime'];
  if (Boolean(d.startTime) !== Boolean(d.endTime))
    at(
      given,
      `${given} is given without ${missing}`,
      'give both, the venue’s times, or neither: without them calendars show whole days',
    );
  else if (d.startTime && d.endTime && d.start.getTime() === d.end.getTime() && d.endTime <= d.startTime)
    at(
      'endTime',
      `the meeting closes at ${d.endTime}, before it opens at ${d.startTime} on the same day`,
      'check startTime and endTime',
    );
  if (d.onlineLink && d.format === 'in-person')
    at(
      'onlineLink',
      'an in-person meeting has an online link',
      'set format: hybrid (or online), or remove onlineLink',
      'warning',
    );
  return out;
}

const isoDayOf = (d: Date) => d.toISOString().slice(0, 10);

/** Rules inside or across entries that a schema alone cannot express. */
function checkConsistency(entries: IndexedEntry[]): Problem[] {
  const out: Problem[] = [];
  const problem = (e: IndexedEntry, field: string, message: string, hint: string) =>
    out.push({
      file: e.file,
      line: lineOfKey(e.frontmatter, field.split('.')[0]!),
      column: 1,
      field,
      message,
      hint,
      severity: 'error',
    });
  // Translations agree on publication: a language left internal beside a public twin is usually
  // an oversight, but each language may decide for itself (README), so this is a warning.
  const twins = new Map<string, IndexedEntry[]>();
  for (const e of entries.filter((x) => x.lang && x.collection !== 'responses')) {
    const k = `${e.collection}/${e.key}`;
    twins.set(k, [...(twins.get(k) ?? []), e]);
  }
  for (const group of twins.values()) {
    const published = group.filter((e) => e.public);
    if (published.length === 0 || published.length === group.length) continue;
    for (const e of group.filter((x) => !x.public)) {
      out.push({
        file: e.file,
        line: lineOfKey(e.frontmatter, 'visibility'),
        column: 1,
        field: 'visibility',
        message: `this ${e.lang} version is internal while its translation ${published.map((p) => p.file).join(', ')} is public`,
        hint: 'publish it too (visibility: public, decided: …) unless this language should stay internal (§3.3)',
        severity: 'warning',
      });
    }
  }
  const questionsOf = new Map<string, number>();
  const sentOf = new Map<string, Date>();
  for (const e of entries.filter((x) => x.collection === 'requests')) {
    const n = (e.data.questions as string[]).length;
    const prior = questionsOf.get(e.key);
    if (prior !== undefined && prior !== n) {
      problem(
        e,
        'questions',
        `has ${n} questions but its translation has ${prior}`,
        'translations must number the same questions (§4.6)',
      );
    }
    questionsOf.set(e.key, Math.max(prior ?? 0, n));
    // The earliest of the translations' dates (they normally agree).
    const sent = e.data.sent as Date;
    const sentBefore = sentOf.get(e.key);
    if (!sentBefore || sent < sentBefore) sentOf.set(e.key, sent);
  }
  for (const e of entries) {
    const d = e.data as {
      start?: Date;
      end?: Date;
      deadline?: Date;
      sent?: Date;
      request?: string;
      answers?: Record<string, string>;
      period?: { from: number; to?: number };
      received?: Date;
      country?: string;
    };
    if (d.start && d.end && d.end < d.start) problem(e, 'end', 'ends before it starts', 'check start and end');
    if (e.collection === 'meetings') out.push(...meetingProblems(e));
    if (d.period?.to !== undefined && d.period.to < d.period.from)
      problem(
        e,
        'period',
        `the period ends (${d.period.to}) before it starts (${d.period.from})`,
        'check period.from and period.to',
      );
    if (e.collection === 'responses' && d.request && d.received) {
      const sent = sentOf.get(d.request);
      if (sent && d.received < sent)
        problem(
          e,
          'received',
          'the answer is dated before the request was sent',
          'check received, and which request it answers',
        );
    }
    if (e.collection === 'responses' && typeof d.country === 'string') {
      // The scaffold names an answer <request>-<state>.md: a copied file keeps the other state's code.
      const named = /-([a-z]{2})$/.exec(e.entry.replace(/\.mdx?$/, ''))?.[1];
      if (named && STATE_CODES.includes(named.toUpperCase()) && named.toUpperCase() !== d.country)
        problem(
          e,
          'country',
          `the file name says ${named.toUpperCase()} but country is ${d.country}`,
          'correct country, or rename the file after the state that answered',
        );
    }
    if (d.sent && d.deadline && d.deadline < d.sent)
      problem(e, 'deadline', 'the deadline is before the date sent', 'check sent and deadline');
    if (e.public && typeof e.data.summary === 'string' && e.data.summary.trim() === '')
      problem(
        e,
        'summary',
        'a public entry needs a summary',
        'one or two sentences for lists, feeds and search (§3.3)',
      );
    if (e.collection === 'responses' && d.answers && Object.keys(d.answers).length === 0)
      problem(e, 'answers', 'a response answers no question', 'answer by question number: answers: { 1: "…" } (§4.6)');
    if (e.collection === 'responses' && d.request && d.answers) {
      const count = questionsOf.get(d.request);
      if (count === undefined) continue; // a dangling request is reported by checkReferences
      for (const n of Object.keys(d.answers)) {
        if (Number(n) > count) {
          problem(
            e,
            `answers.${n}`,
            `answers question ${n}, but request "${d.request}" has ${count} question${count === 1 ? '' : 's'}`,
            'answer by the numbers of the request’s questions (§4.6)',
          );
        }
      }
    }
  }
  return out;
}

/**
 * Kept on globalThis: in an Astro build the config (Markdown plugin) and the content loaders load
 * this module twice, in separate module graphs, and would each scan the tree.
 */
const cache: Map<string, ContentIndex> = ((
  globalThis as { __relaisContentIndex?: Map<string, ContentIndex> }
).__relaisContentIndex ??= new Map());

/** How long a process waits for the index the build's validation is still making. */
const INDEX_WAIT_MS = 10 * 60_000;

/**
 * The build script starts its Astro processes while the content is still being validated, so
 * their start-up overlaps the validation: the index they read may not be written yet. (When the
 * validation fails, the build script stops them.)
 */
export function whenWritten(file: string): void {
  const deadline = Date.now() + INDEX_WAIT_MS;
  const nap = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the content index ${file} was not written within ten minutes`);
    Atomics.wait(nap, 0, 0, 25);
  }
}

/**
 * The index of a content tree, scanned once per process. A process started by the build script
 * reads the index the script has the validation make (RELAIS_CONTENT_INDEX, see saveContentIndex)
 * instead of scanning again: on 10,000 entries a scan takes seconds, a read a tenth of that.
 */
export function contentIndex(projectRoot: string, dir = contentDir(projectRoot)): ContentIndex {
  const root = resolve(projectRoot); // one key whether or not the path ends with a slash
  const key = `${root}\0${resolve(dir)}`;
  let index = cache.get(key);
  if (!index) {
    const started = performance.now();
    const saved = env.contentIndex();
    if (saved) {
      whenWritten(saved);
      const loaded = deserialize(readFileSync(saved)) as ContentIndex;
      if (resolve(loaded.root) === root && loaded.contentDir === realpathSync(dir)) index = loaded;
    }
    const phase = index ? 'content-index-read' : 'content-scan';
    index ??= scanContent(root, dir);
    recordPhase(phase, performance.now() - started, { site: env.site() ?? 'script' });
    cache.set(key, index);
  }
  return index;
}

/** The index the build's validation wrote (saveContentIndex), read without waiting. */
export const readContentIndex = (file: string): ContentIndex => deserialize(readFileSync(file)) as ContentIndex;

/** Writes an index for the processes the build script starts next (read back by contentIndex). */
export function saveContentIndex(index: ContentIndex, file: string): void {
  // Whole or not at all: the other processes may be waiting for it (whenWritten).
  writeFileSync(`${file}.writing`, serialize(index));
  renameSync(`${file}.writing`, file);
}

/** Forgets the indexes made, and the git histories that dated them (a preview, after an edit or a commit). */
export function clearContentIndex(): void {
  cache.clear();
  clearHistories();
}
