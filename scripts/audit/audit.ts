/**
 * The second line of defence: scans every file of a built public site for internal content. Three
 * nets, all from the content index (everything) against the public tree (what may be public):
 * - fingerprints: titles, keys, names, e-mails, phones and runs of six words of internal text that
 *   no public text has; files only internal entries use;
 * - words that only internal content uses (vocabulary.ts): a one-word title, a short note;
 * - links to the site itself that lead to no file of it (links.ts): a link the projection missed.
 */
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { site } from '../../src/config/site.ts';
import { baseKey, contentIndex, readContentIndex, type IndexedEntry } from '../../src/content-index/scan.ts';
import { GCM_OBJECTIVES, STATES, THEMES, stateSearchNames } from '../../src/data/reference.ts';
import { UI } from '../../src/i18n/ui.ts';
import { bodyFacts } from '../../src/release/body.ts';
import { internalFields } from '../../src/release/fields.ts';
import { projectTree } from '../../src/release/project.ts';
import { readTree } from '../../src/release/tree.ts';
import { siteDirs } from '../../src/site/settings.ts';
import { recordPhase } from '../../src/timings.ts';
import { Numbering, type Batch, type Dangling } from './files.ts';
import { internalOnlyWords, meaningless, publicVocabulary, strings, type TreeEntry } from './vocabulary.ts';
import { words } from './words.ts';

export interface Finding {
  file: string;
  what: string;
  match: string;
}

/** Words in a fingerprint sequence: long enough to be distinctive, short enough to catch excerpts. */
const SHINGLE = 6;

/**
 * Pagefind stores an entry's text as one run: each language version's title, summary and body,
 * then the names of its states (scripts/build/search/indexing-copy.ts), where the HTML has tags
 * between them. The word sequences across those seams are public text too, or the audit would
 * flag a public title followed by a public sentence that an internal entry happens to share (an
 * English version's last "see also" title, then the French version's title).
 */
function seams(parts: string[][], into: string[][]) {
  for (let i = 0; i < parts.length; i++)
    for (let j = 0; j < parts.length; j++)
      if (i !== j) into.push([...parts[i]!.slice(1 - SHINGLE), ...parts[j]!.slice(0, SHINGLE - 1)]);
}

/** The runs of words of one version as Pagefind joins them: title, summary, body. */
function versionParts(data: Record<string, unknown>, body: string[]): string[][] {
  const fields = [data['title'], data['summary']].filter((x): x is string => typeof x === 'string');
  return [...fields.map(words), body];
}

/** Which entry a version of the tree belongs to: its collection and key, as the content index names it. */
function recordKey(e: { path: string; data: Record<string, unknown> }): string {
  const key = typeof e.data['translationKey'] === 'string' ? e.data['translationKey'] : baseKey(e.path);
  return `${e.path.split('/')[0]}/${key}`;
}

/** The names of the states an entry's version is about, as its search record adds them. */
function stateNames(data: Record<string, unknown>): string[][] {
  const codes = [data['country'], data['countries'], data['requestedBy']].flatMap((c) => (Array.isArray(c) ? c : [c]));
  return codes.filter((c): c is string => typeof c === 'string').map((c) => words(stateSearchNames(c).join('. ')));
}

/** Where a window of internal text starts: its text's number × AT + its first word's position. */
const AT = 0x100000;

/** The places a window hash stands for (usually one). */
const places = (known: number | number[]): number[] => (typeof known === 'number' ? [known] : known);

/**
 * Word numbers of `tokens` (-1 for words not in `vocabulary`), and how many known words run from
 * each position: only a window of 6 known words can be internal text.
 */
function numbered(tokens: string[], vocabulary: Map<string, number>) {
  const ids = new Int32Array(tokens.length);
  const run = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) ids[i] = vocabulary.get(tokens[i]!) ?? -1;
  for (let i = tokens.length - 1; i >= 0; i--) run[i] = ids[i]! < 0 ? 0 : run[i + 1]! + 1;
  return { ids, run };
}

/** Whether the window of internal text at `at` holds the same words as `tokens` from `from`. */
function sameWindow(texts: string[][], at: number, tokens: ArrayLike<string>, from: number): boolean {
  const text = texts[Math.floor(at / AT)]!;
  const start = at % AT;
  for (let k = 0; k < SHINGLE; k++) if (text[start + k] !== tokens[from + k]) return false;
  return true;
}

export interface Fingerprints {
  /** Short exact phrases (titles, names, keys, e-mails, phones) as word sequences, by their first two words. */
  needles: Map<string, { tokens: string[]; what: string }[]>;
  /** Internal texts as words: the windows below point into them. */
  texts: string[][];
  /**
   * 6-word windows of internal text that no public text contains, by the hash of their word
   * numbers: where one such window is (or, when different windows share a hash, each of them).
   */
  windows: Map<number, number | number[]>;
  /** The words of those windows, numbered: a window with another word cannot match. */
  vocabulary: Map<string, number>;
  /** First words of the needles: most words start none, and need no two-word lookup. */
  needleStarts: Set<string>;
  /** File names (without extension) of images and attachments only internal text uses. */
  assets: Map<string, string>;
}

/**
 * A public body's words as its page runs them: a link's or a tag's address is not between the
 * words around it (it is in an attribute), so it is set apart, as public text of its own.
 */
function asShown(body: string): { text: string; addresses: string[] } {
  const addresses: string[] = [];
  const text = body
    .replace(/\]\(([^)\n]*)\)/g, (_, url: string) => {
      addresses.push(url);
      return '] ';
    })
    .replace(/<[^>\n]*>/g, (tag) => {
      addresses.push(tag);
      return ' ';
    });
  return { text, addresses };
}

/**
 * The sites' own addresses (https://relais.example.org…) are public whatever follows them: every
 * page names itself with one. Left in internal text, they would make windows of six words that
 * any canonical link matches.
 */
const OWN_ORIGINS = new RegExp(
  Object.values(site.urls)
    .map((u) => new URL(u).host.replace(/[.]/g, '\\.'))
    .map((h) => `(?:https?:)?//${h}`)
    .join('|'),
  'gi',
);
const withoutOrigins = (s: string) => s.replace(OWN_ORIGINS, ' ');

/** The public tree as the audit reads it: its entries, and the other files it holds. */
export interface AuditTree {
  entries: TreeEntry[];
  files: string[];
}

/** A file's name without folder and extension: how an image or attachment is recognised in the output. */
const stemOf = (path: string) => path.split('/').pop()!.split('.')[0]!;

export function fingerprints(entries: IndexedEntry[], tree: AuditTree): Fingerprints {
  const publicText: string[][] = [];
  const publicPhrases = new Set<string>();
  const publicKeys = new Set(entries.filter((e) => e.public).map((e) => `${e.collection}/${e.key}`));
  const needles = new Map<string, { tokens: string[]; what: string }[]>();
  const internalText: string[][] = [];
  const assets = new Map<string, string>();
  const addNeedle = (phrase: string, what: string) => {
    const tokens = words(phrase);
    const joined = tokens.join(' ');
    if (tokens.length < 2 || joined.length < 8 || publicPhrases.has(joined)) return;
    const first = `${tokens[0]} ${tokens[1]}`;
    const list = needles.get(first) ?? [];
    if (!list.some((n) => n.tokens.join(' ') === joined)) list.push({ tokens, what });
    needles.set(first, list);
  };
  const facts = (e: IndexedEntry) => bodyFacts(e.body, { mdx: e.path.endsWith('.mdx'), firstLine: e.bodyLine });

  // What public pages may say: the interface, reference data, and the public tree.
  for (const s of strings([UI, site, STATES, GCM_OBJECTIVES, THEMES])) {
    const w = words(s);
    publicText.push(w);
    publicPhrases.add(w.join(' '));
  }
  // The parts of each entry's search record, its language versions together.
  const record = new Map<string, string[][]>();
  for (const e of tree.entries) {
    for (const s of strings(e.data)) {
      const w = words(s);
      publicText.push(w);
      publicPhrases.add(w.join(' '));
    }
    // As a page runs its words: addresses and tags apart.
    const { text, addresses } = asShown(e.body);
    const body = words(text);
    publicText.push(body, ...addresses.map(words));
    const key = recordKey(e);
    record.set(key, [...(record.get(key) ?? []), ...versionParts(e.data, body), ...stateNames(e.data)]);
  }
  for (const parts of record.values()) seams(parts, publicText);
  // What must not: internal entries whole; of a public entry, what its public version leaves out
  // (its redacted passages and comments, its fields internal by nature).
  for (const e of entries) {
    const d = e.data as Record<string, unknown>;
    const f = facts(e);
    for (const a of f.assets) if (!assets.has(a.name)) assets.set(a.name, `asset of ${e.file}`);
    if (e.public) {
      for (const c of f.cuts) {
        const shown = asShown(withoutOrigins(e.body.slice(c.from, c.to)));
        internalText.push(words(shown.text), ...shown.addresses.map(words));
      }
      for (const field of internalFields(e.collection)) for (const s of strings(d[field])) internalText.push(words(s));
      // A short redacted passage is too short for a window of six words: each is a phrase to find.
      for (const r of f.redactions)
        if (words(r.text).length < SHINGLE) addNeedle(r.text, `redacted passage of ${e.file}`);
      continue;
    }
    for (const s of strings(d)) internalText.push(words(withoutOrigins(s)));
    // Words as a page would run them, addresses and tags apart: a raw <a href="…"> in an internal
    // body must not make windows that a public page's rendered Markdown link also makes.
    const shown = asShown(withoutOrigins(e.body));
    internalText.push(words(shown.text), ...shown.addresses.map(words));
    if (typeof d.title === 'string') addNeedle(d.title, `title of ${e.file}`);
    if (!publicKeys.has(`${e.collection}/${e.key}`) && e.key.includes('-')) addNeedle(e.key, `key of ${e.file}`);
    if (e.collection === 'correspondents') {
      for (const field of ['name', 'email', 'phone'] as const)
        if (typeof d[field] === 'string') addNeedle(d[field], `${field} of ${e.file}`);
    }
  }
  for (const f of tree.files) assets.delete(stemOf(f));
  const { texts, windows, vocabulary } = internalWindows(internalText, publicText);
  const needleStarts = new Set([...needles.keys()].map((k) => k.slice(0, k.indexOf(' '))));
  return { needles, texts, windows, assets, vocabulary, needleStarts };
}

/**
 * The 6-word windows of internal text, minus those public text also has. Words are numbered once
 * and windows hashed from the numbers; the words themselves are compared only when hashes meet,
 * so no window is ever built as a string.
 */
function internalWindows(internal: string[][], open: string[][]) {
  const texts: string[][] = [];
  const windows = new Map<number, number | number[]>();
  const vocabulary = new Map<string, number>();
  for (const whole of internal) {
    // Positions must fit below AT: a longer text is cut into overlapping parts.
    for (let from = 0; from + SHINGLE <= whole.length; from += AT - SHINGLE) {
      const tokens = whole.length <= AT ? whole : whole.slice(from, from + AT);
      const t = texts.push(tokens) - 1;
      const ids = new Int32Array(tokens.length);
      for (let i = 0; i < tokens.length; i++) {
        let id = vocabulary.get(tokens[i]!);
        if (id === undefined) vocabulary.set(tokens[i]!, (id = vocabulary.size));
        ids[i] = id;
      }
      for (let i = 0; i + SHINGLE <= tokens.length; i++) {
        const h = windowHash(ids, i);
        const known = windows.get(h);
        const at = t * AT + i;
        if (known === undefined) windows.set(h, at);
        else if (typeof known === 'number') {
          if (!sameWindow(texts, known, tokens, i)) windows.set(h, [known, at]);
        } else if (!known.some((k) => sameWindow(texts, k, tokens, i))) known.push(at);
      }
      if (whole.length <= AT) break;
    }
  }
  for (const tokens of open) {
    if (tokens.length < SHINGLE) continue;
    const { ids, run } = numbered(tokens, vocabulary);
    for (let i = 0; i + SHINGLE <= tokens.length; i++) {
      if (run[i]! < SHINGLE) continue;
      const h = windowHash(ids, i);
      const known = windows.get(h);
      if (known === undefined) continue;
      const left = places(known).filter((k) => !sameWindow(texts, k, tokens, i));
      if (left.length === 0) windows.delete(h);
      else windows.set(h, left.length === 1 ? left[0]! : left);
    }
  }
  // Only words of the windows left may count as known: the scan's early way out.
  const live = new Map<string, number>();
  for (const known of windows.values())
    for (const at of places(known)) {
      const text = texts[Math.floor(at / AT)]!;
      for (let k = at % AT; k < (at % AT) + SHINGLE; k++) live.set(text[k]!, vocabulary.get(text[k]!)!);
    }
  return { texts, windows, vocabulary: live };
}

/** A 53-bit hash of SHINGLE word numbers starting at `from` (two 32-bit multiplicative hashes). */
function windowHash(ids: ArrayLike<number>, from: number): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let k = from; k < from + SHINGLE; k++) {
    a = Math.imul(a ^ ids[k]!, 0x01000193);
    b = Math.imul(b ^ ids[k]!, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

type Hit = { what: string; match: string };

/**
 * Looks for the fingerprints in numbered words (scripts/audit/files.ts): the reader numbers
 * every word it meets, and the matcher learns those numbers' words as they arrive.
 */
class Matcher {
  /** Words by their number. */
  private readonly dict: string[] = [];
  /** The vocabulary number of each word (-1 when no window holds it). */
  private known = new Int32Array(1 << 16);
  /** 1 for words that start a needle. */
  private starts = new Uint8Array(1 << 16);
  private ids = new Int32Array(0);
  private run = new Int32Array(1);

  /** 1 for words only internal content uses (vocabulary.ts). */
  private secret = new Uint8Array(1 << 16);

  private readonly fp: Fingerprints;
  private readonly internalOnly: ReadonlyMap<string, string>;

  constructor(fp: Fingerprints, internalOnly: ReadonlyMap<string, string> = new Map()) {
    this.fp = fp;
    this.internalOnly = internalOnly;
  }

  /** The word a number stands for. */
  wordOf(n: number): string {
    return this.dict[n]!;
  }

  /** The numbers of the words only internal content uses, in these numbered words. */
  secretWords(words: Int32Array): number[] {
    const out: number[] = [];
    for (let i = 0; i < words.length; i++) if (this.secret[words[i]!]) out.push(words[i]!);
    return out;
  }

  learn(words: string[]): void {
    const size = this.dict.length + words.length;
    if (size > this.known.length) {
      const capacity = Math.max(size, this.known.length * 2);
      const known = new Int32Array(capacity);
      known.set(this.known);
      this.known = known;
      const starts = new Uint8Array(capacity);
      starts.set(this.starts);
      this.starts = starts;
      const secret = new Uint8Array(capacity);
      secret.set(this.secret);
      this.secret = secret;
    }
    for (const w of words) {
      const n = this.dict.push(w) - 1;
      this.known[n] = this.fp.vocabulary.get(w) ?? -1;
      this.starts[n] = this.fp.needleStarts.has(w) ? 1 : 0;
      this.secret[n] = this.internalOnly.has(w) ? 1 : 0;
    }
  }

  /** The first fingerprint found in a file's numbered words, if any. */
  scan(words: Int32Array): Hit | undefined {
    const { dict, fp } = this;
    const n = words.length;
    if (this.ids.length < n) {
      this.ids = new Int32Array(n * 2);
      this.run = new Int32Array(n * 2 + 1);
    }
    // A 6-word window is looked up only when all its words occur in internal text, by hash first,
    // then word by word.
    const { ids, run } = this;
    for (let i = 0; i < n; i++) ids[i] = this.known[words[i]!]!;
    run[n] = 0;
    for (let i = n - 1; i >= 0; i--) run[i] = ids[i]! < 0 ? 0 : run[i + 1]! + 1;
    const word = (i: number) => (i < n ? dict[words[i]!] : undefined);
    for (let i = 0; i < n; i++) {
      if (this.starts[words[i]!] && i + 1 < n) {
        const candidates = fp.needles.get(`${word(i)} ${word(i + 1)}`);
        if (candidates)
          for (const c of candidates)
            if (c.tokens.every((t, j) => word(i + j) === t)) return { what: c.what, match: c.tokens.join(' ') };
      }
      if (run[i]! >= SHINGLE) {
        const at = fp.windows.get(windowHash(ids, i));
        if (at !== undefined) {
          const tokens = Array.from({ length: SHINGLE }, (_, k) => word(i + k)!);
          if (places(at).some((k) => sameWindow(fp.texts, k, tokens, 0)))
            return { what: 'internal text', match: tokens.join(' ') };
        }
      }
    }
    return undefined;
  }
}

/** The first fingerprint found in a text (the audit reads files through a reader thread instead). */
export function scanFile(text: string, fp: Fingerprints): Hit | undefined {
  const numbering = new Numbering();
  const ids = Int32Array.from(words(text), (t) => numbering.number(t));
  const matcher = new Matcher(fp);
  matcher.learn(numbering.take());
  return matcher.scan(ids);
}

/** Files a static site never needs and that have leaked elsewhere: source maps, build manifests, dotfiles. */
const FORBIDDEN = [/\.map$/, /(^|\/)manifest[^/]*\.json$/, /(^|\/)\.[^/]+/];

/**
 * The site's files, read and numbered by a thread of their own (scripts/audit/reader.ts);
 * `dangling` hears of the links that lead nowhere once every file is read.
 */
async function* readInThread(dir: string, dangling: (found: Dangling[]) => void): AsyncGenerator<Batch> {
  const worker = new Worker(new URL('./reader.ts', import.meta.url), { workerData: { dir } });
  const queue: (Batch | null | Error)[] = [];
  let wake: (() => void) | undefined;
  const push = (item: Batch | null | Error) => {
    queue.push(item);
    wake?.();
  };
  worker.on('message', (b: Batch | { dangling: Dangling[] } | null) => {
    if (b && 'dangling' in b) dangling(b.dangling);
    else push(b);
  });
  worker.on('error', (e) => push(e instanceof Error ? e : new Error(String(e))));
  worker.on('exit', (code) => push(code === 0 ? null : new Error(`the audit's reader stopped (exit code ${code})`)));
  try {
    for (;;) {
      if (queue.length === 0) await new Promise<void>((r) => (wake = r));
      const item = queue.shift()!;
      if (item === null) return;
      if (item instanceof Error) throw item;
      yield item;
    }
  } finally {
    await worker.terminate();
  }
}

/** Files whose words are code, not content: a script or a style sheet says no more than the code that made it. */
const CODE = /\.(m?js|css)$/i;
/** Files whose words are content (pages, feeds, the search index's records): read for words only internal text uses. */
const TEXT = /\.(html?|xml|json|txt|pf_fragment|webmanifest)$/i;

export interface AuditOptions {
  /** The public tree the site was built from; without it, the tree is projected from the content again. */
  tree?: string | undefined;
  /** The content index the build's validation wrote; without it, the content is scanned. */
  index?: string | undefined;
}

/** The public tree the audit compares the site with: the written one, or projected afresh. */
function treeFor(root: string, entries: ReturnType<typeof contentIndex>, dir: string | undefined): AuditTree {
  if (dir) return readTree(dir);
  const tree = projectTree(entries, { treeDir: siteDirs(root, 'public').tree });
  return {
    entries: tree.entries.map((e) => ({ path: e.path, data: e.data, body: e.body })),
    files: [...tree.assets.keys()],
  };
}

/** Scans every file below `dir`; returns one finding per file that holds internal content. */
export async function auditSite(dir: string, root: string, opts: AuditOptions = {}): Promise<Finding[]> {
  const started = performance.now();
  let dangling: Dangling[] = [];
  // The reader starts first: it reads the files while this thread makes the fingerprints.
  const batches = readInThread(dir, (found) => (dangling = found));
  const first = batches.next();
  let fp: Fingerprints;
  let internalOnly: Map<string, string>;
  try {
    const index = opts.index ? readContentIndex(opts.index) : contentIndex(root);
    const tree = treeFor(root, index, opts.tree);
    fp = fingerprints(index.entries, tree);
    internalOnly = internalOnlyWords(index.entries, publicVocabulary(tree.entries, root));
  } catch (e) {
    // Stops the reader rather than leaving it to read the whole site before the process can end.
    await batches.return(undefined);
    throw e;
  }
  recordPhase('audit-fingerprints', performance.now() - started, { site: 'public' });
  const scanStarted = performance.now();
  const matcher = new Matcher(fp, internalOnly);
  const findings: Finding[] = [];
  const hits: (Hit | undefined)[] = [];
  // Words only internal content uses, by file (and for each copy of it), judged once every script has been read.
  const secrets: (number[] | undefined)[] = [];
  const suspects: { rel: string; words: number[] }[] = [];
  const codeWords = new Set<number>();
  const shown = (rel: string) => {
    const file = join(dir, rel);
    const r = relative(process.cwd(), file);
    return r.startsWith('..') ? file : r;
  };
  let next = await first;
  for (; !next.done; next = await batches.next()) {
    const batch = next.value;
    matcher.learn(batch.words);
    for (const f of batch.files) {
      // A finding in a file is reported for every copy of it.
      const numbered = batch.ids.subarray(f.start, f.end);
      const hit = f.same !== undefined ? hits[f.same] : matcher.scan(numbered);
      hits.push(hit);
      const secret = f.same !== undefined ? secrets[f.same] : matcher.secretWords(numbered);
      secrets.push(secret);
      const forbidden = FORBIDDEN.find((re) => re.test(f.rel));
      if (forbidden) {
        findings.push({ file: shown(f.rel), what: 'file that must not be published', match: f.rel });
        continue;
      }
      const stem = f.rel.split('/').pop()!.split('.')[0]!;
      const asset = fp.assets.get(stem);
      if (asset) findings.push({ file: shown(f.rel), what: asset, match: stem });
      else if (hit) findings.push({ file: shown(f.rel), ...hit });
      else if (CODE.test(f.rel)) for (const n of numbered) codeWords.add(n);
      else if (TEXT.test(f.rel) && secret?.length) suspects.push({ rel: f.rel, words: secret });
    }
  }
  for (const s of suspects) {
    const n = s.words.find((w) => !codeWords.has(w));
    if (n === undefined) continue;
    const word = matcher.wordOf(n);
    if (meaningless(word)) continue;
    findings.push({
      file: shown(s.rel),
      what: `a word only internal content uses (${internalOnly.get(word)})`,
      match: word,
    });
  }
  for (const d of dangling)
    findings.push({
      file: shown(d.file),
      what: 'a link to a page or file the public site does not have',
      match: d.address,
    });
  recordPhase('audit-scan', performance.now() - scanStarted, { site: 'public' });
  return findings;
}
