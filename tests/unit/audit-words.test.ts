/** The audit's fast path for Latin text splits words exactly as the Unicode-wide rule does. */
import { expect, test } from 'vitest';
import { words } from '../../scripts/audit/words.ts';

const slow = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

test('every character of the fast ranges is a letter, a digit or a separator exactly as in Unicode', () => {
  const chars = [...range(0x20, 0x2af), ...range(0x2000, 0x206f)].filter((c) => c !== '&' && c !== '\\');
  // Each character between two words: it either joins them or splits them, the same both ways.
  for (const c of chars) expect(words(`ab${c}cd xy`), `U+${c.charCodeAt(0).toString(16)}`).toEqual(slow(`ab${c}cd xy`));
});

test('text with other scripts is split by the Unicode-wide rule', () => {
  expect(words('Réunion à Chișinău — Київ, 2024’s «bilan» Ωmega')).toEqual(
    slow('Réunion à Chișinău — Київ, 2024’s «bilan» Ωmega'),
  );
  expect(words('l’accès des réfugiés (§ 4.1) – œuvre ½')).toEqual([
    'l',
    'accès',
    'des',
    'réfugiés',
    '4',
    '1',
    'œuvre',
    '½',
  ]);
});
