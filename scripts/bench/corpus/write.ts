/** Writes a generated corpus to disk, replacing an earlier generated corpus but never other files. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../../cli/cli.ts';
import type { Corpus, CorpusOptions } from './generate.ts';

/** Marks a folder as a generated corpus (a dot file: the content scan skips it). */
export const MARKER = '.relais-corpus.json';

export interface CorpusMeta extends CorpusOptions {
  /** SHA-256 of every path and text, in path order: the same seed and size give the same hash. */
  hash: string;
  files: number;
  counts: Record<string, number>;
}

export function hashCorpus(files: Map<string, string>): string {
  const h = createHash('sha256');
  for (const path of [...files.keys()].sort()) h.update(`${path}\0${files.get(path)}\0`);
  return h.digest('hex');
}

/** The metadata of the corpus generated in `dir`, if that is what the folder holds. */
export function readCorpusMeta(dir: string): CorpusMeta | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as CorpusMeta;
  } catch {
    return undefined;
  }
}

export function writeCorpus(dir: string, corpus: Corpus, opts: CorpusOptions): CorpusMeta {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!readCorpusMeta(dir))
      throw new UsageError(`${dir} is not empty and holds no generated corpus: choose an empty or new folder`);
    rmSync(dir, { recursive: true, force: true });
  }
  for (const [path, text] of corpus.files) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  const meta: CorpusMeta = {
    ...opts,
    hash: hashCorpus(corpus.files),
    files: corpus.files.size,
    counts: corpus.counts,
  };
  writeFileSync(join(dir, MARKER), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}
