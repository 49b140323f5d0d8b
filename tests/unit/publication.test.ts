import { describe, expect, test } from 'vitest';
import { embargoedUntil, isPublic, parseVariant, visibilitySchema } from '../../src/release/rule.ts';
import { schemas } from '../../src/schema/index.ts';

const TODAY = new Date('2026-06-01T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const practice = {
  title: 'A practice',
  lang: 'en',
  summary: 'What it is.',
  country: 'PT',
  themes: ['reception'],
  gcm: [7],
  dissemination: 'public',
};

describe('the publication decision', () => {
  test('only the exact value public publishes', () => {
    expect(isPublic('practices', { visibility: 'public', decided: day('2025-03-14') }, TODAY)).toBe(true);
    expect(isPublic('practices', { visibility: 'internal' }, TODAY)).toBe(false);
  });

  test('an absent flag means internal', () => {
    expect(isPublic('practices', {}, TODAY)).toBe(false);
    expect(schemas.practices.parse(practice).visibility).toBeUndefined();
  });

  test.each([
    ['true'],
    [true],
    ['yes'],
    ['Public'],
    ['PUBLIC'],
    [' public'],
    [1],
    [0],
    ['false'],
    [false],
    [null],
    [['public']],
  ])('a malformed flag %j is an error, never public and never dropped', (value) => {
    expect(visibilitySchema.safeParse(value).success).toBe(false);
    const result = schemas.practices.safeParse({ ...practice, visibility: value, decided: '2025-03-14' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('visibility');
    expect(isPublic('practices', { visibility: value }, TODAY)).toBe(false);
  });

  test('a public entry without a decision date is an error naming decided', () => {
    const result = schemas.outcomes.safeParse({
      title: 'News',
      lang: 'fr',
      kind: 'news',
      date: '2020-11-10',
      summary: 'x',
      visibility: 'public',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['decided']);
    expect(result.error?.issues[0]?.message).toMatch(/§3\.3/);
  });

  test('correspondents are never public, whatever their file says', () => {
    expect(isPublic('correspondents', { visibility: 'public' }, TODAY)).toBe(false);
    expect(isPublic('responses', { visibility: 'public' }, TODAY)).toBe(false);
    const parsed = schemas.correspondents.parse({
      name: 'Ana Example',
      country: 'PT',
      ministry: 'Ministry of the Interior',
      email: 'ana@example.org',
      visibility: 'public',
    });
    expect('visibility' in parsed).toBe(false);
  });

  test('a decision dated after today is an embargo: internal until that day, public from it', () => {
    const data = { visibility: 'public', decided: day('2026-06-15') };
    expect(isPublic('practices', data, TODAY)).toBe(false);
    expect(embargoedUntil('practices', data, TODAY)).toEqual(day('2026-06-15'));
    expect(isPublic('practices', data, day('2026-06-15'))).toBe(true);
    expect(embargoedUntil('practices', data, day('2026-06-15'))).toBeUndefined();
    expect(embargoedUntil('practices', { visibility: 'internal', decided: day('2026-06-15') }, TODAY)).toBeUndefined();
  });

  test('the site variant is internal by default and refuses anything unknown', () => {
    expect(parseVariant(undefined)).toBe('internal');
    expect(parseVariant('public')).toBe('public');
    expect(() => parseVariant('Public')).toThrow(/internal' or 'public/);
  });
});
