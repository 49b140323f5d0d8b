import { expect, test } from 'vitest';
import { useT } from '../../src/i18n/t.ts';

test('a counted phrase agrees with its number and fills its other numbers', () => {
  const en = useT('en');
  const fr = useT('fr');
  expect(en.count('answeredOf', 1, { m: 45 })).toBe('1 of 45 member states answered');
  expect(fr.count('answeredOf', 1, { m: 45 })).toBe('1 État membre sur 45 a répondu');
  expect(fr.count('answeredOf', 6, { m: 45 })).toBe('6 États membres sur 45 ont répondu');
  expect(en.count('answeredOf', 0, { m: 46 })).toBe('None of the 46 member states asked has answered');
});

test('days left: the last day has words of its own, and French counts 1 in the singular', () => {
  expect(useT('en').count('daysLeft', 0)).toBe('last day');
  expect(useT('en').count('daysLeft', 21)).toBe('21 days left');
  expect(useT('fr').count('daysLeft', 1)).toBe('1 jour restant');
  expect(useT('fr').count('daysLeft', 1200)).toBe('1\u202f200 jours restants');
});
