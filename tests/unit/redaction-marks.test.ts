import { describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/editors/check.ts';
import { formatProblem } from '../../src/checks/problem.ts';
import { mayHoldMisspeltMark } from '../../src/release/marks-check.ts';
import { md, practiceFields, tree } from './tree.ts';

const practice = { ...practiceFields, visibility: 'public', decided: '2025-03-14' };

/** The problems `npm run check` reports for one public practice with this body. */
function problemsFor(body: string, file = 'content/practices/x.en.md') {
  const root = tree({ [file]: md(practice, body) });
  return checkContent(root, { workingMethods: false }).problems.map(formatProblem);
}

describe('redaction marks that keep nothing internal', () => {
  test('a misspelt block name is an error on its line, with the right spelling', () => {
    const [p, ...rest] = problemsFor('Public words.\n\n:::internl\nSecret alpha.\n:::\n');
    expect(rest).toEqual([]);
    expect(p).toContain('content/practices/x.en.md:14:1  body  ":::internl" is not a block Relais knows');
    expect(p).toContain('did you mean ":::internal"');
  });

  test('the block name in capitals is an error', () => {
    expect(problemsFor(':::Internal\nSecret.\n:::')).toEqual([
      expect.stringContaining(
        `":::Internal" is not a block Relais knows: its text is shown as written, on the public site too  (did you mean ":::internal", in lower case?`,
      ),
    ]);
  });

  test('a space after the colons leaves the passage public, and says how to write it', () => {
    const [p] = problemsFor('Intro.\n\n::: internal\nSecret bravo.\n:::');
    expect(p).toContain(':14:1  body  "::: internal" is not a block marker');
    expect(p).toContain('no space after the colons');
  });

  test('a closing fence that closes nothing is an error', () => {
    const [p, ...rest] = problemsFor(':::internal\nSecret.\n:::\n\nMore.\n\n:::');
    expect(rest).toEqual([]);
    expect(p).toContain(':18:1  body  ":::" is not a block marker');
  });

  test('an inline or leaf directive named internal hides nothing', () => {
    expect(problemsFor('Words :internal[Secret] here.')).toEqual([
      expect.stringContaining('":internal[Secret]" keeps nothing internal'),
    ]);
    expect(problemsFor('::internal[Secret]')).toEqual([expect.stringContaining('keeps nothing internal')]);
  });

  test('an Internal tag in a Markdown file is an error, and works in MDX', () => {
    expect(problemsFor('<Internal>Secret delta.</Internal>')).toEqual([
      expect.stringContaining('keeps nothing internal in a Markdown (.md) file'),
    ]);
    expect(problemsFor('<Internal>Secret.</Internal>', 'content/practices/x.en.mdx')).toEqual([]);
  });

  test('a lower-case internal tag in MDX is an error', () => {
    expect(problemsFor('Text <internal>Secret hotel.</internal> more.', 'content/practices/x.en.mdx')).toEqual([
      expect.stringContaining('"<internal>" is not "<Internal>"'),
    ]);
  });

  test('a block left open is a warning: the rest of the body stays internal', () => {
    const problems = problemsFor('Public.\n\n:::internal\nSecret to the end.');
    expect(problems).toEqual([expect.stringMatching(/^warning .*":::internal" is never closed/)]);
  });

  test('well-formed redactions and times of day are not reported', () => {
    expect(problemsFor('At 10:30 we met.\n\n:::internal\nSecret.\n:::\n\nPublic.\n\n:::internal\nMore.\n:::')).toEqual(
      [],
    );
  });

  test('only bodies that may hold such a mark are parsed', () => {
    expect(mayHoldMisspeltMark('Plain.\n\n:::internal\nSecret.\n:::\n\nAt 10:30.')).toBe(false);
    for (const body of [
      ':::internl\nx\n:::',
      '::: internal',
      ':::internal\nopen',
      ':::\nstray',
      'a :internl[x]',
      '<internal>',
    ])
      expect(mayHoldMisspeltMark(body), body).toBe(true);
  });
});
