/**
 * The Sätteri (Astro 7's Markdown engine) plugin for entry bodies:
 * - redacted passages (src/release/redaction.ts) are removed in the public build before anything is
 *   rendered, so their text, headings and images never exist there; the internal build marks them;
 * - links to other entries are checked and rewritten; on the public site a link to an entry that is
 *   not public becomes plain text (the build has already failed unless the site allows that);
 * - links to attachments get content-addressed URLs (see attachments.ts);
 * - directives that are not ours (`10:30` parses as one) are put back as the text they were.
 */
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { variant } from '../config/variant.ts';
import { contentIndex } from '../content-index/scan.ts';
import { entryAt, hrefOf, isPublicTarget, resolveLink } from '../release/links.ts';
import { sourceOf, type Positioned } from '../release/mdast-source.ts';
import { REDACTION_LABEL, isRedaction } from '../release/redaction.ts';
import { attachmentHref } from './attachments.ts';

const label = {
  type: 'paragraph' as const,
  data: { hProperties: { className: ['internal-only-label'] } },
  children: [
    { type: 'strong' as const, children: [{ type: 'text' as const, value: REDACTION_LABEL.en }] },
    { type: 'text' as const, value: ' · ' },
    { type: 'strong' as const, children: [{ type: 'text' as const, value: REDACTION_LABEL.fr }] },
  ],
};

export function relaisMarkdown(opts: { root: string }) {
  const isPublic = variant === 'public';
  // Passages removed from the body being compiled: links inside them need no rewriting (the
  // engine would drop the change, and warn, since the passage is gone).
  let removed: { source: string; ranges: [number, number][] } = { source: '', ranges: [] };
  const remove = (node: Positioned, ctx: { source: string }) => {
    if (removed.source !== ctx.source) removed = { source: ctx.source, ranges: [] };
    const { start, end } = node.position ?? { start: {}, end: {} };
    if (start.offset !== undefined && end.offset !== undefined) removed.ranges.push([start.offset, end.offset]);
  };
  const insideRemoved = (node: Positioned, ctx: { source: string }) => {
    const at = node.position?.start.offset;
    return (
      removed.source === ctx.source && at !== undefined && removed.ranges.some(([from, to]) => at >= from && at < to)
    );
  };
  return defineMdastPlugin({
    name: 'relais',
    options: { position: true },
    containerDirective(node, ctx) {
      if (isRedaction(node)) {
        if (isPublic) {
          remove(node, ctx);
          return ctx.removeNode(node);
        }
        ctx.setProperty(node, 'data', { hName: 'aside', hProperties: { className: ['internal-only'] } });
        ctx.prependChild(node, label);
        return;
      }
      // Not ours: keep its content rather than let the engine drop it.
      ctx.replaceNode(node, [...node.children]);
    },
    mdxJsxFlowElement(node, ctx) {
      if (!isRedaction(node)) return;
      if (isPublic) {
        remove(node, ctx);
        return ctx.removeNode(node);
      }
      ctx.replaceNode(node, {
        type: 'mdxJsxFlowElement',
        name: 'aside',
        attributes: [{ type: 'mdxJsxAttribute', name: 'className', value: 'internal-only' }],
        children: [label, ...node.children],
      });
    },
    mdxJsxTextElement(node, ctx) {
      if (!isRedaction(node)) return;
      if (isPublic) {
        remove(node, ctx);
        return ctx.removeNode(node);
      }
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
    leafDirective(node, ctx) {
      const text = sourceOf(ctx.source, node);
      ctx.replaceNode(node, { type: 'paragraph', children: [{ type: 'text', value: text ?? `::${node.name}` }] });
    },
    textDirective(node, ctx) {
      const text = sourceOf(ctx.source, node);
      ctx.replaceNode(node, { type: 'text', value: text ?? `:${node.name}` });
    },
    link(node, ctx) {
      if (!ctx.fileURL || insideRemoved(node, ctx)) return;
      const from = fileURLToPath(ctx.fileURL);
      const index = contentIndex(opts.root);
      const target = resolveLink(index, from, node.url);
      if (target.kind === 'attachment') return ctx.setProperty(node, 'url', attachmentHref(target.path));
      if (target.kind !== 'entry') return;
      if (isPublic && !isPublicTarget(target)) {
        // Never emit the target's address: the reader gets the editor's words as plain text.
        return ctx.replaceNode(node, [...node.children]);
      }
      const fromLang = entryAt(index, from)?.lang;
      const shown = target.entries.find((e) => !isPublic || e.public) ?? target.entries[0]!;
      const hash = node.url.includes('#') && !node.url.endsWith('.md') ? `#${node.url.split('#')[1]}` : '';
      ctx.setProperty(
        node,
        'url',
        node.url.startsWith('/') ? node.url : `${hrefOf(shown, fromLang)}${hrefOf(shown).includes('#') ? '' : hash}`,
      );
    },
  });
}
