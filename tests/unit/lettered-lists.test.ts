import { expect, test } from 'vitest';
import { isLettered } from '../../src/site/markdown.ts';

test('a bulleted list lettered a., b., c. in its text is a lettered list', () => {
  expect(isLettered(['a. to share', 'b. to exchange', 'c. to improve'])).toBe(true);
});

test('items that only start with letters, out of order, or alone are not', () => {
  expect(isLettered(['a. first', 'c. third'])).toBe(false);
  expect(isLettered(['apples', 'bananas'])).toBe(false);
  expect(isLettered(['a. alone'])).toBe(false);
});
