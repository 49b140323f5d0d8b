/**
 * The audit's net the other way round. Fingerprints (audit.ts) find what is known to be internal:
 * titles, names, runs of six words. This finds any word that only internal content uses: a
 * one-word internal title, a three-word note, a short redacted passage. The vocabulary of what may
 * be public is the public tree, the interface's strings, the reference data (states, themes, GCM
 * objectives), the names Intl gives dates, and the code that writes pages (the site's own, and the
 * packages that write the sitemap, feeds and calendars); a word of the public site that internal
 * content uses and none of those does is a finding.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../src/config/site.ts';
import type { IndexedEntry } from '../../src/content-index/scan.ts';
import { GCM_OBJECTIVES, STATES, THEMES } from '../../src/data/reference.ts';
import { UI } from '../../src/i18n/ui.ts';
import { words } from './words.ts';

/** An entry of the public tree as the audit reads it. */
export interface TreeEntry {
  path: string;
  data: Record<string, unknown>;
  body: string;
}

export function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value instanceof Date) out.push(value.toISOString().slice(0, 10));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings([k, v], out);
  return out;
}

/** Words that carry no meaning of their own: numbers, and tokens of one or two characters. */
export const meaningless = (w: string) => w.length < 3 || /^\d+$/.test(w);

/** Every word of the files below `dir` with one of these extensions. */
function codeWords(dir: string, ext: RegExp, into: Set<string>) {
  let items;
  try {
    items = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return;
  }
  for (const item of items) {
    if (!item.isFile() || !ext.test(item.name)) continue;
    for (const w of words(readFileSync(join(item.parentPath, item.name), 'utf8'))) into.add(w);
  }
}

/** Words the site's code and the packages that write its files may put on any page. */
const codeVocabulary = new Map<string, Set<string>>();
function ofCode(project: string): Set<string> {
  let known = codeVocabulary.get(project);
  if (known) return known;
  known = new Set<string>();
  const code = /\.(astro|ts|mjs|js|css|json|svg|txt|html)$/;
  codeWords(join(project, 'src'), code, known);
  codeWords(join(project, 'public'), code, known);
  // The calendar writer and its time zone definitions (TZNAME:CET, X-LIC-LOCATION:Europe/Paris…).
  const packages = ['@astrojs/sitemap/dist', 'sitemap/dist', '@astrojs/rss/dist'];
  for (const pkg of [...packages, 'ical-generator/dist', 'timezones-ical-library/dist'])
    codeWords(join(project, 'node_modules', pkg), /\.(js|mjs)$/, known);
  for (const w of words(readFileSync(join(project, 'astro.config.mjs'), 'utf8'))) known.add(w);
  codeVocabulary.set(project, known);
  return known;
}

/** The names Intl gives months and days, in both languages (pages write dates with them). */
function dateWords(into: Set<string>) {
  for (const lang of ['en', 'fr'])
    for (const style of ['long', 'short'] as const) {
      const month = new Intl.DateTimeFormat(lang, { month: style, timeZone: 'UTC' });
      const day = new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) for (const w of words(month.format(Date.UTC(2024, m, 1)))) into.add(w);
      for (let d = 0; d < 7; d++) for (const w of words(day.format(Date.UTC(2024, 0, 1 + d)))) into.add(w);
    }
  into.add('1er');
}

/** Everything the public site may say. */
export function publicVocabulary(tree: readonly TreeEntry[], project: string): Set<string> {
  const out = new Set(ofCode(project));
  dateWords(out);
  for (const s of strings([UI, site, STATES, GCM_OBJECTIVES, THEMES])) for (const w of words(s)) out.add(w);
  for (const e of tree) {
    for (const s of [e.path, e.body, ...strings(e.data)]) for (const w of words(s)) out.add(w);
  }
  return out;
}

/** The words of the content tree that no public vocabulary has: each with the file that uses it. */
export function internalOnlyWords(entries: readonly IndexedEntry[], open: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) {
    for (const s of [e.entry, e.frontmatter, e.body])
      for (const w of words(s)) if (!meaningless(w) && !open.has(w) && !out.has(w)) out.set(w, e.file);
  }
  return out;
}
