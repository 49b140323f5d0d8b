/**
 * What `npm run check` and the build's validation find in a content tree: the schemas and
 * references (src/content-index/), the release's refusals and notes (src/release/: marks that keep
 * nothing internal, what MDX may run, links, and the projection of the public tree), images,
 * placeholders, and the calendar rules of the working methods (§4.1).
 */
import { join, relative } from 'node:path';
import { contentDir } from '../../src/config/content-dir.ts';
import { env } from '../../src/config/env.ts';
import { today as todayFromEnv } from '../../src/config/today.ts';
import { checkImages } from '../../src/checks/images.ts';
import { formatAnnotation, formatProblem, type Problem } from '../../src/checks/problem.ts';
import { loadHolidays } from '../../src/checks/working-days.ts';
import { checkWorkingMethods } from '../../src/checks/working-methods.ts';
import { contentIndex, type ContentIndex } from '../../src/content-index/scan.ts';
import { checkCode } from '../../src/release/code-check.ts';
import { checkInternalLinks } from '../../src/release/links-check.ts';
import { checkRedactionMarks } from '../../src/release/marks-check.ts';
import { projectTree, type PublicTree } from '../../src/release/project.ts';
import { siteDirs } from '../../src/site/settings.ts';
import { checkPlaceholders } from './placeholders.ts';

export interface CheckOptions {
  /** Apply the public release (the projection of the public tree, links from public entries). */
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
  /** For the editors: references the public site leaves out, entries held back until a day. */
  notes: string[];
  /** The public tree, when the release was applied. */
  tree?: PublicTree | undefined;
}

export function checkContent(root: string, opts: CheckOptions = {}): CheckResult {
  const index = contentIndex(root);
  const problems = [...index.problems];
  const { publicSite = true, workingMethods = true } = opts;
  problems.push(
    ...checkInternalLinks(index),
    ...checkRedactionMarks(index),
    ...checkCode(index),
    ...checkImages(index),
    ...checkPlaceholders(index),
  );
  const tree = publicSite ? projectTree(index, { treeDir: siteDirs(root, 'public').tree }) : undefined;
  if (tree) problems.push(...tree.problems);
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
  return { index, problems, errors, warnings: problems.length - errors, notes: tree?.notes ?? [], tree };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(r: CheckResult): string {
  const files = `${plural(r.index.files, 'file')} (${r.index.entries.filter((e) => e.public).length} public)`;
  return `check: ${files}, ${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}`;
}

export type Format = 'text' | 'json' | 'github';

/** Prints the result in the chosen format; returns the exit code. */
export function report(r: CheckResult, format: Format): number {
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

/** The build's first step: the same checks, printed as text; the result, and whether it passed. */
export function validate(root: string, opts: { publicSite: boolean }): { ok: boolean; result: CheckResult } {
  const result = checkContent(root, { publicSite: opts.publicSite, workingMethods: false });
  return { ok: report(result, env.githubActions() ? 'github' : 'text') === 0, result };
}
