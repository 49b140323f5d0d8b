/**
 * Where a link written in an entry's body leads: another entry (by its file, or by its site path),
 * an attachment beside the entry, or outside. Shared by the Markdown plugin, which rewrites the
 * link, and the checks, which refuse a public page linking to an internal one.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ContentIndex, IndexedEntry } from '../content-index/scan.ts';

export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'entry'; entries: IndexedEntry[]; href: string }
  | { kind: 'attachment'; path: string }
  | { kind: 'missing'; what: string };

const CONTENT_FILE = /\.(md|mdx)$/;

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

const maps = new WeakMap<ContentIndex, { byPath: Map<string, IndexedEntry>; byKey: Map<string, IndexedEntry[]> }>();
function lookup(index: ContentIndex) {
  let m = maps.get(index);
  if (!m) {
    m = { byPath: new Map(), byKey: new Map() };
    for (const e of index.entries) {
      m.byPath.set(e.path, e);
      const k = `${e.collection}/${e.key}`;
      const list = m.byKey.get(k) ?? [];
      list.push(e);
      m.byKey.set(k, list);
    }
    maps.set(index, m);
  }
  return m;
}

/** The entry stored at an absolute path, if any. */
export const entryAt = (index: ContentIndex, path: string): IndexedEntry | undefined => lookup(index).byPath.get(path);

export function resolveLink(index: ContentIndex, fromPath: string, url: string): LinkTarget {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '') {
    return { kind: 'external' };
  }
  const [pathPart = '', hash = ''] = url.split('#', 2);
  const { byPath, byKey } = lookup(index);
  if (pathPart.startsWith('/')) {
    const m = /^\/(en|fr)\/([a-z]+)\/([^/]+)\/?$/.exec(decodeURI(pathPart));
    if (!m) return { kind: 'external' }; // a site page that is not an entry (a list, a facet)
    const entries = byKey.get(`${m[2]}/${m[3]}`);
    return entries
      ? { kind: 'entry', entries, href: url }
      : { kind: 'missing', what: `no ${m[2]} entry has the key "${m[3]}"` };
  }
  const target = resolve(dirname(fromPath), decodeURI(pathPart));
  if (CONTENT_FILE.test(pathPart)) {
    const e = byPath.get(target);
    if (!e) return { kind: 'missing', what: `${pathPart} is not a content file` };
    const href = hrefOf(e);
    return { kind: 'entry', entries: [e], href: hash && !href.includes('#') ? `${href}#${hash}` : href };
  }
  return existsSync(target)
    ? { kind: 'attachment', path: target }
    : { kind: 'missing', what: `${pathPart} does not exist` };
}

/** A link target is reachable on the public site when one of its versions is public. */
export const isPublicTarget = (t: Extract<LinkTarget, { kind: 'entry' }>): boolean => t.entries.some((e) => e.public);
