/**
 * The public tree (src/release/): what the public site is built from holds only public entries,
 * their public fields, their bodies without redactions or comments, every link to an entry made
 * public-safe, and copies of the files they use.
 */
import { lstatSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scanContent } from '../../src/content-index/scan.ts';
import { publicSchemas } from '../../src/release/fields.ts';
import { projectTree, type PublicTree } from '../../src/release/project.ts';
import { TREE_MARK, writeTree } from '../../src/release/tree.ts';
import { md, practiceFields, tree } from './tree.ts';

const TODAY = new Date('2026-06-01T00:00:00Z');
const pub = { ...practiceFields, visibility: 'public', decided: '2025-03-14' };

function project(files: Record<string, string>, policy: 'error' | 'text' = 'text') {
  const root = tree(files);
  const index = scanContent(root, join(root, 'content'), { today: TODAY });
  const treeDir = join(root, '.cache', 'tree');
  return { root, index, treeDir, tree: projectTree(index, { policy, treeDir }) };
}

const bodyOf = (t: PublicTree, path: string) => t.entries.find((e) => e.path === path)?.body;

describe('what the public tree holds', () => {
  const { tree: t } = project({
    'content/practices/open.en.md': md({ ...pub, notes: 'Ask PT again', submittedBy: 'ana' }),
    'content/practices/open.fr.md': md({ ...practiceFields, lang: 'fr', title: 'Ouvert' }),
    'content/practices/later.en.md': md({ ...pub, decided: '2099-01-01' }),
    'content/practices/secretplan.en.md': md(practiceFields),
    'content/correspondents/ana.md': md({ name: 'Ana', country: 'PT', ministry: 'Interior', email: 'a@example.org' }),
    'content/meetings/closed.en.md': md({
      title: 'Closed',
      lang: 'en',
      kind: 'plenary',
      start: '2026-03-01',
      end: '2026-03-02',
      place: 'Strasbourg',
      format: 'in-person',
    }),
    'content/meetings/open.en.md': md({
      title: 'Open',
      lang: 'en',
      kind: 'thematic',
      start: '2026-04-01',
      end: '2026-04-01',
      startTime: '"10:00"',
      endTime: '"12:00"',
      timeZone: 'Europe/Lisbon',
      place: 'Lisbon and online',
      format: 'hybrid',
      onlineLink: 'https://meet.example.org/j/canary-link',
      visibility: 'public',
      decided: '2026-03-01',
    }),
    'content/outcomes/news.en.md': md({
      title: 'News',
      lang: 'en',
      kind: 'news',
      date: '2026-03-05',
      summary: 'A meeting took place.',
      meeting: 'closed',
      visibility: 'public',
      decided: '2026-03-06',
    }),
    'content/groups/g.en.md': md({
      title: 'Group',
      lang: 'en',
      kind: 'group',
      mandate: 'Look into it.',
      members: '[ana]',
      rapporteurs: '[ana]',
      visibility: 'public',
      decided: '2026-01-01',
    }),
  });

  test('only the public language versions of public entries, held back until their day', () => {
    expect(t.entries.map((e) => e.path).sort()).toEqual([
      'groups/g.en.md',
      'meetings/open.en.md',
      'outcomes/news.en.md',
      'practices/open.en.md',
    ]);
  });

  test('fields internal by nature are gone, and so are references to what is not public', () => {
    const data = (path: string) => t.entries.find((e) => e.path === path)!.data;
    expect(Object.keys(data('practices/open.en.md'))).not.toEqual(
      expect.arrayContaining(['notes', 'submittedBy', 'dissemination']),
    );
    expect(data('practices/open.en.md')).toMatchObject({ title: 'Housing first', decided: '2025-03-14' });
    expect(data('outcomes/news.en.md').meeting).toBeUndefined();
    expect(data('meetings/open.en.md').onlineLink).toBeUndefined();
    expect(data('meetings/open.en.md')).toMatchObject({
      startTime: '10:00',
      endTime: '12:00',
      timeZone: 'Europe/Lisbon',
    });
    expect(data('groups/g.en.md').members).toBeUndefined();
    expect(data('groups/g.en.md').rapporteurs).toBeUndefined();
    expect(t.notes).toContain(
      'content/outcomes/news.en.md: meeting → meetings "closed" is internal; the public site leaves the reference out',
    );
    expect(t.notes).toContain(
      'content/practices/later.en.md: decided public from 2099-01-01: it stays internal until that day',
    );
  });
});

describe('the public build’s schemas', () => {
  test('refuse a meeting’s online link, so a tree that held one would stop the build', () => {
    const meeting = {
      title: 'Open',
      lang: 'en',
      kind: 'thematic',
      start: '2026-04-01',
      end: '2026-04-01',
      place: 'Online',
      format: 'online',
      visibility: 'public',
      decided: '2026-03-01',
    };
    expect(publicSchemas.meetings.safeParse(meeting).success).toBe(true);
    const r = publicSchemas.meetings.safeParse({ ...meeting, onlineLink: 'https://meet.example.org/j/1' });
    expect(r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'onlineLink: onlineLink is internal by nature: the public tree never holds it',
    ]);
  });
});

describe('public bodies', () => {
  const files = {
    'content/practices/secretplan.en.md': md(practiceFields),
    'content/practices/other.en.md': md(pub),
    'content/practices/photo.png': 'png',
    'content/practices/unused.pdf': 'pdf',
  };

  test('redacted passages and comments, HTML or MDX, are cut', () => {
    const { tree: t } = project({
      ...files,
      'content/practices/open.en.md': md(
        pub,
        'Start. <!-- inline note -->\n\n<!--\nA note for the Office.\n-->\n\n:::internal\nSecret.\n:::\n\n<div><!-- kept out --><p>Shown.</p></div>\n\nEnd.',
      ),
      'content/practices/mdx.en.mdx': md(
        pub,
        'Start.\n\n{/* a note */}\n\nText {/* another */} end.\n\n<Internal>Secret.</Internal>',
      ),
    });
    expect(bodyOf(t, 'practices/open.en.md')).toBe('Start. \n\n\n\n\n\n<div><p>Shown.</p></div>\n\nEnd.\n');
    expect(bodyOf(t, 'practices/mdx.en.mdx')).toBe('Start.\n\n\n\nText  end.\n\n\n');
  });

  test('links to a public entry, in every form, lead to its public page', () => {
    const { tree: t } = project({
      ...files,
      'content/practices/open.en.md': md(
        pub,
        [
          '[inline](./other.en.md) [with a part](./other.en.md#why) [ref][o] <a href="./other.en.md">html</a>',
          '[spelled](/EN/practices/OTHER/index.html?x=1)',
          '',
          '[o]: ./other.en.md "Other"',
        ].join('\n'),
      ),
    });
    expect(bodyOf(t, 'practices/open.en.md')).toBe(
      [
        '[inline](/en/practices/other/) [with a part](/en/practices/other/#why) [ref][o] <a href="/en/practices/other/">html</a>',
        '[spelled](/en/practices/other/)',
        '',
        '[o]: </en/practices/other/> "Other"\n',
      ].join('\n'),
    );
  });

  test('links to an internal entry, in every form, keep only their words (the "text" policy)', () => {
    const { tree: t } = project({
      ...files,
      'content/practices/open.en.md': md(
        pub,
        [
          'A [plan](./secretplan.en.md), a [ref][s], <a href="/en/practices/secretplan/">html</a>,',
          'an <https://relais.example.org/en/practices/secretplan/> autolink and https://relais-intranet.example.org/en/practices/secretplan/ bare.',
          '',
          '[s]: /EN/practices/secretplan/?q',
        ].join('\n'),
      ),
      'content/practices/mdx.en.mdx': md(pub, 'A <a href="/en/practices/secretplan/">jsx</a> link.'),
    });
    const body = bodyOf(t, 'practices/open.en.md')!;
    expect(body).not.toMatch(/secretplan/i);
    expect(body).toBe('A plan, a ref, <a>html</a>,\nan  autolink and  bare.\n\n\n');
    expect(bodyOf(t, 'practices/mdx.en.mdx')).toBe('A <a>jsx</a> link.\n');
    expect(t.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(t.problems).toHaveLength(6);
  });

  test('only the files public bodies use are in the tree', () => {
    const { tree: t, root } = project({
      ...files,
      'content/practices/open.en.md': md(pub, '![A photo](./photo.png)\n\n:::internal\n[annex](./unused.pdf)\n:::'),
    });
    expect([...t.assets]).toEqual([['practices/photo.png', resolve(root, 'content/practices/photo.png')]]);
  });

  test('MDX imports of components are pointed at the same files from the tree', () => {
    const {
      tree: t,
      treeDir,
      root,
    } = project({
      ...files,
      'src/components/Note.astro': '<p>note</p>',
      'content/practices/sub/mdx.en.mdx': md(pub, "import Note from '../../../src/components/Note.astro'\n\n<Note />"),
    });
    const spec = /from "([^"]+)"/.exec(bodyOf(t, 'practices/sub/mdx.en.mdx')!)![1]!;
    expect(resolve(dirname(join(treeDir, 'practices/sub/mdx.en.mdx')), spec)).toBe(
      join(root, 'src/components/Note.astro'),
    );
  });
});

describe('the tree on disk', () => {
  const files = {
    'content/practices/open.en.md': md(pub, '![A photo](./photo.png)'),
    'content/practices/photo.png': 'png',
  };

  test('entries carry their last change as their date; files are copies, never links; the rest is removed', () => {
    const { tree: t, treeDir, root } = project(files);
    utimesSync(join(root, 'content/practices/open.en.md'), new Date('2024-02-03'), new Date('2024-02-03'));
    mkdirSync(treeDir, { recursive: true });
    writeFileSync(join(treeDir, TREE_MARK), '');
    mkdirSync(join(treeDir, 'practices/old'), { recursive: true });
    writeFileSync(join(treeDir, 'practices/old/stale.en.md'), 'stale');
    expect(writeTree(t, treeDir, join(root, 'content'))).toEqual({ written: 2, unchanged: 0, removed: 1 });
    expect(readdirSync(join(treeDir, 'practices')).sort()).toEqual(['open.en.md', 'photo.png']);
    expect(lstatSync(join(treeDir, 'practices/photo.png')).isFile()).toBe(true);
    expect(statSync(join(treeDir, 'practices/open.en.md')).mtime.toISOString()).toBe('2024-02-03T00:00:00.000Z');
    expect(readFileSync(join(treeDir, 'practices/open.en.md'), 'utf8')).toMatch(/^---\ntitle: Housing first\n/);
    // A second write changes nothing.
    expect(writeTree(t, treeDir, join(root, 'content'))).toEqual({ written: 0, unchanged: 2, removed: 0 });
  });

  test('a folder that is not a public tree is never written into', () => {
    const { tree: t, root } = project(files);
    writeFileSync(join(root, 'README.md'), 'mine');
    expect(() => writeTree(t, root, join(root, 'content'))).toThrow(/is not a public tree/);
  });
});
