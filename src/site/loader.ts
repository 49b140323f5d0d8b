/**
 * The content loader every collection uses. In the public build it hands Astro only the files the
 * publication module declares public, so internal entries are never read, parsed or rendered by
 * the site. A guard on the store keeps it so in dev mode, where files change under the watcher.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { escapePath } from 'tinyglobby';
import { contentDir } from '../config/content-dir.ts';
import { contentIndex } from '../content-index/scan.ts';
import { ContentError } from '../checks/problem.ts';
import { belongsTo } from '../release/rule.ts';
import { checkPublicLinks } from '../release/links-check.ts';
import { checkRedactionMarks } from '../release/marks-check.ts';
import { publicFields } from '../release/redaction.ts';
import { recordPhase } from '../timings.ts';
import { variant } from '../config/variant.ts';
import type { CollectionName } from '../schema/index.ts';

/** What stored entries hold; a store of another shape is cleared once (see loadCollection). */
const SHAPE_KEY = 'relais-store-shape';
const STORE_SHAPE = 'rendered-without-frontmatter-copy';

export function relaisLoader(collection: CollectionName): Loader {
  return {
    name: 'relais-loader',
    async load(context: LoaderContext) {
      const started = performance.now();
      try {
        await loadCollection(collection, context);
      } finally {
        recordPhase('content-load', performance.now() - started, { site: variant, detail: collection });
      }
    },
  };
}

async function loadCollection(collection: CollectionName, context: LoaderContext) {
  // The project, not Astro's root: the build script gives each site a root of its own.
  const root = fileURLToPath(new URL('..', context.config.srcDir));
  const index = contentIndex(root);
  // The public preview (npm run dev:public) refuses what the build refuses.
  const problems =
    variant === 'public'
      ? [...index.problems, ...checkPublicLinks(index), ...checkRedactionMarks(index)]
      : index.problems;
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);

  // A store written before entries lost their copies (withoutCopies) would keep them for every
  // entry whose file did not change, as the glob loader skips those: such a store starts afresh.
  if (context.meta.get(SHAPE_KEY) !== STORE_SHAPE) {
    context.store.clear();
    context.meta.set(SHAPE_KEY, STORE_SHAPE);
  }
  const entries = index.entries.filter((e) => e.collection === collection && belongsTo(variant, collection, e.data));
  if (entries.length === 0) {
    context.store.clear();
    return;
  }
  const idByEntry = new Map(entries.map((e) => [e.entry, e.id]));
  const inner = glob({
    base: join(contentDir(root), collection),
    pattern: exactly(entries.map((e) => e.entry)),
    generateId: ({ entry }) => idByEntry.get(entry) ?? entry,
    // The raw body still holds redacted passages: the public site keeps only the rendered HTML.
    // Internally only the working methods need it (what a version changed, word by word): kept
    // for every entry, it is a third of the data store that Astro inlines into its build (10,000
    // entries: more memory and time to bundle, for nothing).
    retainBody: variant === 'internal' && collection === 'methods',
  });
  await inner.load({ ...context, store: guarded(context, collection) });
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
 * (for `remarkPluginFrontmatter`) and its headings. The pages use neither; that copy would carry a
 * public entry's internal fields (notes, who submitted it) into the public store, which Astro
 * bundles into the build; and at 10,000 entries it is a quarter of the store.
 */
function withoutCopies(entry: StoredEntry): StoredEntry {
  if (!entry.rendered?.metadata) return entry;
  const { frontmatter: _copy, headings: _unused, ...metadata } = entry.rendered.metadata;
  return { ...entry, rendered: { ...entry.rendered, metadata } };
}

/**
 * The store the glob loader writes into: entries lose the copies above and, in the public build,
 * any entry whose data is not public is refused (dev-mode edits included) and fields internal by
 * nature are dropped.
 */
function guarded(context: LoaderContext, collection: string): LoaderContext['store'] {
  const store = context.store;
  const set = (entry: StoredEntry) => {
    if (variant === 'internal') return store.set(withoutCopies(entry));
    if (!belongsTo(variant, collection, entry.data)) {
      store.delete(entry.id);
      context.logger.info(`${entry.filePath ?? entry.id} is not public: left out of the public site`);
      return false;
    }
    // Fields internal by nature (who submitted it, internal notes) never enter the public store.
    return store.set(withoutCopies({ ...entry, data: publicFields(entry.data) }));
  };
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'set') return set;
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
