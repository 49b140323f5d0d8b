/** The precautionary review (§3.3) on a small git repository made for the test. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../support/sites.ts';
import { md, practiceFields, tree } from '../unit/tree.ts';

const outcome = (title: string, extra: Record<string, unknown> = {}, body = 'Body text.') =>
  md({ title, lang: 'en', kind: 'news', date: '2025-01-10', summary: `${title} in short.`, ...extra }, body);
const pub = { visibility: 'public', decided: '2025-02-01' };

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo }).toString();
const report = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'publication-report.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, RELAIS_TODAY: '2025-06-01', RELAIS_CONTENT: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

beforeAll(() => {
  repo = tree({
    'content/outcomes/stays.en.md': outcome(
      'Stays public',
      pub,
      'The network met in Strasbourg.\n\nIt agreed on a plan.',
    ),
    'content/outcomes/goes.en.md': outcome('Goes internal', pub),
    'content/outcomes/comes.en.md': outcome('Comes out'),
    'content/outcomes/removed.en.md': outcome('Removed later', pub),
    // Without a submitted date: dated by its first commit, a year before the release.
    'content/practices/housing.en.md': md({ ...practiceFields, title: 'Housing first', ...pub }),
  });
  git('init', '-q', '-b', 'main');
  git('add', 'content/practices');
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'a practice'],
    {
      cwd: repo,
      env: { ...process.env, GIT_AUTHOR_DATE: '2024-05-02T10:00:00Z', GIT_COMMITTER_DATE: '2024-05-02T10:00:00Z' },
    },
  );
  git('add', '.');
  git('commit', '-q', '-m', 'first release');
  git('tag', 'v1');
  writeFileSync(
    join(repo, 'content/outcomes/stays.en.md'),
    outcome(
      'Stays public',
      pub,
      'The network met in Strasbourg and online.\n\nIt agreed on a plan.\n\n:::internal\nThe Ministry contact asked not to be named.\n:::\n',
    ),
  );
  writeFileSync(join(repo, 'content/outcomes/goes.en.md'), outcome('Goes internal'));
  writeFileSync(join(repo, 'content/outcomes/comes.en.md'), outcome('Comes out', pub));
  rmSync(join(repo, 'content/outcomes/removed.en.md'));
  mkdirSync(join(repo, 'content/meetings'));
  writeFileSync(
    join(repo, 'content/meetings/closed.en.md'),
    md({
      title: 'Closed',
      lang: 'en',
      kind: 'thematic',
      start: '2025-03-01',
      end: '2025-03-01',
      place: 'Online',
      format: 'online',
    }),
  );
  writeFileSync(join(repo, 'content/outcomes/linked.en.md'), outcome('Linked', { ...pub, meeting: 'closed' }));
  // Decided public from days still to come (the report's today is 2025-06-01): embargoes.
  writeFileSync(
    join(repo, 'content/outcomes/later.en.md'),
    outcome('Later news', { visibility: 'public', decided: '2025-09-01' }),
  );
  writeFileSync(
    join(repo, 'content/outcomes/sooner.en.md'),
    outcome('Sooner news', { visibility: 'public', decided: '2025-07-01' }),
  );
  git('add', 'content/outcomes/comes.en.md'); // staged and unstaged changes alike must stay as they are
});

describe('npm run publication-report --since', () => {
  test('lists what becomes public, what changed with a diff, what stops being public, redactions and drops', () => {
    const before = git('status', '--porcelain');
    const r = report('--since', 'v1');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const section = (name: string) => r.out.split(`## ${name}`)[1]!.split('\n## ')[0]!;
    expect(section('Newly public')).toContain(
      'Comes out (en) — `content/outcomes/comes.en.md`, page /en/outcomes/comes/',
    );
    expect(section('Newly public')).toContain('Linked (en)');
    expect(section('Newly public')).not.toContain('Stays public');
    const changed = section('Public entries whose public text changed');
    expect(changed).toContain('### Stays public');
    expect(changed).toContain('-The network met in Strasbourg.');
    expect(changed).toContain('+The network met in Strasbourg and online.');
    // The redacted passage is not part of the public text, so not in the diff.
    expect(changed).not.toContain('Ministry contact');
    const gone = section('No longer public');
    expect(gone).toContain('Goes internal (en)');
    expect(gone).toContain('now internal (content/outcomes/goes.en.md)');
    expect(gone).toContain('Removed later (en)');
    const redacted = section('Redacted passages inside public entries (kept internal)');
    expect(redacted).toMatch(
      /`content\/outcomes\/stays\.en\.md:\d+` \*\*new\*\*: “The Ministry contact asked not to be named\.”/,
    );
    expect(section('References the public build leaves out')).toContain(
      'content/outcomes/linked.en.md: meeting → meetings "closed" is internal',
    );
    expect(git('status', '--porcelain')).toBe(before);
  });

  test('a practice dated by its first commit keeps its date in the old tree, so it is not reported as changed', () => {
    const r = report('--since', 'v1');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('Housing first');
    expect(report().out).toContain('Housing first (en)');
  });

  test('lists what becomes public next, soonest first, and keeps it out of what is public now', () => {
    const r = report('--since', 'v1');
    const next = r.out.split('## Becoming public next')[1]!.split('\n## ')[0]!;
    expect(next.trim().split('\n').slice(2)).toEqual([
      '- **2025-07-01**: Sooner news (en) — `content/outcomes/sooner.en.md`, page /en/outcomes/sooner/, decided 2025-07-01',
      '- **2025-09-01**: Later news (en) — `content/outcomes/later.en.md`, page /en/outcomes/later/, decided 2025-09-01',
    ]);
    expect(r.out.split('## Newly public')[1]!.split('\n## ')[0]).not.toContain('news (en)');
  });

  test('the HTML report says the same, with the diff marked up', () => {
    const r = report('--since', 'v1', '--format', 'html');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<!doctype html>/);
    expect(r.out).toContain('<span class="add">+The network met in Strasbourg and online.</span>');
    expect(r.out).toContain('Goes internal');
    const file = join(repo, '..', `report-${process.pid}.html`);
    expect(report('--since', 'v1', '--out', file).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('<h2>No longer public (2)</h2>');
    rmSync(file);
  });

  test('without --since it lists everything currently public', () => {
    const r = report();
    expect(r.code).toBe(0);
    expect(r.out).toContain('# Publication report: everything currently public');
    expect(r.out).toContain('## Public entries (4)');
    expect(r.out).not.toContain('Goes internal');
  });

  test('an unknown reference is one clear line and exit 1', () => {
    const r = report('--since', 'v9');
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(
      'error: "v9" is not a commit, branch or tag of this repository (see git log --oneline, git tag)',
    );
  });

  test('a report written into a folder that does not exist is one line naming it, not a stack trace', () => {
    const out = join(repo, 'no-such-folder', 'report.html');
    const r = report('--out', out);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(`error: ${out}: no such file or folder (open)`);
  });
});
