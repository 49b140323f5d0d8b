/** The benchmark's corpus generator: deterministic, realistic, and valid for both sites. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus/generate.ts';
import { hashCorpus, readCorpusMeta, writeCorpus } from '../../scripts/bench/corpus/write.ts';
import { ROOT } from '../support/sites.ts';

const node = process.execPath;

describe('corpus generator', () => {
  test('the same seed and size give a byte-identical tree, another seed a different one', () => {
    const a = generateCorpus({ entries: 400, seed: 7 });
    const b = generateCorpus({ entries: 400, seed: 7 });
    const c = generateCorpus({ entries: 400, seed: 8 });
    expect(hashCorpus(a.files)).toBe(hashCorpus(b.files));
    expect(hashCorpus(a.files)).not.toBe(hashCorpus(c.files));
  });

  test('the tree written to disk hashes the same as the one in memory and has the requested size', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'relais-corpus-')), 'tree');
    const corpus = generateCorpus({ entries: 300, seed: 3 });
    const meta = writeCorpus(out, corpus, { entries: 300, seed: 3 });
    const onDisk = new Map<string, string>();
    for (const f of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.md')))
      onDisk.set(f.split('\\').join('/'), readFileSync(join(out, f), 'utf8'));
    expect(onDisk.size).toBe(300);
    expect(hashCorpus(onDisk)).toBe(meta.hash);
    expect(readCorpusMeta(out)?.hash).toBe(meta.hash);
  });

  test('every collection is there, in both languages, about half public, with redactions and links', () => {
    const { files, counts } = generateCorpus({ entries: 1000, seed: 1 });
    for (const c of [
      'practices',
      'methods',
      'outcomes',
      'meetings',
      'requests',
      'responses',
      'groups',
      'correspondents',
    ])
      expect(counts[c], c).toBeGreaterThan(0);
    expect(counts.practices! / files.size).toBeGreaterThan(0.45);
    const translatable = [...files].filter(([p]) => /\.(en|fr)\.md$/.test(p));
    const isPublic = translatable.filter(([, text]) => /^visibility: "public"$/m.test(text)).length;
    expect(isPublic / translatable.length).toBeGreaterThan(0.4);
    expect(isPublic / translatable.length).toBeLessThan(0.7);
    expect(translatable.filter(([p]) => p.endsWith('.fr.md')).length).toBeGreaterThan(translatable.length / 3);
    expect(translatable.some(([, text]) => text.includes(':::internal'))).toBe(true);
    expect(translatable.filter(([, text]) => /\]\(\.\.\/\.\.\/\w+\//.test(text)).length).toBeGreaterThan(50);
    // §4.1: a plenary every year, convened at least 30 working days before it opens.
    const plenaries = [...files.values()].map((t) => matter(t, {}).data).filter((d) => d.kind === 'plenary');
    const years = new Set(plenaries.map((d) => (d.start as Date).getUTCFullYear()));
    for (let y = 2019; y <= 2026; y++) expect(years.has(y), String(y)).toBe(true);
    for (const d of plenaries) {
      const days = ((d.start as Date).getTime() - (d.convened as Date).getTime()) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(42);
    }
    // Answers come from many states, in both official languages.
    const answers = [...files].filter(([p]) => p.startsWith('responses/')).map(([, t]) => matter(t, {}).data);
    expect(new Set(answers.map((a) => a.country)).size).toBeGreaterThan(30);
    expect(new Set(answers.map((a) => a.lang))).toEqual(new Set(['en', 'fr']));
  });

  test('a generated tree passes the content check, public release rules included', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'relais-corpus-')), 'tree');
    const r = spawnSync(node, [join(ROOT, 'scripts', 'corpus.ts'), '--entries', '600', '--seed', '5', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^corpus: 600 files in /);
    const v = spawnSync(node, [join(ROOT, 'scripts', 'check.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, RELAIS_CONTENT: out },
    });
    // Warnings are allowed (a translation may stay internal while its twin is public, as in life).
    expect(v.stderr).not.toMatch(/^error/m);
    expect(v.stdout).toMatch(/check: 600 files \(\d+ public\), 0 errors/);
    expect(v.status).toBe(0);
  });

  test('refuses to overwrite a folder that is not a generated corpus, in one line', () => {
    const r = spawnSync(node, [join(ROOT, 'scripts', 'corpus.ts'), '--entries', '200', '--out', join(ROOT, 'src')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^error: .*src is not empty and holds no generated corpus/);
  });

  test('a mistyped option is refused, not ignored', () => {
    const r = spawnSync(node, [join(ROOT, 'scripts', 'corpus.ts'), '--entrie', '200', '--out', '/tmp/x'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^error: unknown option --entrie/);
  });
});
