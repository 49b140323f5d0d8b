/** Turns the benchmark's measurements into phases, budgets and the printed table. */
import type { TimingRecord } from '../../src/timings.ts';
import { median, type PageWeight } from './measure.ts';

export const SITES = ['internal', 'public'] as const;
type Site = (typeof SITES)[number];

export interface SitePhases {
  /** Content layer: from the first loader's start to the last loader's end (they overlap). */
  contentLoad: number | undefined;
  /** Astro bundling and writing every page (astro:build:start → astro:build:generated). */
  render: number | undefined;
  /** Pagefind indexing (scripts/build/search/build-index.ts records it). */
  searchIndex: number | undefined;
  /** The public audit (public site only). */
  audit: number | undefined;
  /** The whole Astro process for this site, start-up included. */
  astro: number | undefined;
}

export interface BuildMeasure {
  wallMs: number;
  /** CPU time of the whole build process tree (user + system). */
  cpuMs: number | undefined;
  peakRss: number | undefined;
  /** Peak of resident memory plus the output staged in /dev/shm at that moment. */
  peakMemory: number | undefined;
  validate: number | undefined;
  /** Bringing dist/ up to date from the staged sites, after both are built and audited. */
  publish: number | undefined;
  sites: Record<Site, SitePhases>;
}

const sum = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) : undefined);

/** Phases per site from the timing lines one build wrote. */
export function phasesOf(
  records: TimingRecord[],
  run: { wallMs: number; cpuMs: number | undefined; peakRss: number | undefined; peakMemory?: number | undefined },
): BuildMeasure {
  const { wallMs, cpuMs, peakRss } = run;
  const peakMemory = run.peakMemory ?? peakRss;
  const of = (phase: string, site?: string) =>
    records.filter((r) => r.phase === phase && (site === undefined || r.site === site));
  const span = (rs: TimingRecord[]) =>
    rs.length ? Math.max(...rs.map((r) => r.start + r.ms)) - Math.min(...rs.map((r) => r.start)) : undefined;
  const sites = {} as Record<Site, SitePhases>;
  for (const site of SITES) {
    sites[site] = {
      contentLoad: span(of('content-load', site)),
      render: sum(of('render', site).map((r) => r.ms)),
      searchIndex: sum(of('pagefind', site).map((r) => r.ms)),
      audit: sum(of('audit', site).map((r) => r.ms)),
      astro: sum(of('astro-build', site).map((r) => r.ms)),
    };
  }
  const total = (phase: string) => sum(of(phase).map((r) => r.ms));
  return { wallMs, cpuMs, peakRss, peakMemory, validate: total('validate'), publish: total('publish'), sites };
}

/** Field-by-field median of several builds. */
export function medianBuild(runs: BuildMeasure[]): BuildMeasure {
  const m = (f: (b: BuildMeasure) => number | undefined) => median(runs.map(f));
  const sites = {} as Record<Site, SitePhases>;
  for (const site of SITES) {
    const s = (k: keyof SitePhases) => m((b) => b.sites[site][k]);
    sites[site] = {
      contentLoad: s('contentLoad'),
      render: s('render'),
      searchIndex: s('searchIndex'),
      audit: s('audit'),
      astro: s('astro'),
    };
  }
  return {
    wallMs: m((b) => b.wallMs)!,
    cpuMs: m((b) => b.cpuMs),
    peakRss: m((b) => b.peakRss),
    peakMemory: m((b) => b.peakMemory),
    validate: m((b) => b.validate),
    publish: m((b) => b.publish),
    sites,
  };
}

export interface Budget {
  wallMs: number;
  rss: number;
}

const GiB = 1024 ** 3;
/** The issue's budgets (2-core machine, median of 3 cold runs). */
export const BUDGETS: Record<number, Budget> = {
  1000: { wallMs: 12_000, rss: 1 * GiB },
  10000: { wallMs: 60_000, rss: 2 * GiB },
};
export const PRACTICE_PAGE_BUDGET = 25 * 1024;
export const WARM_BUDGET = 0.3;

export interface BenchReport {
  entries: number;
  seed: number;
  files: number;
  runs: number;
  /** Load average when the runs started and ended: the machine is shared, timings are noisy. */
  load: { start: number[]; end: number[] };
  /** Median of the cold runs, which keep no incremental cache (RELAIS_INCREMENTAL=0). */
  cold: BuildMeasure;
  coldRuns: BuildMeasure[];
  /** One cold build that keeps the incremental cache (the default): the warm build's starting point. */
  cached: BuildMeasure | undefined;
  warm: BuildMeasure | undefined;
  /** Warm rebuild time over the median cold time. */
  warmRatio: number | undefined;
  output: Record<Site, number | undefined>;
  pagefind: Record<Site, number | undefined>;
  heaviestPage: (PageWeight & { site: Site }) | undefined;
  practicePage: PageWeight | undefined;
  practicePagesWithJs: number;
  budget: Budget | undefined;
  verdicts: { name: string; ok: boolean }[];
}

export function verdicts(r: Omit<BenchReport, 'verdicts'>): { name: string; ok: boolean }[] {
  const out: { name: string; ok: boolean }[] = [];
  if (r.budget) {
    out.push({ name: `cold build under ${r.budget.wallMs / 1000} s`, ok: r.cold.wallMs < r.budget.wallMs });
    // Counted with the staged output: it is memory the build holds, even if no process's.
    if (r.cold.peakMemory !== undefined)
      out.push({
        name: `peak memory (RSS + staged output) under ${r.budget.rss / GiB} GiB`,
        ok: r.cold.peakMemory < r.budget.rss,
      });
  }
  if (r.warmRatio !== undefined)
    out.push({ name: `warm rebuild under ${WARM_BUDGET * 100} % of cold`, ok: r.warmRatio < WARM_BUDGET });
  if (r.practicePage)
    out.push({
      name: 'practice page HTML+CSS at most 25 KB gzip',
      ok: r.practicePage.transfer <= PRACTICE_PAGE_BUDGET,
    });
  out.push({ name: 'no JavaScript on practice pages beyond the frame’s', ok: r.practicePagesWithJs === 0 });
  return out;
}

const secs = (ms: number | null | undefined) => (ms == null ? '—' : `${(ms / 1000).toFixed(1)} s`);
export const bytes = (n: number | null | undefined) =>
  n == null
    ? '—'
    : n >= GiB
      ? `${(n / GiB).toFixed(2)} GiB`
      : n >= 1024 ** 2
        ? `${(n / 1024 ** 2).toFixed(1)} MiB`
        : `${(n / 1024).toFixed(1)} KiB`;

/** The table `npm run bench` prints. */
export function formatReport(r: BenchReport): string {
  const rows: [string, string, string][] = [];
  const row = (label: string, internal: string, pub: string) => rows.push([label, internal, pub]);
  const site = (k: keyof SitePhases, b: BuildMeasure = r.cold) =>
    [secs(b.sites.internal[k]), secs(b.sites.public[k])] as const;
  row('content load', ...site('contentLoad'));
  row('render', ...site('render'));
  row('search index', ...site('searchIndex'));
  row('audit', ...site('audit'));
  row('astro process (all of it)', ...site('astro'));
  row('output size', bytes(r.output.internal), bytes(r.output.public));
  row('pagefind index size', bytes(r.pagefind.internal), bytes(r.pagefind.public));
  const w = Math.max(...rows.map((x) => x[0].length));
  const c = Math.max(10, ...rows.map((x) => x[1].length));
  const lines = [
    `Relais benchmark: ${r.entries} entries (${r.files} files, seed ${r.seed}), median of ${r.runs} cold run${r.runs === 1 ? '' : 's'}`,
    `load average ${r.load.start.map((x) => x.toFixed(2)).join(' ')} at start, ${r.load.end.map((x) => x.toFixed(2)).join(' ')} at end (2 cores, shared)`,
    '',
    `${'phase'.padEnd(w)}  ${'internal'.padStart(c)}  ${'public'.padStart(c)}`,
    ...rows.map(([l, a, b]) => `${l.padEnd(w)}  ${a.padStart(c)}  ${b.padStart(c)}`),
    '',
    `validate (while Astro starts)   ${secs(r.cold.validate)}`,
    `publish (commit, at the end)    ${secs(r.cold.publish)}`,
    `cold build, both sites (wall)   ${secs(r.cold.wallMs)}${r.budget ? `   budget < ${r.budget.wallMs / 1000} s` : ''}   runs: ${r.coldRuns.map((b) => secs(b.wallMs)).join(', ')}`,
    `CPU time, user + system         ${secs(r.cold.cpuMs)}   (less sensitive than wall time to other load on the machine)`,
    `peak RSS (build process tree)   ${bytes(r.cold.peakRss)}; with the output staged in /dev/shm ${bytes(r.cold.peakMemory)}${r.budget ? `   budget < ${bytes(r.budget.rss)}` : ''}`,
    `cold, keeping the cache         ${r.cached ? `${secs(r.cached.wallMs)} (one run; ${secs(r.cached.cpuMs)} CPU, peak RSS ${bytes(r.cached.peakRss)})` : '— (not run)'}`,
    `warm rebuild, one entry edited  ${r.warm ? `${secs(r.warm.wallMs)} (${Math.round((r.warmRatio ?? 0) * 100)} % of cold${r.cached ? `, ${Math.round((r.warm.wallMs / r.cached.wallMs) * 100)} % of cold keeping the cache` : ''}; aim < 30 %)` : '— (not run)'}`,
    `heaviest page (gzip transfer)   ${r.heaviestPage ? `${bytes(r.heaviestPage.transfer)}  ${r.heaviestPage.site} ${r.heaviestPage.page}` : '—'}`,
    `practice page HTML+CSS (gzip)   ${r.practicePage ? `${bytes(r.practicePage.transfer)} (largest: ${r.practicePage.page}); pages with other JS: ${r.practicePagesWithJs}   budget ≤ 25 KiB, only the frame’s script` : '—'}`,
    '',
    ...r.verdicts.map((v) => `${v.ok ? 'ok  ' : 'OVER'}  ${v.name}`),
  ];
  return lines.join('\n');
}
