import { describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/editors/check.ts';
import { formatProblem } from '../../src/checks/problem.ts';
import { md, practiceFields, tree } from './tree.ts';

const practice = { ...practiceFields, summary: 'One or two sentences shown in lists and search results.' };

const problemsOf = (files: Record<string, string>) =>
  checkContent(tree(files), { workingMethods: false }).problems.map(formatProblem);

describe('text left from npm run new', () => {
  test('is a warning on an internal entry, naming the field and the text', () => {
    expect(problemsOf({ 'content/practices/x.en.md': md(practice, '## Background\n\nWrite the text here.') })).toEqual([
      'warning  content/practices/x.en.md:4:1  summary  still holds the text npm run new wrote: "One or two sentences shown in lists and search results."  (replace it with the entry’s own text)',
      'warning  content/practices/x.en.md:10:1  body  still holds the text npm run new wrote: "Write the text here."  (replace it with the entry’s own text)',
    ]);
  });

  test('is an error on a public entry, in either language', () => {
    const fr = { ...practice, lang: 'fr', summary: 'Un résumé.', visibility: 'public', decided: '2025-03-14' };
    expect(problemsOf({ 'content/practices/x.fr.md': md(fr, 'Rédigez le texte ici.') })).toEqual([
      expect.stringMatching(
        /^error {2}content\/practices\/x\.fr\.md:12:1 {2}body {2}still holds .*"Rédigez le texte ici\."  \(replace it before publishing/,
      ),
    ]);
  });

  test('an entry with its own text is not reported', () => {
    expect(problemsOf({ 'content/practices/x.en.md': md({ ...practice, summary: 'Flats.' }, 'Real words.') })).toEqual(
      [],
    );
  });
});
