/** `npm run check` as editors meet it: exit codes, one line per problem, formats for tools and CI. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../support/sites.ts';
import { md, practiceFields, tree } from '../unit/tree.ts';

const practice = practiceFields;

function validate(files: Record<string, string>, args: string[] = [], env: Record<string, string> = {}) {
  const root = tree(files);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', RELAIS_TODAY: '2025-06-01', ...env },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

describe('malformed publication flags', () => {
  test.each([['"true"'], ['yes'], ['1'], ['Public'], ['true'], ['"false"']])(
    'visibility: %s is an error naming file, line and field',
    (flag) => {
      const r = validate({ 'content/practices/x.en.md': md({ ...practice, visibility: flag, decided: '2025-03-14' }) });
      expect(r.code).toBe(1);
      expect(r.out).toMatch(
        /^error {2}content\/practices\/x\.en\.md:9:1 {2}visibility {2}expected exactly 'public' or 'internal'.*\((did you mean public\? )?write 'visibility: public' to publish, or leave the line out to keep it internal\)$/m,
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
    expect(r.out).toContain('check: 1 file (1 public), 0 errors, 0 warnings');
    expect(r.code).toBe(0);
  });

  test('several problems give one line each', () => {
    const r = validate({
      'content/practices/a.en.md': md({ ...practice, country: 'FX', gcm: '[24]' }),
      'content/practices/b.en.md': md({ ...practice, submittedBy: 'nobody' }),
    });
    expect(r.code).toBe(1);
    expect(r.out.split('\n').filter((l) => l.startsWith('error  '))).toHaveLength(3);
    expect(r.out).toContain('check: 2 files (0 public), 3 errors, 0 warnings');
  });
});

const meeting = (extra: Record<string, unknown>) =>
  md({ title: 'Plenary', lang: 'en', kind: 'plenary', place: 'Strasbourg', format: 'online', ...extra });

/** A tree with one deliberate mistake per file, as an editor might make them. */
const broken = {
  'content/practices/country.en.md': md({ ...practice, country: 'FX' }),
  'content/practices/theme.en.md': md({ ...practice, themes: '[integraton]' }),
  'content/practices/typo.en.md': md({ ...practice, visiblity: 'public' }),
  'content/practices/ref.en.md': md({ ...practice, submittedBy: 'ana-sosa' }),
  'content/practices/link.en.md': md(practice, 'See [the other](./nowhere.en.md).'),
  'content/correspondents/ana-sousa.md': md({ name: 'Ana', country: 'PT', ministry: 'MAI', email: 'ana@example.org' }),
  'content/correspondents/jo.md': md({ name: 'Jo', country: 'PT', ministry: 'MAI', email: 'jo.example.org' }),
  'content/requests/r.en.md': md({
    title: 'R',
    lang: 'en',
    requestedBy: 'SRSG',
    sent: '2025-01-06',
    deadline: '2025-02-06',
    questions: '["One?"]',
  }),
  'content/responses/r-de.md': md({ request: 'r', country: 'DE', lang: 'de', answers: '{"1": "Yes.", "2": "No."}' }),
  'content/responses/r-at.md': md({ request: 'r', country: 'AT', lang: 'en', answers: '{"1": "Yes.", "2": "No."}' }),
  'content/meetings/p.en.md': meeting({ start: '2025-03-03', end: '2025-03-03', convened: '2025-01-27' }),
};

describe('a tree of deliberately broken files', () => {
  test('each mistake is one line with file, line, field, message and a near-miss suggestion', () => {
    const r = validate(broken);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    const has = (re: RegExp) =>
      expect(
        lines.some((l) => re.test(l)),
        String(re),
      ).toBe(true);
    has(
      /^error {2}content\/practices\/country\.en\.md:5:1 {2}country {2}"FX" is not a member-state code.*did you mean FI or FR\?/,
    );
    has(/^error {2}content\/practices\/theme\.en\.md:6:1 {2}themes\.0 {2}.*did you mean integration\?/);
    has(
      /^warning {2}content\/practices\/typo\.en\.md:9:1 {2}visiblity {2}"visiblity" is not a field of practices.*did you mean visibility\?/,
    );
    has(
      /^error {2}content\/practices\/ref\.en\.md:9:1 {2}submittedBy {2}"ana-sosa" names no entry in correspondents.*did you mean ana-sousa\?/,
    );
    has(/^error {2}content\/practices\/link\.en\.md:\d+:1 {2}body {2}broken link "\.\/nowhere\.en\.md"/);
    has(
      /^error {2}content\/correspondents\/jo\.md:5:1 {2}email {2}"jo.example.org" is not a valid e-mail address.*\(§3\.2\)\)$/,
    );
    has(/^error {2}content\/responses\/r-de\.md:4:1 {2}lang {2}.*\(§4\.6\)/);
    has(
      /^error {2}content\/responses\/r-at\.md:\d+:1 {2}answers\.2 {2}answers question 2, but request "r" has 1 question.*§4\.6/,
    );
    has(/^error {2}content\/meetings\/p\.en\.md:\d+:1 {2}convened {2}convened 25 working days before .*\(§4\.1\)/);
    expect(r.out).toMatch(/^check: 11 files \(0 public\), 8 errors, 1 warning$/m);
    expect(r.out).not.toMatch(/^\s+at /m);
  });

  test('--format json gives the same problems for tools', () => {
    const r = validate(broken, ['--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      errors: number;
      warnings: number;
      problems: { file: string; field: string }[];
    };
    expect(out.errors).toBe(8);
    expect(out.warnings).toBe(1);
    expect(out.problems).toContainEqual(
      expect.objectContaining({
        file: 'content/practices/country.en.md',
        field: 'country',
        severity: 'error',
        line: 5,
      }),
    );
  });

  test('on GitHub Actions each problem is an annotation on its file and line', () => {
    const r = validate(broken, [], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^::error file=content\/practices\/country\.en\.md,line=5,col=1,title=country::"FX" is not/m);
    expect(r.out).toMatch(/^::warning file=content\/practices\/typo\.en\.md,line=9,col=1,title=visiblity::/m);
  });

  test('warnings alone exit 0', () => {
    const r = validate({ 'content/practices/typo.en.md': md({ ...practice, visiblity: 'public' }) });
    expect(r.code).toBe(0);
    expect(r.out).toContain('check: 1 file (0 public), 0 errors, 1 warning');
  });

  test('a past year without a plenary fails the check, citing §4.1', () => {
    const r = validate({
      'content/meetings/p.en.md': meeting({ start: '2023-11-20', end: '2023-11-20', convened: '2023-09-01' }),
    });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^error {2}content\/meetings:1:1 {2}kind {2}no plenary session in 2024: .*\(§4\.1\)/m);
    expect(r.out).toMatch(/^warning {2}content\/meetings:1:1 {2}kind {2}no plenary session planned yet for 2025/m);
  });

  test('an unknown option is one line and exit 1', () => {
    const r = validate({}, ['--fromat', 'json']);
    expect(r.code).toBe(1);
    expect(r.out.trim()).toBe('error: unknown option "--fromat" (expected --format text|json|github, --internal)');
  });

  test('--help prints how to use it and checks nothing', () => {
    const r = validate({}, ['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^`npm run check`: validates the whole content tree without building the site\./);
    expect(r.out).toContain('npm run check -- --format json');
    expect(r.out).not.toMatch(/^check:/m);
  });
});
