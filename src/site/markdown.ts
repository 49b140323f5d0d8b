/**
 * The Sätteri (Astro 7's Markdown engine) plugin for entry bodies, for one site's tree.
 *
 * - Internal site: redacted passages (src/release/redaction.ts) are marked "internal only"; links
 *   to other entries follow src/release/links.ts to their pages.
 * - Public site: the public tree has no redaction and no link to a content file left
 *   (src/release/project.ts). This plugin decides nothing about them: finding one is a defect of
 *   the release module, and stops the build rather than publishing or hiding anything.
 * - Both: links to attachments (Markdown, HTML or JSX) get content-addressed URLs (attachments.ts);
 *   directives that are not ours (`10:30` parses as one) are put back as the text they were.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { contentIndex } from '../content-index/scan.ts';
import { htmlAddresses, isLocal } from '../release/body.ts';
import { entryAt, hrefOf, resolveLink } from '../release/links.ts';
import { sourceOf } from '../release/mdast-source.ts';
import { REDACTION_LABEL, isRedaction } from '../release/redaction.ts';
import { attachmentHref } from './attachments.ts';
import type { SiteSettings } from './settings.ts';

const label = {
  type: 'paragraph' as const,
  data: { hProperties: { className: ['internal-only-label'] } },
  children: [
    { type: 'strong' as const, children: [{ type: 'text' as const, value: REDACTION_LABEL.en }] },
    { type: 'text' as const, value: ' · ' },
    { type: 'strong' as const, children: [{ type: 'text' as const, value: REDACTION_LABEL.fr }] },
  ],
};

/** A file beside the entry that a link or image points at, if it exists. */
function localFile(from: string, url: string): string | undefined {
  if (!isLocal(url)) return undefined;
  let path: string;
  try {
    path = resolve(dirname(from), decodeURI(url.split(/[?#]/)[0]!));
  } catch {
    return undefined;
  }
  return existsSync(path) ? path : undefined;
}

/** A piece of HTML with each address `rewrite` has a new one for replaced. */
function withAddresses(html: string, rewrite: (url: string) => string | undefined): string {
  let out = '';
  let at = 0;
  for (const a of htmlAddresses(html)) {
    const next = rewrite(a.url);
    if (next === undefined || a.from < at) continue;
    out += html.slice(at, a.from) + next;
    at = a.to;
  }
  return out + html.slice(at);
}

const CONTENT_FILE_LINK = /^(?![a-z][a-z0-9+.-]*:)[^?#]*\.mdx?([?#]|$)/i;

class ReleaseDefect extends Error {
  constructor(what: string, file: string | undefined) {
    super(
      `${file ?? 'an entry'}: ${what} reached the public build, which reads only the public tree (src/release/). ` +
        'The build stops rather than publish it; please report this defect.',
    );
  }
}

/** How this site addresses what an entry's body names (the Markdown and the JSX plugins share it). */
function addressRules(s: Pick<SiteSettings, 'variant' | 'project' | 'content'>) {
  const publicSite = s.variant === 'public';
  /**
   * The address this site gives what an entry's body names, however the link is written: a file
   * beside the entry gets its content address; on the internal site, another entry's file gets its
   * page (src/release/links.ts). Undefined: leave it as written.
   */
  const rewrite = (from: string, url: string): string | undefined => {
    const file = localFile(from, url);
    if (file) return attachmentHref(file);
    if (!CONTENT_FILE_LINK.test(url)) return undefined;
    if (publicSite) throw new ReleaseDefect(`a link to a content file (${url})`, from);
    const index = contentIndex(s.project, s.content);
    const target = resolveLink(index, from, url);
    if (target.kind !== 'entry') return undefined;
    const fromLang = entryAt(index, from)?.lang;
    const shown = target.entries[0]!;
    const hash = url.includes('#') ? `#${url.split('#')[1]}` : '';
    return `${hrefOf(shown, fromLang)}${hrefOf(shown).includes('#') ? '' : hash}`;
  };
  return { publicSite, rewrite };
}

/** The texts of a bulleted list's items begin « a. », « b. », « c. »… in order. */
export function isLettered(items: readonly string[]): boolean {
  return items.length > 1 && items.every((text, i) => text.trimStart().startsWith(`${String.fromCharCode(97 + i)}. `));
}

export function relaisMarkdown(s: Pick<SiteSettings, 'variant' | 'project' | 'content'>) {
  const { publicSite, rewrite } = addressRules(s);
  const fileOf = (ctx: { fileURL?: URL | undefined }) => (ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);
  return defineMdastPlugin({
    name: 'relais',
    options: { position: true },
    containerDirective(node, ctx) {
      if (isRedaction(node)) {
        if (publicSite) throw new ReleaseDefect('a redacted passage', fileOf(ctx));
        ctx.setProperty(node, 'data', { hName: 'aside', hProperties: { className: ['internal-only'] } });
        ctx.prependChild(node, label);
        return;
      }
      // Not ours: keep its content rather than let the engine drop it.
      ctx.replaceNode(node, [...node.children]);
    },
    mdxJsxFlowElement(node, ctx) {
      if (!isRedaction(node)) return;
      if (publicSite) throw new ReleaseDefect('a redacted passage', fileOf(ctx));
      ctx.replaceNode(node, {
        type: 'mdxJsxFlowElement',
        name: 'aside',
        attributes: [{ type: 'mdxJsxAttribute', name: 'className', value: 'internal-only' }],
        children: [label, ...node.children],
      });
    },
    mdxJsxTextElement(node, ctx) {
      if (!isRedaction(node)) return;
      if (publicSite) throw new ReleaseDefect('a redacted passage', fileOf(ctx));
      ctx.replaceNode(node, {
        type: 'mdxJsxTextElement',
        name: 'mark',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'className', value: 'internal-only' },
          { type: 'mdxJsxAttribute', name: 'title', value: `${REDACTION_LABEL.en} · ${REDACTION_LABEL.fr}` },
        ],
        children: [...node.children],
      });
    },
    html(node, ctx) {
      const from = fileOf(ctx);
      if (!from || !/\s(href|src|srcset|poster|data|action)\s*=|url\(/i.test(node.value)) return;
      const value = withAddresses(node.value, (url) => rewrite(from, url));
      if (value !== node.value) ctx.setProperty(node, 'value', value);
    },
    definition(node, ctx) {
      const from = fileOf(ctx);
      const next = from && rewrite(from, node.url);
      if (next !== undefined && next !== '') ctx.setProperty(node, 'url', next);
    },
    leafDirective(node, ctx) {
      const text = sourceOf(ctx.source, node);
      ctx.replaceNode(node, { type: 'paragraph', children: [{ type: 'text', value: text ?? `::${node.name}` }] });
    },
    textDirective(node, ctx) {
      const text = sourceOf(ctx.source, node);
      ctx.replaceNode(node, { type: 'text', value: text ?? `:${node.name}` });
    },
    link(node, ctx) {
      const from = fileOf(ctx);
      const next = from && rewrite(from, node.url);
      if (next !== undefined && next !== '') ctx.setProperty(node, 'url', next);
    },
  });
}

/**
 * The same addresses written as JSX in MDX (`<a href="./annex.pdf">`, `<img src="./chart.png">`,
 * `<a href="../practices/x.en.md">`): Sätteri sets a JSX element's attributes at the HTML stage,
 * hence a plugin of its own, sharing the Markdown plugin's `rewrite`. It also marks the lists lettered
 * in their text.
 */
export function relaisHtml(s: Pick<SiteSettings, 'variant' | 'project' | 'content'>) {
  const { rewrite } = addressRules(s);
  const visit = (
    node: { attributes: { type: string; name?: string; value?: unknown }[] },
    ctx: { fileURL?: URL | undefined; setProperty: (node: never, key: string, value: string) => void },
  ) => {
    const from = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
    if (!from) return;
    for (const a of node.attributes) {
      if (
        a.type !== 'mdxJsxAttribute' ||
        typeof a.value !== 'string' ||
        !/^(href|src|poster|data)$/i.test(a.name ?? '')
      )
        continue;
      const next = rewrite(from, a.value);
      if (next !== undefined) ctx.setProperty(node as never, a.name!, next);
    }
  };
  return defineHastPlugin({
    name: 'relais-html',
    mdxJsxFlowElement: { filter: [], visit },
    mdxJsxTextElement: { filter: [], visit },
    element: {
      filter: ['ul'],
      // The working methods letter their lists (« a. », « b. »); editors write them as bullets, so
      // the letters are the markers and the bullet beside them goes.
      visit(node, ctx) {
        const items = node.children.filter((c) => c.type === 'element' && c.tagName === 'li');
        if (isLettered(items.map((li) => ctx.textContent(li)))) ctx.setProperty(node, 'className', ['lettered']);
      },
    },
  });
}
