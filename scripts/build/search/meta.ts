/**
 * Pagefind gzips a bundle's metadata file (the list of every record, which each reader fetches
 * before the first result) with settings that leave it about 14 % larger than it needs to be:
 * 54.5 KB instead of 47.7 KB at 10,000 entries. The list is mostly short ids and numbers, which
 * zlib's `Z_FILTERED` strategy suits. The content, and so the file's name, does not change;
 * Pagefind's other files are already at their smallest.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';

const STRATEGIES = [constants.Z_FILTERED, constants.Z_DEFAULT_STRATEGY];

/** Recompresses the bundle's `.pf_meta` files where that makes them smaller; returns the bytes saved. */
export function recompressMeta(bundle: string): number {
  let saved = 0;
  for (const name of readdirSync(bundle)) {
    if (!name.endsWith('.pf_meta')) continue;
    const file = join(bundle, name);
    const before = readFileSync(file);
    const raw = gunzipSync(before);
    const [smallest] = STRATEGIES.map((strategy) =>
      gzipSync(raw, { level: constants.Z_BEST_COMPRESSION, memLevel: 9, strategy }),
    ).sort((a, b) => a.length - b.length);
    if (smallest!.length >= before.length) continue;
    writeFileSync(file, smallest!);
    saved += before.length - smallest!.length;
  }
  return saved;
}
