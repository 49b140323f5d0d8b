/**
 * Where a build renders its sites before they are audited and published (scripts/build/publish.ts).
 *
 * In memory (/dev/shm) where the system has room: Astro writes every page there, Pagefind writes
 * and reads its bundles, the audit reads it all, and on this project's disk each file or folder
 * created costs about a millisecond of system time (a 10,000-entry build creates ~55,000 of them).
 * Otherwise in the project's .cache/, as before.
 *
 * Either way the build sees one path inside the project, `.cache/build-<pid>`: Astro keeps its
 * prerender chunks in the output folder only when that folder is below the working directory
 * (else two parallel builds would share them), and those chunks import packages by name, which
 * Node looks up from the chunks' real location: so the folder in memory links to the project's
 * node_modules.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { alive } from './lock.ts';
import { env } from '../../src/config/env.ts';

const MEMORY = '/dev/shm';
/** A 10,000-entry build holds about 300 MB there; leave plenty for the rest of the system. */
const ROOM = 2 * 1024 ** 3;
const PREFIX = 'relais-build-';

export interface Staging {
  /** The folder the sites are built into (a link into memory, or a folder on disk). */
  dir: string;
  /** True when `dir` is in memory, on another file system than the output. */
  inMemory: boolean;
  remove(): void;
}

/** Removes what builds that were killed left in `dir`: entries whose name holds a dead process's number. */
function sweep(dir: string, named: RegExp): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const pid = Number(named.exec(name)?.[1]);
    if (!pid || alive(pid)) continue;
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      // Another user's, or another build removing it at the same time: not ours to insist on.
    }
  }
}

/** Whether builds stage in memory here: /dev/shm exists with 2 GiB free, unless told otherwise. */
export function memoryHasRoom(): boolean {
  if (env.staging() === 'disk' || !existsSync(MEMORY)) return false;
  try {
    const fs = statfsSync(MEMORY);
    return fs.bavail * fs.bsize >= ROOM;
  } catch {
    return false;
  }
}

export function makeStaging(root: string): Staging {
  const cache = join(root, '.cache');
  const dir = join(cache, `build-${process.pid}`);
  mkdirSync(cache, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  // Staging links or folders in the project; in memory (never freed until reboot otherwise),
  // staging folders and Pagefind's indexing copies. Before measuring the room: orphans take it.
  sweep(cache, /^build-(\d+)$/);
  sweep(MEMORY, /^relais-(?:build|index)-(\d+)-/);
  let real: string | undefined;
  if (memoryHasRoom()) {
    try {
      real = mkdtempSync(join(MEMORY, `${PREFIX}${process.pid}-`));
      symlinkSync(join(root, 'node_modules'), join(real, 'node_modules'));
      symlinkSync(real, dir);
    } catch {
      // Not writable after all: the disk will do.
      if (real) rmSync(real, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
      real = undefined;
    }
  }
  if (!real) mkdirSync(dir, { recursive: true });
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
    if (real) rmSync(real, { recursive: true, force: true });
  };
  // Ctrl-C ends the build through process.exit (scripts/build/lock.ts), past any finally block.
  process.once('exit', remove);
  return {
    dir,
    inMemory: real !== undefined,
    remove: () => {
      process.removeListener('exit', remove);
      remove();
    },
  };
}
