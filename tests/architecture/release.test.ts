/**
 * Nothing outside the release module (src/release/) decides what is public: others ask it, and
 * the public site's build is given the public tree it wrote, not the content folder.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { siteDirs, siteSettings } from '../../src/site/settings.ts';
import { ROOT, importsOf, read, sources } from './files.ts';

const outsideRelease = () => sources('src', 'scripts').filter((f) => !f.startsWith('src/release/'));

test('no code outside src/release/ compares a visibility or a decision date', () => {
  const deciding = outsideRelease().filter((f) =>
    /\bvisibility\s*[!=]==?|[!=]==?\s*['"]public['"]\s*&&[^\n]*visibility|\bdecided\s*[<>]=?|[<>]=?\s*[\w.]*\bdecided\b/.test(
      read(f),
    ),
  );
  expect(deciding).toEqual([]);
});

test('the rule and the list of fields internal by nature are defined in src/release/ only', () => {
  const defining = outsideRelease().filter((f) =>
    /\b(function|const)\s+(isPublic|embargoedUntil|INTERNAL_FIELDS|ALWAYS_INTERNAL|publicData)\b/.test(read(f)),
  );
  expect(defining).toEqual([]);
});

test('the code that renders pages never reads the content index for itself, except the internal loader and plugin', () => {
  const site = sources('src/pages', 'src/components', 'src/layouts').concat('src/content.ts');
  const readers = site.filter((f) => importsOf(f).some((spec) => /content-index\/scan\.ts$/.test(spec)));
  expect(readers).toEqual([]);
});

test('the public site is built from the public tree, never from the content folder', () => {
  const s = siteSettings('public', ROOT);
  expect(s.content).toBe(siteDirs(ROOT, 'public').tree);
  expect(s.content).not.toBe(join(ROOT, 'content'));
  expect(siteSettings('internal', ROOT).content).toBe(join(ROOT, 'content'));
});
