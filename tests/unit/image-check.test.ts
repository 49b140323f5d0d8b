import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/editors/check.ts';
import { LARGE_IMAGE_BYTES } from '../../src/checks/images.ts';
import { formatProblem } from '../../src/checks/problem.ts';
import { md, practiceFields, tree } from './tree.ts';

const practice = practiceFields;

const problemsOf = (root: string) => checkContent(root, { workingMethods: false }).problems.map(formatProblem);

describe('images in entry bodies', () => {
  test('a missing image is an error naming the entry and the line, in Markdown and as HTML', () => {
    const root = tree({
      'content/practices/x.en.md': md(practice, 'Intro.\n\n![diagram](./missing.png)\n\n<img src="gone.jpg" alt="">'),
    });
    expect(problemsOf(root)).toEqual([
      expect.stringContaining('content/practices/x.en.md:12:1  body  the image "./missing.png" does not exist'),
      expect.stringContaining('content/practices/x.en.md:14:1  body  the image "gone.jpg" does not exist'),
    ]);
  });

  test('a missing image in an MDX element is an error too', () => {
    const root = tree({ 'content/practices/x.en.mdx': md(practice, '<img src="./gone.png" alt="" />') });
    expect(problemsOf(root)).toEqual([expect.stringContaining('the image "./gone.png" does not exist')]);
  });

  test('images beside the entry, in public/ and on other sites pass', () => {
    const root = tree({
      'content/practices/x.en.md': md(
        practice,
        '![a](./here.png) ![b](here.png) ![c](/logo.svg) ![d](https://example.org/x.png)',
      ),
      'content/practices/here.png': 'png',
      'public/logo.svg': '<svg/>',
    });
    expect(problemsOf(root)).toEqual([]);
  });

  test('a very large image is a warning that says to resize it', () => {
    const root = tree({ 'content/practices/x.en.md': md(practice, '![photo](./big.jpg)') });
    writeFileSync(join(root, 'content/practices/big.jpg'), Buffer.alloc(LARGE_IMAGE_BYTES + 1));
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/^warning .*the image "\.\/big\.jpg" weighs 2\.0 MB .*resize it/),
    ]);
  });
});
