/** The no-parse path for plain Markdown bodies gives the audit exactly the words a parse gives. */
import { expect, test } from 'vitest';
import matter from 'gray-matter';
import { words } from '../../scripts/lib/audit.ts';
import { generateCorpus } from '../../scripts/lib/corpus/generate.ts';
import { bodyFacts, isPlainMarkdown } from '../../src/lib/body.ts';

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
