/** Which code may use which: the site's code never reaches into the scripts. */
import { posix } from 'node:path';
import { expect, test } from 'vitest';
import { importsOf, sources } from './files.ts';

test('src/ never imports scripts/', () => {
  const crossing = sources('src').flatMap((file) =>
    importsOf(file)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => posix.normalize(posix.join(posix.dirname(file), spec)))
      .filter((target) => target.startsWith('scripts/'))
      .map((target) => `${file} → ${target}`),
  );
  expect(crossing).toEqual([]);
});

test('no file of src/ or scripts/ is left in a folder named lib', () => {
  expect(sources('src', 'scripts').filter((f) => f.split('/').includes('lib'))).toEqual([]);
});
