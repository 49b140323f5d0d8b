/**
 * The paths an editor's mistake or an attacker took to put internal content on the public site,
 * built for real: the public site is made from the public tree, so none of them gets through.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesContaining, filesOf } from '../support/files.ts';
import { ROOT, buildSites } from '../support/sites.ts';

const WORK = join(ROOT, '.cache', 'test', 'public-tree');
const CONTENT = join(WORK, 'content');
const DIST = join(WORK, 'dist');

const practice = (fields: string, body: string) =>
  `---\n${fields}\nlang: en\nsummary: A practice.\ncountry: MT\nthemes: [reception]\ngcm: [4]\ndissemination: network\n---\n\n${body}\n`;
const PUBLIC = 'visibility: public\ndecided: 2025-01-10';

/** The tree: an internal practice with a one-word title and a key without hyphen, and public ones linking to it. */
const FILES: Record<string, string> = {
  'practices/secretplan.en.md': practice(
    'title: Zanzibar\nnotes: quietly move funds',
    'Internal text about Quokkaland only correspondents read.',
  ),
  'practices/openhouse.en.md': practice(
    `title: Open house\n${PUBLIC}\nnotes: Gryphonwing reminder`,
    [
      'The scheme is public.',
      '',
      'See [the reference form][plan], <a href="/en/practices/secretplan/">the raw link</a>,',
      '<https://relais.example.org/en/practices/secretplan/>, [the index form](/en/practices/secretplan/index.html),',
      '[the query form](/en/practices/secretplan/?from=home) and [the capital form](/EN/practices/SECRETPLAN/).',
      '',
      '<!-- Office: Yellowfin contact is shy, do not publish -->',
      '',
      '<div class="box">',
      'A box of public words. <!-- Marmoset figures pending -->',
      '</div>',
      '',
      ':::internal',
      'Redacted Okapifund line.',
      ':::',
      '',
      '[plan]: ./secretplan.en.md',
    ].join('\n'),
  ),
  'practices/mdxpage.en.mdx': practice(
    `title: An MDX page\n${PUBLIC}`,
    'Public MDX words. {/* Pangolin remark for editors */}\n\n<a href="../practices/secretplan.en.md">jsx link words</a>',
  ),
  'practices/later.en.md': practice(
    'title: Lemurian embargo\nvisibility: public\ndecided: 2099-12-31',
    'Held back until the end of the century.',
  ),
};

let built = { ok: false, output: '' };
beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(CONTENT, path)), { recursive: true });
    writeFileSync(join(CONTENT, path), text);
  }
  built = buildSites({ dist: DIST, content: CONTENT, env: { RELAIS_PRIVATE_LINKS: 'text' } });
  if (!built.ok) throw new Error(built.output);
});

const page = (site: string, path: string) => readFileSync(join(DIST, site, path, 'index.html'), 'utf8');

describe('the public tree, built', () => {
  test.each([
    ['secretplan', 'the key of an internal entry, without a hyphen'],
    ['zanzibar', 'a one-word internal title'],
    ['quokkaland', 'internal text'],
    ['quietly move funds', 'an internal note'],
    ['gryphonwing', 'the note of a public entry'],
    ['yellowfin', 'an HTML comment'],
    ['marmoset', 'an HTML comment inside an HTML block'],
    ['pangolin', 'an MDX comment'],
    ['okapifund', 'a redacted passage'],
    ['lemurian', 'an entry decided public from a day to come'],
  ])('%s (%s) is nowhere in the public site', (word) => {
    expect(filesContaining(join(DIST, 'public'), word)).toEqual([]);
  });

  test('the restricted site has them all', () => {
    for (const word of ['secretplan', 'zanzibar', 'quokkaland', 'gryphonwing', 'okapifund', 'lemurian'])
      expect(filesContaining(join(DIST, 'internal'), word), word).not.toEqual([]);
  });

  test('links to the internal entry keep their words, whatever their form', () => {
    const html = page('public', 'en/practices/openhouse');
    for (const words of ['the reference form', 'the raw link', 'the index form', 'the query form', 'the capital form'])
      expect(html).toContain(words);
    expect(page('public', 'en/practices/mdxpage')).toContain('jsx link words');
    // The restricted site follows every form to the entry's page, the reference and the JSX link included.
    const internal = page('internal', 'en/practices/openhouse');
    expect(internal.match(/href="\/en\/practices\/secretplan\/"/g)).toHaveLength(3);
    expect(page('internal', 'en/practices/mdxpage')).toContain(
      '<a href="/en/practices/secretplan/">jsx link words</a>',
    );
  });

  test('the public tree holds the public entries alone, without their notes, comments or redactions', () => {
    const tree = join(ROOT, '.cache', 'sites', 'public', 'tree');
    const entries = filesOf(tree)
      .map((f) => f.slice(tree.length + 1))
      .filter((f) => /\.mdx?$/.test(f))
      .sort();
    expect(entries).toEqual(['practices/mdxpage.en.mdx', 'practices/openhouse.en.md']);
    const text = readFileSync(join(tree, 'practices/openhouse.en.md'), 'utf8');
    expect(text).not.toMatch(/notes|gryphonwing|yellowfin|marmoset|okapifund|secretplan|dissemination/i);
  });

  test('the check says the embargoed entry waits for its day', () => {
    expect(built.output).toContain('later.en.md: decided public from 2099-12-31: it stays internal until that day');
  });
});

describe('what stops the build', () => {
  test('a symbolic link under content/ stops it, and the last good site stays', () => {
    const before = filesOf(join(DIST, 'public')).length;
    const link = join(CONTENT, 'practices', 'passwd.txt');
    symlinkSync('/etc/passwd', link);
    try {
      const r = buildSites({ dist: DIST, content: CONTENT, env: { RELAIS_PRIVATE_LINKS: 'text' } });
      expect(r.ok).toBe(false);
      expect(r.output).toMatch(/^error {2}\S*practices\/passwd\.txt:1:1 {2}- {2}this is a symbolic link/m);
      expect(r.output).not.toMatch(/^\s+at /m);
      expect(filesOf(join(DIST, 'public'))).toHaveLength(before);
      expect(existsSync(join(DIST, 'public', 'files'))).toBe(false);
    } finally {
      rmSync(link);
    }
  });

  test('with links to internal entries refused (the default), each form is named with its line', () => {
    const r = buildSites({ dist: join(WORK, 'strict'), content: CONTENT, variants: ['public'] });
    expect(r.ok).toBe(false);
    const lines =
      r.output.match(/^error {2}\S+openhouse\.en\.md:\d+:1 {2}body {2}this public entry links to .+$/gm) ?? [];
    expect(lines.map((l) => Number(/:(\d+):1/.exec(l)![1]))).toEqual([16, 17, 17, 18, 18, 30]);
    expect(r.output).toMatch(/mdxpage\.en\.mdx:\d+:1 {2}body {2}this public entry links to/);
  });
});
