/**
 * Attachments (PDFs, spreadsheets…) that entries link to. A link is rewritten to a
 * content-addressed URL; after the build, only files that a built page links to are copied, so an
 * attachment used by internal pages alone never reaches the public site.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export const ATTACHMENT_PREFIX = '/files/';
const ATTACHMENT_URL = /\/files\/([0-9a-f]{16})\/([^"'<>\s?#]+)/g;

export function attachmentHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}

export function attachmentHref(path: string): string {
  return `${ATTACHMENT_PREFIX}${attachmentHash(path)}/${encodeURIComponent(basename(path))}`;
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (!/\.(md|mdx)$/.test(name)) yield full;
  }
}

/** Copies into `outDir` every attachment that one of its HTML pages links to; returns their count. */
export function copyUsedAttachments(outDir: string, contentDir: string): number {
  const wanted = new Map<string, string>();
  for (const file of files(outDir)) {
    if (!file.endsWith('.html')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(ATTACHMENT_URL)) wanted.set(m[1]!, decodeURIComponent(m[2]!));
  }
  if (wanted.size === 0) return 0;
  const byHash = new Map<string, string>();
  for (const file of files(contentDir)) byHash.set(attachmentHash(file), file);
  for (const [hash, name] of wanted) {
    const source = byHash.get(hash);
    if (!source) throw new Error(`a page links to ${ATTACHMENT_PREFIX}${hash}/${name}, which no content file provides`);
    mkdirSync(join(outDir, 'files', hash), { recursive: true });
    copyFileSync(source, join(outDir, 'files', hash, name));
  }
  return wanted.size;
}
