/**
 * Only src/config/env.ts reads the environment: every setting is named and explained once, and a
 * site's build is handed its settings as values (src/site/settings.ts).
 */
import { expect, test } from 'vitest';
import { read, sources } from './files.ts';

test('only the config module reads process.env', () => {
  const files = [...sources('src', 'scripts'), 'astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts'];
  const readers = files.filter((f) => f !== 'src/config/env.ts' && /\bprocess\.env\b/.test(read(f)));
  expect(readers).toEqual([]);
});
