/**
 * Phase timings for the benchmark. When RELAIS_TIMINGS names a file, each recorded phase is
 * appended to it as one JSON line; the build script, the Astro processes it starts (loader,
 * integrations) and the audit all write to the same file, so `npm run bench` can add them up.
 * Unset (every ordinary build), recording does nothing.
 */
import { appendFileSync } from 'node:fs';
import { env } from './config/env.ts';

export interface TimingRecord {
  /** What was timed, e.g. `content-load`, `astro-build`, `audit`, `pagefind`. */
  phase: string;
  ms: number;
  /** The site the phase belongs to, when it belongs to one. */
  site?: string | undefined;
  /** Any further detail (a collection, a count). */
  detail?: string | undefined;
  /** When the phase started (epoch ms), so phases that overlap can be measured as one span. */
  start: number;
  pid: number;
}

/** Appends one phase to the RELAIS_TIMINGS file; a no-op when the variable is unset. */
export function recordPhase(phase: string, ms: number, opts: { site?: string; detail?: string } = {}): void {
  const file = env.timings();
  if (!file) return;
  const record: TimingRecord = {
    phase,
    ms: Math.round(ms * 10) / 10,
    ...opts,
    start: Math.round(Date.now() - ms),
    pid: process.pid,
  };
  // One short write per line with O_APPEND: lines from several processes do not interleave.
  appendFileSync(file, `${JSON.stringify(record)}\n`);
}

/** Runs `work` and records how long it took (also when it throws). */
export async function timed<T>(
  phase: string,
  work: () => Promise<T> | T,
  opts: { site?: string; detail?: string } = {},
) {
  const started = performance.now();
  try {
    return await work();
  } finally {
    recordPhase(phase, performance.now() - started, opts);
  }
}

/** Parses a timings file written by recordPhase; unreadable lines are skipped. */
export function parseTimings(text: string): TimingRecord[] {
  const out: TimingRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as TimingRecord);
    } catch {
      /* a line cut short by a crashed process */
    }
  }
  return out;
}
