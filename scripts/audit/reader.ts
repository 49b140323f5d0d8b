/**
 * The audit's reader thread: reads and numbers the site's files (scripts/audit/files.ts) while
 * the main thread makes the fingerprints from the content, so on two cores the two halves of the
 * audit overlap. Posts each batch as it is ready, then the links that lead nowhere, then `null`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readSite, type Dangling } from './files.ts';

const { dir } = workerData as { dir: string };
let dangling: Dangling[] = [];
for (const batch of readSite(dir, undefined, (found) => (dangling = found))) {
  // The words' numbers move to the main thread without a copy (each batch has its own buffer).
  parentPort!.postMessage(batch, [batch.ids.buffer]);
}
// Links to nowhere (links.ts), once every file is known; then the end.
parentPort!.postMessage({ dangling });
parentPort!.postMessage(null);
