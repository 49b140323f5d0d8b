/**
 * Reads an entry's body outside Astro (remark, with remark-directive and, for MDX, remark-mdx):
 * the links it makes and the passages it keeps internal. Used by the checks and the audit.
 */
import type { Link, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import { isRedaction } from './redaction.ts';

export interface BodyLink {
  url: string;
  line: number;
  /** True when the link sits inside a redacted passage (it never reaches the public site). */
  redacted: boolean;
}

export interface BodyFacts {
  links: BodyLink[];
  /** Text of each redacted passage, headings included. */
  redactions: { text: string; line: number }[];
  /** The body's text without its redacted passages: what a public page may show. */
  publicText: string;
  /** Local images and attachments the body uses, by file name without extension. */
  assets: { name: string; redacted: boolean }[];
}

const markdown = remark().use(remarkDirective);
const mdx = remark().use(remarkMdx).use(remarkDirective);

type AnyNode = Root | RootContent;

/** The words of a subtree, with a space between blocks (mdast-util-to-string glues them). */
function textOf(node: AnyNode): string {
  if ('children' in node) return node.children.map((c) => textOf(c as AnyNode)).join(' ');
  if (node.type === 'image') return node.alt ?? '';
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}

export function bodyFacts(body: string, opts: { mdx: boolean; firstLine: number }): BodyFacts {
  const tree = (opts.mdx ? mdx : markdown).parse(body);
  const facts: BodyFacts = { links: [], redactions: [], publicText: '', assets: [] };
  const local = (url: string) => !/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(url) && !/\.mdx?(#|$)/.test(url);
  const stem = (url: string) => decodeURI(url.split(/[?#]/)[0]!).split('/').pop()!.split('.')[0]!;
  const shown: string[] = [];
  const lineOf = (n: AnyNode) => (n.position?.start.line ?? 1) + opts.firstLine - 1;
  const walk = (node: AnyNode, redacted: boolean) => {
    const hidden = redacted || isRedaction(node as { type: string; name?: string });
    if (hidden && !redacted) facts.redactions.push({ text: textOf(node), line: lineOf(node) });
    if (node.type === 'link') facts.links.push({ url: (node as Link).url, line: lineOf(node), redacted: hidden });
    if ((node.type === 'link' || node.type === 'image') && local(node.url))
      facts.assets.push({ name: stem(node.url), redacted: hidden });
    if (!hidden && (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')) shown.push(node.value);
    if (!hidden && node.type === 'image' && node.alt) shown.push(node.alt);
    if ('children' in node) for (const child of node.children) walk(child as AnyNode, hidden);
    // A shown link's address is on the public page too (in its href), right after its words, as
    // in the Markdown source: without it, an address an internal entry also cites looks like a leak.
    if (!hidden && node.type === 'link') shown.push((node as Link).url);
  };
  walk(tree, false);
  facts.publicText = shown.join(' ');
  return facts;
}
