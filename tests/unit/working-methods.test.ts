/** The calendar rules of the working methods (§4.1), each on both sides of its boundary. */
import { describe, expect, test } from 'vitest';
import { scanContent } from '../../src/content-index/scan.ts';
import { formatProblem } from '../../src/checks/problem.ts';
import { latestDayBefore, loadHolidays, workingDaysBefore } from '../../src/checks/working-days.ts';
import { checkWorkingMethods } from '../../src/checks/working-methods.ts';
import { md, tree } from './tree.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const shipped = loadHolidays();
const none = new Set<string>();

const plenary = (start: string, convened: string | undefined, extra: Record<string, unknown> = {}) =>
  md({
    title: `Plenary ${start}`,
    lang: 'en',
    kind: 'plenary',
    start,
    end: start,
    place: 'Strasbourg',
    format: 'in-person',
    ...(convened ? { convened } : {}),
    ...extra,
  });

function check(files: Record<string, string>, today = '2025-12-01', holidays = shipped) {
  const index = scanContent(tree(files));
  expect(index.problems).toEqual([]);
  return checkWorkingMethods(index, { today: d(today), holidays, meetingsFolder: 'content/meetings' }).map(
    formatProblem,
  );
}

describe('working days', () => {
  test('weekends do not count: six weeks before a monday are 30 working days', () => {
    expect(workingDaysBefore(d('2025-01-20'), d('2025-03-03'), none)).toBe(30);
    expect(workingDaysBefore(d('2025-01-21'), d('2025-03-03'), none)).toBe(29);
    // Friday to Monday: one working day, the weekend in between counts for nothing.
    expect(workingDaysBefore(d('2025-02-28'), d('2025-03-03'), none)).toBe(1);
    expect(workingDaysBefore(d('2025-03-01'), d('2025-03-03'), none)).toBe(0);
  });

  test('public holidays from the holiday list do not count', () => {
    // Good Friday, Easter Monday, 1 May and 8 May 2025 fall between these dates.
    expect(workingDaysBefore(d('2025-04-14'), d('2025-05-26'), none)).toBe(30);
    expect(workingDaysBefore(d('2025-04-14'), d('2025-05-26'), shipped)).toBe(26);
    expect(workingDaysBefore(d('2025-04-08'), d('2025-05-26'), shipped)).toBe(30);
    expect(latestDayBefore(d('2025-05-26'), 30, shipped)).toEqual(d('2025-04-08'));
  });

  test('RELAIS_HOLIDAYS points at another holiday list', () => {
    const root = tree({ 'holidays.json': JSON.stringify({ holidays: [{ date: '2025-02-03', name: 'test' }] }) });
    const list = loadHolidays(root, 'holidays.json');
    expect([...list]).toEqual(['2025-02-03']);
    expect(workingDaysBefore(d('2025-01-20'), d('2025-03-03'), list)).toBe(29);
  });
});

describe('§4.1 a plenary is convened at least 30 working days before it opens', () => {
  test('convened exactly 30 working days before is accepted', () => {
    expect(check({ 'content/meetings/p.en.md': plenary('2025-03-03', '2025-01-20') })).toEqual([]);
  });

  test('convened 29 working days before is an error citing §4.1 with the latest date', () => {
    expect(check({ 'content/meetings/p.en.md': plenary('2025-03-03', '2025-01-21') })).toEqual([
      'error  content/meetings/p.en.md:9:1  convened  convened 29 working days before the plenary opens on 2025-03-03; the working methods require at least 30 (§4.1)  (convene it on 2025-01-20 at the latest (weekends and the holidays in src/data/holidays.json do not count))',
    ]);
  });

  test('a weekend between convocation and start does not count', () => {
    // Saturday 18 January: the weekend adds no working day, so still 30.
    expect(check({ 'content/meetings/p.en.md': plenary('2025-03-03', '2025-01-18') })).toEqual([]);
    // 41 calendar days but only 29 working days.
    expect(check({ 'content/meetings/p.en.md': plenary('2025-03-03', '2025-01-21') })).toHaveLength(1);
  });

  test('a holiday between convocation and start does not count', () => {
    expect(check({ 'content/meetings/p.en.md': plenary('2025-05-26', '2025-04-08') })).toEqual([]);
    expect(check({ 'content/meetings/p.en.md': plenary('2025-05-26', '2025-04-09') })[0]).toContain(
      'convened 29 working days before',
    );
    // Without the holidays the same dates would pass: the list is what decides.
    expect(check({ 'content/meetings/p.en.md': plenary('2025-05-26', '2025-04-09') }, '2025-12-01', none)).toEqual([]);
  });

  test('thematic sessions are not bound by the 30-day rule', () => {
    const files = {
      'content/meetings/p.en.md': plenary('2025-03-03', '2025-01-20'),
      'content/meetings/t.en.md': plenary('2025-04-03', '2025-03-25', { kind: 'thematic' }),
    };
    expect(check(files)).toEqual([]);
  });

  test('a plenary without a convened date is a warning that gives the deadline', () => {
    const [p] = check({ 'content/meetings/p.en.md': plenary('2025-03-03', undefined) });
    expect(p).toMatch(/^warning {2}content\/meetings\/p\.en\.md:\d+:1 {2}convened {2}.*by 2025-01-20.*\(§4\.1\)/);
  });
});

describe('§4.1 at least one plenary per calendar year', () => {
  const years = (today: string, starts: string[]) =>
    check(Object.fromEntries(starts.map((s) => [`content/meetings/p-${s}.en.md`, plenary(s, '2000-01-03')])), today);

  test('every year from the first meeting to this one has a plenary: no problem', () => {
    expect(years('2025-06-01', ['2023-11-20', '2024-11-20', '2025-11-20'])).toEqual([]);
  });

  test('a past year without a plenary is an error', () => {
    expect(years('2025-06-01', ['2023-11-20', '2025-11-20'])).toEqual([
      'error  content/meetings:1:1  kind  no plenary session in 2024: the network meets in plenary at least once a year (§4.1)  (add the 2024 plenary (npm run new -- meeting "…", then kind: plenary and its dates))',
    ]);
  });

  test('the current year without a plenary is only a warning', () => {
    const out = years('2025-06-01', ['2023-11-20', '2024-11-20']);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^warning .* no plenary session planned yet for 2025/);
  });

  test('on new year’s day the year just ended becomes an error', () => {
    expect(years('2025-12-31', ['2024-11-20'])[0]).toMatch(/^warning .*2025/);
    expect(years('2026-01-01', ['2024-11-20'])[0]).toMatch(/^error .*no plenary session in 2025/);
  });

  test('years before the first meeting are not required', () => {
    expect(years('2024-06-01', ['2024-03-01'])).toEqual([]);
  });
});
