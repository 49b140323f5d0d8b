/**
 * The audit's reader thread: reads and numbers the site's files (scripts/audit/files.ts) while
 * the main thread makes the fingerprints from the content, so on two cores the two halves of the
 * audit overlap. Posts each batch as it is ready, then `null`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readSite } from './files.ts';

const { dir } = workerData as { dir: string };
for (const batch of readSite(dir)) {
  // The words' numbers move to the main thread without a copy (each batch has its own buffer).
  parentPort!.postMessage(batch, [batch.ids.buffer]);
}
parentPort!.postMessage(null);
