/** "Last changed" dates: from git in one pass, else the file's own date. */
import { execFileSync } from 'node:child_process';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gitDates, lastChanged, lastChangedOf } from '../../src/content-index/dates.ts';
import { methodChanges } from '../../src/site/method-changes.ts';
import { tree } from './tree.ts';

function commit(repo: string, when: string, message: string) {
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=e@example.org', 'commit', '-qam', message], {
    cwd: repo,
    env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
  });
}

describe('last-changed dates', () => {
  test('each file gets the date of the last commit that touched it; uncommitted edits use the file date', () => {
    const repo = tree({ 'content/outcomes/a.en.md': 'a', 'content/outcomes/b.en.md': 'b', 'other.txt': 'x' });
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['add', '.'], { cwd: repo });
    commit(repo, '2024-03-01T10:00:00Z', 'first');
    writeFileSync(join(repo, 'content/outcomes/b.en.md'), 'b2');
    commit(repo, '2025-05-06T10:00:00Z', 'second');
    writeFileSync(join(repo, 'content/outcomes/a.en.md'), 'a, not committed');
    utimesSync(
      join(repo, 'content/outcomes/a.en.md'),
      new Date('2025-07-08T12:00:00Z'),
      new Date('2025-07-08T12:00:00Z'),
    );

    const dates = gitDates(join(repo, 'content'));
    expect(dates.get(join(repo, 'content/outcomes/b.en.md'))?.toISOString()).toBe('2025-05-06T10:00:00.000Z');
    expect(dates.has(join(repo, 'content/outcomes/a.en.md'))).toBe(false); // dirty: left to the file date
    expect(dates.has(join(repo, 'other.txt'))).toBe(false); // only the content folder is read
    const content = join(repo, 'content');
    expect(lastChanged(join(content, 'outcomes/a.en.md'), content)?.toISOString()).toBe('2025-07-08T12:00:00.000Z');
    expect(
      lastChangedOf([join(content, 'outcomes/a.en.md'), join(content, 'outcomes/b.en.md')], content)?.toISOString(),
    ).toBe('2025-07-08T12:00:00.000Z');
  });

  test('outside a git checkout the file date is used', () => {
    const root = tree({ 'content/outcomes/a.en.md': 'a' });
    utimesSync(
      join(root, 'content/outcomes/a.en.md'),
      new Date('2023-01-02T00:00:00Z'),
      new Date('2023-01-02T00:00:00Z'),
    );
    expect(gitDates(join(root, 'content')).size).toBe(0);
    expect(lastChanged(join(root, 'content/outcomes/a.en.md'), join(root, 'content'))?.toISOString()).toBe(
      '2023-01-02T00:00:00.000Z',
    );
  });
});

describe('changes between two versions of the working methods', () => {
  const v1 = [
    { order: 1, title: 'Plenary', body: 'The network meets once a year.' },
    { order: 2, title: 'Languages', body: 'English and French.' },
    { order: 3, title: 'Old', body: 'Dropped later.' },
  ];
  const v2 = [
    { order: 1, title: 'Plenary', body: 'The network meets twice a year.' },
    { order: 2, title: 'Languages', body: 'English and French.' },
    { order: 4, title: 'Groups', body: 'Thematic groups.' },
  ];

  test('changed sections show removed and added words; unchanged sections are left out', () => {
    const changes = methodChanges(v1, v2);
    expect(changes.map((c) => [c.order, c.status])).toEqual([
      [1, 'changed'],
      [3, 'removed'],
      [4, 'added'],
    ]);
    const plenary = changes[0]!.segments;
    expect(plenary.filter((s) => s.kind === 'removed').map((s) => s.text.trim())).toEqual(['once']);
    expect(plenary.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual(['twice']);
  });
});
