/**
 * The second line of defence: scans every file of a built public site for fingerprints of
 * internal content. Fingerprints come from the content index (titles, keys, names, e-mails,
 * phones, and 8-word sequences of internal text) minus anything that public entries also say.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { contentIndex, type IndexedEntry } from '../../src/lib/content-index.ts';

export interface Finding {
  file: string;
  what: string;
  match: string;
}

const SHINGLE = 8;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text as words: entities and escapes decoded, lower-cased, split on anything not a letter or digit. */
export function words(text: string): string[] {
  const decoded = text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n: string) => ENTITIES[n.toLowerCase()] ?? m)
    .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return decoded
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

function shingles(tokens: string[], into: Set<string>) {
  if (tokens.length < SHINGLE) {
    if (tokens.length >= 5) into.add(tokens.join(' '));
    return;
  }
  for (let i = 0; i + SHINGLE <= tokens.length; i++) into.add(tokens.slice(i, i + SHINGLE).join(' '));
}

export interface Fingerprints {
  /** Short exact phrases (titles, names, keys, e-mails, phones) as word sequences. */
  needles: Map<string, { tokens: string[]; what: string }[]>;
  /** 8-word sequences of internal text that no public entry contains. */
  shingles: Set<string>;
}

export function fingerprints(entries: IndexedEntry[]): Fingerprints {
  const publicText = new Set<string>();
  const publicPhrases = new Set<string>();
  const publicKeys = new Set<string>();
  for (const e of entries.filter((x) => x.public)) {
    for (const s of [...strings(e.data), e.body]) shingles(words(s), publicText);
    for (const s of strings(e.data)) publicPhrases.add(words(s).join(' '));
    publicKeys.add(`${e.collection}/${e.key}`);
  }
  const needles = new Map<string, { tokens: string[]; what: string }[]>();
  const addNeedle = (phrase: string, what: string) => {
    const tokens = words(phrase);
    const joined = tokens.join(' ');
    if (tokens.length < 2 || joined.length < 8 || publicPhrases.has(joined)) return;
    const list = needles.get(tokens[0]!) ?? [];
    if (!list.some((n) => n.tokens.join(' ') === joined)) list.push({ tokens, what });
    needles.set(tokens[0]!, list);
  };
  const internalText = new Set<string>();
  for (const e of entries.filter((x) => !x.public)) {
    const d = e.data as Record<string, unknown>;
    if (typeof d.title === 'string') addNeedle(d.title, `title of ${e.file}`);
    if (!publicKeys.has(`${e.collection}/${e.key}`) && e.key.includes('-')) addNeedle(e.key, `key of ${e.file}`);
    if (e.collection === 'correspondents') {
      for (const f of ['name', 'email', 'phone'] as const)
        if (typeof d[f] === 'string') addNeedle(d[f], `${f} of ${e.file}`);
    }
    for (const s of [...strings(d), e.body]) shingles(words(s), internalText);
  }
  for (const s of publicText) internalText.delete(s);
  return { needles, shingles: internalText };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** A file's text; gzip files (Pagefind's index and fragments) are decompressed first. */
function readText(file: string): string {
  let buf = readFileSync(file);
  if (buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = gunzipSync(buf);
    } catch {
      /* not really gzip: scan the bytes as they are */
    }
  }
  return buf.toString('utf8');
}

export function scanFile(text: string, fp: Fingerprints): { what: string; match: string } | undefined {
  const tokens = words(text);
  for (let i = 0; i < tokens.length; i++) {
    const candidates = fp.needles.get(tokens[i]!);
    if (candidates) {
      for (const n of candidates) {
        if (n.tokens.every((t, j) => tokens[i + j] === t)) return { what: n.what, match: n.tokens.join(' ') };
      }
    }
    if (i + SHINGLE <= tokens.length) {
      const s = tokens.slice(i, i + SHINGLE).join(' ');
      if (fp.shingles.has(s)) return { what: 'internal text', match: s };
    }
  }
  return undefined;
}

/** Scans every file below `dir`; returns one finding per file that holds internal content. */
export async function auditSite(dir: string, root: string): Promise<Finding[]> {
  const fp = fingerprints(contentIndex(root).entries);
  const findings: Finding[] = [];
  for (const file of walk(dir)) {
    const hit = scanFile(readText(file), fp);
    if (hit) findings.push({ file: relative(root, file), ...hit });
  }
  return findings;
}
