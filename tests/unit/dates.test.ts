import { describe, expect, test } from 'vitest';
import { joinDateParts } from '../../src/i18n/date-parts.ts';
import { useT } from '../../src/i18n/t.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dates as readers see them', () => {
  test('French writes the first of the month as « 1er », other days and English as numbers', () => {
    const fr = useT('fr');
    expect(fr.date(day('2025-06-01'))).toBe('1er juin 2025');
    expect(fr.date(day('2025-06-11'))).toBe('11 juin 2025');
    expect(fr.date(day('2020-12-21'))).toBe('21 décembre 2020');
    expect(useT('en').date(day('2025-06-01'))).toBe('1 June 2025');
  });

  test('a French range ending or starting on the first says « 1er » there', () => {
    const fr = useT('fr');
    // Intl puts thin or no-break spaces around the dash: compared as plain spaces.
    const range = (a: string, b: string) => fr.dateRange(day(a), day(b)).replace(/\s/g, ' ');
    expect(range('2025-06-01', '2025-06-03')).toBe('1er–3 juin 2025');
    expect(range('2025-05-30', '2025-06-01')).toBe('30 mai – 1er juin 2025');
  });

  test('a range is written one way in both languages: close between numbers, spaced between words', () => {
    for (const lang of ['en', 'fr'] as const) {
      const range = (a: string, b: string) => useT(lang).dateRange(day(a), day(b));
      expect(range('2027-03-18', '2027-03-19')).toMatch(/^18–19 /);
      expect(range('2027-06-30', '2027-07-02')).toMatch(/^30 \S+ – 2 /);
      expect(range('2026-12-30', '2027-01-02')).toMatch(/2026 – 2 /);
    }
  });

  test('the search page formats result dates by the same rule', () => {
    const long = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
    expect(joinDateParts('fr', long.formatToParts(day('2024-03-01')))).toBe('1er mars 2024');
    expect(joinDateParts('en', long.formatToParts(day('2024-03-01')))).toBe('1 mars 2024');
  });
});
