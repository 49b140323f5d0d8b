/**
 * Content pages carry no JavaScript but the frame's: the colour switch and the menu's keys
 * (public/site.js), at most 2 KB compressed; the menu itself works without it.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { read, sources } from './files.ts';

test('the frame script stays under 2 KB compressed', () => {
  expect(gzipSync(readFileSync('public/site.js'), { level: 9 }).length).toBeLessThanOrEqual(2048);
});

test('the page frame loads it and no other script', () => {
  const frame = [...sources('src')].filter((f) => /src\/(layouts|components\/frame)\//.test(f));
  const scripts = frame.flatMap((f) => [...read(f).matchAll(/<script\b[^>]*>/g)].map((m) => `${f}: ${m[0]}`));
  expect(scripts).toEqual(['src/layouts/Base.astro: <script is:inline src="/site.js">']);
});
