/**
 * `npm run audit [dir]`: scans a built public site (default dist/public) for internal content,
 * against the content it was built from (content/, or RELAIS_CONTENT): fingerprints of internal
 * text, words only internal content uses, and links to pages the site does not have.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGS } from '../src/config/site.ts';
import { contentDir } from '../src/config/content-dir.ts';
import { env } from '../src/config/env.ts';
import { contentIndex } from '../src/content-index/scan.ts';
import { auditSite } from './audit/audit.ts';
import { UsageError, run } from './cli/cli.ts';

await run(async () => {
  const root = resolve(env.root() ?? process.cwd());
  const args = process.argv.slice(2);
  const option = args.find((a) => a.startsWith('-'));
  if (option) throw new UsageError(`unknown option ${option}: usage: npm run audit [dir]`);
  if (args.length > 1) throw new UsageError(`one folder at most, got ${args.length}: usage: npm run audit [dir]`);
  const dir = resolve(args[0] ?? 'dist/public');
  if (!existsSync(dir))
    throw new UsageError(`${dir} does not exist: build the public site first (npm run build:public)`);
  // An empty or wrong folder would pass: there would be nothing in it to find.
  if (!LANGS.every((l) => existsSync(join(dir, l, 'index.html'))))
    throw new UsageError(
      `${dir} is not a built site (no ${LANGS.map((l) => `${l}/index.html`).join(', ')}): name the site's folder, e.g. dist/public`,
    );
  // Without the content the site was built from there is nothing to look for, and every site
  // would pass. (The entries are counted after the audit, which reads the content index first:
  // counting before would hold up the audit's reader thread.)
  const content = contentDir(root);
  const noContent = () =>
    new UsageError(
      `${content} holds no content: the audit needs the content tree the site was built from (set RELAIS_CONTENT to it)`,
    );
  if (!existsSync(content)) throw noContent();
  const started = performance.now();
  const findings = await auditSite(dir, root);
  if (contentIndex(root).entries.length === 0) throw noContent();
  for (const f of findings) console.error(`leak  ${f.file}  ${f.what}: ${JSON.stringify(f.match)}`);
  const ms = Math.round(performance.now() - started);
  if (findings.length) {
    console.error(`audit: ${findings.length} file(s) in ${dir} contain internal content (${ms} ms)`);
    return 1;
  }
  console.log(`audit: no internal content found in ${dir} (${ms} ms)`);
  return 0;
});
