/**
 * `npm run check`: validates the whole content tree without building the site. The same schemas
 * and reference checks as the build (src/content-index/), the release's refusals (src/release/:
 * marks that keep nothing internal, what MDX may run, links, the public tree's projection), and
 * the calendar rules of the working methods (§4.1). One line per problem, notes (references the
 * public site leaves out, embargoes), a summary, exit code 1 on any error.
 *
 *   npm run check                     text, one line per problem
 *   npm run check -- --format json    for tools: { entries, public, errors, warnings, problems[], notes[] }
 *   npm run check -- --internal       without the public release (links from public entries…)
 *   GITHUB_ACTIONS=true               annotations (::error file=…,line=…::) that GitHub shows on the diff
 *
 * RELAIS_TODAY pins today's date (embargoes, the once-a-year rule); RELAIS_HOLIDAYS names another
 * holiday list than src/data/holidays.json.
 */
import { env } from '../src/config/env.ts';
import { run, UsageError } from './cli/cli.ts';
import { checkContent, report, type Format } from './editors/check.ts';

function parseArgs(args: string[]): { format: Format; publicSite: boolean } {
  let format: Format = env.githubActions() ? 'github' : 'text';
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

await run(() => {
  const { format, publicSite } = parseArgs(process.argv.slice(2));
  return report(checkContent(process.cwd(), { publicSite }), format);
});
