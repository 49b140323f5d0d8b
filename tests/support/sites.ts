/** Builds content trees into sites and serves them on loopback for the browser tests. */
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { serveDir } from '../../scripts/deploy/static-server.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SAMPLE_DIST = join(ROOT, '.cache', 'e2e', 'sample');
/** A fixed "today", so upcoming meetings and open requests do not drift with the calendar. */
export const TODAY = '2026-11-24';

export function buildSites(opts: {
  dist: string;
  content?: string;
  variants?: string[];
  env?: Record<string, string>;
}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts'), ...(opts.variants ?? [])], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      RELAIS_DIST: opts.dist,
      RELAIS_TODAY: TODAY,
      ...(opts.content ? { RELAIS_CONTENT: opts.content } : {}),
      ...opts.env,
    },
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

export interface Sites {
  internal: string;
  public: string;
  close(): Promise<void>;
}

export async function serveSites(dist: string): Promise<Sites> {
  const servers: Server[] = await Promise.all([serveDir(join(dist, 'internal'), 0), serveDir(join(dist, 'public'), 0)]);
  const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  return {
    internal: url(servers[0]!),
    public: url(servers[1]!),
    close: async () => {
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    },
  };
}
