import { describe, expect, test } from 'vitest';
import { didYouMean } from '../../src/checks/suggest.ts';

describe('near-miss suggestions', () => {
  test('a mistyped member-state code suggests the codes one letter away', () => {
    expect(didYouMean('FX', ['FR', 'FI', 'DE', 'PT'])).toBe('did you mean FI or FR?');
  });
  test('case slips are suggested first', () => {
    expect(didYouMean('fr', ['FR', 'FI', 'GR'])).toMatch(/^did you mean FR/);
  });
  test('a mistyped theme or key suggests the closest id', () => {
    expect(didYouMean('integraton', ['integration', 'reception', 'return'])).toBe('did you mean integration?');
    expect(didYouMean('ana-sosa', ['ana-sousa', 'paul-weber'])).toBe('did you mean ana-sousa?');
  });
  test('nothing close gives no suggestion', () => {
    expect(didYouMean('housing', ['FR', 'DE'])).toBeUndefined();
    expect(didYouMean(undefined, ['FR'])).toBeUndefined();
  });
});
