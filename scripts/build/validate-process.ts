/**
 * `node scripts/build/validate-process.ts <project> <index file> [--internal | --tree <dir> <ready file>]`: the
 * build's validation (scripts/editors/check.ts), in a process of its own that then writes the
 * content index for the build's other processes (contentIndex reads it back) and, for a build of
 * the public site, the public tree (src/release/tree.ts) into <dir>, then the ready file the public
 * site's Astro process, started meanwhile, waits for.
 *
 * The tree is written only once the build script says it holds the project's lock (a message on
 * the IPC channel): a build waiting for another must not change the tree that one is reading. The
 * build script itself never holds the index: V8 keeps the heap a process has grown to, and at
 * 10,000 entries the ~250 MB of a validation would stay taken while both Astro processes run.
 */
import { writeFileSync } from 'node:fs';
import { contentDir } from '../../src/config/content-dir.ts';
import { saveContentIndex } from '../../src/content-index/scan.ts';
import { writeTree } from '../../src/release/tree.ts';
import { recordPhase } from '../../src/timings.ts';
import { UsageError, run } from '../cli/cli.ts';
import { validate } from '../editors/check.ts';

/** Resolves when the parent says it holds the lock (or at once without a parent to ask). */
function locked(): Promise<void> {
  if (!process.send) return Promise.resolve();
  return new Promise((done) => {
    process.on('message', (m) => {
      if ((m as { locked?: boolean }).locked) done();
    });
    process.send!({ validated: true });
  });
}

await run(async () => {
  const [root, file, ...rest] = process.argv.slice(2);
  if (!root || !file)
    throw new UsageError('usage: validate-process.ts <project> <index file> [--internal | --tree <dir> <ready file>]');
  const treeAt = rest.indexOf('--tree');
  const treeDir = treeAt === -1 ? undefined : rest[treeAt + 1];
  const ready = treeAt === -1 ? undefined : rest[treeAt + 2];
  const { ok, result } = validate(root, { publicSite: !rest.includes('--internal') });
  if (!ok) return 1;
  saveContentIndex(result.index, file);
  if (treeDir && result.tree) {
    await locked();
    const started = performance.now();
    const n = writeTree(result.tree, treeDir, contentDir(root));
    recordPhase('public-tree', performance.now() - started, { site: 'public' });
    if (ready) writeFileSync(ready, 'written\n');
    if (n.written || n.removed)
      console.log(
        `public tree: ${result.tree.entries.length} entries, ${result.tree.assets.size} files (${n.written} written, ${n.removed} removed)`,
      );
  }
  process.disconnect?.();
  return 0;
});
