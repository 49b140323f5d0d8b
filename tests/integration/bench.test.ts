/** `npm run bench` at a small size, so the benchmark keeps working as the project changes. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatReport, type BenchReport } from '../../scripts/bench/report.ts';
import { ROOT } from '../support/sites.ts';

test('a 200-entry benchmark builds both sites cold and warm and reports every field of the table', () => {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts', 'bench.ts'), '--entries', '200', '--runs', '1', '--json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 170_000,
    },
  );
  expect(r.status, r.stderr).toBe(0);
  const report = JSON.parse(r.stdout) as BenchReport;
  expect(report.files).toBe(200);
  expect(report.coldRuns).toHaveLength(1);
  for (const site of ['internal', 'public'] as const) {
    const s = report.cold.sites[site];
    expect(s.contentLoad, `${site} content load`).toBeGreaterThan(0);
    expect(s.render, `${site} render`).toBeGreaterThan(0);
    expect(s.astro, `${site} astro`).toBeGreaterThan(s.render!);
    expect(report.output[site], `${site} output`).toBeGreaterThan(10_000);
    // Search indexing is reported when the indexer records it; the key is always there.
    expect(s).toHaveProperty('searchIndex');
    expect(report.pagefind).toHaveProperty(site);
  }
  expect(report.cold.sites.public.audit).toBeGreaterThan(0);
  expect(report.cold.validate).toBeGreaterThan(0);
  expect(report.cold.wallMs).toBeGreaterThan(report.cold.sites.internal.astro!);
  expect(report.cold.peakRss).toBeGreaterThan(50 * 1024 ** 2);
  // The output staged in /dev/shm counts too (and the budget is checked against the sum).
  expect(report.cold.peakMemory).toBeGreaterThanOrEqual(report.cold.peakRss!);
  expect(report.cold.publish).toBeGreaterThan(0);
  expect(report.cached?.wallMs).toBeGreaterThan(0);
  expect(report.warm?.wallMs).toBeGreaterThan(0);
  expect(report.warmRatio).toBeGreaterThan(0);
  expect(report.heaviestPage?.transfer).toBeGreaterThan(1000);
  expect(report.practicePage?.page).toMatch(/^\/(en|fr)\/practices\/[^/]+\/$/);
  expect(report.practicePagesWithJs).toBe(0);
  expect(report.verdicts.map((v) => v.name)).toContain('practice page HTML+CSS at most 25 KB gzip');
  const table = formatReport(report);
  for (const label of [
    'content load',
    'render',
    'search index',
    'audit',
    'output size',
    'pagefind index size',
    'cold build, both sites (wall)',
    'peak RSS',
    'cold, keeping the cache',
    'warm rebuild',
    'heaviest page',
    'practice page HTML+CSS',
  ])
    expect(table).toContain(label);
});
