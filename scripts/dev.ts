/**
 * `npm run dev` / `npm run dev:public`: Astro's dev server for one site, on 127.0.0.1
 * (RELAIS_DEV_PORT; defaults 4331 internal, 4332 public).
 *
 * The public preview is built from the public tree, like the public build: this script checks the
 * content, writes the tree (src/release/), and starts Astro on the public site's own root, which
 * reads the tree and nothing else, and whose server hands out only that root, the tree and the
 * code (src/site/astro-config.ts). When a content file changes, the tree is made again; content
 * with errors leaves the preview as it was and prints the errors.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, watch } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../src/config/content-dir.ts';
import { childEnv, env } from '../src/config/env.ts';
import { formatProblem } from '../src/checks/problem.ts';
import { clearContentIndex } from '../src/content-index/scan.ts';
import { writeTree } from '../src/release/tree.ts';
import { siteDirs } from '../src/site/settings.ts';
import { run, variantsFrom, UsageError } from './cli/cli.ts';
import { lockProject } from './build/lock.ts';
import { checkContent } from './editors/check.ts';

const root = process.cwd();

/** Checks the content and writes the public tree; false (with the errors printed) when it cannot. */
function writePublicTree(tree: string): boolean {
  clearContentIndex();
  const result = checkContent(root, { publicSite: true, workingMethods: false });
  const errors = result.problems.filter((p) => p.severity === 'error');
  for (const p of errors) console.error(formatProblem(p));
  if (errors.length || !result.tree) {
    console.error(`dev: ${errors.length} error(s): the public preview keeps its last good state`);
    return false;
  }
  const n = writeTree(result.tree, tree, contentDir(root));
  if (n.written || n.removed) console.log(`dev: public tree updated (${n.written} written, ${n.removed} removed)`);
  return true;
}

/** Makes the tree again when the content changes (a burst of saves counts once). */
function follow(tree: string) {
  let timer: NodeJS.Timeout | undefined;
  watch(contentDir(root), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => writePublicTree(tree), 300);
  });
}

await run(async () => {
  const variants = variantsFrom(process.argv.slice(2, 3));
  if (variants.length !== 1) throw new UsageError('name one site: internal or public');
  const variant = variants[0]!;
  await lockProject(root, `${variant} dev server`, 0);
  const dirs = siteDirs(root, variant);
  mkdirSync(dirs.root, { recursive: true });
  if (variant === 'public') {
    if (!writePublicTree(dirs.tree)) return 1;
    follow(dirs.tree);
  }
  const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
  const port = env.devPort() ?? (variant === 'public' ? '4332' : '4331');
  const config = relative(dirs.root, join(root, 'astro.config.mjs'));
  const child = spawn(
    process.execPath,
    [
      astro,
      'dev',
      '--root',
      dirs.root,
      '--config',
      config,
      '--host',
      '127.0.0.1',
      '--port',
      port,
      ...process.argv.slice(3),
    ],
    {
      stdio: 'inherit',
      // The public preview is told nothing of the content folder: it reads the public tree.
      env: childEnv(
        variant === 'public'
          ? { RELAIS_SITE: variant, RELAIS_CONTENT: undefined, RELAIS_CONTENT_INDEX: undefined }
          : { RELAIS_SITE: variant, RELAIS_CONTENT: contentDir(root) },
      ),
    },
  );
  // A signal sent to this script alone (a service manager, `timeout`) ends it through
  // process.exit (scripts/build/lock.ts): the server goes with it, or it would keep the port with
  // the lock released.
  process.once('exit', () => child.kill());
  return new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
});
