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
import { contentIndex } from '../lib/content-index.ts';
import { ContentError } from '../lib/problems.ts';
import { belongsTo } from '../lib/publication.ts';
import { checkPublicLinks } from '../lib/public-release.ts';
import { publicFields } from '../lib/redaction.ts';
import { recordPhase } from '../lib/timings.ts';
import { variant } from '../config/variant.ts';
import type { CollectionName } from '../schema/index.ts';

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
  const problems = variant === 'public' ? [...index.problems, ...checkPublicLinks(index)] : index.problems;
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);

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
    retainBody: variant === 'internal',
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

/** Refuses, in the public build, any entry whose data is not public (dev-mode edits included). */
function guarded(context: LoaderContext, collection: string): LoaderContext['store'] {
  if (variant === 'internal') return context.store;
  const store = context.store;
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'set') {
        return (entry: Parameters<typeof store.set>[0]) => {
          if (!belongsTo(variant, collection, entry.data)) {
            store.delete(entry.id);
            context.logger.info(`${entry.filePath ?? entry.id} is not public: left out of the public site`);
            return false;
          }
          // Fields internal by nature (who submitted it, internal notes) never enter the public store.
          return store.set({ ...entry, data: publicFields(entry.data) });
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
