/**
 * What pages read. The loaders already removed what does not belong to this site, so every list
 * here is safe to render; pages import these instead of calling getCollection themselves.
 */
import { root } from 'astro:config/server';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from './data/reference.ts';
import { LANGS, site } from './config/site.ts';
import { content, today, variant } from 'virtual:relais/site';
import { isoDay } from './i18n/t.ts';
import { cacheKeys } from './site/cache-keys.ts';
import { pageParams } from './site/paging.ts';
import { lastChangedOf } from './content-index/dates.ts';

export type Entry<C extends CollectionKey> = CollectionEntry<C>;

/** All language versions of one entry, keyed by language. */
export interface Translated<C extends CollectionKey> {
  /** Named here so TypeScript infers the collection from a value (and so its data type). */
  collection: C;
  key: string;
  versions: Partial<Record<Lang, Entry<C>>>;
}

/** The version to show in a UI language: its own, else the other one (flagged as a fallback). */
export function pick<C extends CollectionKey>(t: Translated<C>, lang: Lang): { entry: Entry<C>; fallback: boolean } {
  const own = t.versions[lang];
  if (own) return { entry: own, fallback: false };
  const other = LANGS.map((l) => t.versions[l]).find(Boolean)!;
  return { entry: other, fallback: true };
}

/** Entry ids are `<lang>/<key>` (see the loader); this recovers the key. */
export const keyOf = (id: string): string => id.slice(id.indexOf('/') + 1);

function byKey<C extends CollectionKey>(collection: C, entries: Entry<C>[]): Translated<C>[] {
  const map = new Map<string, Translated<C>>();
  for (const e of entries) {
    const key = keyOf(e.id);
    const t = map.get(key) ?? { collection, key, versions: {} };
    t.versions[(e.data as { lang: Lang }).lang] = e;
    map.set(key, t);
  }
  return [...map.values()];
}

const first = <C extends CollectionKey>(t: Translated<C>): Entry<C>['data'] => pick(t, 'en').entry.data;
const time = (d: Date | undefined) => d?.getTime() ?? 0;

/**
 * The day a practice was submitted: its field, or else the day its content index found for it (its
 * first commit or its file's date: src/content-index/submitted.ts), which the internal site's
 * loader and the public tree write into every version's data. Every practice has one.
 */
export const submittedOf = (t: Translated<'practices'>): Date | undefined => first(t).submitted;

/** Practices newest first: every list, "latest good practices" and the search's order agree. */
export const practices = byKey('practices', await getCollection('practices')).sort(
  (a, b) => time(submittedOf(b)) - time(submittedOf(a)) || a.key.localeCompare(b.key),
);
export const outcomes = byKey('outcomes', await getCollection('outcomes')).sort(
  (a, b) => time(first(b).date) - time(first(a).date) || a.key.localeCompare(b.key),
);
export const meetings = byKey('meetings', await getCollection('meetings')).sort(
  (a, b) => time(first(b).start) - time(first(a).start),
);
export const requests = byKey('requests', await getCollection('requests')).sort(
  (a, b) => time(first(b).sent) - time(first(a).sent),
);
export const groups = byKey('groups', await getCollection('groups')).sort((a, b) => a.key.localeCompare(b.key));
export const methodSections = await getCollection('methods');
export const responses = await getCollection('responses');
export const correspondents = (await getCollection('correspondents')).sort((a, b) =>
  a.data.name.localeCompare(b.data.name),
);

/**
 * Where each practice sits in `practices`, and the positions of the practices carrying each theme
 * (in any language version): built once, so a practice page finds its related practices without
 * scanning the whole list (that scan, on each of 20,000 pages, grows with the square of the corpus).
 */
const practiceIndex = (() => {
  const position = new Map<Translated<'practices'>, number>();
  const byTheme = new Map<string, number[]>();
  practices.forEach((p, i) => {
    position.set(p, i);
    for (const theme of new Set(Object.values(p.versions).flatMap((v) => v.data.themes))) {
      const list = byTheme.get(theme) ?? [];
      list.push(i);
      byTheme.set(theme, list);
    }
  });
  return { position, byTheme };
})();

/** The first `n` other practices (newest first, as listed) that share one of `themes`. */
export function relatedPractices(
  practice: Translated<'practices'>,
  themes: string[],
  n = 3,
): Translated<'practices'>[] {
  const self = practiceIndex.position.get(practice);
  // The first n matches overall are each among the first n + 1 of one of their themes' lists.
  const candidates = new Set<number>();
  for (const theme of themes)
    for (const i of (practiceIndex.byTheme.get(theme) ?? []).slice(0, n + 1)) if (i !== self) candidates.add(i);
  return [...candidates]
    .sort((a, b) => a - b)
    .slice(0, n)
    .map((i) => practices[i]!);
}

export function findByKey<C extends CollectionKey>(list: Translated<C>[], key: string | undefined) {
  return key === undefined ? undefined : list.find((t) => t.key === key);
}

export const correspondentById = (id: string | undefined) =>
  id === undefined ? undefined : correspondents.find((c) => c.id === id);

/** The sections this site has: a section without entries does not exist (no empty pages). */
export const sections = {
  practices: practices.length > 0,
  methods: methodSections.length > 0,
  outcomes: outcomes.length > 0,
  meetings: meetings.length > 0,
  requests: requests.length > 0,
  groups: groups.length > 0,
  directory: correspondents.length > 0,
  states: practices.length > 0 || correspondents.length > 0 || responses.length > 0,
};
export type Section = keyof typeof sections;

/** Today, for upcoming meetings and open requests; RELAIS_TODAY pins it (tests, reproducible builds). */
export { today };

/** One revision of the working methods: its sections in order, in every language it has. */
export interface MethodVersion {
  version: string;
  adopted: Date;
  changes: Partial<Record<Lang, string>>;
  sections: Translated<'methods'>[];
}

/** A version's sections in one language (each in the other language where it lacks a translation). */
export const sectionEntries = (version: MethodVersion, lang: Lang): Entry<'methods'>[] =>
  version.sections.map((s) => pick(s, lang).entry);

/** Versions of the working methods, newest adoption first; the first one is in force. */
export const methodVersions: MethodVersion[] = (() => {
  const byVersion = new Map<string, Entry<'methods'>[]>();
  for (const s of methodSections) byVersion.set(s.data.version, [...(byVersion.get(s.data.version) ?? []), s]);
  return [...byVersion.entries()]
    .map(([version, list]) => {
      const changes: Partial<Record<Lang, string>> = {};
      for (const s of list) if (s.data.changes) changes[s.data.lang] = s.data.changes;
      const sectionsOf = byKey('methods', list).sort((a, b) => first(a).order - first(b).order);
      return { version, adopted: list[0]!.data.adopted, changes, sections: sectionsOf };
    })
    .sort((a, b) => time(b.adopted) - time(a.adopted));
})();

const pathOf = (u: string | URL): string => (typeof u === 'string' && !u.startsWith('file:') ? u : fileURLToPath(u));
// Astro gives each entry's filePath relative to its own root, which is the site's own
// (src/site/settings.ts); dates come from the site's tree (git for the content folder, the files'
// dates for the public tree, which carries its entries' days: src/release/tree.ts).
const astroRoot = pathOf(root);

/** The day an entry (or the entries a page shows) last changed. */
export const lastChangedOfEntries = (entries: { filePath?: string | undefined }[]): Date | undefined =>
  lastChangedOf(
    entries.map((e) => e.filePath && resolve(astroRoot, e.filePath)),
    content,
  );

const keys = (() => {
  const all = [practices, outcomes, meetings, requests, groups].flatMap((list) =>
    list.flatMap((t: Translated<CollectionKey>) => Object.values(t.versions)),
  );
  return cacheKeys(
    [...all, ...methodSections, ...responses, ...correspondents],
    { variant, site, today: isoDay(today) },
    (filePath) => {
      const d = lastChangedOfEntries([{ filePath }]);
      return d ? isoDay(d) : '';
    },
  );
})();

/** The incremental-build key of an entry's pages (src/site/cache-keys.ts). */
export const cacheKeyOf = (t: Translated<CollectionKey>): string => keys.entry(Object.values(t.versions));

/** The incremental-build key of the listings of practices, which show entries' data only. */
export const listingCacheKey = keys.data;

/**
 * getStaticPaths of a paged listing of practices: for each language and group (a member state, a
 * theme…), as many pages as its list needs. The list goes to the page as a prop, so it is
 * filtered once per group, not once per page.
 */
export function listingPaths<P extends Record<string, string>>(
  groups: { params: P; list: Translated<'practices'>[] }[],
) {
  return LANGS.flatMap((lang) =>
    groups.flatMap(({ params, list }) =>
      pageParams(list.length).map((page) => ({
        params: { lang, ...params, page },
        props: { list },
        cacheKey: listingCacheKey,
      })),
    ),
  );
}
