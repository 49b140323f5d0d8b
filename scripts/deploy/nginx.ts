/**
 * Renders the nginx configuration shipped in deploy/nginx/ and runs nginx with it. The same
 * templates serve three uses: `npm run nginx:config` (files for a server), `npm run serve` (both
 * sites on loopback) and the tests, so what is tested is what is deployed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { UsageError } from '../cli/cli.ts';
import { env } from '../../src/config/env.ts';

export const TEMPLATES = resolve(import.meta.dirname, '..', '..', 'deploy', 'nginx');

export type AuthMode = 'basic' | 'sso';

/** Values of the ${RELAIS_…} placeholders of the site templates. */
export interface SiteValues {
  /** Folder holding the rendered snippets/ (absolute; nginx resolves includes from it). */
  nginxDir: string;
  internal: {
    root: string;
    listen: string;
    serverName: string;
    auth: AuthMode;
    htpasswd: string;
    oauth2Proxy: string;
    tls?: Tls | undefined;
  };
  public: { root: string; listen: string; serverName: string; tls?: Tls | undefined };
}

/** Certificate and key files of a site that nginx serves over TLS. */
export interface Tls {
  cert: string;
  key: string;
}

function placeholders(v: SiteValues): Record<string, string> {
  return {
    RELAIS_NGINX_DIR: v.nginxDir,
    RELAIS_INTERNAL_ROOT: v.internal.root,
    RELAIS_INTERNAL_LISTEN: v.internal.listen,
    RELAIS_INTERNAL_SERVER_NAME: v.internal.serverName,
    RELAIS_AUTH: v.internal.auth,
    RELAIS_HTPASSWD: v.internal.htpasswd,
    RELAIS_OAUTH2_PROXY: v.internal.oauth2Proxy,
    RELAIS_PUBLIC_ROOT: v.public.root,
    RELAIS_PUBLIC_LISTEN: v.public.listen,
    RELAIS_PUBLIC_SERVER_NAME: v.public.serverName,
  };
}

/** Fills ${RELAIS_…} placeholders; nginx's own $variables stay as they are. */
export function fillTemplate(text: string, values: Record<string, string>, name: string): string {
  return text.replace(/\$\{(RELAIS_[A-Z0-9_]+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new UsageError(`${name}: no value for \${${key}}`);
    // A value is pasted into nginx syntax: a quote, semicolon, brace or newline would change its
    // meaning. Only listen and server_name take several words ("443 ssl", "a.org www.a.org").
    const words = /_(LISTEN|SERVER_NAME)$/.test(key);
    if (/[;{}'"#\n\r]/.test(value) || (!words && /\s/.test(value)))
      throw new UsageError(`${name}: ${key} cannot be ${JSON.stringify(value)} (no quotes, ; { } # or spaces)`);
    return value;
  });
}

/** Writes internal.conf, public.conf and snippets/ into `outDir`, placeholders filled. */
export function renderSiteConfig(outDir: string, values: SiteValues): string[] {
  const vars = placeholders(values);
  const written: string[] = [];
  mkdirSync(join(outDir, 'snippets'), { recursive: true });
  const files = [
    'internal.conf',
    'public.conf',
    ...readdirSync(join(TEMPLATES, 'snippets')).map((f) => `snippets/${f}`),
  ];
  for (const f of files.filter((f) => f.endsWith('.conf'))) {
    const out = join(outDir, f);
    writeFileSync(out, fillTemplate(readFileSync(join(TEMPLATES, f), 'utf8'), vars, f));
    written.push(out);
  }
  // A rendering without TLS for a site removes an earlier one's certificate file.
  for (const site of ['internal', 'public'] as const) {
    const out = join(outDir, 'tls', `${site}.conf`);
    rmSync(out, { force: true });
    const tls = values[site].tls;
    if (!tls) continue;
    mkdirSync(dirname(out), { recursive: true });
    const tlsVars = { RELAIS_TLS_CERT: tls.cert, RELAIS_TLS_KEY: tls.key, RELAIS_TLS_SITE: site };
    writeFileSync(out, fillTemplate(readFileSync(join(TEMPLATES, 'tls.conf'), 'utf8'), tlsVars, `tls/${site}.conf`));
    written.push(out);
  }
  return written;
}

/** The nginx binary: RELAIS_NGINX, else on PATH or in the usual sbin folders. */
export function findNginx(): string | undefined {
  const fromEnv = env.nginx();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const dirs = [...env.path().split(delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];
  return dirs
    .filter((d) => d.startsWith('/'))
    .map((d) => join(d, 'nginx'))
    .find((p) => existsSync(p));
}

/** nginx's own mime.types (next to its compiled-in nginx.conf). */
function mimeTypes(bin: string): string {
  const info = spawnSync(bin, ['-V'], { encoding: 'utf8' });
  const conf = /--conf-path=(\S+)/.exec(`${info.stdout}${info.stderr}`)?.[1];
  const candidates = [
    conf && join(dirname(conf), 'mime.types'),
    '/etc/nginx/mime.types',
    '/usr/local/nginx/conf/mime.types',
  ];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found)
    throw new UsageError(`cannot find nginx's mime.types (looked in ${candidates.filter(Boolean).join(', ')})`);
  return found;
}

export interface LoopbackOptions {
  /** Where the runtime configuration, pid file and temporary folders go (e.g. .cache/nginx/serve). */
  runtimeDir: string;
  internal?: { root: string; port: number; auth?: AuthMode; htpasswd?: string; oauth2Proxy?: string } | undefined;
  public?: { root: string; port: number } | undefined;
  /** Log requests to runtimeDir/access.log (default: off). */
  accessLog?: boolean;
  /** Errors (failed sign-ins, refused paths) to runtimeDir/error.log instead of the terminal. */
  quiet?: boolean;
  /** Serve both sites over TLS with this certificate (the tests check what only TLS sends). */
  tls?: Tls;
}

export interface RunningNginx {
  process: ChildProcess;
  configFile: string;
  stop(): Promise<void>;
}

/** Writes the loopback configuration (deploy/nginx/loopback.conf + both sites) into runtimeDir. */
export function writeLoopbackConfig(bin: string, o: LoopbackOptions): string {
  const dir = resolve(o.runtimeDir);
  for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, 'tmp', t), { recursive: true });
  renderSiteConfig(dir, {
    nginxDir: dir,
    internal: {
      root: resolve(o.internal?.root ?? dir),
      listen: `127.0.0.1:${o.internal?.port ?? 0}${o.tls ? ' ssl' : ''}`,
      serverName: 'localhost',
      auth: o.internal?.auth ?? 'basic',
      htpasswd: resolve(o.internal?.htpasswd ?? join(dir, 'htpasswd')),
      oauth2Proxy: o.internal?.oauth2Proxy ?? 'http://127.0.0.1:4180',
      tls: o.tls,
    },
    public: {
      root: resolve(o.public?.root ?? dir),
      listen: `127.0.0.1:${o.public?.port ?? 0}${o.tls ? ' ssl' : ''}`,
      serverName: 'localhost',
      tls: o.tls,
    },
  });
  const sites = [o.internal && 'internal', o.public && 'public'].filter(Boolean) as string[];
  const main = fillTemplate(
    readFileSync(join(TEMPLATES, 'loopback.conf'), 'utf8'),
    {
      RELAIS_RUNTIME_DIR: dir,
      RELAIS_MIME_TYPES: mimeTypes(bin),
      RELAIS_ACCESS_LOG: o.accessLog ? join(dir, 'access.log') : 'off',
      RELAIS_ERROR_LOG: o.quiet ? join(dir, 'error.log') : 'stderr',
    },
    'loopback.conf',
  );
  // As root, nginx hands requests to workers running as "nobody", who cannot read a user's files
  // (an htpasswd is 0640): on loopback the workers keep the caller's identity.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  const includes = sites.map((s) => `    include ${join(dir, `${s}.conf`)};`).join('\n');
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, user + main.replace('    # @sites@', includes));
  return file;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = connect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      done(true);
    });
    s.on('error', () => done(false));
  });
}

/** Fails with one clear line when something already listens on a port (nginx would retry noisily). */
async function assertFree(port: number): Promise<void> {
  await new Promise<void>((done, fail) => {
    const s = createServer();
    s.once('error', (e: NodeJS.ErrnoException) =>
      fail(new UsageError(`port ${port} on 127.0.0.1 is in use${e.code === 'EADDRINUSE' ? '' : ` (${e.code})`}`)),
    );
    s.listen(port, '127.0.0.1', () => s.close(() => done()));
  });
}

/** Starts nginx in the foreground on loopback; resolves once every port answers. */
export async function startLoopbackNginx(bin: string, o: LoopbackOptions): Promise<RunningNginx> {
  const ports = [o.internal?.port, o.public?.port].filter((p): p is number => p !== undefined);
  for (const p of ports) await assertFree(p);
  const configFile = writeLoopbackConfig(bin, o);
  const dir = dirname(configFile);
  const test = spawnSync(bin, ['-t', '-q', '-p', dir, '-c', configFile, '-e', 'stderr'], { encoding: 'utf8' });
  if (test.status !== 0) throw new UsageError(`nginx rejects ${configFile}:\n${test.stderr.trim()}`);
  const child = spawn(bin, ['-p', dir, '-c', configFile, '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    process.stderr.write(d);
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const status = await Promise.race([exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 50))]);
    if (status !== 'running') throw new UsageError(`nginx stopped (exit ${status}): ${stderr.trim()}`);
    if ((await Promise.all(ports.map(portOpen))).every(Boolean)) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new UsageError(`nginx did not open ports ${ports.join(', ')} within 10 s: ${stderr.trim()}`);
    }
  }
  return {
    process: child,
    configFile,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // SIGQUIT: graceful shutdown, workers included.
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
