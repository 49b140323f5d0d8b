/** Small helpers shared by the command-line scripts: clean one-line failures, no stack traces. */
import { readFileSync } from 'node:fs';
import { env } from '../../src/config/env.ts';
import { SettingError } from '../../src/config/today.ts';
import { VARIANTS, type Variant } from '../../src/release/rule.ts';

export class UsageError extends Error {}

/**
 * The script's own description, its first doc comment (each script opens with its usage), as
 * `--help` prints it.
 */
export function scriptUsage(script: string): string {
  const doc = /^\/\*\*([\s\S]*?)\*\//.exec(readFileSync(script, 'utf8'))?.[1] ?? '';
  return doc
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

/**
 * Runs a script's main function; expected failures print one line and exit 1. `--help` (or `-h`)
 * prints the script's usage instead, unless the script answers it itself (`ownHelp`).
 */
export async function run(
  main: () => Promise<number | void> | number | void,
  { ownHelp = false }: { ownHelp?: boolean } = {},
): Promise<void> {
  const args = process.argv.slice(2);
  if (!ownHelp && (args.includes('--help') || args.includes('-h')) && process.argv[1]) {
    console.log(scriptUsage(process.argv[1]));
    return;
  }
  try {
    const code = await main();
    process.exitCode = code ?? 0;
  } catch (e) {
    const fsProblem = fileSystemProblem(e);
    if (e instanceof UsageError || e instanceof SettingError || fsProblem) {
      console.error(`error: ${fsProblem ?? (e as Error).message}`);
      process.exitCode = 1;
    } else throw e;
  }
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'this is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EEXIST: 'it already exists',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
};

/**
 * A file or folder the user named that cannot be read or written (`--out /no/such/dir/r.html`):
 * one line, not Node's stack trace. RELAIS_DEBUG=1 keeps the trace, for a defect of the scripts.
 */
function fileSystemProblem(e: unknown): string | undefined {
  const { code, path, syscall } = (e ?? {}) as NodeJS.ErrnoException;
  const reason = code ? FS_REASONS[code] : undefined;
  if (!reason || !path || env.debug()) return undefined;
  return `${path}: ${reason} (${syscall ?? 'file system'})`;
}

/** Variants named on the command line (`internal`, `public`), or both. */
export function variantsFrom(args: string[]): Variant[] {
  const named = args.filter((a) => !a.startsWith('-'));
  for (const a of named) {
    if (!(VARIANTS as readonly string[]).includes(a))
      throw new UsageError(`unknown site "${a}": expected internal or public`);
  }
  return named.length ? (named as Variant[]) : [...VARIANTS];
}
