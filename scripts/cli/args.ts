/** `--name value` options of the command-line scripts, with one clear line for each mistake. */
import { UsageError } from './cli.ts';

export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
  return value;
}

export function intOption(args: string[], name: string, fallback: number, min = 1): number {
  const raw = option(args, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min)
    throw new UsageError(`--${name} expects a whole number of at least ${min}, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

/** Refuses options the script does not know, so a typo is not silently ignored. */
export function knownOptions(args: string[], flags: string[], valued: string[]): void {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument ${JSON.stringify(a)}`);
    const name = a.slice(2);
    if (valued.includes(name)) i++;
    else if (!flags.includes(name))
      throw new UsageError(
        `unknown option ${a}: expected ${[...valued.map((v) => `--${v} <value>`), ...flags.map((f) => `--${f}`)].join(', ')}`,
      );
  }
}
