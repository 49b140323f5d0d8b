/**
 * The content loader every collection uses, for one site's tree.
 *
 * - The internal site reads the content folder through the content index, which the build's
 *   validation wrote (or, previewing, scans itself): invalid content stops it.
 * - The public site reads the public tree (src/release/), where every file is public. It asks
 *   nothing of the content folder and filters nothing; an entry the release rule does not call
 *   public there is a defect, and stops the build rather than being published.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { escapePath } from 'tinyglobby';
import { ContentError } from '../checks/problem.ts';
import { baseKey, contentIndex, whenWritten, type IndexedEntry } from '../content-index/scan.ts';
import { isPublic, type Variant } from '../release/rule.ts';
import type { CollectionName } from '../schema/index.ts';
import { recordPhase } from '../timings.ts';

export interface LoaderSettings {
  variant: Variant;
  /** The tree this site reads. */
  content: string;
  /** The project (for the internal site's content index). */
  project: string;
  today: Date;
  /** A file that exists once the public tree is written (a build started before it was). */
  treeReady?: string | undefined;
}

/** What stored entries hold; a store of another shape is cleared once (see loadCollection). */
const SHAPE_KEY = 'relais-store-shape';
const STORE_SHAPE = 'rendered-with-headings-without-frontmatter-copy';

export function relaisLoader(collection: CollectionName, s: LoaderSettings): Loader {
  return {
    name: 'relais-loader',
    async load(context: LoaderContext) {
      const started = performance.now();
      try {
        // A store of another shape (written before entries lost their copies, or without their
        // headings: withoutCopies) would keep it for every entry whose file did not change, as the
        // glob loader skips those: such a store starts afresh.
        if (context.meta.get(SHAPE_KEY) !== STORE_SHAPE) {
          context.store.clear();
          context.meta.set(SHAPE_KEY, STORE_SHAPE);
        }
        await (s.variant === 'public' ? loadPublic(collection, s, context) : loadInternal(collection, s, context));
      } finally {
        recordPhase('content-load', performance.now() - started, { site: s.variant, detail: collection });
      }
    },
  };
}

async function loadInternal(collection: CollectionName, s: LoaderSettings, context: LoaderContext) {
  const index = contentIndex(s.project, s.content);
  const errors = index.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  const entries = index.entries.filter((e) => e.collection === collection);
  if (entries.length === 0) {
    context.store.clear();
    return;
  }
  const idByEntry = new Map(entries.map((e) => [e.entry, e.id]));
  const dated = submittedDays(entries);
  const inner = glob({
    base: join(s.content, collection),
    pattern: exactly(entries.map((e) => e.entry)),
    generateId: ({ entry }) => idByEntry.get(entry) ?? entry,
    // Only the working methods need the raw body (what a version changed, word by word): kept for
    // every entry, it is a third of the data store that Astro inlines into its build (10,000
    // entries: more memory and time to bundle, for nothing).
    retainBody: collection === 'methods',
  });
  await inner.load({
    ...context,
    store: guarded(context, (entry) => context.store.set(withoutCopies(withSubmitted(entry, dated)))),
  });
  // The glob loader keeps the stored entry of a file that did not change, with the day it had
  // then: a file committed since, or a store from before practices were dated, gets it here.
  for (const [id, day] of dated) {
    const stored = context.store.get(id);
    if (!stored || sameDay(stored.data.submitted, day)) continue;
    context.store.delete(id);
    context.store.set(withSubmitted(stored, dated));
  }
}

/**
 * Every good practice's submitted day (src/content-index/submitted.ts) by entry id: what the
 * file says, else its first commit or its file date. The public tree writes it in its files.
 */
function submittedDays(entries: IndexedEntry[]): Map<string, Date> {
  const days = new Map<string, Date>();
  for (const e of entries) if (e.submitted) days.set(e.id, e.submitted.day);
  return days;
}

const sameDay = (a: unknown, b: Date) => a instanceof Date && a.getTime() === b.getTime();

/** The entry with its practice's submitted day in its data, where it has one. */
function withSubmitted<E extends { id: string; data: Record<string, unknown> }>(entry: E, days: Map<string, Date>): E {
  const day = days.get(entry.id);
  return day && !sameDay(entry.data.submitted, day) ? { ...entry, data: { ...entry.data, submitted: day } } : entry;
}

async function loadPublic(collection: CollectionName, s: LoaderSettings, context: LoaderContext) {
  // Started while the validation still writes the tree, the build waits for it here.
  if (s.treeReady) whenWritten(s.treeReady);
  if (!existsSync(join(s.content, collection))) {
    context.store.clear();
    return;
  }
  const inner = glob({
    base: join(s.content, collection),
    pattern: '**/*.{md,mdx}',
    // The key as the content index makes it: translationKey, else the file name without .en/.fr.
    generateId: ({ entry, data }) =>
      `${String(data.lang)}/${(data.translationKey as string | undefined) ?? baseKey(entry)}`,
    retainBody: false,
  });
  await inner.load({
    ...context,
    store: guarded(context, (entry) => {
      if (!isPublic(collection, entry.data, s.today))
        throw new Error(
          `${entry.filePath ?? entry.id} is in the public tree but is not public: the public build stops (a defect of src/release/, please report it)`,
        );
      return context.store.set(withoutCopies(entry));
    }),
  });
}

/**
 * Glob patterns matching exactly these files. One pattern per file would cost files × patterns
 * matches (about 35 s for 7,000 practices); one pattern per folder, listing its file names in
 * braces, costs one match per file.
 */
export function exactly(files: string[]): string[] {
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    const i = f.lastIndexOf('/');
    const folder = i === -1 ? '' : f.slice(0, i + 1);
    const names = byFolder.get(folder) ?? [];
    names.push(f.slice(i + 1));
    byFolder.set(folder, names);
  }
  const literal = (s: string) => escapePath(s).replace(/,/g, '\\,');
  return [...byFolder].map(([folder, names]) =>
    names.length === 1 ? literal(folder + names[0]) : `${literal(folder)}{${names.map(literal).join(',')}}`,
  );
}

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Astro's glob loader keeps, beside an entry's rendered HTML, a second copy of its front matter
 * (for `remarkPluginFrontmatter`). The pages do not use it, and at 10,000 entries it is a quarter of
 * the store. The headings stay: they are the on-page contents (components/OnPageContents.astro).
 */
function withoutCopies(entry: StoredEntry): StoredEntry {
  if (!entry.rendered?.metadata) return entry;
  const { frontmatter: _copy, ...metadata } = entry.rendered.metadata;
  return { ...entry, rendered: { ...entry.rendered, metadata } };
}

/** The store the glob loader writes into, with `set` replaced. */
function guarded(context: LoaderContext, set: (entry: StoredEntry) => boolean): LoaderContext['store'] {
  return new Proxy(context.store, {
    get(target, prop, receiver) {
      if (prop === 'set') return set;
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
