/**
 * `npm run bench -- --entries 10000 [--seed 1] [--runs 3] [--json] [--no-warm]`
 *
 * Generates the corpus (or reuses the one cached under .cache/bench/ when its hash matches), then
 * builds both sites cold `--runs` times exactly as `npm run build` does (validate, internal, public,
 * search index, audit), clearing Astro's caches before each run and keeping none
 * (RELAIS_INCREMENTAL=0), then once cold keeping the incremental cache and once warm after editing
 * one entry. Prints the median of the cold runs per phase and site, peak memory, output sizes and
 * page weights, against the budgets of issue 7. `--json` prints the same as JSON on stdout.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { childEnv } from '../src/config/env.ts';
import { siteDirs } from '../src/site/settings.ts';
import { parseTimings } from '../src/timings.ts';
import { UsageError, run } from './cli/cli.ts';
import { intOption, knownOptions } from './cli/args.ts';
import { CORPUS_TODAY } from './bench/corpus/dates.ts';
import { generateCorpus } from './bench/corpus/generate.ts';
import { hashCorpus, readCorpusMeta, writeCorpus } from './bench/corpus/write.ts';
import {
  dirSize,
  heaviestPage,
  isPracticePage,
  practicePagesWithJs,
  runMeasured,
  type PageWeight,
} from './bench/measure.ts';
import {
  BUDGETS,
  SITES,
  formatReport,
  medianBuild,
  phasesOf,
  verdicts,
  type BenchReport,
  type BuildMeasure,
} from './bench/report.ts';

const root = resolve(import.meta.dirname, '..');

await run(async () => {
  const args = process.argv.slice(2);
  knownOptions(args, ['json', 'no-warm'], ['entries', 'seed', 'runs']);
  const entries = intOption(args, 'entries', 10_000, 100);
  const seed = intOption(args, 'seed', 1, 0);
  const runs = intOption(args, 'runs', 3, 1);
  const json = args.includes('--json');
  const warmRun = !args.includes('--no-warm');
  // Progress goes to stderr, so that `--json` leaves stdout to the report.
  const say = (line: string) => console.error(line);

  const work = join(root, '.cache', 'bench');
  const content = join(work, `corpus-${entries}-${seed}`);
  const dist = join(work, `dist-${entries}-${seed}`);
  const timings = join(work, 'timings.jsonl');
  mkdirSync(work, { recursive: true });

  const corpus = generateCorpus({ entries, seed });
  const hash = hashCorpus(corpus.files);
  if (readCorpusMeta(content)?.hash === hash) say(`corpus: reusing ${content}`);
  else {
    writeCorpus(content, corpus, { entries, seed });
    say(`corpus: generated ${corpus.files.size} files into ${content}`);
  }

  const build = async (label: string, incremental: boolean): Promise<BuildMeasure> => {
    rmSync(timings, { force: true });
    const r = await runMeasured(process.execPath, [join(root, 'scripts', 'build.ts')], {
      cwd: root,
      env: childEnv({
        RELAIS_CONTENT: content,
        RELAIS_DIST: dist,
        RELAIS_TODAY: CORPUS_TODAY,
        RELAIS_TIMINGS: timings,
        RELAIS_INCREMENTAL: incremental ? '1' : '0',
      }),
    });
    writeFileSync(join(work, `${label}.log`), r.output);
    if (r.code !== 0) {
      const tail = r.output.trim().split('\n').slice(-15).join('\n');
      throw new UsageError(`the ${label} build failed (exit ${r.code}); its output ends with:\n${tail}`);
    }
    const m = phasesOf(parseTimings(existsSync(timings) ? readFileSync(timings, 'utf8') : ''), r);
    say(`${label}: ${(m.wallMs / 1000).toFixed(1)} s wall, ${((m.cpuMs ?? 0) / 1000).toFixed(1)} s CPU`);
    return m;
  };

  // A run's output is set aside, not deleted, before the next run, and deleted at the end: on this
  // disk, deleting ~60,000 files slows the file creations that follow for a while (measured:
  // publishing a fresh dist/ took 5.6, 14.9 and 25.1 s in three runs that each deleted the last).
  const asideDir = join(work, 'aside');
  rmSync(asideDir, { recursive: true, force: true });
  let asides = 0;
  const setAside = () => {
    // The public tree goes too: a cold build writes it whole.
    rmSync(siteDirs(root, 'public').tree, { recursive: true, force: true });
    if (!existsSync(dist)) return;
    mkdirSync(asideDir, { recursive: true });
    renameSync(dist, join(asideDir, String(++asides)));
  };

  const loadStart = loadavg();
  const coldRuns: BuildMeasure[] = [];
  for (let i = 1; i <= runs; i++) {
    // Cold: no output, no Astro cache (data store, incremental cache) from a previous run, and
    // none kept for a next one (RELAIS_INCREMENTAL=0), as a one-shot build on a fresh clone.
    setAside();
    coldRuns.push(await build(`cold-${i}`, false));
  }
  const cold = medianBuild(coldRuns);

  // Sizes and weights of the last cold build's output.
  const siteDir = (s: string) => join(dist, s);
  const output = Object.fromEntries(SITES.map((s) => [s, dirSize(siteDir(s))])) as BenchReport['output'];
  const pagefind = Object.fromEntries(
    SITES.map((s) => [s, dirSize(join(siteDir(s), 'pagefind'))]),
  ) as BenchReport['pagefind'];
  let heaviest: BenchReport['heaviestPage'];
  let practice: PageWeight | undefined;
  for (const s of SITES) {
    const h = heaviestPage(siteDir(s), () => true);
    if (h && (!heaviest || h.transfer > heaviest.transfer)) heaviest = { ...h, site: s };
    const p = heaviestPage(siteDir(s), isPracticePage);
    if (p && (!practice || p.transfer > practice.transfer)) practice = p;
  }
  const withJs = SITES.reduce((n, s) => n + practicePagesWithJs(siteDir(s)), 0);

  let cached: BuildMeasure | undefined;
  let warm: BuildMeasure | undefined;
  if (warmRun) {
    // A cold build that keeps the incremental cache (the default), then a warm one after one
    // public practice gets a new sentence.
    setAside();
    cached = await build('cold-cached', true);
    const edited = [...corpus.files.keys()].find(
      (p) => p.startsWith('practices/') && /^visibility: "public"$/m.test(corpus.files.get(p)!),
    )!;
    const file = join(content, edited);
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, `${original}\nA sentence added to measure a rebuild after one edit.\n`);
      warm = await build('warm', true);
    } finally {
      writeFileSync(file, original);
    }
  }

  rmSync(asideDir, { recursive: true, force: true });

  const partial: Omit<BenchReport, 'verdicts'> = {
    entries,
    seed,
    files: corpus.files.size,
    runs,
    load: { start: loadStart, end: loadavg() },
    cold,
    coldRuns,
    cached,
    warm,
    warmRatio: warm ? warm.wallMs / cold.wallMs : undefined,
    output,
    pagefind,
    heaviestPage: heaviest,
    practicePage: practice,
    practicePagesWithJs: withJs,
    budget: BUDGETS[entries],
  };
  const report: BenchReport = { ...partial, verdicts: verdicts(partial) };
  // Unmeasured values (no search index yet, no /proc) are null in JSON rather than missing.
  const asJson = JSON.stringify(report, (_, v: unknown) => (v === undefined ? null : v), 2);
  writeFileSync(join(work, `report-${entries}-${seed}.json`), `${asJson}\n`);
  console.log(json ? asJson : formatReport(report));
  return 0;
});
