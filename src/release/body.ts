/**
 * THE reading of an entry's body: one Markdown parse (remark with directives, GFM where it reads
 * the body differently, and MDX for .mdx files, as the site's renderer reads them) decides what is a redacted passage, a comment, a
 * link in any of its forms, an image or attachment, an MDX import. The public tree
 * (src/release/project.ts), `npm run check`, the audit and the publication report all read these
 * facts; nothing else decides what a body hides.
 *
 * Bodies with no Markdown syntax that matters (most of a large tree) are read without a parse;
 * tests/unit/body-plain.test.ts holds those shortcuts to the parse's answers.
 */
import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { misspeltRedaction, type MisspeltRedaction } from './marks.ts';
import { isRedaction } from './redaction.ts';

/** How a link is written; every form can point at another entry. */
export type LinkForm = 'inline' | 'autolink' | 'reference' | 'html' | 'jsx';

/** A range of the body's source: [from, to). */
export type Range = [number, number];

export interface BodyLink {
  url: string;
  line: number;
  form: LinkForm;
  /** True when the link sits inside a redacted passage (it never reaches the public site). */
  redacted: boolean;
  /** Where a new address goes: the source range becomes before + address + after. */
  address: { from: number; to: number; before: string; after: string };
  /** Removing these ranges leaves the link's words without the link. */
  unwrap: Range[];
}

export interface BodyFacts {
  /** Every address the body links to, in every form (images are in `images`). */
  links: BodyLink[];
  /** Text of each redacted passage, headings included. */
  redactions: { text: string; line: number }[];
  /** What the public version of the body leaves out: redacted passages and comments. */
  cuts: { from: number; to: number; why: 'redaction' | 'comment'; line: number }[];
  /**
   * The body's words without its redacted passages and comments, in reading order, as a page and
   * its search record show them (link addresses are in `links`, not here).
   */
  publicText: string;
  /** The Markdown source without its redacted passages and comments (links as written). */
  publicSource: string;
  /** Local files the body uses (images, attachments), by the address written. */
  assets: { url: string; name: string; line: number; redacted: boolean }[];
  /** Images the body shows (Markdown, an HTML or JSX `<img>`), by the address written. */
  images: { url: string; line: number }[];
  /** Marks that look meant to keep a passage internal but do not (marks.ts). */
  misspelt: MisspeltRedaction[];
  /** MDX `import` statements: the module named and where its quoted name is. */
  imports: { specifier: string; line: number; from: number; to: number }[];
  /** MDX code that loads modules or files by itself (`import()`, `require`, `import.meta`). */
  code: { what: string; line: number }[];
  /** Code and HTML as written: where a mark shown as text sits (marks.ts names the place). */
  literals: { from: number; to: number; kind: 'indented' | 'code' | 'html' }[];
  /** The body cannot be read at all (an MDX syntax error), with the parser's words. */
  unreadable?: { message: string; line: number };
}

const markdown = remark().use(remarkDirective);
const markdownGfm = remark().use(remarkGfm).use(remarkDirective);
const mdx = remark().use(remarkMdx).use(remarkDirective);
const mdxGfm = remark().use(remarkGfm).use(remarkMdx).use(remarkDirective);

/**
 * Whether a body uses what GitHub-flavoured Markdown reads differently from CommonMark and that
 * matters here: a bare address (`https://…`, `www.…`, an e-mail), which GFM makes a link, and a
 * footnote (`[^1]`), whose definition holds text and links. Tables, strikethrough and task lists
 * change no link, redaction or comment. GFM doubles the cost of a parse, so the other bodies are
 * read without it (tests/unit/body-plain.test.ts holds both readings to the same facts).
 */
export const needsGfm = (body: string) => /\[\^|(?<![(<"'=/])\bhttps?:\/\/|\bwww\.|[\w.+-]+@[\w-]+\.[a-z]/i.test(body);

type AnyNode = Root | RootContent;

const empty = (body: string): BodyFacts => ({
  links: [],
  redactions: [],
  cuts: [],
  publicText: body,
  publicSource: body,
  assets: [],
  images: [],
  misspelt: [],
  imports: [],
  code: [],
  literals: [],
});

/** The words of a subtree, with a space between blocks (mdast-util-to-string glues them). */
function textOf(node: AnyNode): string {
  if ('children' in node) return node.children.map((c) => textOf(c as AnyNode)).join(' ');
  if (node.type === 'image') return node.alt ?? '';
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}

/**
 * True when a Markdown body holds nothing but text, headings, lists, emphasis and the like: no
 * link (written or bare: GFM links `www.` and `https:` addresses), image, directive, HTML, MDX,
 * code, entity, escape or ordered-list number. Its words are then the words of its text nodes, so
 * the facts need no parse (a parse costs about 2 ms a body, and the checks, the public tree and the
 * audit read every body of a 10,000-entry tree).
 */
export function isPlainMarkdown(body: string): boolean {
  return (
    !/[[\]<>`{}\\]/.test(body) &&
    !/:\S/.test(body) &&
    !/\bwww\./i.test(body) &&
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

/** Whether an address is a file beside the entry (an image or attachment), not a page. */
export const isLocal = (url: string) =>
  url !== '' && !/^[a-z][a-z0-9+.-]*:|^\/|^#|^\?/i.test(url) && !/\.mdx?([?#]|$)/i.test(url);
/** A local file's name without folder, extension, query or fragment. */
const stemOf = (url: string) => safeDecode(url.split(/[?#]/)[0]!).split('/').pop()!.split('.')[0]!;
const safeDecode = (s: string) => {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
};
const tidy = (source: string) => source.replace(/\n{3,}/g, '\n\n');

/** The line (1-based, in the body) of an offset. */
function lineAt(body: string, offset: number): number {
  let line = 1;
  for (let i = body.indexOf('\n'); i !== -1 && i < offset; i = body.indexOf('\n', i + 1)) line++;
  return line;
}

/** The inline-link site of `[text](url)` starting at `start`, its text ending at `textEnd` (the `]`). */
function inlineSite(start: number, textEnd: number, end: number, title: string | null | undefined) {
  const after = `${title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : ''})`;
  return {
    address: { from: textEnd, to: end, before: '](', after },
    unwrap:
      textEnd > start + 1
        ? ([
            [start, start + 1],
            [textEnd, end],
          ] as Range[])
        : ([[start, end]] as Range[]),
  };
}

/**
 * Facts of a body that is plain but for simple inline links and well-formed redactions (most
 * bodies that link or redact at all), read without a parse: each link stands for its text; each
 * `:::internal` … `:::` block, its fences alone on their lines at the margin, the opening one after
 * a blank line, is cut; the rest, inside and outside the blocks, must be plain. Lines indented as
 * code send the body to the parser (brackets in code are not links).
 */
function quickFacts(body: string, firstLine: number): BodyFacts | undefined {
  const fences = body.includes(':::') ? [...body.matchAll(/^:::([A-Za-z]*)[ \t]*$/gm)] : [];
  if ((!body.includes('](') && fences.length === 0) || /^( {4}|\t)/m.test(body)) return undefined;
  if (fences.length % 2 !== 0) return undefined;
  const blocks: { from: number; to: number; inner: string }[] = [];
  for (let i = 0; i < fences.length; i += 2) {
    const open = fences[i]!;
    const close = fences[i + 1]!;
    if (open[1] !== 'internal' || close[1] !== '') return undefined;
    if (open.index > 0 && !/(^|\n)[ \t]*\n$/.test(body.slice(0, open.index))) return undefined;
    const innerFrom = open.index + open[0].length + 1;
    blocks.push({
      from: open.index,
      to: close.index + close[0].length,
      inner: body.slice(innerFrom, Math.max(innerFrom, close.index)),
    });
  }
  const asText = (text: string) => text.replace(SIMPLE_LINK, (_, words: string) => ` ${words} `);
  const outside = asText(cutOut(body, blocks));
  if (!isPlainMarkdown(outside) || blocks.some((b) => !isPlainMarkdown(asText(b.inner)))) return undefined;
  const cuts = blocks.map((b) => ({
    from: b.from,
    to: b.to,
    why: 'redaction' as const,
    line: lineAt(body, b.from) + firstLine - 1,
  }));
  const facts: BodyFacts = {
    ...empty(body),
    publicText: outside,
    publicSource: tidy(cutOut(body, cuts)),
    cuts,
    redactions: blocks.map((b, i) => ({ text: asText(b.inner), line: cuts[i]!.line })),
  };
  let line = firstLine;
  let counted = 0;
  for (const m of body.matchAll(SIMPLE_LINK)) {
    for (let i = body.indexOf('\n', counted); i !== -1 && i < m.index; i = body.indexOf('\n', i + 1)) line++;
    counted = m.index;
    const url = m[2]!;
    const end = m.index + m[0].length;
    const redacted = blocks.some((b) => m.index >= b.from && m.index < b.to);
    const site = inlineSite(m.index, m.index + 1 + m[1]!.length, end, undefined);
    facts.links.push({ url, line, form: 'inline', redacted, ...site });
    if (isLocal(url)) facts.assets.push({ url, name: stemOf(url), line, redacted });
  }
  return facts;
}

/** HTML attributes that hold an address. */
const HTML_ADDRESS =
  /\s(href|src|srcset|action|formaction|poster|cite|data|background|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
/** JSX attributes that hold an address (MDX). */
const JSX_ADDRESS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'background',
  'xlink:href',
]);
const CSS_URL = /url\(\s*(["']?)([^"')]+)\1\s*\)/gi;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** A tag with its attributes (a comment or a closing tag is not one). */
const HTML_TAG = /<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

export interface HtmlAddress {
  tag: string;
  name: string;
  url: string;
  /** The value's range in the HTML. */
  from: number;
  to: number;
  /** The whole attribute's range, with the space before it. */
  attr: Range;
}

/** The addresses in a piece of HTML (attributes and CSS `url()`), with their ranges in `html`. */
export function htmlAddresses(html: string): HtmlAddress[] {
  const out: HtmlAddress[] = [];
  for (const t of html.matchAll(HTML_TAG)) {
    const tag = t[1]!.toLowerCase();
    const inner = t[2]!;
    const base = t.index + 1 + t[1]!.length;
    for (const m of inner.matchAll(HTML_ADDRESS)) {
      const value = m[2] ?? m[3] ?? m[4] ?? '';
      const valueFrom = base + m.index + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
      const attr: Range = [base + m.index, base + m.index + m[0].length];
      const name = m[1]!.toLowerCase();
      if (name === 'srcset') {
        // "a.png 1x, b.png 2x": each candidate's address, up to its first space.
        for (const c of value.matchAll(/[^\s,]+/g)) {
          if (c.index > 0 && !/[\s,]/.test(value[c.index - 1]!)) continue;
          if (c.index > 0 && !/,\s*$/.test(value.slice(0, c.index))) continue;
          out.push({ tag, name, url: c[0], from: valueFrom + c.index, to: valueFrom + c.index + c[0].length, attr });
        }
      } else out.push({ tag, name, url: value, from: valueFrom, to: valueFrom + value.length, attr });
    }
  }
  for (const m of html.matchAll(CSS_URL)) {
    const from = m.index + m[0].indexOf(m[2]!, 4);
    out.push({
      tag: 'style',
      name: 'url()',
      url: m[2]!,
      from,
      to: from + m[2]!.length,
      attr: [from, from + m[2]!.length],
    });
  }
  return out;
}

/** Facts already computed in this process, by body (the checks, the tree and the audit read the same bodies). */
const memo = new Map<string, { mdx: boolean; firstLine: number; facts: BodyFacts }>();

export function bodyFacts(body: string, opts: { mdx: boolean; firstLine: number }): BodyFacts {
  if (!opts.mdx && isPlainMarkdown(body)) return empty(body);
  const known = memo.get(body);
  if (known && known.mdx === opts.mdx && known.firstLine === opts.firstLine) return known.facts;
  const facts = (!opts.mdx && quickFacts(body, opts.firstLine)) || parseFacts(body, opts);
  memo.set(body, { ...opts, facts });
  return facts;
}

/** The JavaScript syntax tree the MDX parser attaches to code (imports, expressions, attributes). */
const estreeOf = (node: { data?: unknown }): unknown => (node.data as { estree?: unknown } | undefined)?.estree;

/** Names and calls in MDX code that load modules or files by themselves. */
function dynamicCode(estree: unknown, out: string[]) {
  const visit = (n: unknown) => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    const node = n as { type?: string; [k: string]: unknown };
    if (node.type === 'ImportExpression') out.push('import()');
    else if (node.type === 'MetaProperty' && (node.meta as { name?: string })?.name === 'import')
      out.push('import.meta');
    else if (
      node.type === 'CallExpression' &&
      (node.callee as { type?: string; name?: string })?.type === 'Identifier' &&
      (node.callee as { name?: string }).name === 'require'
    )
      out.push('require()');
    for (const [k, v] of Object.entries(node)) if (k !== 'loc' && k !== 'range') visit(v);
  };
  visit(estree);
}

/** The facts from a full parse (exported for tests that hold the fast paths to it). */
export function parseFacts(body: string, opts: { mdx: boolean; firstLine: number }): BodyFacts {
  const facts: BodyFacts = { ...empty(body), publicText: '', publicSource: '' };
  let tree: Root;
  try {
    const gfm = needsGfm(body);
    tree = (opts.mdx ? (gfm ? mdxGfm : mdx) : gfm ? markdownGfm : markdown).parse(body);
  } catch (e) {
    const { line, reason } = e as { line?: number; reason?: string };
    facts.unreadable = {
      message: (reason ?? (e as Error).message).split('\n')[0]!,
      line: (line ?? 1) + opts.firstLine - 1,
    };
    return facts;
  }
  const shown: string[] = [];
  const lineOf = (n: { position?: { start: { line: number } } | undefined }) =>
    (n.position?.start.line ?? 1) + opts.firstLine - 1;
  const lineOfOffset = (offset: number) => lineAt(body, offset) + opts.firstLine - 1;
  const start = (n: AnyNode) => n.position?.start.offset ?? 0;
  const end = (n: AnyNode) => n.position?.end.offset ?? 0;
  const asset = (url: string, line: number, redacted: boolean) => {
    if (isLocal(url)) facts.assets.push({ url, name: stemOf(url), line, redacted });
  };
  // Reference links: definitions are sites, their references' brackets are unwrapped with them.
  const definitions = new Map<string, BodyLink>();
  const references: { identifier: string; unwrap: Range[] }[] = [];

  const walk = (node: AnyNode, redacted: boolean) => {
    const slip = misspeltRedaction(node, body, opts.mdx);
    if (slip) facts.misspelt.push({ ...slip, line: lineOf(node) + (slip.line - 1), range: [start(node), end(node)] });
    const hidden = redacted || isRedaction(node as { type: string; name?: string });
    if (hidden && !redacted) {
      facts.redactions.push({ text: textOf(node), line: lineOf(node) });
      facts.cuts.push({ from: start(node), to: end(node), why: 'redaction', line: lineOf(node) });
    }
    switch (node.type) {
      case 'link': {
        const s = start(node);
        const e = end(node);
        const last = node.children.at(-1);
        const written = body.slice(s, e);
        let form: LinkForm = 'inline';
        let site: Pick<BodyLink, 'address' | 'unwrap'>;
        if (written.startsWith('<') || !written.startsWith('[')) {
          // <https://…> or a bare GFM address: its words are the address itself.
          form = 'autolink';
          const angle = written.startsWith('<');
          site = {
            address: { from: s, to: e, before: angle ? '<' : '', after: angle ? '>' : '' },
            unwrap: [[s, e]],
          };
        } else {
          const textEnd = last ? end(last as AnyNode) : s + 1;
          site = inlineSite(s, textEnd, e, node.title);
        }
        facts.links.push({ url: node.url, line: lineOf(node), form, redacted: hidden, ...site });
        asset(node.url, lineOf(node), hidden);
        break;
      }
      case 'linkReference': {
        const s = start(node);
        const e = end(node);
        const first = node.children[0];
        const last = node.children.at(-1);
        const unwrap: Range[] =
          first && last
            ? [
                [s, start(first as AnyNode)],
                [end(last as AnyNode), e],
              ]
            : [[s, e]];
        if (!hidden) references.push({ identifier: node.identifier, unwrap });
        break;
      }
      case 'definition': {
        const s = start(node);
        const e = end(node);
        const title = node.title ? ` "${node.title.replace(/["\\]/g, '\\$&')}"` : '';
        const link: BodyLink = {
          url: node.url,
          line: lineOf(node),
          form: 'reference',
          redacted: hidden,
          address: { from: s, to: e, before: `[${node.label ?? node.identifier}]: <`, after: `>${title}` },
          unwrap: [[s, e]],
        };
        facts.links.push(link);
        if (!hidden) definitions.set(node.identifier, link);
        asset(node.url, lineOf(node), hidden);
        break;
      }
      case 'image':
        facts.images.push({ url: node.url, line: lineOf(node) });
        asset(node.url, lineOf(node), hidden);
        if (!hidden && node.alt) shown.push(node.alt);
        break;
      case 'html': {
        const s = start(node);
        facts.literals.push({ from: s, to: end(node), kind: 'html' });
        const source = body.slice(s, end(node));
        if (!hidden)
          for (const c of source.matchAll(HTML_COMMENT))
            facts.cuts.push({
              from: s + c.index,
              to: s + c.index + c[0].length,
              why: 'comment',
              line: lineOfOffset(s + c.index),
            });
        const comments = [...source.matchAll(HTML_COMMENT)].map((c): Range => [c.index, c.index + c[0].length]);
        for (const a of htmlAddresses(source)) {
          if (comments.some(([f, t]) => a.from >= f && a.from < t)) continue;
          const line = lineOfOffset(s + a.from);
          // An image is an image (checks/images.ts); any other address is a link.
          if ((a.tag === 'img' || a.tag === 'source') && (a.name === 'src' || a.name === 'srcset'))
            facts.images.push({ url: a.url, line });
          else
            facts.links.push({
              url: a.url,
              line,
              form: 'html',
              redacted: hidden,
              address: { from: s + a.from, to: s + a.to, before: '', after: '' },
              unwrap: [[s + a.attr[0], s + a.attr[1]]],
            });
          asset(a.url, line, hidden);
        }
        break;
      }
      case 'mdxjsEsm': {
        const estree = estreeOf(node) as { body?: unknown[] } | undefined;
        for (const statement of (estree?.body ?? []) as {
          type: string;
          source?: { value?: unknown; start?: number; end?: number };
        }[]) {
          const src = statement.source;
          if (statement.type === 'ImportDeclaration' && src && typeof src.value === 'string')
            facts.imports.push({
              specifier: src.value,
              line: lineOfOffset(src.start ?? start(node)),
              from: src.start ?? start(node),
              to: src.end ?? start(node),
            });
        }
        const found: string[] = [];
        dynamicCode(estree, found);
        for (const what of found) facts.code.push({ what, line: lineOf(node) });
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const estree = estreeOf(node) as { body?: unknown[] } | undefined;
        // Nothing but a comment: `{/* a note for the Office */}`.
        if (!hidden && estree?.body?.length === 0 && node.value.trim() !== '')
          facts.cuts.push({ from: start(node), to: end(node), why: 'comment', line: lineOf(node) });
        const found: string[] = [];
        dynamicCode(estree, found);
        for (const what of found) facts.code.push({ what, line: lineOf(node) });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attr of node.attributes) {
          if (attr.type !== 'mdxJsxAttribute') {
            const found: string[] = [];
            dynamicCode(estreeOf(attr), found);
            for (const what of found) facts.code.push({ what, line: lineOf(node) });
            continue;
          }
          if (typeof attr.value !== 'string') {
            const found: string[] = [];
            dynamicCode(attr.value ? estreeOf(attr.value) : undefined, found);
            for (const what of found) facts.code.push({ what, line: lineOf(node) });
            continue;
          }
          const as = attr.position?.start.offset;
          const ae = attr.position?.end.offset;
          if (as === undefined || ae === undefined) continue;
          const written = body.slice(as, ae);
          const q = written.search(/["']/);
          if (q === -1) continue;
          const vFrom = as + q + 1;
          const vTo = ae - 1;
          const name = attr.name.toLowerCase();
          const line = lineOfOffset(as);
          const image = node.name === 'img' && name === 'src';
          if (image) facts.images.push({ url: attr.value, line });
          if (JSX_ADDRESS.has(name) && !image)
            facts.links.push({
              url: attr.value,
              line,
              form: 'jsx',
              redacted: hidden,
              address: { from: vFrom, to: vTo, before: '', after: '' },
              unwrap: [[as - (/\s/.test(body[as - 1] ?? '') ? 1 : 0), ae]],
            });
          if (JSX_ADDRESS.has(name)) asset(attr.value, line, hidden);
        }
        break;
      case 'code': {
        const fenced = /^[ \t]{0,3}(`{3,}|~{3,})/.test(body.slice(start(node), end(node)));
        facts.literals.push({ from: start(node), to: end(node), kind: fenced ? 'code' : 'indented' });
        if (!hidden) shown.push(node.value);
        break;
      }
      case 'text':
      case 'inlineCode':
        if (!hidden) shown.push(node.value);
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child as AnyNode, hidden);
  };
  walk(tree, false);
  // A reference whose definition is unwrapped (an internal target) loses its brackets too.
  for (const r of references) {
    const d = definitions.get(r.identifier);
    if (d) d.unwrap.push(...r.unwrap);
  }
  facts.publicText = shown.join(' ');
  facts.publicSource = tidy(cutOut(body, facts.cuts));
  return facts;
}

/** The source without the given ranges (overlapping or nested ones count once). */
export function cutOut(source: string, cuts: readonly { from: number; to: number }[]): string {
  const sorted = [...cuts].sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const c of sorted) {
    if (c.to <= at) continue;
    out += source.slice(at, Math.max(at, c.from));
    at = Math.max(at, c.to);
  }
  return out + source.slice(at);
}
