/** The loader hands Astro's glob loader patterns that match exactly the files the index chose. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { glob } from 'tinyglobby';
import { expect, test } from 'vitest';
import { exactly } from '../../src/site/loader.ts';
import { tree } from './tree.ts';

test('folder patterns match exactly the chosen files, whatever characters their names hold', async () => {
  const names = [
    'a.en.md',
    'a.fr.md',
    '2024/b,c.en.md',
    '2024/d{e}.en.md',
    '2024/f(g)[h].fr.md',
    '2024/i*j?.en.md',
    '2024/k l é.en.md',
    '2024/sub/m.en.md',
    '2025/n.en.md',
    '2025/o.en.md',
  ];
  const dir = tree({});
  for (const n of names) {
    mkdirSync(dirname(join(dir, n)), { recursive: true });
    writeFileSync(join(dir, n), 'x');
  }
  const chosen = names.filter((_, i) => i % 3 !== 1);
  const found = await glob(exactly(chosen), { cwd: dir, expandDirectories: false });
  expect(found.sort()).toEqual([...chosen].sort());
});
