/**
 * One Astro process per project at a time. Astro writes the modules that import content assets
 * into the project's .astro/ folder; an internal build or dev server running beside a public one
 * would hand it internal images and MDX modules. Every build and dev server takes this lock.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../cli/cli.ts';

/** Whether a process with this number runs (one we may not signal runs too). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryLock(file: string, what: string): string | undefined {
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, `${process.pid} ${what}`);
    closeSync(fd);
    return undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const [pid = '0', ...holder] = readFileSync(file, 'utf8').split(' ');
    if (!alive(Number(pid))) {
      rmSync(file, { force: true }); // left by a process that died
      return tryLock(file, what);
    }
    return `${holder.join(' ')} (process ${pid})`;
  }
}

/**
 * Takes the project lock, waiting up to `waitMs` for another holder; released on exit. Gives up
 * without the lock when `signal` aborts (the caller no longer needs it).
 */
export async function lockProject(root: string, what: string, waitMs: number, signal?: AbortSignal): Promise<void> {
  const dir = join(root, '.cache');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'astro.lock');
  const deadline = Date.now() + waitMs;
  let holder = tryLock(file, what);
  while (holder && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    if (signal?.aborted) return;
    holder = tryLock(file, what);
  }
  if (holder)
    throw new UsageError(`another ${holder} is using this project; stop it first (one build or dev server at a time)`);
  const release = () => {
    try {
      if (readFileSync(file, 'utf8').startsWith(`${process.pid} `)) rmSync(file, { force: true });
    } catch {
      /* already gone */
    }
  };
  process.on('exit', release);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      release();
      process.exit(130);
    });
  }
}
