/** Small helpers shared by the command-line scripts: clean one-line failures, no stack traces. */
import { VARIANTS, type Variant } from '../../src/lib/publication.ts';

export class UsageError extends Error {}

/** Runs a script's main function; expected failures print one line and exit 1. */
export async function run(main: () => Promise<number | void> | number | void): Promise<void> {
  try {
    const code = await main();
    process.exitCode = code ?? 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`error: ${e.message}`);
      process.exitCode = 1;
    } else throw e;
  }
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
