/**
 * `node scripts/build/validate-process.ts <project> <index file> [--internal]`: the build's
 * validation (check.ts), in a process of its own that then writes the content index for the
 * build's other processes (contentIndex reads it back). The build script itself never holds the
 * index: V8 keeps the heap a process has grown to, and at 10,000 entries the ~250 MB of a
 * validation would stay taken while both Astro processes run, when memory peaks.
 */
import { contentIndex, saveContentIndex } from '../../src/content-index/scan.ts';
import { validate } from '../check.ts';
import { UsageError, run } from '../cli/cli.ts';

await run(() => {
  const [root, file, ...rest] = process.argv.slice(2);
  if (!root || !file) throw new UsageError('usage: validate-process.ts <project> <index file> [--internal]');
  if (!validate(root, { publicSite: !rest.includes('--internal') })) return 1;
  saveContentIndex(contentIndex(root), file);
  return 0;
});
