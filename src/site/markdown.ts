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
import { defineMdastPlugin } from 'satteri';
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

/** A piece of HTML with the addresses of files beside the entry made content-addressed. */
function withAttachments(html: string, from: string): string {
  let out = '';
  let at = 0;
  for (const a of htmlAddresses(html)) {
    const file = localFile(from, a.url);
    if (!file || a.from < at) continue;
    out += html.slice(at, a.from) + attachmentHref(file);
    at = a.to;
  }
  return out + html.slice(at);
}

class ReleaseDefect extends Error {
  constructor(what: string, file: string | undefined) {
    super(
      `${file ?? 'an entry'}: ${what} reached the public build, which reads only the public tree (src/release/). ` +
        'The build stops rather than publish it; please report this defect.',
    );
  }
}

export function relaisMarkdown(s: Pick<SiteSettings, 'variant' | 'project' | 'content'>) {
  const publicSite = s.variant === 'public';
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
      if (isRedaction(node)) {
        if (publicSite) throw new ReleaseDefect('a redacted passage', fileOf(ctx));
        ctx.replaceNode(node, {
          type: 'mdxJsxFlowElement',
          name: 'aside',
          attributes: [{ type: 'mdxJsxAttribute', name: 'className', value: 'internal-only' }],
          children: [label, ...node.children],
        });
        return;
      }
      attachmentAttributes(node, ctx);
    },
    mdxJsxTextElement(node, ctx) {
      if (isRedaction(node)) {
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
        return;
      }
      attachmentAttributes(node, ctx);
    },
    html(node, ctx) {
      const from = fileOf(ctx);
      if (!from || !/\s(href|src|srcset|poster|data)\s*=|url\(/i.test(node.value)) return;
      const value = withAttachments(node.value, from);
      if (value !== node.value) ctx.setProperty(node, 'value', value);
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
      if (!from) return;
      const file = localFile(from, node.url);
      if (file) return ctx.setProperty(node, 'url', attachmentHref(file));
      if (/\.mdx?([?#]|$)/i.test(node.url.split('#')[0]!) && !/^[a-z][a-z0-9+.-]*:/i.test(node.url)) {
        if (publicSite) throw new ReleaseDefect(`a link to a content file (${node.url})`, from);
      }
      if (publicSite || node.url.startsWith('/')) return;
      const index = contentIndex(s.project, s.content);
      const target = resolveLink(index, from, node.url);
      if (target.kind !== 'entry') return;
      const fromLang = entryAt(index, from)?.lang;
      const shown = target.entries[0]!;
      const hash = node.url.includes('#') && !/\.mdx?$/i.test(node.url) ? `#${node.url.split('#')[1]}` : '';
      ctx.setProperty(node, 'url', `${hrefOf(shown, fromLang)}${hrefOf(shown).includes('#') ? '' : hash}`);
    },
  });

  /** `<a href="./annex.pdf">` and `<img src="./chart.png">` written in MDX. */
  function attachmentAttributes(
    node: { attributes: { type: string; name?: string; value?: unknown }[] },
    ctx: { fileURL?: URL | undefined; setProperty: (node: never, key: never, value: never) => void },
  ) {
    const from = fileOf(ctx);
    if (!from) return;
    const attributes = node.attributes.map((a) => {
      if (
        a.type !== 'mdxJsxAttribute' ||
        typeof a.value !== 'string' ||
        !/^(href|src|poster|data)$/i.test(a.name ?? '')
      )
        return a;
      const file = localFile(from, a.value);
      return file ? { ...a, value: attachmentHref(file) } : a;
    });
    if (attributes.some((a, i) => a !== node.attributes[i]))
      ctx.setProperty(node as never, 'attributes' as never, attributes as never);
  }
}
