/**
 * Reads a built site for the audit: every file below a folder, gzip files (Pagefind's index and
 * fragments) decompressed and zip files (.xlsx and .ods workbooks) opened, as numbered words. Numbers, not strings, so the words can cross to
 * another thread cheaply (scripts/audit/reader.ts) while the fingerprints are being made.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { addressesIn, LINKED_FILE, resolves, targetOf } from './links.ts';
import { words } from './words.ts';

export interface ReadFile {
  /** Path below the site's folder, with forward slashes. */
  rel: string;
  /** The earlier file with the same bytes (its number in reading order), whose words stand for these. */
  same?: number;
  /** Where the file's words are in the batch's `ids`. */
  start: number;
  end: number;
}

export interface Batch {
  files: ReadFile[];
  /** Word numbers of the batch's files, one after the other. */
  ids: Int32Array<ArrayBuffer>;
  /** Words first seen in this batch, in the order of their numbers (the numbering continues across batches). */
  words: string[];
}

function* walk(dir: string): Generator<string> {
  // Entry types come with the listing: no stat per file (a 10,000-page site has 20,000 folders).
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isSymbolicLink() && statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}

/**
 * A file's text; gzip files (Pagefind's index and fragments) are decompressed first, and zip files
 * (spreadsheets are zipped XML: read as stored, their words would be invisible) give the text of
 * every member.
 */
export function readText(bytes: Buffer): string {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    try {
      const members = unzipSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return Object.values(members)
        .map((m) => Buffer.from(m.buffer, m.byteOffset, m.byteLength).toString('utf8'))
        .join('\n');
    } catch {
      /* not really zip: scan the bytes as they are */
    }
  }
  let buf = bytes;
  if (buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = gunzipSync(buf);
    } catch {
      /* not really gzip: scan the bytes as they are */
    }
  }
  return buf.toString('utf8');
}

/** Numbers words, the same word always with the same number, and remembers the words new to it. */
export class Numbering {
  private readonly numbers = new Map<string, number>();
  private fresh: string[] = [];

  number(word: string): number {
    let n = this.numbers.get(word);
    if (n === undefined) {
      this.numbers.set(word, (n = this.numbers.size));
      this.fresh.push(word);
    }
    return n;
  }

  /** The words numbered since the last call, in the order of their numbers. */
  take(): string[] {
    const fresh = this.fresh;
    this.fresh = [];
    return fresh;
  }
}

/** About this many words per batch: few messages, and the reader never holds much at once. */
const BATCH_WORDS = 1 << 20;

/** A link of the site that leads to no file of it: the page, and the address as written. */
export interface Dangling {
  file: string;
  address: string;
}

/**
 * Every file below `dir`, read and numbered, in batches of about `batchWords` words; `dangling`
 * hears, once all are read, of the addresses that point at the site and lead to no file of it.
 */
export function* readSite(
  dir: string,
  batchWords = BATCH_WORDS,
  dangling: (found: Dangling[]) => void = () => {},
): Generator<Batch> {
  const numbering = new Numbering();
  const all = new Set<string>();
  const links: { file: string; address: string; target: string }[] = [];
  const digests = new Map<string, number>();
  let files: ReadFile[] = [];
  let ids = new Int32Array(batchWords);
  let used = 0;
  let count = 0;
  for (const file of walk(dir)) {
    const rel = relative(dir, file).split(sep).join('/');
    all.add(rel);
    const bytes = readFileSync(file);
    if (LINKED_FILE.test(rel)) {
      const text = bytes.toString('utf8');
      for (const address of addressesIn(rel, text)) {
        const target = targetOf(rel, address);
        if (target !== undefined) links.push({ file: rel, address, target });
      }
    }
    // Each interface language's search bundle holds the same fragments, byte for byte: a file
    // already read is not read again.
    const digest = createHash('sha1').update(bytes).digest('base64');
    const same = digests.get(digest);
    if (same !== undefined) {
      files.push({ rel, same, start: used, end: used });
    } else {
      digests.set(digest, count);
      const tokens = words(readText(bytes));
      if (used + tokens.length > ids.length) {
        const grown = new Int32Array(Math.max(ids.length * 2, used + tokens.length));
        grown.set(ids.subarray(0, used));
        ids = grown;
      }
      const start = used;
      for (const t of tokens) ids[used++] = numbering.number(t);
      files.push({ rel, start, end: used });
    }
    count++;
    if (used >= batchWords) {
      yield { files, ids: ids.subarray(0, used), words: numbering.take() };
      files = [];
      ids = new Int32Array(batchWords);
      used = 0;
    }
  }
  if (files.length > 0) yield { files, ids: ids.subarray(0, used), words: numbering.take() };
  dangling(links.filter((l) => !resolves(all, l.target)).map(({ file, address }) => ({ file, address })));
}
