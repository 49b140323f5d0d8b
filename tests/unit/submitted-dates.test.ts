/**
 * Every good practice has the day it was submitted: its `submitted` field, else its file's first
 * commit, else (outside git) its file's modification day; the public tree carries it; the content
 * folder is dated by one git call however many practices lack the field.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { clearHistories } from '../../src/content-index/dates.ts';
import { scanContent, type IndexedEntry } from '../../src/content-index/scan.ts';
import { projectTree } from '../../src/release/project.ts';
import { readTree, writeTree } from '../../src/release/tree.ts';
import { resultDate } from '../../src/search/dates.ts';
import { md, practiceFields, tree } from './tree.ts';

// Counts the `git log` calls the content index makes (the tests' own git commands are not `log`).
const calls = vi.hoisted(() => ({ log: 0 }));
vi.mock('node:child_process', async (original) => {
  const real = await original<typeof import('node:child_process')>();
  const execFileSync = ((file: string, args: readonly string[], ...rest: unknown[]) => {
    if (file === 'git' && args.includes('log')) calls.log++;
    return (real.execFileSync as (...a: unknown[]) => unknown)(file, args, ...rest);
  }) as typeof real.execFileSync;
  return { ...real, execFileSync };
});

const TODAY = new Date('2026-06-01T00:00:00Z');

function git(repo: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=e@example.org', ...args], {
    cwd: repo,
    stdio: 'ignore',
  });
}

/** Commits everything as of `when` (author and committer). */
function commitAll(repo: string, when: string) {
  git(repo, 'add', '-A');
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=e@example.org', 'commit', '-qm', `as of ${when}`], {
    cwd: repo,
    env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
  });
}

function repoOf(files: Record<string, string>): string {
  const root = tree(files);
  git(root, 'init', '-q');
  return root;
}

function put(root: string, path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const scan = (root: string) => scanContent(root, join(root, 'content'), { today: TODAY });
const practice = (root: string, key: string): IndexedEntry[] =>
  scan(root).entries.filter((e) => e.collection === 'practices' && e.key === key);
const dayOf = (e: IndexedEntry | undefined) => e?.submitted && e.submitted.day.toISOString().slice(0, 10);

beforeEach(() => {
  clearHistories();
  calls.log = 0;
});

describe('the day a practice was submitted', () => {
  test('the submitted field wins over the first commit', () => {
    const root = repoOf({ 'content/practices/a.en.md': md({ ...practiceFields, submitted: '2024-02-03' }) });
    commitAll(root, '2025-05-06T10:00:00Z');
    const [e] = practice(root, 'a');
    expect(dayOf(e)).toBe('2024-02-03');
    expect(e?.submitted?.from).toBe('field');
  });

  test('without the field, the first commit dates it, through later edits and a move to another folder', () => {
    const root = repoOf({ 'content/practices/a.en.md': md(practiceFields) });
    commitAll(root, '2024-03-01T10:00:00Z');
    put(root, 'content/practices/a.en.md', md({ ...practiceFields, summary: 'Edited later.' }));
    commitAll(root, '2025-01-02T10:00:00Z');
    mkdirSync(join(root, 'content/practices/2024'));
    renameSync(join(root, 'content/practices/a.en.md'), join(root, 'content/practices/2024/a.en.md'));
    commitAll(root, '2025-07-08T10:00:00Z');
    const [e] = practice(root, 'a');
    expect(e?.file).toBe('content/practices/2024/a.en.md');
    expect(dayOf(e)).toBe('2024-03-01');
    expect(e?.submitted?.from).toBe('first commit');
  });

  test('the first commit counts by its author’s calendar, whatever the time zone', () => {
    const root = repoOf({ 'content/practices/a.en.md': md(practiceFields) });
    // 00:30 in Strasbourg on 4 March is still 3 March in UTC: the editor committed it on the 4th.
    commitAll(root, '2025-03-04T00:30:00+01:00');
    expect(dayOf(practice(root, 'a')[0])).toBe('2025-03-04');
  });

  test('a practice is one day in every language: a translation committed later does not move it', () => {
    const root = repoOf({ 'content/practices/a.en.md': md(practiceFields) });
    commitAll(root, '2024-03-01T10:00:00Z');
    put(root, 'content/practices/a.fr.md', md({ ...practiceFields, lang: 'fr', title: 'Logement d’abord' }));
    commitAll(root, '2025-09-10T10:00:00Z');
    expect(practice(root, 'a').map(dayOf)).toEqual(['2024-03-01', '2024-03-01']);
  });

  test('one version’s field dates every version', () => {
    const root = repoOf({
      'content/practices/a.en.md': md(practiceFields),
      'content/practices/a.fr.md': md({ ...practiceFields, lang: 'fr', submitted: '2023-11-20' }),
    });
    commitAll(root, '2024-03-01T10:00:00Z');
    expect(practice(root, 'a').map((e) => [dayOf(e), e.submitted?.from])).toEqual([
      ['2023-11-20', 'field'],
      ['2023-11-20', 'field'],
    ]);
  });

  test('outside git, the day the file was last modified dates it', () => {
    const root = tree({ 'content/practices/a.en.md': md(practiceFields) });
    utimesSync(
      join(root, 'content/practices/a.en.md'),
      new Date('2023-01-02T15:00:00Z'),
      new Date('2023-01-02T15:00:00Z'),
    );
    const [e] = practice(root, 'a');
    expect(dayOf(e)).toBe('2023-01-02');
    expect(e?.submitted?.from).toBe('file date');
  });

  test('in git, a file not committed yet is dated by its file until it is', () => {
    const root = repoOf({ 'content/practices/old.en.md': md(practiceFields) });
    commitAll(root, '2024-03-01T10:00:00Z');
    put(root, 'content/practices/new.en.md', md(practiceFields));
    utimesSync(
      join(root, 'content/practices/new.en.md'),
      new Date('2026-05-30T09:00:00Z'),
      new Date('2026-05-30T09:00:00Z'),
    );
    expect(practice(root, 'new').map((e) => [dayOf(e), e.submitted?.from])).toEqual([['2026-05-30', 'file date']]);
  });

  test('a day from git or the file is never later than the day the practice was decided public', () => {
    const root = repoOf({
      'content/practices/a.en.md': md({ ...practiceFields, visibility: 'public', decided: '2021-05-17' }),
    });
    // Content kept elsewhere for years, then imported into git in one commit.
    commitAll(root, '2026-11-24T10:00:00Z');
    expect(practice(root, 'a').map((e) => [dayOf(e), e.submitted?.from])).toEqual([['2021-05-17', 'decided']]);
  });

  test('every practice gets a day, so the Year facet counts each practice the Type facet counts', () => {
    const root = repoOf({
      'content/practices/given.en.md': md({ ...practiceFields, submitted: '2022-04-05' }),
      'content/practices/committed.en.md': md({ ...practiceFields, themes: '[reception, integration]' }),
      'content/practices/public.en.md': md({ ...practiceFields, visibility: 'public', decided: '2025-03-14' }),
    });
    commitAll(root, '2024-03-01T10:00:00Z');
    put(root, 'content/practices/uncommitted.en.md', md(practiceFields));
    const entries = scan(root).entries.filter((e) => e.collection === 'practices');
    // The search page's Year facet reads each result's date (src/search/dates.ts): every practice has one.
    const dates = entries.map((e) => resultDate.practice({ submitted: e.submitted?.day }));
    expect(entries).toHaveLength(4);
    expect(dates.filter((d) => d?.kind === 'submitted')).toHaveLength(entries.length);
  });
});

describe('dating costs one git call', () => {
  test('the whole content folder is dated by one git log, however many practices lack the field', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`content/practices/p${i}.en.md`] = md(practiceFields);
    const root = repoOf(files);
    commitAll(root, '2024-03-01T10:00:00Z');
    const index = scan(root);
    expect(index.entries.every((e) => dayOf(e) === '2024-03-01')).toBe(true);
    // The public tree's "last changed" dates come from the same history.
    writeTree(projectTree(index, { treeDir: join(root, 'tree') }), join(root, 'tree'), join(root, 'content'));
    expect(calls.log).toBe(1);
  });

  test('practices that all give the field need no git call at all', () => {
    const root = repoOf({ 'content/practices/a.en.md': md({ ...practiceFields, submitted: '2024-02-03' }) });
    commitAll(root, '2024-03-01T10:00:00Z');
    scan(root);
    expect(calls.log).toBe(0);
  });

  test('a shallow clone, which would date every practice alike, is said in a warning', () => {
    const origin = repoOf({ 'content/practices/a.en.md': md(practiceFields) });
    commitAll(origin, '2024-03-01T10:00:00Z');
    put(origin, 'content/outcomes/readme.md', 'x');
    commitAll(origin, '2025-03-01T10:00:00Z');
    const clone = join(tree({}), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], { stdio: 'ignore' });
    const warning = scan(clone).problems.find((p) => p.field === 'submitted');
    expect(warning).toMatchObject({ severity: 'warning', file: 'content' });
    expect(warning?.message).toContain('shallow');
    expect(scan(origin).problems.find((p) => p.field === 'submitted')).toBeUndefined();
  });
});

describe('the public tree', () => {
  test('carries each public practice’s day, whether its file gives it or its history', () => {
    const pub = { ...practiceFields, visibility: 'public', decided: '2025-03-14' };
    const root = repoOf({
      'content/practices/given.en.md': md({ ...pub, submitted: '2022-04-05' }),
      'content/practices/committed.en.md': md(pub),
    });
    commitAll(root, '2024-03-01T10:00:00Z');
    const treeDir = join(root, '.cache', 'tree');
    writeTree(projectTree(scan(root), { treeDir }), treeDir, join(root, 'content'));
    const days = Object.fromEntries(readTree(treeDir).entries.map((e) => [e.path, e.data.submitted]));
    expect(days).toEqual({ 'practices/given.en.md': '2022-04-05', 'practices/committed.en.md': '2024-03-01' });
  });
});
