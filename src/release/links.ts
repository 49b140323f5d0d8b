/**
 * Where an address written in an entry's body leads: another entry (by its file, or by its page
 * on either site, in any spelling: `/EN/practices/key/index.html?x`, the full address), another
 * page of the site, a file beside the entry, or outside. The public tree (project.ts) rewrites
 * links by it, the checks refuse what it cannot place, and the internal site's Markdown plugin
 * follows it.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { site } from '../config/site.ts';
import type { ContentIndex, IndexedEntry } from '../content-index/scan.ts';

export type LinkTarget =
  | { kind: 'external' }
  /** Another entry: its language versions, and the address as written (site paths) or made. */
  | { kind: 'entry'; entries: IndexedEntry[]; href: string }
  /** A page of the site that is no entry (a listing, a facet): left as written. */
  | { kind: 'page'; path: string }
  /** A section that only the internal site has (the directory): never a public address. */
  | { kind: 'internal-page'; path: string }
  | { kind: 'attachment'; path: string }
  | { kind: 'missing'; what: string }
  /** A file the build refuses to follow: outside the content folder, or a symbolic link. */
  | { kind: 'refused'; what: string };

const CONTENT_FILE = /\.mdx?$/i;
/** Sections whose pages are entries, by their folder in the address. */
const ENTRY_SECTIONS = new Set(['practices', 'outcomes', 'meetings', 'requests', 'groups', 'methods']);
/** Sections the public site never has, whatever the content (§3.2). */
const INTERNAL_SECTIONS = new Set(['directory']);

/** The page that shows an entry (a translation group shares one URL per UI language). */
export function hrefOf(e: IndexedEntry, lang = e.lang ?? 'en'): string {
  switch (e.collection) {
    case 'methods':
      return `/${lang}/methods/${encodeURIComponent(String(e.data.version))}/#${e.key}`;
    case 'correspondents':
      return `/${lang}/directory/#${e.key}`;
    case 'responses':
      return `/${lang}/requests/${e.data.request}/#answer-${e.data.country}`;
    default:
      return `/${lang}/${e.collection}/${e.key}/`;
  }
}

interface Lookup {
  byPath: Map<string, IndexedEntry>;
  byKey: Map<string, IndexedEntry[]>;
  byVersion: Map<string, IndexedEntry[]>;
}

const maps = new WeakMap<ContentIndex, Lookup>();
function lookup(index: ContentIndex): Lookup {
  let m = maps.get(index);
  if (!m) {
    m = { byPath: new Map(), byKey: new Map(), byVersion: new Map() };
    for (const e of index.entries) {
      m.byPath.set(e.path, e);
      const k = `${e.collection}/${e.key}`.toLowerCase();
      m.byKey.set(k, [...(m.byKey.get(k) ?? []), e]);
      if (e.collection === 'methods') {
        const v = String(e.data.version);
        m.byVersion.set(v, [...(m.byVersion.get(v) ?? []), e]);
      }
    }
    maps.set(index, m);
  }
  return m;
}

/** The entry stored at an absolute path, if any. */
export const entryAt = (index: ContentIndex, path: string): IndexedEntry | undefined => lookup(index).byPath.get(path);

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The site's own hosts (either site's), lower-cased. */
const OWN_HOSTS = new Set(Object.values(site.urls).map((u) => new URL(u).host.toLowerCase()));

/** The path of an address on the site itself (`/en/…`), or undefined for one elsewhere. */
export function sitePath(url: string): string | undefined {
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  const absolute = /^(https?:)?\/\//i.test(url) ? url : undefined;
  if (!absolute) return undefined;
  try {
    const u = new URL(absolute, 'https://placeholder.invalid');
    return OWN_HOSTS.has(u.host.toLowerCase()) ? `${u.pathname}${u.search}${u.hash}` : undefined;
  } catch {
    return undefined;
  }
}

/** Where a site path leads, however it is spelled (case, index.html, query, no trailing slash). */
function siteTarget(index: ContentIndex, path: string): LinkTarget {
  const [beforeHash = '', hash = ''] = path.split('#', 2);
  const clean = decode(beforeHash.split('?')[0]!)
    .replace(/\/index\.html?$/i, '/')
    .toLowerCase();
  const parts = clean.split('/').filter(Boolean);
  const [lang, section, key] = parts;
  if (!lang || !/^(en|fr)$/.test(lang) || !section) return { kind: 'page', path };
  if (INTERNAL_SECTIONS.has(section)) return { kind: 'internal-page', path };
  if (!ENTRY_SECTIONS.has(section) || !key || parts.length > 3) return { kind: 'page', path };
  const { byKey, byVersion } = lookup(index);
  const entries = section === 'methods' ? byVersion.get(key) : byKey.get(`${section}/${key}`);
  if (!entries) return { kind: 'missing', what: `no ${section} entry has the key "${key}"` };
  const href = `/${lang}/${section}/${key}/${hash ? `#${hash}` : ''}`;
  return { kind: 'entry', entries, href };
}

/** Whether `path` is `dir` or inside it. */
const inside = (dir: string, path: string) => {
  const r = relative(dir, path);
  return r === '' || (!r.startsWith(`..${sep}`) && r !== '..' && !r.startsWith('/'));
};

export function resolveLink(index: ContentIndex, fromPath: string, url: string, contentDir?: string): LinkTarget {
  if (url === '' || url.startsWith('#') || url.startsWith('?')) return { kind: 'external' };
  const onSite = sitePath(url);
  if (onSite !== undefined) return siteTarget(index, onSite);
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'external' };
  const [pathPart = '', hash = ''] = url.split('#', 2);
  const target = resolve(dirname(fromPath), decode(pathPart.split('?')[0]!));
  const root = contentDir ?? index.contentDir;
  if (root && !inside(root, target)) return { kind: 'refused', what: `${pathPart} leads outside the content folder` };
  const { byPath } = lookup(index);
  if (CONTENT_FILE.test(pathPart.split('?')[0]!)) {
    const e = byPath.get(target);
    if (!e) return { kind: 'missing', what: `${pathPart} is not a content file` };
    const href = hrefOf(e);
    return { kind: 'entry', entries: [e], href: hash && !href.includes('#') ? `${href}#${hash}` : href };
  }
  const found = lstatSync(target, { throwIfNoEntry: false });
  if (!found) return { kind: 'missing', what: `${pathPart} does not exist` };
  if (found.isSymbolicLink())
    return { kind: 'refused', what: `${pathPart} is a symbolic link; put the file itself in the content folder` };
  if (!found.isFile()) return { kind: 'missing', what: `${pathPart} is a folder, not a file` };
  // A folder on the way may be a link to elsewhere (the scan refuses those too).
  if (root && !inside(realpathSync(root), realpathSync(target)))
    return { kind: 'refused', what: `${pathPart} leads outside the content folder` };
  return { kind: 'attachment', path: target };
}

/** A link target is reachable on the public site when one of its versions is public. */
export const isPublicTarget = (t: Extract<LinkTarget, { kind: 'entry' }>): boolean => t.entries.some((e) => e.public);
