/**
 * `node scripts/build/search/index-process.ts <site folder> internal|public`: builds a built site's
 * search index (build-index.ts). The build script runs it once that site's Astro
 * process has exited: in a process of its own, Pagefind's ~700 MB never add to Astro's ~1 GB, and
 * the two sites can index at the same time without sharing Pagefind's service.
 */
import { VARIANTS, type Variant } from '../../../src/release/rule.ts';
import { PagefindError, buildSearchIndex } from './build-index.ts';
import { UsageError, run } from '../../cli/cli.ts';

await run(async () => {
  const [dir, variant] = process.argv.slice(2);
  if (!dir || !(VARIANTS as readonly string[]).includes(variant ?? ''))
    throw new UsageError('usage: index-process.ts <site folder> internal|public');
  try {
    // Each bundle's name, once written, to the build script (when it listens: scripts/build.ts).
    const told = (lang: string) => process.send?.({ bundle: lang });
    console.log(`${variant} search index: ${await buildSearchIndex(dir, variant as Variant, told)}`);
  } catch (e) {
    // Pagefind's own messages, one line each (build-index.ts's check()); anything else is a
    // defect and keeps its stack trace.
    if (e instanceof PagefindError) throw new UsageError(`the ${variant} search index failed: ${e.message}`);
    throw e;
  }
});
