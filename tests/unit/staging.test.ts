/** Where a build stages its sites: in memory when the system has room, cleaned up either way. */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { makeStaging, memoryHasRoom } from '../../scripts/build/staging.ts';

const project = () => {
  const root = mkdtempSync(join(tmpdir(), 'relais-staging-'));
  mkdirSync(join(root, 'node_modules'));
  return root;
};

describe('staging', () => {
  afterEach(() => {
    delete process.env['RELAIS_STAGING'];
  });

  // As the build decides: /dev/shm with 2 GiB free (a container's 64 MB one stages on disk).
  test.runIf(memoryHasRoom())(
    'stages in memory behind a path inside the project, where packages still resolve, and removes it after',
    () => {
      const root = project();
      const stage = makeStaging(root);
      expect(stage.inMemory).toBe(true);
      expect(stage.dir.startsWith(join(root, '.cache'))).toBe(true);
      const real = realpathSync(stage.dir);
      expect(real.startsWith('/dev/shm/')).toBe(true);
      expect(realpathSync(join(real, 'node_modules'))).toBe(realpathSync(join(root, 'node_modules')));
      stage.remove();
      expect(existsSync(real)).toBe(false);
      expect(existsSync(stage.dir)).toBe(false);
    },
  );

  test.runIf(existsSync('/dev/shm'))(
    'folders in memory left by a build that was killed (staging, indexing copy) are removed by the next',
    () => {
      // No process has this number: Linux's pid_max is at most 2^22.
      const orphans = ['relais-build-99999999-test', 'relais-index-99999999-test'].map((n) => join('/dev/shm', n));
      try {
        for (const o of orphans) mkdirSync(o, { recursive: true });
        makeStaging(project()).remove();
        expect(orphans.filter((o) => existsSync(o))).toEqual([]);
      } finally {
        for (const o of orphans) rmSync(o, { recursive: true, force: true });
      }
    },
  );

  test('RELAIS_STAGING=disk stages in the project’s .cache/ folder', () => {
    process.env['RELAIS_STAGING'] = 'disk';
    const root = project();
    const stage = makeStaging(root);
    expect(stage.inMemory).toBe(false);
    expect(lstatSync(stage.dir).isDirectory()).toBe(true);
    stage.remove();
    expect(existsSync(stage.dir)).toBe(false);
  });
});
