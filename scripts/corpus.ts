/**
 * `npm run corpus -- --entries N [--seed S] --out <dir>`: writes a realistic, deterministic content
 * tree of N files into <dir> (use it with RELAIS_CONTENT=<dir>). Same seed and size, same bytes.
 */
import { resolve } from 'node:path';
import { UsageError, run } from './cli/cli.ts';
import { intOption, knownOptions, option } from './cli/args.ts';
import { generateCorpus } from './bench/corpus/generate.ts';
import { writeCorpus } from './bench/corpus/write.ts';

await run(() => {
  const args = process.argv.slice(2);
  knownOptions(args, [], ['entries', 'seed', 'out']);
  const entries = intOption(args, 'entries', 1000, 100);
  const seed = intOption(args, 'seed', 1, 0);
  const out = option(args, 'out');
  if (!out) throw new UsageError('--out <dir> is required: the folder to write the content tree into');
  const started = performance.now();
  const corpus = generateCorpus({ entries, seed });
  const meta = writeCorpus(resolve(out), corpus, { entries, seed });
  const per = Object.entries(meta.counts)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  console.log(
    `corpus: ${meta.files} files in ${resolve(out)} (${per}) in ${Math.round(performance.now() - started)} ms`,
  );
  console.log(`        seed ${seed}, sha256 ${meta.hash.slice(0, 16)}…; build it with RELAIS_CONTENT=${out}`);
});
