/**
 * What `npm run check` (and so the build) refuses because it could put internal content on the
 * public site: one line each, naming the file and the line. One small tree per class of mistake.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/editors/check.ts';
import { formatProblem } from '../../src/checks/problem.ts';
import { md, practiceFields, tree } from './tree.ts';

const pub = { ...practiceFields, visibility: 'public', decided: '2025-03-14' };
/** An internal practice whose key has no hyphen (the audit's key fingerprints needed one). */
const SECRET = { 'content/practices/secretplan.en.md': md({ ...practiceFields, title: 'Zanzibar' }, 'Secret text.') };

/** The errors `npm run check` reports for a tree, as printed. */
function errorsOf(files: Record<string, string>, setup?: (root: string) => void): string[] {
  const root = tree(files);
  setup?.(root);
  return checkContent(root, { workingMethods: false })
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
}

/** A public practice with this body (its body starts on line 12 of the file). */
const publicWith = (body: string, file = 'content/practices/open.en.md') => ({ ...SECRET, [file]: md(pub, body) });

describe('MDX that could pull in another entry', () => {
  test('an import of another entry is refused on its line', () => {
    const errors = errorsOf(
      publicWith("import * as X from './secretplan.en.md'\n\n{X.frontmatter.notes}", 'content/practices/open.en.mdx'),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /^error {2}content\/practices\/open\.en\.mdx:12:1 {2}body {2}imports "\.\/secretplan\.en\.md", a file of the content folder/,
      ),
    ]);
  });

  test('import(), require and import.meta in an expression are refused', () => {
    const errors = errorsOf(
      publicWith(
        "Text {await import('node:fs')}\n\n{import.meta.glob('../**/*.md')}\n\n{require('./secretplan.en.md')}",
        'content/practices/open.en.mdx',
      ),
    );
    expect(errors.map((e) => /body {2}(\S+) loads/.exec(e)?.[1])).toEqual(['import()', 'import.meta', 'require()']);
  });

  test('an import from outside src/ is refused; a component from src/ is not', () => {
    const files = publicWith(
      "import Note from '../../src/components/Note.astro'\nimport Pass from '../../../etc/passwd'\n\n<Note />",
      'content/practices/open.en.mdx',
    );
    const errors = errorsOf({ ...files, 'src/components/Note.astro': '<p>note</p>' });
    expect(errors).toEqual([
      expect.stringMatching(
        /open\.en\.mdx:13:1 {2}body {2}imports "\.\.\/\.\.\/\.\.\/etc\/passwd", which is outside src\//,
      ),
    ]);
  });
});

describe('files that are not what they seem', () => {
  test('a symbolic link anywhere under content/ is refused, to an entry or to any file of the machine', () => {
    const errors = errorsOf(publicWith('See [the annex](./annex.txt).'), (root) => {
      symlinkSync(join(root, 'content/practices/secretplan.en.md'), join(root, 'content/practices/annex.txt'));
      symlinkSync('/etc/passwd', join(root, 'content/practices/passwd.txt'));
      mkdirSync(join(root, 'content/outcomes'), { recursive: true });
      symlinkSync('/etc', join(root, 'content/outcomes/etc'));
    });
    expect(errors.filter((e) => /symbolic link/.test(e))).toEqual([
      expect.stringMatching(/^error {2}content\/outcomes\/etc:1:1 {2}- {2}this is a symbolic link/),
      expect.stringMatching(/^error {2}content\/practices\/annex\.txt:1:1 {2}- {2}this is a symbolic link/),
      expect.stringContaining('content/practices/open.en.md:12:1  body  the link "./annex.txt" is refused'),
      expect.stringMatching(/^error {2}content\/practices\/passwd\.txt:1:1 {2}- {2}this is a symbolic link/),
    ]);
  });

  test('a link or an image that leads outside content/ is refused', () => {
    const errors = errorsOf(publicWith('See [it](../../secrets.txt).\n\n![x](../../../../etc/hostname)'), (root) => {
      writeFileSync(join(root, 'secrets.txt'), 'the accounts');
    });
    expect(errors).toEqual([
      expect.stringContaining(
        'open.en.md:12:1  body  the link "../../secrets.txt" is refused: ../../secrets.txt leads outside the content folder',
      ),
      expect.stringContaining('open.en.md:14:1  body  the file "../../../../etc/hostname" is refused'),
    ]);
  });
});

describe('links to an internal entry, in every form', () => {
  test.each([
    ['reference', 'See [the plan][p].\n\n[p]: ./secretplan.en.md', 14],
    ['raw HTML', 'See <a href="/en/practices/secretplan/">the plan</a>.', 12],
    ['an autolink to the site', 'See <https://relais.example.org/en/practices/secretplan/>.', 12],
    [
      'a bare address of the restricted site',
      'See https://relais-intranet.example.org/en/practices/secretplan/ now.',
      12,
    ],
    ['index.html', 'See [the plan](/en/practices/secretplan/index.html).', 12],
    ['a query', 'See [the plan](/en/practices/secretplan/?x=1).', 12],
    ['upper case', 'See [the plan](/EN/Practices/SECRETPLAN/).', 12],
    ['the directory', 'See [the people](/en/directory/).', 12],
  ])('%s is refused while links to internal entries are errors', (_, body, line) => {
    expect(errorsOf(publicWith(body))).toEqual([
      expect.stringMatching(new RegExp(`open\\.en\\.md:${line}:1 {2}body {2}this public entry links to `)),
    ]);
  });

  test('a JSX link in MDX is refused too', () => {
    expect(
      errorsOf(publicWith('See <a href="../practices/secretplan.en.md">it</a>.', 'content/practices/open.en.mdx')),
    ).toEqual([
      expect.stringMatching(
        /open\.en\.mdx:12:1 {2}body {2}this public entry links to content\/practices\/secretplan\.en\.md, which is not public/,
      ),
    ]);
  });
});

describe('redaction marks that did not become a redaction', () => {
  test.each([
    ['indented by a tab', 'Public.\n\n\t:::internal\n\tSecret.\n\t:::', 14, 'indented by a tab or four spaces'],
    [
      'indented by four spaces',
      'Public.\n\n    :::internal\n    Secret.\n    :::',
      14,
      'indented by a tab or four spaces',
    ],
    ['inside an HTML block', '<div>\n:::internal\nSecret.\n:::\n</div>', 13, 'inside an HTML block'],
    ['inside a code block', '```\n:::internal\nSecret.\n:::\n```', 13, 'inside a code block'],
  ])('a mark %s is refused on its line', (_, body, line, what) => {
    const errors = errorsOf(publicWith(body));
    expect(errors[0]).toMatch(new RegExp(`open\\.en\\.md:${line}:1 {2}body {2}"?:::internal"? is ${what}`));
    expect(errors.every((e) => /open\.en\.md/.test(e))).toBe(true);
  });

  test('the same marks are refused in an internal entry too (it may be published later)', () => {
    expect(
      errorsOf({ 'content/practices/x.en.md': md(practiceFields, '\t:::internal\n\tSecret.\n\t:::') }),
    ).toHaveLength(1);
  });
});

test('a decision dated after today keeps the entry internal and says so, as a note', () => {
  const root = tree({
    'content/practices/later.en.md': md({ ...practiceFields, visibility: 'public', decided: '2099-01-10' }),
  });
  const r = checkContent(root, { workingMethods: false, today: new Date('2026-01-01') });
  expect(r.errors).toBe(0);
  expect(r.index.entries[0]!.public).toBe(false);
  expect(r.notes).toEqual([
    'content/practices/later.en.md: decided public from 2099-01-10: it stays internal until that day',
  ]);
});

test('each problem names an existing file of the tree', () => {
  const files = publicWith('See [x][p].\n\n[p]: ./secretplan.en.md');
  for (const e of errorsOf(files)) expect(Object.keys(files)).toContain(/ {2}(\S+?):\d+:\d+/.exec(e)?.[1]);
  expect(dirname('content/practices/open.en.md')).toBe('content/practices');
});
