/**
 * Validates the content tree with the same schemas the site uses and prints one line per problem.
 * With `--public` (what `npm run build` does when it builds the public site) it also applies the
 * public release rules: no body link from a public entry to an internal one. Exit 1 on any error.
 */
import { contentIndex } from '../src/lib/content-index.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { checkPublicLinks, droppedReferences } from '../src/lib/public-release.ts';

export function validate(root: string, opts: { publicSite: boolean }): boolean {
  const index = contentIndex(root);
  const problems = [...index.problems];
  if (opts.publicSite && !problems.some((p) => p.severity === 'error')) problems.push(...checkPublicLinks(index));
  for (const p of problems) console.error(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    console.error(
      `\n${errors} error${errors === 1 ? '' : 's'} in the content; nothing was built. Fix the lines above and run the command again.`,
    );
    return false;
  }
  if (opts.publicSite) for (const line of droppedReferences(index)) console.log(`note  ${line}`);
  console.log(
    `content: ${index.entries.length} entries valid (${index.entries.filter((e) => e.public).length} public)`,
  );
  return true;
}

if (import.meta.main) {
  process.exitCode = validate(process.cwd(), { publicSite: !process.argv.includes('--internal') }) ? 0 : 1;
}
