/** Helpers for the tests that run the shipped nginx configuration (deploy/nginx) on loopback. */
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './sites.ts';

export { findNginx, startLoopbackNginx, type RunningNginx } from '../../scripts/deploy/nginx.ts';

/** A port nothing listens on right now (nginx cannot report a port it picked itself). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * One request with the path sent exactly as written: fetch() and browsers resolve "/../" and
 * "%2e%2e" before sending, which would hide what the server does with them.
 */
export function rawGet(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

export const basic = (user: string, password: string) => ({
  Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});

/** Runs `npm run users` (the script itself) with the password on standard input. */
export function users(args: string[], input = '') {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'users.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** URL path of a file of a built site (each segment percent-encoded as a browser would). */
export function urlOf(relativeFile: string): string {
  return `/${relativeFile.split('/').map(encodeURIComponent).join('/')}`;
}
