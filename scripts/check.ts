/**
 * `npm run check`: validates the whole content tree without building the site. The same schemas
 * and reference checks as the build (src/content-index/scan.ts), body links, the public release
 * rules, and the calendar rules of the working methods (§4.1). One line per problem, a summary,
 * exit code 1 on any error.
 *
 *   npm run check                     text, one line per problem
 *   npm run check -- --format json    for tools: { entries, public, errors, warnings, problems[] }
 *   GITHUB_ACTIONS=true               annotations (::error file=…,line=…::) that GitHub shows on the diff
 *
 * RELAIS_TODAY pins today's date (for the once-a-year rule); RELAIS_HOLIDAYS names another
 * holiday list than src/data/holidays.json.
 */
import { join, relative } from 'node:path';
import { contentDir } from '../src/config/content-dir.ts';
import { contentIndex, type ContentIndex } from '../src/content-index/scan.ts';
import { formatAnnotation, formatProblem, type Problem } from '../src/checks/problem.ts';
import { checkInternalLinks, checkPublicLinks, droppedReferences } from '../src/release/links-check.ts';
import { checkImages } from '../src/checks/images.ts';
import { checkRedactionMarks } from '../src/release/marks-check.ts';
import { checkWorkingMethods } from '../src/checks/working-methods.ts';
import { loadHolidays } from '../src/checks/working-days.ts';
import { run, UsageError } from './cli/cli.ts';
import { checkPlaceholders } from './editors/placeholders.ts';

export interface CheckOptions {
  /** Apply the public release rules (links from public entries to internal ones). */
  publicSite?: boolean;
  /** Apply the calendar rules of the working methods (§4.1); the build leaves them to `check`. */
  workingMethods?: boolean;
  today?: Date;
}

export interface CheckResult {
  index: ContentIndex;
  problems: Problem[];
  errors: number;
  warnings: number;
  /** Notes for the public build: references the public site leaves out. */
  notes: string[];
}

export function todayFromEnv(): Date {
  const pinned = process.env.RELAIS_TODAY;
  if (pinned && !/^\d{4}-\d{2}-\d{2}$/.test(pinned))
    throw new UsageError(`RELAIS_TODAY must be a date written YYYY-MM-DD, got "${pinned}"`);
  return pinned ? new Date(`${pinned}T00:00:00Z`) : new Date();
}

export function checkContent(root: string, opts: CheckOptions = {}): CheckResult {
  const index = contentIndex(root);
  const problems = [...index.problems];
  const { publicSite = true, workingMethods = true } = opts;
  // Link and calendar rules need entries that passed their schemas: run them on what loaded.
  problems.push(
    ...checkInternalLinks(index),
    ...checkRedactionMarks(index),
    ...checkImages(index),
    ...checkPlaceholders(index),
  );
  if (publicSite) problems.push(...checkPublicLinks(index));
  if (workingMethods) {
    problems.push(
      ...checkWorkingMethods(index, {
        today: opts.today ?? todayFromEnv(),
        holidays: loadHolidays(root),
        meetingsFolder: relative(root, join(contentDir(root), 'meetings'))
          .split('\\')
          .join('/'),
      }),
    );
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    index,
    problems,
    errors,
    warnings: problems.length - errors,
    notes: publicSite ? droppedReferences(index) : [],
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(r: CheckResult): string {
  const files = `${plural(r.index.files, 'file')} (${r.index.entries.filter((e) => e.public).length} public)`;
  return `check: ${files}, ${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}`;
}

/** Prints the result in the chosen format; returns the exit code. */
export function report(r: CheckResult, format: 'text' | 'json' | 'github'): number {
  if (format === 'json') {
    const out = {
      files: r.index.files,
      entries: r.index.entries.length,
      public: r.index.entries.filter((e) => e.public).length,
      errors: r.errors,
      warnings: r.warnings,
      problems: r.problems,
      notes: r.notes,
    };
    console.log(JSON.stringify(out, null, 2));
  } else {
    for (const p of r.problems) console.error(format === 'github' ? formatAnnotation(p) : formatProblem(p));
    for (const line of r.notes) console.log(`note  ${line}`);
    if (r.problems.length) console.error('');
    console.log(summaryLine(r));
    if (r.errors > 0) console.error('Fix the lines marked error and run the command again.');
  }
  return r.errors > 0 ? 1 : 0;
}

/** The build's first step: the same checks, printed as text; false when there is an error. */
export function validate(root: string, opts: { publicSite: boolean }): boolean {
  const r = checkContent(root, { publicSite: opts.publicSite, workingMethods: false });
  return report(r, process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text') === 0;
}

function parseArgs(args: string[]): { format: 'text' | 'json' | 'github'; publicSite: boolean } {
  let format: 'text' | 'json' | 'github' = process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
  let publicSite = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.split('=')[1] : args[++i];
      if (v !== 'text' && v !== 'json' && v !== 'github')
        throw new UsageError(`--format must be text, json or github, got "${v ?? ''}"`);
      format = v;
    } else if (a === '--internal') publicSite = false;
    else throw new UsageError(`unknown option "${a}" (expected --format text|json|github, --internal)`);
  }
  return { format, publicSite };
}

if (import.meta.main) {
  await run(() => {
    const { format, publicSite } = parseArgs(process.argv.slice(2));
    return report(checkContent(process.cwd(), { publicSite }), format);
  });
}
