import { describe, expect, test } from 'vitest';
import { dateLabel, decodeDate, encodeDate, resultDate, type LabelPart } from '../../src/search/dates.ts';
import { searchLabels } from '../../src/search/labels.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A label as the reader sees it. */
const read = (parts: LabelPart[]) => parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');

describe('which date a result shows', () => {
  test('each kind of entry says which of its dates it shows, and what that date is', () => {
    expect(resultDate.practice({ submitted: day('2025-03-03'), decided: day('2025-06-01') })).toEqual({
      kind: 'submitted',
      from: day('2025-03-03'),
    });
    expect(resultDate.practice({ decided: day('2025-06-01') })).toEqual({ kind: 'published', from: day('2025-06-01') });
    expect(resultDate.practice({})).toBeUndefined();
    expect(resultDate.meeting({ start: day('2026-06-18'), end: day('2026-06-19') })).toEqual({
      kind: 'meeting',
      from: day('2026-06-18'),
      to: day('2026-06-19'),
    });
    expect(resultDate.request({ sent: day('2025-01-10'), deadline: day('2025-02-10') }).to).toEqual(day('2025-02-10'));
    expect(resultDate.method({ adopted: day('2024-05-05') }).kind).toBe('adopted');
    expect(resultDate.outcome({ date: day('2024-05-05') }).kind).toBe('published');
    expect(resultDate.group({})).toBeUndefined();
  });

  test('a date goes into the index with its kind and comes back the same', () => {
    const meeting = resultDate.meeting({ start: day('2026-06-18'), end: day('2026-06-19') });
    expect(encodeDate(meeting)).toBe('meeting 2026-06-18 2026-06-19');
    expect(decodeDate('meeting 2026-06-18 2026-06-19')).toEqual({
      kind: 'meeting',
      from: '2026-06-18',
      to: '2026-06-19',
    });
    expect(decodeDate('adopted 2024-05-05')).toEqual({ kind: 'adopted', from: '2024-05-05' });
  });

  test('anything else is not a date', () => {
    for (const text of [undefined, '', '2024-05-05', 'held 2024-05-05', 'adopted 5 May 2024', 'sent 2024-05-05 soon'])
      expect(decodeDate(text), String(text)).toBeUndefined();
  });
});

describe('labelled dates in both languages', () => {
  const en = searchLabels('en').dates;
  const fr = searchLabels('fr').dates;

  test('a submitted practice, a publication and an adoption', () => {
    expect(read(dateLabel(en.submitted, { kind: 'submitted', from: '2025-03-03' }, 'en'))).toBe(
      'Submitted 3 March 2025',
    );
    expect(read(dateLabel(fr.submitted, { kind: 'submitted', from: '2025-03-01' }, 'fr'))).toBe(
      'Soumission\u00a0: 1er mars 2025',
    );
    expect(read(dateLabel(en.adopted, { kind: 'adopted', from: '2024-05-05' }, 'en'))).toBe('Adopted 5 May 2024');
    expect(read(dateLabel(fr.published, { kind: 'published', from: '2024-05-05' }, 'fr'))).toBe(
      'Publication\u00a0: 5 mai 2024',
    );
  });

  test("a meeting's days, one month or two", () => {
    const june = { kind: 'meeting', from: '2026-06-18', to: '2026-06-19' } as const;
    expect(read(dateLabel(en.meeting, june, 'en'))).toBe('Meeting 18–19 June 2026');
    expect(read(dateLabel(fr.meeting, june, 'fr'))).toBe('Réunion\u00a0: 18–19 juin 2026');
    const across = { kind: 'meeting', from: '2026-06-30', to: '2026-07-01' } as const;
    expect(read(dateLabel(en.meeting, across, 'en'))).toBe('Meeting 30 June\u2009–\u20091 July 2026');
    expect(read(dateLabel(en.meeting, { kind: 'meeting', from: '2026-06-18', to: '2026-06-18' }, 'en'))).toBe(
      'Meeting 18 June 2026',
    );
  });

  test("a request's sending and deadline, each day in a time element of its own", () => {
    const sent = { kind: 'sent', from: '2025-01-10', to: '2025-02-10' } as const;
    expect(read(dateLabel(en.sent, sent, 'en'))).toBe('Sent 10 January 2025 · deadline 10 February 2025');
    expect(read(dateLabel(fr.sent, sent, 'fr'))).toBe(
      'Envoi\u00a0: 10 janvier 2025 · date limite\u00a0: 10 février 2025',
    );
    expect(dateLabel(en.sent, sent, 'en').filter((p) => typeof p !== 'string')).toEqual([
      { dateTime: '2025-01-10', text: '10 January 2025' },
      { dateTime: '2025-02-10', text: '10 February 2025' },
    ]);
  });
});
