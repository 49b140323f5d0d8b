/**
 * Validates the content tree with the same schemas the site uses and prints one line per problem.
 * Exit code 1 when there is any error. Used by `npm run build` before Astro starts.
 */
import { contentIndex } from '../src/lib/content-index.ts';
import { formatProblem } from '../src/lib/problems.ts';

export function validate(root: string): boolean {
  const { entries, problems } = contentIndex(root);
  for (const p of problems) console.error(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    console.error(
      `\n${errors} error${errors === 1 ? '' : 's'} in the content; nothing was built. Fix the lines above and run the command again.`,
    );
    return false;
  }
  console.log(`content: ${entries.length} entries valid (${entries.filter((e) => e.public).length} public)`);
  return true;
}

if (import.meta.main) {
  process.exitCode = validate(process.cwd()) ? 0 : 1;
}
