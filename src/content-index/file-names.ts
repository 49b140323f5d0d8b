/**
 * Where content files are and what they are called: a file the scan never reads (a misspelt
 * folder, a `.markdown` extension) would silently be missing from both sites, and a file name
 * becomes the page's address. Checked by the content index (content-index.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SLUG } from '../schema/fields.ts';
import { COLLECTIONS } from '../schema/index.ts';
import type { IndexedEntry } from './scan.ts';
import { lineOfKey } from './frontmatter-lines.ts';
import type { Problem } from '../checks/problem.ts';
import { slugify } from './slug.ts';
import { didYouMean } from '../checks/suggest.ts';

const posix = (p: string) => p.split(sep).join('/');
/** Extensions of Markdown files that the scan does not read (only .md and .mdx are entries). */
export const OTHER_MARKDOWN = /\.(markdown|mdown|mkd|mkdn)$/i;

const warning = (file: string, message: string, hint: string): Problem => ({
  file,
  line: 1,
  column: 1,
  field: '',
  message,
  hint,
  severity: 'warning',
});

/** A Markdown file the scan found but does not read (content-index.ts's walk sees them). */
export const unreadMarkdown = (file: string): Problem =>
  warning(file, 'this file is not read: entries end in .md (or .mdx)', 'rename it to .md');

/** Folders and files directly in the content folder that no collection reads. */
export function strayFiles(root: string, dir: string): Problem[] {
  const out: Problem[] = [];
  const shown = (full: string) => posix(relative(root, full));
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!(COLLECTIONS as readonly string[]).includes(name))
        out.push(
          warning(
            shown(full),
            `the folder "${name}" is not a kind of entry: its files are not read`,
            [didYouMean(name, COLLECTIONS), `the folders are ${COLLECTIONS.join(', ')}`].filter(Boolean).join(' '),
          ),
        );
    } else if (/\.(mdx?|markdown)$/i.test(name) && name !== 'README.md') {
      out.push(
        warning(
          shown(full),
          'a file directly in the content folder is not read',
          'move it into the folder of its kind (practices, outcomes…)',
        ),
      );
    }
  }
  return out;
}

/** An entry's name and language as its file says them, against its key and `lang`. */
export function checkFileNames(entries: IndexedEntry[]): Problem[] {
  const out: Problem[] = [];
  const keysOf = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const keys = keysOf.get(e.collection) ?? new Map<string, number>();
    keys.set(e.key, (keys.get(e.key) ?? 0) + 1);
    keysOf.set(e.collection, keys);
  }
  for (const e of entries) {
    const name = e.entry
      .split('/')
      .pop()!
      .replace(/\.mdx?$/, '');
    const suffix = /\.(en|fr)$/.exec(name)?.[1];
    const base = name.replace(/\.(en|fr)$/, '');
    if (!SLUG.test(e.key)) {
      out.push({
        file: e.file,
        line: 1,
        column: 1,
        field: '',
        message: `the file name "${base}" makes the page's address: it must be lower-case letters, digits and hyphens`,
        hint: `rename the file to ${slugify(base) || 'a-short-name'}${suffix ? `.${suffix}` : ''}${e.file.endsWith('.mdx') ? '.mdx' : '.md'}`,
        severity: 'error',
      });
    }
    if (suffix && e.lang && suffix !== e.lang) {
      out.push({
        file: e.file,
        line: 1,
        column: 1,
        field: 'lang',
        message: `the file name says "${suffix}" but lang is "${e.lang}"`,
        hint: 'rename the file or correct lang: a translation is a second file, one per language',
        severity: 'error',
      });
    }
    const translationKey = e.data.translationKey;
    if (
      typeof translationKey === 'string' &&
      translationKey !== base &&
      keysOf.get(e.collection)?.get(translationKey) === 1
    ) {
      out.push({
        ...warning(
          e.file,
          `translationKey "${translationKey}" links this file to no other: no translation is linked to it`,
          [
            didYouMean(translationKey, [...(keysOf.get(e.collection)?.keys() ?? [])]),
            "use the key of the other language's file (its name without .en/.fr), or leave the line out",
          ]
            .filter(Boolean)
            .join(' '),
        ),
        field: 'translationKey',
        line: lineOfKey(e.frontmatter, 'translationKey'),
      });
    }
  }
  return out;
}
