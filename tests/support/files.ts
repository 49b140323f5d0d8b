/** Reads a built site the way the audit does: every file, gzip (Pagefind) decoded. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

export function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const f = join(d, n);
      if (statSync(f).isDirectory()) walk(f);
      else out.push(f);
    }
  };
  walk(dir);
  return out;
}

export function textOf(file: string): string {
  const buf = readFileSync(file);
  return (buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf) : buf).toString('utf8');
}

/** Files (relative paths) whose name or decoded text contains `needle`, case-insensitively. */
export function filesContaining(dir: string, needle: string): string[] {
  const n = needle.toLowerCase();
  return filesOf(dir)
    .filter((f) => relative(dir, f).toLowerCase().includes(n) || textOf(f).toLowerCase().includes(n))
    .map((f) => relative(dir, f));
}

/**
 * One built page of every page type of a site, in each language, as URL paths: pages of one type
 * (every practice, every state…) share their template, so the first of each stands for the rest.
 */
export function pagesOf(dir: string): string[] {
  const out = filesOf(dir)
    .filter((f) => basename(f) === 'index.html')
    .map((f) => `/${relative(dir, dirname(f))}/`.replace(/\/+/g, '/'));
  // The bare domain only sends the reader on to /en/ or /fr/ (public/doorway.js): nothing to sweep there.
  const byType = new Map<string, string>();
  for (const p of out.filter((x) => x !== '/').sort()) {
    const parts = p.split('/').filter(Boolean);
    const type = parts.length >= 3 ? parts.slice(0, -1).join('/') : parts.join('/');
    if (!byType.has(type)) byType.set(type, p);
  }
  return [...byType.values()];
}
