import { describe, expect, test } from 'vitest';
import { schemas } from '../../src/schema/index.ts';

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('practices', () => {
  const ok = {
    title: 'Housing first for refugees',
    lang: 'en',
    summary: 'Flats instead of centres.',
    country: ['PT', 'ES'],
    themes: ['reception', 'integration'],
    gcm: [15, 16],
    period: { from: 2019 },
    submittedBy: 'ana-sousa',
    dissemination: 'network',
  };

  test('a valid practice parses, one country becomes a list', () => {
    expect(schemas.practices.parse(ok).country).toEqual(['PT', 'ES']);
    expect(schemas.practices.parse({ ...ok, country: 'PT' }).country).toEqual(['PT']);
  });

  test('an unknown member-state code is named', () => {
    expect(messages(schemas.practices.safeParse({ ...ok, country: 'FX' }))).toContain(
      'country: "FX" is not a member-state code (e.g. FR, PT, DE)',
    );
  });

  test('themes come from the controlled vocabulary', () => {
    expect(messages(schemas.practices.safeParse({ ...ok, themes: ['housing'] }))[0]).toMatch(/not in the theme list/);
  });

  test('GCM objectives are 1 to 23', () => {
    expect(schemas.practices.safeParse({ ...ok, gcm: [0] }).success).toBe(false);
    expect(schemas.practices.safeParse({ ...ok, gcm: [24] }).success).toBe(false);
    expect(schemas.practices.safeParse({ ...ok, gcm: [23] }).success).toBe(true);
  });

  test('dissemination is network or public (§4.7)', () => {
    expect(messages(schemas.practices.safeParse({ ...ok, dissemination: 'all' }))[0]).toMatch(
      /expected 'network' or 'public'/,
    );
  });

  test('dates must be real calendar days', () => {
    expect(schemas.practices.safeParse({ ...ok, visibility: 'public', decided: '2025-02-30' }).success).toBe(false);
    expect(schemas.practices.safeParse({ ...ok, visibility: 'public', decided: '14/03/2025' }).success).toBe(false);
    expect(schemas.practices.parse({ ...ok, visibility: 'public', decided: new Date('2025-03-14') }).decided).toEqual(
      new Date('2025-03-14T00:00:00Z'),
    );
  });

  test('a date in another format is one message saying how to write it', () => {
    expect(messages(schemas.practices.safeParse({ ...ok, visibility: 'public', decided: '08/03/2022' }))).toEqual([
      'decided: expected a date written YYYY-MM-DD, got "08/03/2022"',
    ]);
  });

  test('GCM objectives written without brackets are asked for as a list', () => {
    expect(messages(schemas.practices.safeParse({ ...ok, gcm: '13, 21' }))).toEqual([
      'gcm: expected a list of GCM objective numbers such as [13, 21], got "13, 21"',
    ]);
  });
});

describe('working methods', () => {
  test('a version number without quotes is asked for in quotes', () => {
    const method = { title: 'Preamble', lang: 'en', version: 2.1, adopted: '2025-01-01', order: 1 };
    expect(messages(schemas.methods.safeParse(method))).toContain(
      'version: write the version in quotes (version: "2.1"), or YAML reads it as a number and drops a final .0',
    );
  });
});

describe('requests and responses', () => {
  const request = {
    title: 'Age assessment',
    lang: 'fr',
    requestedBy: 'SRSG',
    sent: '2025-04-02',
    deadline: '2025-05-02',
    questions: ['Who assesses age?', 'Which methods?'],
  };

  test('a request needs at least one numbered question (§4.6)', () => {
    expect(messages(schemas.requests.safeParse({ ...request, questions: [] }))[0]).toMatch(
      /at least one numbered question/,
    );
  });

  test('a request is in English or French (§4.6)', () => {
    expect(messages(schemas.requests.safeParse({ ...request, lang: 'de' }))[0]).toMatch(/expected 'en' or 'fr'/);
  });

  test('answers are keyed by question number', () => {
    const base = { request: 'age', country: 'FR', lang: 'fr' };
    expect(schemas.responses.safeParse({ ...base, answers: { 1: 'Oui.' } }).success).toBe(true);
    expect(schemas.responses.safeParse({ ...base, answers: { a: 'Oui.' } }).success).toBe(false);
  });
});

describe('meetings', () => {
  test('the kind is plenary or thematic and agenda items need a title', () => {
    const m = {
      title: 'Plenary',
      lang: 'en',
      kind: 'plenary',
      start: '2019-11-28',
      end: '2019-11-29',
      place: 'Strasbourg',
      format: 'in-person',
    };
    expect(schemas.meetings.parse(m).agenda).toEqual([]);
    expect(schemas.meetings.safeParse({ ...m, kind: 'annual' }).success).toBe(false);
    expect(schemas.meetings.safeParse({ ...m, agenda: [{ proposer: 'FR' }] }).success).toBe(false);
    expect(schemas.meetings.safeParse({ ...m, agenda: [{ title: 'Opening', proposer: 'SRSG' }] }).success).toBe(true);
  });

  const m = {
    title: 'Plenary',
    lang: 'en',
    kind: 'plenary',
    start: '2027-03-18',
    end: '2027-03-19',
    place: 'Strasbourg',
    format: 'hybrid',
  };

  test('the time zone is an IANA name Intl knows, written with its capitals, never an offset', () => {
    expect(schemas.meetings.parse({ ...m, timeZone: 'Europe/Lisbon' }).timeZone).toBe('Europe/Lisbon');
    expect(schemas.meetings.parse({ ...m, timeZone: 'Europe/Kyiv' }).timeZone).toBe('Europe/Kyiv');
    expect(schemas.meetings.parse(m).timeZone).toBeUndefined();
    expect(messages(schemas.meetings.safeParse({ ...m, timeZone: 'Europe/Strasbourg' }))).toEqual([
      'timeZone: "Europe/Strasbourg" is not a time zone of the IANA list: name the zone of the venue, e.g. Europe/Paris (Strasbourg), Europe/Lisbon, Europe/Kyiv',
    ]);
    expect(messages(schemas.meetings.safeParse({ ...m, timeZone: 'europe/paris' }))).toEqual([
      'timeZone: write "europe/paris" as Europe/Paris',
    ]);
    expect(messages(schemas.meetings.safeParse({ ...m, timeZone: '+01:00' }))).toEqual([
      'timeZone: "+01:00" is an offset, which changes with summer time: name the zone of the venue, e.g. Europe/Paris',
    ]);
  });

  test('times of day are HH:MM on the 24-hour clock, and a one-digit hour is padded', () => {
    const d = schemas.meetings.parse({ ...m, startTime: '9:30', endTime: '17:00' });
    expect([d.startTime, d.endTime]).toEqual(['09:30', '17:00']);
    expect(messages(schemas.meetings.safeParse({ ...m, startTime: '9.30', endTime: '25:00' }))).toEqual([
      'startTime: expected a time of day written HH:MM on the 24-hour clock (e.g. 09:30), got "9.30"',
      'endTime: expected a time of day written HH:MM on the 24-hour clock (e.g. 09:30), got "25:00"',
    ]);
  });

  test('the online link is an https address', () => {
    const link = 'https://meet.example.org/j/123?pwd=abc';
    expect(schemas.meetings.parse({ ...m, onlineLink: link }).onlineLink).toBe(link);
    expect(messages(schemas.meetings.safeParse({ ...m, onlineLink: 'http://meet.example.org/j/123' }))).toEqual([
      'onlineLink: expected the https:// address participants open to join online, got "http://meet.example.org/j/123"',
    ]);
    expect(schemas.meetings.safeParse({ ...m, onlineLink: 'meet.example.org' }).success).toBe(false);
  });
});

describe('correspondents', () => {
  test('an e-mail must be valid and a phone international', () => {
    const c = { name: 'A', country: 'FR', ministry: 'Interior', email: 'a@example.org' };
    expect(schemas.correspondents.safeParse(c).success).toBe(true);
    expect(messages(schemas.correspondents.safeParse({ ...c, email: 'a@' }))[0]).toMatch(/not a valid e-mail/);
    expect(schemas.correspondents.safeParse({ ...c, phone: '01 23 45' }).success).toBe(false);
  });
});
