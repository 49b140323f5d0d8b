/**
 * The web editor against the working copy, on loopback: Decap's own local server (decap-server,
 * which reads and writes the files of a folder) and the built internal site, whose /admin/
 * configuration gains `local_backend` here and only here. Decap obeys `local_backend` only on
 * localhost and 127.0.0.1 anyway (decap-cms-core's handleLocalBackend), but the deployed
 * configuration never holds it. Used by `npm run editor` and by the browser test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { childEnv } from '../../src/config/env.ts';

export interface LocalEditor {
  /** The editor's address. */
  url: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

function waitForOutput(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (d: Buffer) => {
      seen += d.toString();
      if (pattern.test(seen)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} stopped (exit ${code}): ${seen.trim().slice(-400)}`)));
  });
}

/**
 * The policy nginx sends with /admin/ (deploy/nginx/snippets/editor-headers.conf), with the local
 * server added to connect-src: the browser test runs the editor under the policy that is deployed.
 */
export function editorPolicy(backendOrigin: string): string {
  const snippet = readFileSync(resolve(import.meta.dirname, '../../deploy/nginx/snippets/editor-headers.conf'), 'utf8');
  const policy = /add_header Content-Security-Policy "([^"]+)"/.exec(snippet)?.[1];
  if (!policy) throw new Error('deploy/nginx/snippets/editor-headers.conf sends no Content-Security-Policy');
  return policy.replace(/connect-src ([^;]+)/, `connect-src $1 ${backendOrigin}`);
}

/** A port free on 127.0.0.1 now (decap-server does not say which port 0 gave it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts decap-server on `repo` (the folder holding content/) and serves `site` (dist/internal). */
export async function startLocalEditor(opts: {
  site: string;
  repo: string;
  /** 0: any free port. */
  port: number;
  /** 0: any free port. */
  backendPort: number;
}): Promise<LocalEditor> {
  const admin = join(opts.site, 'admin');
  if (!existsSync(join(admin, 'config.en.yml')))
    throw new Error(`${admin} holds no web editor: build the internal site first (npm run build:internal)`);
  const backendPort = opts.backendPort || (await freePort());
  const bin = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const backend = spawn(process.execPath, [bin], {
    env: childEnv({
      PORT: String(backendPort),
      BIND_HOST: '127.0.0.1',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: opts.repo,
      LOG_LEVEL: 'info',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForOutput(backend, /listening on/i, 'decap-server');
  const backendUrl = `http://127.0.0.1:${backendPort}/api/v1`;
  const policy = editorPolicy(`http://127.0.0.1:${backendPort}`);
  const local = `\nlocal_backend:\n  url: ${backendUrl}\n`;

  const server: Server = createServer((req, res): void => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const full = normalize(join(opts.site, path));
    if (!full.startsWith(opts.site.endsWith(sep) ? opts.site : opts.site + sep)) {
      res.writeHead(403).end();
      return;
    }
    const file = existsSync(full) && statSync(full).isDirectory() ? join(full, 'index.html') : full;
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...(path.startsWith('/admin/') ? { 'Content-Security-Policy': policy } : {}),
    });
    if (/[/\\]admin[/\\]config\.(en|fr)\.yml$/.test(file)) {
      const text = readFileSync(file, 'utf8');
      // Decap wants a backend named even though local_backend replaces it (a site built without
      // a git host has none).
      const backend = /^backend:/m.test(text) ? '' : `\nbackend:\n  name: proxy\n  proxy_url: ${backendUrl}\n`;
      res.end(text + local + backend);
      return;
    }
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/`,
    close: async () => {
      backend.kill();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
