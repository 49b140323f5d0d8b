/**
 * `npm run serve [internal|public]`: serves the built sites on loopback, the internal one and the
 * public one on two ports (RELAIS_INTERNAL_PORT, RELAIS_PUBLIC_PORT; defaults 4321 and 4322).
 *
 * With nginx installed, the sites run behind the configuration that is deployed (deploy/nginx/):
 * basic authentication on the internal site, security headers, caching, 404 pages. The accounts
 * come from RELAIS_HTPASSWD or .htpasswd (`npm run users -- add <name>`); without either, a
 * preview account with a random password is made for this run and printed. Without nginx (or with
 * RELAIS_SERVER=node) a minimal Node server previews the files, asking for the same accounts on the
 * internal site (no internal page is ever served without one), without nginx's headers and caching.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import bcrypt from 'bcryptjs';
import { env } from '../src/config/env.ts';
import type { Variant } from '../src/release/rule.ts';
import { UsageError, run, variantsFrom } from './cli/cli.ts';
import { basicAuth } from './deploy/accounts.ts';
import { findNginx, startLoopbackNginx } from './deploy/nginx.ts';
import { serveDir } from './deploy/static-server.ts';

const PORTS = {
  internal: Number(env.internalPort() ?? 4321),
  public: Number(env.publicPort() ?? 4322),
};
const root = process.cwd();

/** The accounts file to use, or a one-run preview account when none exists. */
function accounts(runtimeDir: string): { file: string; preview?: { name: string; password: string } } {
  const configured = env.htpasswd() ?? (existsSync('.htpasswd') ? '.htpasswd' : undefined);
  if (configured) {
    if (!existsSync(configured)) throw new UsageError(`RELAIS_HTPASSWD: ${configured} does not exist`);
    return { file: resolve(configured) };
  }
  const name = 'preview';
  const password = randomBytes(12).toString('base64url');
  const file = join(runtimeDir, 'preview.htpasswd');
  mkdirSync(runtimeDir, { recursive: true });
  writeFileSync(file, `${name}:${bcrypt.hashSync(password, 10)}\n`, { mode: 0o600 });
  return { file, preview: { name, password } };
}

async function serveWithNginx(bin: string, dirs: Partial<Record<Variant, string>>) {
  const runtimeDir = join(root, '.cache', 'nginx', 'serve');
  const auth = dirs.internal ? accounts(runtimeDir) : undefined;
  const nginx = await startLoopbackNginx(bin, {
    runtimeDir,
    internal: dirs.internal ? { root: dirs.internal, port: PORTS.internal, htpasswd: auth!.file } : undefined,
    public: dirs.public ? { root: dirs.public, port: PORTS.public } : undefined,
  }).catch((e: Error) => {
    throw new UsageError(
      `${e.message}${/in use/.test(e.message) ? ' (choose others with RELAIS_INTERNAL_PORT, RELAIS_PUBLIC_PORT)' : ''}`,
    );
  });
  console.log(`server: nginx (${bin}) with deploy/nginx/ — config ${relative(root, nginx.configFile)}`);
  if (dirs.internal) {
    console.log(`internal site: http://127.0.0.1:${PORTS.internal}/en/  (${dirs.internal})`);
    console.log(
      auth!.preview
        ? `               sign in as "${auth!.preview.name}", password ${auth!.preview.password} (this run only; ` +
            'make real accounts with npm run users -- add <name>)'
        : `               accounts from ${relative(root, auth!.file) || auth!.file}`,
    );
  }
  if (dirs.public) console.log(`public   site: http://127.0.0.1:${PORTS.public}/en/  (${dirs.public})`);
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await nginx.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  nginx.process.once('exit', (code, signal) => {
    // Ctrl+C in a terminal reaches nginx too: that is a stop, not a failure.
    if (stopping || signal) process.exit(0);
    console.error(`error: nginx stopped (exit ${code}); see the messages above`);
    process.exit(1);
  });
}

async function serveWithNode(dirs: Partial<Record<Variant, string>>, why: string) {
  console.log(`server: Node preview server (${why}): no security headers or caching rules`);
  const runtimeDir = join(root, '.cache', 'node-serve');
  const auth = dirs.internal ? accounts(runtimeDir) : undefined;
  for (const [v, dir] of Object.entries(dirs) as [Variant, string][]) {
    try {
      await serveDir(
        dir,
        PORTS[v],
        '127.0.0.1',
        undefined,
        v === 'internal' ? { check: basicAuth(auth!.file), realm: 'Relais (restricted)' } : undefined,
      );
    } catch (e) {
      throw new UsageError(`cannot serve the ${v} site on port ${PORTS[v]}: ${(e as Error).message}`);
    }
    console.log(`${v.padEnd(8)} site: http://127.0.0.1:${PORTS[v]}/en/  (${dir})`);
    if (v === 'internal')
      console.log(
        auth!.preview
          ? `               sign in as "${auth!.preview.name}", password ${auth!.preview.password} (this run only; ` +
              'make real accounts with npm run users -- add <name>)'
          : `               accounts from ${relative(root, auth!.file) || auth!.file}`,
      );
  }
}

await run(async () => {
  const dirs: Partial<Record<Variant, string>> = {};
  for (const v of variantsFrom(process.argv.slice(2))) {
    const dir = resolve(env.dist() ?? 'dist', v);
    if (!existsSync(dir)) throw new UsageError(`${dir} does not exist: run npm run build first`);
    dirs[v] = dir;
  }
  const wanted = env.server();
  if (wanted && wanted !== 'nginx' && wanted !== 'node') throw new UsageError('RELAIS_SERVER must be nginx or node');
  const bin = wanted === 'node' ? undefined : findNginx();
  if (wanted === 'nginx' && !bin)
    throw new UsageError('RELAIS_SERVER=nginx but no nginx found (install it, or set RELAIS_NGINX)');
  if (bin) await serveWithNginx(bin, dirs);
  else await serveWithNode(dirs, wanted === 'node' ? 'RELAIS_SERVER=node' : 'nginx is not installed');
  console.log('Press Ctrl+C to stop.');
});
