/** The no-parse path for plain Markdown bodies gives the audit exactly the words a parse gives. */
import { expect, test } from 'vitest';
import matter from 'gray-matter';
import { words } from '../../scripts/audit/words.ts';
import { generateCorpus } from '../../scripts/bench/corpus/generate.ts';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import { bodyFacts, isPlainMarkdown, needsGfm, parseFacts } from '../../src/release/body.ts';

const parsed = (body: string) => bodyFacts(`${body}\n\n[x](https://example.org)`, { mdx: false, firstLine: 1 });

test('plain bodies yield the same words, links, redactions and assets as a full parse', () => {
  const bodies = [
    '## Context\n\nSome *emphasis*, some **strong** text_with_underscores.\n\n- one\n- two\n\n> quoted line',
    'Title\n=====\n\nText with a trailing hard break  \nnext line; café, naïve — “quotes” 2024.\n\n---\n\n* item',
    ...[...generateCorpus({ entries: 300, seed: 11 }).files.values()].map((f) => matter(f, {}).content),
  ].filter(isPlainMarkdown);
  expect(bodies.length).toBeGreaterThan(50);
  for (const body of bodies) {
    const fast = bodyFacts(body, { mdx: false, firstLine: 1 });
    // The same body with a link appended is parsed; its words minus the link's one are the reference.
    const slow = parsed(body);
    expect(words(fast.publicText)).toEqual(words(slow.publicText).slice(0, -1));
    expect(fast.links).toEqual([]);
    expect(fast.redactions).toEqual([]);
    expect(fast.assets).toEqual([]);
  }
});

test('anything a parse would read differently is not plain', () => {
  for (const body of [
    'a [link](x.md)',
    '![image](a.png)',
    ':::internal\nsecret\n:::',
    'a :abbr[text] directive, or 10:30',
    '<Internal>x</Internal>',
    '1. first\n2. second',
    '```js\ncode\n```',
    'an `inline` code',
    'an &eacute; entity',
    'an escaped \\*star',
  ])
    expect(isPlainMarkdown(body), body).toBe(false);
});

test('bodies with simple links yield the same facts without a parse as with one', () => {
  const bodies = [
    'See [the guide](../guide.fr.md) and [the report](files/report-2024.pdf).',
    'glued[text](https://example.org/a)together, then\n\n- a list with [a link](#part)\n- and [another](/en/x/)\n\n\n\nafter blank lines',
    'A heading\n---------\n\nLine one\nline two with [a *stressed* link](https://example.org/p?q=1#f) on it.',
    ...[...generateCorpus({ entries: 600, seed: 12 }).files.values()].map((f) => matter(f, {}).content),
  ].filter((b) => b.includes('](') && !b.includes(':::'));
  expect(bodies.length).toBeGreaterThan(50);
  let fast = 0;
  for (const body of bodies) {
    const slow = parseFacts(body, { mdx: false, firstLine: 7 });
    const quick = bodyFacts(body, { mdx: false, firstLine: 7 });
    if (!isPlainMarkdown(body.replace(/\[[^[\]\n]+\]\([^()\s]+\)/g, ''))) continue;
    fast++;
    expect(words(quick.publicText), body).toEqual(words(slow.publicText));
    expect(quick.links, body).toEqual(slow.links);
    expect(quick.assets, body).toEqual(slow.assets);
    expect(quick.redactions, body).toEqual([]);
    expect(quick.publicSource, body).toEqual(slow.publicSource);
  }
  expect(fast).toBeGreaterThan(40);
});

test('links the fast path cannot read exactly go to the parser', () => {
  for (const body of [
    'an ![image](a.png) and [a link](b.md)',
    'a [link](b.md "with a title")',
    'a [link](<b c.md>)',
    'a [link][ref]\n\n[ref]: b.md',
    'an [escaped \\] link](b.md)',
    'a [link](b.md?x=1&amp;y=2)',
    '    [code, not a link](b.md)',
    'a [link](b.md) and 10:30',
  ]) {
    const slow = parseFacts(body, { mdx: false, firstLine: 1 });
    expect(bodyFacts(body, { mdx: false, firstLine: 1 }), body).toEqual(slow);
  }
});

/** The facts a test compares: words for texts (spacing between blocks differs), the rest as is. */
const comparable = (f: ReturnType<typeof parseFacts>) => ({
  ...f,
  publicText: words(f.publicText),
  redactions: f.redactions.map((r) => ({ ...r, text: words(r.text) })),
  // Where marks could hide (code, HTML) is only asked of bodies that may hold one (marks-check.ts).
  literals: [],
});

test('bodies with well-formed redactions and simple links yield the same facts without a parse as with one', () => {
  const bodies = [
    'Public intro.\n\n:::internal\n## Hidden heading\n\nSecret words with [a link](./annex.pdf).\n:::\n\nPublic [end](../practices/x.en.md).',
    ':::internal\nAt the very start.\n:::\n\nThen public.',
    'One.\n\n:::internal\nTwo.\n:::\n\nThree.\n\n:::internal\n- a list\n- inside\n:::',
    'Text.\n\n:::internal   \nTrailing spaces on the fence.\n:::  \n\nEnd.',
    ...[...generateCorpus({ entries: 600, seed: 13 }).files.values()].map((f) => matter(f, {}).content),
  ].filter((b) => b.includes(':::internal'));
  let quick = 0;
  for (const body of bodies) {
    const slow = parseFacts(body, { mdx: false, firstLine: 9 });
    const fast = bodyFacts(body, { mdx: false, firstLine: 9 });
    if (fast === slow) continue;
    quick++;
    expect(comparable(fast), body).toEqual(comparable(slow));
  }
  expect(quick).toBeGreaterThan(30);
});

test('a redaction the shortcut cannot read exactly goes to the parser', () => {
  for (const body of [
    'Text right before\n:::internal\nSecret.\n:::',
    '  :::internal\nindented fence\n  :::',
    ':::internal\nnot closed',
    ':::internl\nmisspelt\n:::',
    ':::internal\n> quoted\n:::',
    ':::internal\nSecret with `code`.\n:::',
  ]) {
    const slow = parseFacts(body, { mdx: false, firstLine: 1 });
    expect(comparable(bodyFacts(body, { mdx: false, firstLine: 1 })), body).toEqual(comparable(slow));
  }
});

test('GitHub-flavoured Markdown is read only where it changes the facts: bare addresses, e-mails, footnotes', () => {
  for (const body of [
    'See https://example.org/a now.',
    'Visit www.example.org.',
    'Write to ana@example.org.',
    'A note.[^1]\n\n[^1]: See [x](./y.pdf).',
  ])
    expect(needsGfm(body), body).toBe(true);
  const bodies = [
    '| a | b |\n| - | - |\n| [x](./x.en.md) | ~~gone~~ |\n\n- [ ] task with <a href="/en/practices/y/">y</a>',
    ...[...generateCorpus({ entries: 400, seed: 14 }).files.values()].map((f) => matter(f, {}).content),
  ].filter((b) => !needsGfm(b) && !isPlainMarkdown(b));
  expect(bodies.length).toBeGreaterThan(50);
  const gfm = remark().use(remarkGfm).use(remarkDirective);
  for (const body of bodies) {
    // The parse with GFM, read as parseFacts reads its tree, finds the same links.
    const links: string[] = [];
    const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
      if (n.type === 'link' || n.type === 'definition') links.push(n.url!);
      for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
    };
    walk(gfm.parse(body) as never);
    expect(
      parseFacts(body, { mdx: false, firstLine: 1 })
        .links.filter((l) => l.form !== 'html')
        .map((l) => l.url),
      body,
    ).toEqual(links);
  }
});
