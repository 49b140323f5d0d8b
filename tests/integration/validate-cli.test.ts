/** The validation command as editors meet it: exit codes and one line per problem. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../support/sites.ts';
import { md, tree } from '../unit/tree.ts';

const practice = {
  title: 'Housing first',
  lang: 'en',
  summary: 'Flats instead of centres.',
  country: 'PT',
  themes: '[reception]',
  gcm: '[15]',
  dissemination: 'network',
};

function validate(files: Record<string, string>) {
  const root = tree(files);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'validate.ts')], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('malformed publication flags', () => {
  test.each([['"true"'], ['yes'], ['1'], ['Public'], ['true'], ['"false"']])(
    'visibility: %s is an error naming file, line and field',
    (flag) => {
      const r = validate({ 'content/practices/x.en.md': md({ ...practice, visibility: flag, decided: '2025-03-14' }) });
      expect(r.code).toBe(1);
      expect(r.out).toMatch(
        /^error {2}content\/practices\/x\.en\.md:9:1 {2}visibility {2}expected exactly 'public' or 'internal'.*\(write 'visibility: public' to publish, or leave the line out to keep it internal\)$/m,
      );
      expect(r.out).not.toMatch(/^\s+at /m);
    },
  );

  test('visibility: public without decided is an error naming decided and §3.3', () => {
    const r = validate({ 'content/practices/x.en.md': md({ ...practice, visibility: 'public' }) });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /x\.en\.md:\d+:1 {2}decided {2}a public entry needs the date it was decided public \(decided: YYYY-MM-DD\), §3\.3/,
    );
  });

  test('a valid tree passes with a summary line and exit code 0', () => {
    const r = validate({
      'content/practices/x.en.md': md({ ...practice, visibility: 'public', decided: '2025-03-14' }),
    });
    expect(r.out).toContain('content: 1 entries valid (1 public)');
    expect(r.code).toBe(0);
  });

  test('several problems give one line each', () => {
    const r = validate({
      'content/practices/a.en.md': md({ ...practice, country: 'FX', gcm: '[24]' }),
      'content/practices/b.en.md': md({ ...practice, submittedBy: 'nobody' }),
    });
    expect(r.code).toBe(1);
    expect(r.out.split('\n').filter((l) => l.startsWith('error  '))).toHaveLength(3);
    expect(r.out).toContain('3 errors in the content');
  });
});
