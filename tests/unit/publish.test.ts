/** Publishing a staged site into dist/ writes what changed and nothing else. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { abandon, commit, prepare, publish } from '../../scripts/build/publish.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'relais-publish-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1) + (e.isDirectory() ? '/' : ''))
    .sort();

const BUILT = {
  'en/index.html': '<h1>Home</h1>',
  'en/practices/a/index.html': '<h1>A</h1>',
  'pagefind/en/pagefind-entry.json': '{"meta":"1"}',
  'pagefind/en/fragment/a.pf_fragment': 'a',
};

describe('publish', () => {
  test('a first publish copies the whole site', () => {
    const to = join(mkdtempSync(join(tmpdir(), 'relais-dist-')), 'public');
    expect(publish(site(BUILT), to)).toEqual({ written: 4, unchanged: 0, removed: 0 });
    expect(files(to)).toEqual(files(site(BUILT)));
    expect(readFileSync(join(to, 'en/practices/a/index.html'), 'utf8')).toBe('<h1>A</h1>');
  });

  test('a rebuild writes only the changed and new files, and removes what the build no longer has', () => {
    const to = join(mkdtempSync(join(tmpdir(), 'relais-dist-')), 'public');
    publish(site({ ...BUILT, 'en/practices/old/index.html': '<h1>Old</h1>' }), to);
    const unchanged = statSync(join(to, 'en/practices/a/index.html'));

    const next = site({
      ...BUILT,
      'en/index.html': '<h1>Home, edited</h1>',
      'en/practices/b/index.html': '<h1>B</h1>',
      'pagefind/en/pagefind-entry.json': '{"meta":"2"}',
      'pagefind/en/fragment/b.pf_fragment': 'b',
    });
    expect(publish(next, to)).toEqual({ written: 4, unchanged: 2, removed: 1 });
    expect(files(to)).toEqual(files(next));
    expect(readFileSync(join(to, 'en/index.html'), 'utf8')).toBe('<h1>Home, edited</h1>');
    expect(readFileSync(join(to, 'pagefind/en/pagefind-entry.json'), 'utf8')).toBe('{"meta":"2"}');
    // Left alone: same inode, same modification time (the server's Last-Modified stays true).
    const after = statSync(join(to, 'en/practices/a/index.html'));
    expect([after.ino, after.mtimeMs]).toEqual([unchanged.ino, unchanged.mtimeMs]);
    expect(existsSync(join(to, 'en/practices/old'))).toBe(false);
  });

  test('a changed file is replaced whole by a rename, never rewritten in place', () => {
    const to = join(mkdtempSync(join(tmpdir(), 'relais-dist-')), 'public');
    publish(site(BUILT), to);
    const before = statSync(join(to, 'en/index.html')).ino;
    publish(site({ ...BUILT, 'en/index.html': '<h1>Edited</h1>' }), to);
    // A reader holding the old file keeps reading the old file.
    expect(statSync(join(to, 'en/index.html')).ino).not.toBe(before);
    expect(files(to).some((f) => f.endsWith('.publishing'))).toBe(false);
  });

  test('a folder where a file was, and a file where a folder was, both change places', () => {
    const to = join(mkdtempSync(join(tmpdir(), 'relais-dist-')), 'public');
    publish(site({ 'en/a': 'file', 'en/b/index.html': 'in a folder' }), to);
    const next = site({ 'en/a/index.html': 'now a folder', 'en/b': 'now a file' });
    publish(next, to);
    expect(files(to)).toEqual(files(next));
    expect(readFileSync(join(to, 'en/b'), 'utf8')).toBe('now a file');
  });

  test('what an interrupted publish left behind is cleared by the next one', () => {
    const to = join(mkdtempSync(join(tmpdir(), 'relais-dist-')), 'public');
    publish(site(BUILT), to);
    writeFileSync(join(to, 'en/index.html.publishing'), 'half');
    expect(publish(site(BUILT), to).removed).toBe(1);
    expect(files(to)).toEqual(files(site(BUILT)));
  });

  test('a staged site that is missing or empty publishes nothing and removes nothing', () => {
    const to = join(mkdtempSync(join(tmpdir(), 'relais-dist-')), 'public');
    publish(site(BUILT), to);
    expect(() => publish(join(tmpdir(), 'relais-no-such-folder'), to)).toThrow();
    expect(() => publish(mkdtempSync(join(tmpdir(), 'relais-empty-')), to)).toThrow(/nothing to publish/);
    expect(files(to)).toEqual(files(site(BUILT)));
  });
});

describe('an update prepared ahead', () => {
  const EDITED = {
    ...BUILT,
    'en/index.html': '<h1>Home, edited</h1>',
    'en/practices/b/index.html': '<h1>B</h1>',
    'pagefind/en/pagefind-entry.json': '{"meta":"2"}',
  };

  test('changes nothing a reader can reach until it is committed', () => {
    const to = join(mkdtempSync(join(tmpdir(), 'relais-dist-')), 'public');
    publish(site({ ...BUILT, 'en/practices/old/index.html': '<h1>Old</h1>' }), to);
    const prepared = prepare(site(EDITED), to);
    expect(readFileSync(join(to, 'en/index.html'), 'utf8')).toBe('<h1>Home</h1>');
    expect(readFileSync(join(to, 'pagefind/en/pagefind-entry.json'), 'utf8')).toBe('{"meta":"1"}');
    expect(existsSync(join(to, 'en/practices/old/index.html'))).toBe(true);
    expect(commit([prepared])).toEqual({ written: 3, unchanged: 2, removed: 1 });
    expect(files(to)).toEqual(files(site(EDITED)));
    expect(readFileSync(join(to, 'en/index.html'), 'utf8')).toBe('<h1>Home, edited</h1>');
  });

  test('abandoned, it leaves the output exactly as it was', () => {
    const to = join(mkdtempSync(join(tmpdir(), 'relais-dist-')), 'public');
    publish(site(BUILT), to);
    const before = files(to).map((f) => [f, f.endsWith('/') ? '' : readFileSync(join(to, f), 'utf8')]);
    abandon([prepare(site({ ...EDITED, 'en/new.html': 'new beside the old' }), to)]);
    expect(files(to).map((f) => [f, f.endsWith('/') ? '' : readFileSync(join(to, f), 'utf8')])).toEqual(before);
  });

  test('abandoned on a first publish, it leaves no output folder', () => {
    const parent = mkdtempSync(join(tmpdir(), 'relais-dist-'));
    abandon([prepare(site(BUILT), join(parent, 'dist', 'public'))]);
    expect(readdirSync(parent)).toEqual([]);
  });

  test('in parts, it leaves the folders still being built alone, and commits as one publish would', () => {
    const to = join(mkdtempSync(join(tmpdir(), 'relais-dist-')), 'public');
    publish(site({ ...BUILT, 'pagefind/en/fragment/old.pf_fragment': 'old' }), to);
    const next = site(EDITED);
    // The site's pages first, while its search bundle is still being written.
    const pages = prepare(next, to, { except: ['pagefind/'] });
    expect(existsSync(join(to, 'pagefind/en/fragment/old.pf_fragment'))).toBe(true);
    const bundle = prepare(join(next, 'pagefind/en'), join(to, 'pagefind/en'));
    const rest = prepare(join(next, 'pagefind'), join(to, 'pagefind'), { except: ['en/'] });
    expect(commit([pages, bundle, rest])).toEqual({ written: 3, unchanged: 2, removed: 1 });
    expect(files(to)).toEqual(files(next));
  });

  test('a folder where a file was is published whole at commit time, not before', () => {
    const to = join(mkdtempSync(join(tmpdir(), 'relais-dist-')), 'public');
    publish(site({ ...BUILT, 'en/a': 'file' }), to);
    const next = site({ ...BUILT, 'en/a/index.html': 'now a folder' });
    const prepared = prepare(next, to);
    expect(readFileSync(join(to, 'en/a'), 'utf8')).toBe('file');
    commit([prepared]);
    expect(files(to)).toEqual(files(next));
  });
});
