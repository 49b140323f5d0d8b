/**
 * Writes the public tree (project.ts) to a folder of its own: one file per public entry, its
 * public fields as YAML above its public body, and copies (regular files, never links) of the
 * files those entries use, at the same places relative to the tree as in the content folder.
 * Each entry file carries its source's last-changed day as its modification time: the public build
 * reads dates from the tree, never from git or the content folder.
 *
 * Only what changed is written, and what the tree no longer holds is removed, so a rebuild sees
 * the same files with the same dates (Astro's incremental build keys pages on them).
 */
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  rmdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import yaml from 'js-yaml';
import { lastChanged } from '../content-index/dates.ts';
import type { PublicEntry, PublicTree } from './project.ts';

/** Marks a folder as a public tree: the writer removes files only in a folder that has it. */
export const TREE_MARK = '.relais-public-tree';

/** An entry file of the public tree, as text. */
export function entryFile(e: PublicEntry): string {
  const fields = yaml.dump(e.data, { lineWidth: -1, noRefs: true, quotingType: '"' });
  return `---\n${fields}---\n${e.body}`;
}

function* filesBelow(dir: string, rel = ''): Generator<string> {
  for (const item of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${item.name}` : item.name;
    if (item.isDirectory()) yield* filesBelow(dir, path);
    else if (path !== TREE_MARK) yield path;
  }
}

function removeEmptyFolders(dir: string, rel = ''): boolean {
  let empty = true;
  for (const item of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${item.name}` : item.name;
    if (item.isDirectory() && removeEmptyFolders(dir, path)) rmdirSync(join(dir, path));
    else empty = false;
  }
  return empty && rel !== '';
}

export interface Written {
  written: number;
  unchanged: number;
  removed: number;
}

/** Brings `dir` up to date with the tree; `contentDir` is where the entries' dates come from. */
export function writeTree(tree: PublicTree, dir: string, contentDir: string): Written {
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(join(dir, TREE_MARK)))
    throw new Error(`${dir} is not empty and is not a public tree: refusing to write into it`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, TREE_MARK), 'The public tree: written by the build from the content folder.\n');
  const wanted = new Map<string, { text: string; changed?: Date | undefined } | { copyOf: string }>();
  for (const e of tree.entries)
    wanted.set(e.path, { text: entryFile(e), changed: lastChanged(e.source.path, contentDir) });
  for (const [rel, source] of tree.assets) wanted.set(rel.split(sep).join('/'), { copyOf: source });
  const n: Written = { written: 0, unchanged: 0, removed: 0 };
  // Folders known to exist: a tree of thousands of files sits in a few dozen.
  const made = new Set<string>();
  const folderOf = (file: string) => {
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
  };
  for (const rel of filesBelow(dir)) {
    if (wanted.has(rel)) continue;
    rmSync(join(dir, rel), { force: true });
    n.removed++;
  }
  removeEmptyFolders(dir);
  for (const [rel, what] of wanted) {
    const file = join(dir, rel);
    const there = lstatSync(file, { throwIfNoEntry: false });
    if ('copyOf' in what) {
      const from = statSync(what.copyOf);
      // Dates are set to the millisecond; the source's may be finer.
      if (there?.isFile() && there.size === from.size && Math.abs(there.mtimeMs - from.mtimeMs) < 1) {
        n.unchanged++;
        continue;
      }
      if (there) rmSync(file, { force: true });
      folderOf(file);
      // A copy, never a link: the tree must hold the bytes themselves.
      copyFileSync(what.copyOf, file);
      utimesSync(file, from.atimeMs / 1000, from.mtimeMs / 1000);
      n.written++;
      continue;
    }
    const same = there?.isFile() && readFileSync(file, 'utf8') === what.text;
    if (same) n.unchanged++;
    else {
      if (there && !there.isFile()) rmSync(file, { recursive: true, force: true });
      folderOf(file);
      writeFileSync(file, what.text);
      n.written++;
    }
    if (what.changed && (!same || there?.mtimeMs !== what.changed.getTime()))
      utimesSync(file, what.changed, what.changed);
  }
  return n;
}

/** What a written public tree holds: its entries (path, fields, body) and the other files' paths. */
export function readTree(dir: string): {
  entries: { path: string; data: Record<string, unknown>; body: string }[];
  files: string[];
} {
  const entries: { path: string; data: Record<string, unknown>; body: string }[] = [];
  const files: string[] = [];
  if (!existsSync(join(dir, TREE_MARK))) throw new Error(`${dir} is not a public tree (no ${TREE_MARK})`);
  for (const rel of filesBelow(dir)) {
    if (!/\.mdx?$/.test(rel)) {
      files.push(rel);
      continue;
    }
    const text = readFileSync(join(dir, rel), 'utf8');
    const end = text.indexOf('\n---\n', 4);
    const data = (yaml.load(text.slice(4, end + 1), { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
    entries.push({ path: rel, data, body: text.slice(end + 5) });
  }
  return { entries, files };
}
