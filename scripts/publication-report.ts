/**
 * `npm run publication-report -- [--since <git-ref>] [--format markdown|html] [--out file]`:
 * what the public site gains and loses since a commit or tag (working methods §3.3), for the
 * Office to read before a deploy. Without --since: everything currently public. The old tree is
 * read with `git archive` into a temporary folder; the working tree is never touched. The report
 * quotes redacted passages, so it is for the Office only: never publish it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/config/content-dir.ts';
import { scanContent, type ContentIndex } from '../src/content-index/scan.ts';
import { run, UsageError } from './cli/cli.ts';
import { compare, toHtml, toMarkdown } from './editors/publication-report.ts';
import { isoDay, today as todayFromEnv } from '../src/config/today.ts';

const USAGE = 'usage: npm run publication-report -- [--since <commit or tag>] [--format markdown|html] [--out <file>]';

function git(cwd: string, args: string[], input?: Buffer): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], input, maxBuffer: 1 << 30 });
}

/** The content tree as it was at `ref`, scanned from a temporary copy. */
export function contentAt(root: string, ref: string): { index: ContentIndex; commit: string } {
  let top: string;
  try {
    top = git(root, ['rev-parse', '--show-toplevel']).toString().trim();
  } catch {
    throw new UsageError(`--since needs a git checkout, and ${root} is not inside one`);
  }
  let commit: string;
  try {
    commit = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
      .toString()
      .trim();
  } catch {
    throw new UsageError(`"${ref}" is not a commit, branch or tag of this repository (see git log --oneline, git tag)`);
  }
  const content = resolve(contentDir(root));
  const inRepo = relative(top, content).split('\\').join('/');
  if (inRepo.startsWith('..')) throw new UsageError(`the content folder ${content} is outside the git repository`);
  const tmp = mkdtempSync(join(tmpdir(), 'relais-report-'));
  try {
    // The folder may not exist yet at that commit: then the old public site was empty.
    const listed = git(top, ['ls-tree', '-d', '--name-only', commit, '--', inRepo]).toString().trim();
    if (listed) {
      const tar = git(top, ['archive', '--format=tar', commit, '--', inRepo]);
      execFileSync('tar', ['-x', '-f', '-', '-C', tmp], { input: tar, maxBuffer: 1 << 30 });
    }
    // Paths in the old index read like today's (content/practices/…), so entries line up; and
    // practices without a submitted date are dated by the checkout's history, as today's are (the
    // copy is outside git), so a date no one changed is not reported as a change.
    const oldRoot = join(tmp, relative(top, resolve(root)));
    return {
      index: scanContent(oldRoot, join(tmp, inRepo), {
        history: existsSync(content) ? realpathSync(content) : content,
      }),
      commit,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await run(
  () => {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        since: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: false,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    const unknown = Object.keys(values).filter((k) => !['since', 'format', 'out', 'help'].includes(k));
    if (unknown.length) throw new UsageError(`unknown option --${unknown[0]}\n${USAGE}`);
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const out = str(values.out);
    const format = str(values.format) ?? (out?.endsWith('.html') ? 'html' : 'markdown');
    if (format !== 'markdown' && format !== 'html') throw new UsageError(`--format must be markdown or html\n${USAGE}`);
    if ('since' in values && !str(values.since)) throw new UsageError(`--since needs a commit or tag\n${USAGE}`);

    const root = process.cwd();
    const now = scanContent(root);
    const errors = now.problems.filter((p) => p.severity === 'error');
    if (errors.length)
      throw new UsageError(
        `the content has ${errors.length} error${errors.length === 1 ? '' : 's'}; run npm run check and fix them first, so the report shows what will really be built`,
      );
    const since = str(values.since);
    const old = since ? contentAt(root, since) : undefined;
    const report = compare(now, old?.index, {
      today: isoDay(todayFromEnv()),
      ...(since && old ? { since: { ref: since, commit: old.commit } } : {}),
    });
    const text = format === 'html' ? toHtml(report) : toMarkdown(report);
    if (out) {
      writeFileSync(out, text);
      console.log(`wrote ${out}`);
    } else process.stdout.write(text);
    return 0;
  },
  { ownHelp: true },
);
