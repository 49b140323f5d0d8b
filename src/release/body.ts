/**
 * Reads an entry's body outside Astro (remark, with remark-directive and, for MDX, remark-mdx):
 * the links it makes and the passages it keeps internal. Used by the checks and the audit.
 */
import type { Link, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import { misspeltRedaction, type MisspeltRedaction } from './marks.ts';
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
  /**
   * The body's words without its redacted passages, in reading order, as a page and its search
   * record show them (link addresses are in `links`, not here: the search index runs a link's
   * words straight into the next sentence).
   */
  publicText: string;
  /** The Markdown source without its redacted passages, for reviewing what a public page says. */
  publicSource: string;
  /** Local images and attachments the body uses, by file name without extension. */
  assets: { name: string; redacted: boolean }[];
  /** Images the body shows (Markdown, an HTML or JSX `<img>`), by the address written. */
  images: { url: string; line: number }[];
  /** Marks that look meant to keep a passage internal but do not (redaction-markers.ts). */
  misspelt: MisspeltRedaction[];
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

/**
 * True when a Markdown body holds nothing but text, headings, lists, emphasis and the like: no
 * link, image, directive, HTML, MDX, code, entity, escape or ordered-list number. Its words are then
 * the words of its text nodes, so the facts need no parse (a parse costs about 2 ms a body, and the
 * checks and the audit read every body of a 10,000-entry tree).
 */
export function isPlainMarkdown(body: string): boolean {
  return (
    !/[[\]<>`{}\\]/.test(body) &&
    !/:\S/.test(body) &&
    !/&[#a-z0-9]+;/i.test(body) &&
    !/^[ \t]*\d+[.)]([ \t]|$)/m.test(body) &&
    !/^[ \t]*(```|~~~)/m.test(body)
  );
}

/**
 * An inline link whose text and address hold no Markdown of their own: `[text](address)`, not
 * after `!` (an image), `\\` (an escape) or `]` (a reference). Addresses with entities, escapes,
 * spaces, parentheses or a title are left to the parser.
 */
const SIMPLE_LINK = /(?<![!\\\]])\[([^[\]\n]+)\]\(([^()\s<>&\\]+)\)/g;

/**
 * Facts of a body that is plain but for simple inline links (most bodies that link at all), read
 * without a parse: each link stands for its text, the rest must be plain. Lines indented as code
 * send the body to the parser (brackets in code are not links).
 */
function linkedFacts(body: string, firstLine: number): BodyFacts | undefined {
  if (!body.includes('](') || /^( {4}|\t)/m.test(body)) return undefined;
  const rest = body.replace(SIMPLE_LINK, (_, text: string) => ` ${text} `);
  if (!isPlainMarkdown(rest)) return undefined;
  const facts: BodyFacts = {
    links: [],
    redactions: [],
    publicText: rest,
    publicSource: tidy(body),
    assets: [],
    images: [],
    misspelt: [],
  };
  let line = firstLine;
  let counted = 0;
  for (const m of body.matchAll(SIMPLE_LINK)) {
    for (let i = body.indexOf('\n', counted); i !== -1 && i < m.index; i = body.indexOf('\n', i + 1)) line++;
    counted = m.index;
    const url = m[2]!;
    facts.links.push({ url, line, redacted: false });
    if (isLocal(url)) facts.assets.push({ name: stemOf(url), redacted: false });
  }
  return facts;
}

/** Whether a link's address is a file beside the entry (an image or attachment), not a page. */
const isLocal = (url: string) => !/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(url) && !/\.mdx?(#|$)/.test(url);
/** A local file's name without folder, extension, query or fragment. */
const stemOf = (url: string) => decodeURI(url.split(/[?#]/)[0]!).split('/').pop()!.split('.')[0]!;
const tidy = (source: string) => source.replace(/\n{3,}/g, '\n\n');

/** The addresses of the images a node shows itself (not its children's). */
function imagesOf(node: AnyNode): string[] {
  if (node.type === 'image') return [node.url];
  if (node.type === 'html')
    return [...node.value.matchAll(/<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? '',
    );
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
    const src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src');
    return src && typeof src.value === 'string' ? [src.value] : [];
  }
  return [];
}

/** Facts already computed in this process, by body (validation and the audit read the same bodies). */
const memo = new Map<string, { mdx: boolean; firstLine: number; facts: BodyFacts }>();

export function bodyFacts(body: string, opts: { mdx: boolean; firstLine: number }): BodyFacts {
  if (!opts.mdx && isPlainMarkdown(body))
    return { links: [], redactions: [], publicText: body, publicSource: body, assets: [], images: [], misspelt: [] };
  const known = memo.get(body);
  if (known && known.mdx === opts.mdx && known.firstLine === opts.firstLine) return known.facts;
  const facts = (!opts.mdx && linkedFacts(body, opts.firstLine)) || parseFacts(body, opts);
  memo.set(body, { ...opts, facts });
  return facts;
}

/** The facts from a full parse (exported for tests that hold the fast paths to it). */
export function parseFacts(body: string, opts: { mdx: boolean; firstLine: number }): BodyFacts {
  const tree = (opts.mdx ? mdx : markdown).parse(body);
  const facts: BodyFacts = {
    links: [],
    redactions: [],
    publicText: '',
    publicSource: '',
    assets: [],
    images: [],
    misspelt: [],
  };
  const cut: [number, number][] = [];
  const shown: string[] = [];
  const lineOf = (n: AnyNode) => (n.position?.start.line ?? 1) + opts.firstLine - 1;
  const walk = (node: AnyNode, redacted: boolean) => {
    const slip = misspeltRedaction(node, body, opts.mdx);
    if (slip) facts.misspelt.push({ ...slip, line: lineOf(node) + (slip.line - 1) });
    const hidden = redacted || isRedaction(node as { type: string; name?: string });
    if (hidden && !redacted) {
      facts.redactions.push({ text: textOf(node), line: lineOf(node) });
      const { start, end } = node.position ?? {};
      if (start?.offset !== undefined && end?.offset !== undefined) cut.push([start.offset, end.offset]);
    }
    if (node.type === 'link') facts.links.push({ url: (node as Link).url, line: lineOf(node), redacted: hidden });
    if ((node.type === 'link' || node.type === 'image') && isLocal(node.url))
      facts.assets.push({ name: stemOf(node.url), redacted: hidden });
    for (const url of imagesOf(node)) facts.images.push({ url, line: lineOf(node) });
    if (!hidden && (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')) {
      shown.push(node.value);
    }
    if (!hidden && node.type === 'image' && node.alt) {
      shown.push(node.alt);
    }
    if ('children' in node) for (const child of node.children) walk(child as AnyNode, hidden);
  };
  walk(tree, false);
  facts.publicText = shown.join(' ');
  let source = body;
  for (const [from, to] of cut.reverse()) source = source.slice(0, from) + source.slice(to);
  facts.publicSource = tidy(source);
  return facts;
}
