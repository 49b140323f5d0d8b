import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { saveContentIndex, scanContent } from '../../src/content-index/scan.ts';
import { formatProblem } from '../../src/checks/problem.ts';
import { md, practiceFields, tree } from './tree.ts';

const practice = practiceFields;

describe('the content index', () => {
  test('keys come from translationKey, else from the file name without its language', () => {
    const root = tree({
      'content/practices/a/housing.en.md': md(practice),
      'content/practices/a/logement.fr.md': md({ ...practice, lang: 'fr', translationKey: 'housing' }),
      'content/correspondents/ana-sousa.md': md({
        name: 'Ana Sousa',
        country: 'PT',
        ministry: 'MAI',
        email: 'ana@example.org',
      }),
    });
    const { entries, problems } = scanContent(root);
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.id).sort()).toEqual(['ana-sousa', 'en/housing', 'fr/housing']);
  });

  test('a malformed flag names the file, its line and the field', () => {
    const root = tree({ 'content/practices/x.en.md': md({ ...practice, visibility: '"true"' }) });
    const [p] = scanContent(root).problems;
    expect(formatProblem(p!)).toBe(
      `error  content/practices/x.en.md:9:1  visibility  expected exactly 'public' or 'internal' (lower case, no quotes needed), got "true"  (write 'visibility: public' to publish, or leave the line out to keep it internal)`,
    );
  });

  test('a missing required field says it is required', () => {
    const { summary: _, ...noSummary } = practice;
    const root = tree({ 'content/practices/x.en.md': md(noSummary) });
    expect(scanContent(root).problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['summary: summary is required']);
  });

  test('a dangling reference is an error naming both files', () => {
    const root = tree({ 'content/practices/x.en.md': md({ ...practice, submittedBy: 'nobody-here' }) });
    const [p] = scanContent(root).problems;
    expect(p?.file).toBe('content/practices/x.en.md');
    expect(p?.field).toBe('submittedBy');
    expect(p?.message).toContain('content/correspondents/nobody-here.md');
  });

  test('an outcome may reference a meeting by its key', () => {
    const root = tree({
      'content/meetings/plenary-2019.en.md': md({
        title: 'First plenary',
        lang: 'en',
        kind: 'plenary',
        start: '2019-11-28',
        end: '2019-11-29',
        place: 'Strasbourg',
        format: 'in-person',
      }),
      'content/outcomes/report.en.md': md({
        title: 'Report',
        lang: 'en',
        kind: 'meeting-report',
        date: '2019-12-12',
        summary: 'x',
        meeting: 'plenary-2019',
      }),
      'content/outcomes/other.en.md': md({
        title: 'Other',
        lang: 'en',
        kind: 'news',
        date: '2019-12-12',
        summary: 'x',
        meeting: 'plenary-2018',
      }),
    });
    const problems = scanContent(root).problems;
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/outcomes/other.en.md meeting']);
  });

  test('two files with the same key and language are an error', () => {
    const root = tree({
      'content/practices/a/housing.en.md': md(practice),
      'content/practices/b/housing.en.md': md(practice),
    });
    const [p] = scanContent(root).problems;
    expect(p?.message).toContain('content/practices/a/housing.en.md');
  });

  test('invalid YAML is reported with its line, not thrown', () => {
    const root = tree({ 'content/practices/x.en.md': '---\ntitle: [unclosed\nlang: en\n---\nBody\n' });
    const [p] = scanContent(root).problems;
    expect(p?.message).toMatch(/not valid YAML/);
    const colon = tree({
      'content/practices/x.en.md': '---\ntitle: Housing\nsummary: Flats: for families\n---\nBody\n',
    });
    expect(scanContent(colon).problems.map((q) => `${q.line} ${q.message}`)).toEqual([
      '3 the frontmatter is not valid YAML: bad indentation of a mapping entry',
    ]);
  });

  test('correspondents are never public, even when their file says so', () => {
    const root = tree({
      'content/correspondents/ana.md': md({
        name: 'Ana',
        country: 'PT',
        ministry: 'MAI',
        email: 'ana@example.org',
        visibility: 'public',
      }),
    });
    expect(scanContent(root).entries[0]?.public).toBe(false);
  });
});

describe('rules across entries', () => {
  const request = {
    title: 'Age',
    lang: 'en',
    requestedBy: 'SRSG',
    sent: '2025-04-02',
    deadline: '2025-05-02',
    questions: '["One?", "Two?"]',
  };

  test('a response answers only questions that exist (§4.6)', () => {
    const root = tree({
      'content/requests/age.en.md': md(request),
      'content/responses/age-fr.md':
        '---\nrequest: age\ncountry: FR\nlang: fr\nanswers:\n  1: "Oui."\n  3: "Non."\n---\n',
    });
    const problems = scanContent(root).problems;
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`)).toEqual([
      'content/responses/age-fr.md:5 answers.3 answers question 3, but request "age" has 2 questions',
    ]);
  });

  test('a meeting cannot end before it starts', () => {
    const root = tree({
      'content/meetings/m.en.md': md({
        title: 'M',
        lang: 'en',
        kind: 'thematic',
        start: '2025-03-20',
        end: '2025-03-19',
        place: 'Online',
        format: 'online',
      }),
    });
    expect(scanContent(root).problems.map((p) => p.field)).toEqual(['end']);
  });

  const meeting = {
    title: 'M',
    lang: 'en',
    kind: 'thematic',
    start: '2025-03-20',
    end: '2025-03-20',
    place: 'Online',
    format: 'online',
  };
  const problemsOf = (files: Record<string, string>) =>
    scanContent(tree(files)).problems.map(
      (p) => `${p.file}:${p.line} ${p.severity} ${p.field} ${p.message}  (${p.hint})`,
    );

  test('a meeting gives both its times or neither, and a one-day meeting closes after it opens', () => {
    expect(
      problemsOf({
        'content/meetings/a.en.md': md({ ...meeting, startTime: '09:30' }),
        'content/meetings/b.en.md': md({ ...meeting, startTime: '14:00', endTime: '13:00' }),
        'content/meetings/c.en.md': md({ ...meeting, end: '2025-03-21', startTime: '14:00', endTime: '13:00' }),
      }),
    ).toEqual([
      'content/meetings/a.en.md:9 error startTime startTime is given without endTime  (give both, the venue’s times, or neither: without them calendars show whole days)',
      'content/meetings/b.en.md:10 error endTime the meeting closes at 13:00, before it opens at 14:00 on the same day  (check startTime and endTime)',
    ]);
  });

  test('an online link on an in-person meeting is a warning, and "calendar" is not a meeting key', () => {
    expect(
      problemsOf({
        'content/meetings/calendar.en.md': md({
          ...meeting,
          format: 'in-person',
          onlineLink: 'https://meet.example.org/j/1',
        }),
      }),
    ).toEqual([
      'content/meetings/calendar.en.md:1 error translationKey the key "calendar" is taken by the meetings’ calendar (/en/meetings/calendar.ics)  (rename the file, e.g. calendar-2025-03.en.md)',
      'content/meetings/calendar.en.md:9 warning onlineLink an in-person meeting has an online link  (set format: hybrid (or online), or remove onlineLink)',
    ]);
  });
});

describe('translations and publication', () => {
  test('a translation left internal beside a public twin is a warning naming the twin', () => {
    const root = tree({
      'content/practices/housing.en.md': md({ ...practice, visibility: 'public', decided: '2025-03-14' }),
      'content/practices/housing.fr.md': md({ ...practice, lang: 'fr' }),
    });
    const problems = scanContent(root).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        /^warning {2}content\/practices\/housing\.fr\.md:\d+:1 {2}visibility {2}this fr version is internal while its translation content\/practices\/housing\.en\.md is public/,
      ),
    ]);
  });

  test('translations that agree on publication give no warning', () => {
    const root = tree({
      'content/practices/housing.en.md': md(practice),
      'content/practices/housing.fr.md': md({ ...practice, lang: 'fr' }),
    });
    expect(scanContent(root).problems).toEqual([]);
  });
});

describe('rules for public entries and answers', () => {
  test('a public entry whose summary is only spaces is an error citing §3.3', () => {
    const root = tree({
      'content/practices/x.en.md': md({ ...practice, summary: '"   "', visibility: 'public', decided: '2025-03-14' }),
    });
    expect(scanContent(root).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^error {2}content\/practices\/x\.en\.md:4:1 {2}summary {2}a public entry needs a summary .*§3\.3/,
      ),
    ]);
  });

  test('a response that answers no question is an error citing §4.6', () => {
    const root = tree({
      'content/requests/r.en.md': md({
        title: 'R',
        lang: 'en',
        requestedBy: 'SRSG',
        sent: '2025-01-06',
        deadline: '2025-02-06',
        questions: '["One?"]',
      }),
      'content/responses/r-pt.md': md({ request: 'r', country: 'PT', lang: 'en', answers: '{}' }),
    });
    expect(scanContent(root).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^error {2}content\/responses\/r-pt\.md:5:1 {2}answers {2}a response answers no question .*§4\.6/,
      ),
    ]);
  });
});

describe('dates and names that contradict each other', () => {
  test('a practice period that ends before it starts is an error', () => {
    const root = tree({ 'content/practices/x.en.md': md({ ...practice, period: '{ from: 2008, to: 2001 }' }) });
    expect(scanContent(root).problems.map(formatProblem)).toEqual([
      expect.stringContaining('x.en.md:9:1  period  the period ends (2001) before it starts (2008)'),
    ]);
  });

  test('an answer received before its request was sent, or filed under another state, is an error', () => {
    const root = tree({
      'content/requests/age.en.md': md({
        title: 'Age assessment',
        lang: 'en',
        requestedBy: 'SRSG',
        sent: '2025-04-02',
        deadline: '2025-05-02',
        questions: '["Who assesses age?"]',
      }),
      'content/responses/age-be.md': md({
        request: 'age',
        country: 'FR',
        lang: 'en',
        received: '2025-03-01',
        answers: '{ 1: "A doctor." }',
      }),
    });
    expect(scanContent(root).problems.map(formatProblem)).toEqual([
      expect.stringContaining('age-be.md:5:1  received  the answer is dated before the request was sent'),
      expect.stringContaining('age-be.md:3:1  country  the file name says BE but country is FR'),
    ]);
  });
});

describe('files that cannot be read as entries', () => {
  const only = (files: Record<string, string | Buffer>) => {
    const root = tree({});
    for (const [path, body] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), body);
    }
    return scanContent(root).problems.map(formatProblem);
  };

  test('an impossible day written without quotes is refused, not moved to the next month', () => {
    expect(
      only({ 'content/practices/x.en.md': md({ ...practice, visibility: 'public', decided: '2022-02-30' }) }),
    ).toEqual([expect.stringContaining('x.en.md:10:1  decided  "2022-02-30" is not a real calendar date')]);
  });

  test('an empty file is one error naming it, not a crash', () => {
    expect(only({ 'content/practices/new.en.md': '' })).toEqual([
      expect.stringMatching(/^error {2}content\/practices\/new\.en\.md:1:1 {2}- {2}the file is empty /),
    ]);
  });

  test('a file without frontmatter says so once', () => {
    expect(only({ 'content/practices/x.en.md': 'title: Housing\n\nSome text.\n' })).toEqual([
      expect.stringContaining('the file has no frontmatter: it must start with a line "---"'),
    ]);
  });

  test('a file saved as Latin-1 or UTF-16 is asked to be saved as UTF-8', () => {
    const text = md({ ...practice, lang: 'fr', title: 'Unités familiales à la rétention' });
    const problems = only({
      'content/practices/a.fr.md': Buffer.from(text, 'latin1'),
      'content/practices/b.fr.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    });
    expect(problems).toEqual([
      expect.stringContaining('a.fr.md:1:1  -  the file is not UTF-8 text'),
      expect.stringContaining('b.fr.md:1:1  -  the file is not UTF-8 text'),
    ]);
  });

  test('a content folder that does not exist, or holds no entry, is an error, not two empty sites', () => {
    const root = tree({ 'content/practices/notes.txt': 'not an entry' });
    expect(scanContent(root).problems.map(formatProblem)).toEqual([
      expect.stringContaining('content:1:1  -  no content file (.md, .mdx) in any of its folders'),
    ]);
    expect(scanContent(root, join(root, 'contnet')).problems.map(formatProblem)).toEqual([
      expect.stringContaining('contnet:1:1  -  the content folder does not exist'),
    ]);
  });
});

describe('where files are and what they are called', () => {
  const problems = (files: Record<string, string>) => scanContent(tree(files)).problems.map(formatProblem);

  test('a misspelt folder, a file outside any folder and a .markdown file are named, not silently skipped', () => {
    expect(
      problems({
        'content/practices/ok.en.md': md(practice),
        'content/practice/lost.en.md': md(practice),
        'content/loose.en.md': md(practice),
        'content/practices/draft.en.markdown': md(practice),
        'content/README.md': '# Guide',
      }),
    ).toEqual([
      'warning  content/loose.en.md:1:1  -  a file directly in the content folder is not read  (move it into the folder of its kind (practices, outcomes…))',
      expect.stringMatching(
        /^warning {2}content\/practice:1:1 {2}- {2}the folder "practice" is not a kind of entry: its files are not read {2}\(did you mean practices\?/,
      ),
      'warning  content/practices/draft.en.markdown:1:1  -  this file is not read: entries end in .md (or .mdx)  (rename it to .md)',
    ]);
  });

  test('a file name that is not lower-case letters, digits and hyphens is an error with the name to use', () => {
    expect(problems({ 'content/practices/Xx Test.en.md': md(practice) })).toEqual([
      expect.stringContaining(
        'the file name "Xx Test" makes the page\'s address: it must be lower-case letters, digits and hyphens  (rename the file to xx-test.en.md)',
      ),
    ]);
  });

  test('a file name whose language differs from lang is an error', () => {
    expect(problems({ 'content/practices/x.fr.md': md(practice) })).toEqual([
      expect.stringContaining('x.fr.md:1:1  lang  the file name says "fr" but lang is "en"'),
    ]);
  });

  test('a translationKey that links to no other file is a warning with the likely key', () => {
    expect(
      problems({
        'content/practices/be-family-units.en.md': md(practice),
        'content/practices/be-family-units.fr.md': md({ ...practice, lang: 'fr', translationKey: 'be-family-unit' }),
      }),
    ).toEqual([
      expect.stringContaining(
        'be-family-units.fr.md:9:1  translationKey  translationKey "be-family-unit" links this file to no other: no translation is linked to it  (did you mean be-family-units?',
      ),
    ]);
  });
});

describe('the index the build hands to its processes', () => {
  test('a process waits for the index the validation is still writing, then reads it whole', async () => {
    const root = tree({ 'content/practices/a/housing.en.md': md(practice) });
    const file = join(root, 'content-index.bin');
    const reader = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { contentIndex } = await import(${JSON.stringify(join(import.meta.dirname, '../../src/content-index/scan.ts'))});
         console.log(contentIndex(${JSON.stringify(root)}).entries.map((e) => e.id).join());`,
      ],
      { env: { ...process.env, RELAIS_CONTENT_INDEX: file } },
    );
    let out = '';
    reader.stdout.on('data', (d: Buffer) => (out += d.toString()));
    reader.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((done) => reader.once('close', done));
    await new Promise((r) => setTimeout(r, 400));
    // Not the scan of that process: the entry it reads exists only in the saved index.
    const index = scanContent(root);
    index.entries[0]!.id = 'written-by-the-validation';
    saveContentIndex(index, file);
    expect(await exited).toBe(0);
    expect(out.trim()).toBe('written-by-the-validation');
  });
});
