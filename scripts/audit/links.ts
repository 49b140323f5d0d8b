/**
 * Closed links: every address in the public site that points at the site itself (an `href`,
 * `src`, `srcset`, `action`, `poster` or CSS `url()`, the sitemap's and feeds' addresses, and the
 * absolute addresses in calendars, address books and CSV files) must
 * lead to a file of the site. A link the public tree's projection missed, in a form nobody thought
 * of, leads to a page the public site does not have: the build stops and names the page and the link.
 */
import { posix } from 'node:path';
import { site } from '../../src/config/site.ts';

/** The site's own origins: an absolute address on one of them points at the site itself. */
const OWN = Object.values(site.urls).map((u) => new URL(u).origin.toLowerCase());

const ATTRIBUTE =
  /\s(?:href|src|action|formaction|poster|data|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const SRCSET = /\ssrcset\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const CSS_URL = /url\(\s*(["']?)([^"')]+)\1\s*\)/gi;
const XML_ADDRESS = /<(?:loc|link|guid|comments)\b[^>]*>\s*([^<\s]+)\s*</gi;
/** An absolute address in plain text (iCalendar and vCard escape `,` and `;` with a backslash). */
const TEXT_ADDRESS = /https?:\/\/[^\s"'<>\\]+/gi;
/** iCalendar and vCard fold long lines: a line break followed by a space or tab continues the line. */
const FOLD = /\r?\n[ \t]/g;

/** The files whose addresses are read: pages, feeds, styles, drawings and the download formats. */
export const LINKED_FILE = /\.(html?|xml|css|svg|ics|vcf|csv)$/i;

/** The addresses a file of the site gives (by its path below the site's folder), as written. */
export function addressesIn(rel: string, text: string): string[] {
  const out: string[] = [];
  if (/\.html?$/i.test(rel) || /\.(xml|svg)$/i.test(rel)) {
    for (const m of text.matchAll(ATTRIBUTE)) out.push(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
    for (const m of text.matchAll(SRCSET))
      for (const part of decodeEntities(m[1] ?? m[2] ?? '').split(','))
        if (part.trim()) out.push(part.trim().split(/\s+/)[0]!);
    for (const m of text.matchAll(CSS_URL)) out.push(m[2]!);
  }
  if (/\.xml$/i.test(rel)) for (const m of text.matchAll(XML_ADDRESS)) out.push(decodeEntities(m[1]!));
  if (/\.css$/i.test(rel)) for (const m of text.matchAll(CSS_URL)) out.push(m[2]!);
  if (/\.(ics|vcf|csv)$/i.test(rel))
    for (const m of text.replace(FOLD, '').matchAll(TEXT_ADDRESS)) out.push(m[0].replace(/[.)]+$/, ''));
  return out;
}

const decodeEntities = (s: string) =>
  s.includes('&')
    ? s
        .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
    : s;

/** The file of the site an address leads to, or undefined for an address elsewhere. */
export function targetOf(fromRel: string, address: string): string | undefined {
  let url = address.trim();
  if (url === '' || url.startsWith('#')) return undefined;
  const lower = url.toLowerCase();
  if (/^(https?:)?\/\//.test(lower)) {
    const abs = lower.startsWith('//') ? `https:${url}` : url;
    let u: URL;
    try {
      u = new URL(abs);
    } catch {
      return undefined;
    }
    if (!OWN.includes(u.origin.toLowerCase())) return undefined;
    url = u.pathname;
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined; // mailto:, data:, tel:…
  let path = url.split(/[?#]/)[0]!;
  if (path === '') return undefined; // ?query alone: the same page
  try {
    path = decodeURIComponent(path);
  } catch {
    /* kept as written: it will not match a file */
  }
  // A page's own address is its folder (en/practices/x/index.html → /en/practices/x/).
  const base = `/${posix.dirname(fromRel)}/`;
  return posix.normalize(path.startsWith('/') ? path : posix.join(base, path)).replace(/^\/+/, '');
}

/** Whether a site path names one of `files` (a folder's address names its index.html). */
export function resolves(files: ReadonlySet<string>, target: string): boolean {
  if (target === '' || target.endsWith('/')) return files.has(`${target}index.html`);
  return files.has(target) || files.has(`${target}/index.html`);
}
