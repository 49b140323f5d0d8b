/** The audit's reader hands over every file's words, numbered, whatever the batches. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { expect, test } from 'vitest';
import { readSite } from '../../scripts/audit/files.ts';
import { words } from '../../scripts/audit/words.ts';

test('each file’s words come back in order across batches, and a copy points to its first file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relais-reader-'));
  mkdirSync(join(dir, 'en', 'fragment'), { recursive: true });
  mkdirSync(join(dir, 'fr', 'fragment'), { recursive: true });
  const texts: Record<string, string> = {
    'a.html': '<p>Open units for families &amp; children</p>',
    'b.js': 'const who = "someone@example.org";',
    'en/fragment/x.pf_fragment': 'pagefind_dcd{"content":"Families stay in open units"}',
    'fr/fragment/x.pf_fragment': 'pagefind_dcd{"content":"Families stay in open units"}',
    'z.txt': 'units families open',
  };
  for (const [path, text] of Object.entries(texts))
    writeFileSync(join(dir, path), path.endsWith('.pf_fragment') ? gzipSync(text) : text);

  const dict: string[] = [];
  const read: { rel: string; words: string[]; same?: number }[] = [];
  let batches = 0;
  for (const batch of readSite(dir, 3)) {
    batches++;
    dict.push(...batch.words);
    for (const f of batch.files)
      read.push({
        rel: f.rel,
        words: [...batch.ids.subarray(f.start, f.end)].map((n) => dict[n]!),
        ...(f.same !== undefined && { same: f.same }),
      });
  }
  expect(batches).toBeGreaterThan(2);
  expect(read.map((f) => f.rel).sort()).toEqual(Object.keys(texts).sort());
  for (const f of read) {
    if (f.same !== undefined) {
      expect(f.words).toEqual([]);
      expect(texts[read[f.same]!.rel]).toBe(texts[f.rel]);
    } else expect(f.words).toEqual(words(texts[f.rel]!));
  }
  expect(read.filter((f) => f.same !== undefined)).toHaveLength(1);
});

test('a workbook’s words are read from inside its zip, where they are stored compressed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relais-reader-zip-'));
  const sheet = '<sst><si><t>Unaccompanied minors in open reception units</t></si></sst>';
  writeFileSync(join(dir, 'answers.xlsx'), zipSync({ 'xl/sharedStrings.xml': strToU8(sheet) }, { level: 9 }));
  const dict: string[] = [];
  const read: string[] = [];
  for (const batch of readSite(dir)) {
    dict.push(...batch.words);
    for (const f of batch.files) read.push(...[...batch.ids.subarray(f.start, f.end)].map((n) => dict[n]!));
  }
  expect(read).toEqual(expect.arrayContaining(words('Unaccompanied minors in open reception units')));
});
