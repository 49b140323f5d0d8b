/**
 * prepare() (publish.ts) in a thread of its own: it is seconds of synchronous file work, and the
 * build's main thread meanwhile runs the audit and starts the next steps.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepare, type PrepareOptions } from './publish.ts';

const { from, to, options } = workerData as { from: string; to: string; options: PrepareOptions };
parentPort!.postMessage(prepare(from, to, options));
