/** `npm run audit [dir]`: scans a built public site (default dist/public) for internal content. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDir } from '../src/config/content-dir.ts';
import { contentIndex } from '../src/lib/content-index.ts';
import { auditSite } from './lib/audit.ts';
import { UsageError, run } from './lib/cli.ts';

await run(async () => {
  const root = resolve(process.env.RELAIS_ROOT ?? process.cwd());
  const dir = resolve(process.argv[2] ?? 'dist/public');
  if (!existsSync(dir))
    throw new UsageError(`${dir} does not exist: build the public site first (npm run build:public)`);
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
