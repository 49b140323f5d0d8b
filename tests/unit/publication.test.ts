import { describe, expect, test } from 'vitest';
import { belongsTo, isPublic, parseVariant, visibilitySchema } from '../../src/release/rule.ts';
import { schemas } from '../../src/schema/index.ts';

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
    expect(isPublic('practices', { visibility: 'public' })).toBe(true);
    expect(isPublic('practices', { visibility: 'internal' })).toBe(false);
  });

  test('an absent flag means internal', () => {
    expect(isPublic('practices', {})).toBe(false);
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
    expect(isPublic('practices', { visibility: value })).toBe(false);
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
    expect(isPublic('correspondents', { visibility: 'public' })).toBe(false);
    expect(belongsTo('public', 'correspondents', { visibility: 'public' })).toBe(false);
    const parsed = schemas.correspondents.parse({
      name: 'Ana Example',
      country: 'PT',
      ministry: 'Ministry of the Interior',
      email: 'ana@example.org',
      visibility: 'public',
    });
    expect('visibility' in parsed).toBe(false);
  });

  test('the internal site holds everything, the public site only public entries', () => {
    expect(belongsTo('internal', 'practices', {})).toBe(true);
    expect(belongsTo('internal', 'correspondents', {})).toBe(true);
    expect(belongsTo('public', 'practices', {})).toBe(false);
    expect(belongsTo('public', 'practices', { visibility: 'public' })).toBe(true);
  });

  test('the site variant is internal by default and refuses anything unknown', () => {
    expect(parseVariant(undefined)).toBe('internal');
    expect(parseVariant('public')).toBe('public');
    expect(() => parseVariant('Public')).toThrow(/internal' or 'public/);
  });
});
