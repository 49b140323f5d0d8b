/**
 * `npm run nginx:config -- --out <dir> [options]`: renders deploy/nginx/ for a server. Writes
 * <dir>/internal.conf, <dir>/public.conf and <dir>/snippets/; include the two site files from the
 * http { } block of the server's nginx.conf (deploy/README.md).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../src/config/site.ts';
import { UsageError, run } from './cli/cli.ts';
import { renderSiteConfig, type AuthMode } from './deploy/nginx.ts';

const OPTIONS = {
  out: { type: 'string' },
  'nginx-dir': { type: 'string' },
  'internal-root': { type: 'string', default: '/srv/relais/internal' },
  'public-root': { type: 'string', default: '/srv/relais/public' },
  'internal-listen': { type: 'string' },
  'public-listen': { type: 'string' },
  'internal-cert': { type: 'string' },
  'internal-key': { type: 'string' },
  'public-cert': { type: 'string' },
  'public-key': { type: 'string' },
  'internal-name': { type: 'string', default: new URL(site.urls.internal).hostname },
  'public-name': { type: 'string', default: new URL(site.urls.public).hostname },
  auth: { type: 'string', default: 'basic' },
  htpasswd: { type: 'string', default: '/etc/nginx/relais.htpasswd' },
  'oauth2-proxy': { type: 'string', default: 'http://127.0.0.1:4180' },
} as const;

const USAGE =
  'usage: npm run nginx:config -- --out <dir> [--nginx-dir <where dir will be on the server>] ' +
  Object.keys(OPTIONS)
    .filter((k) => k !== 'out' && k !== 'nginx-dir')
    .map((k) => `[--${k} <value>]`)
    .join(' ');

await run(() => {
  let values;
  try {
    ({ values } = parseArgs({ options: OPTIONS }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (!values.out) throw new UsageError(`--out is required\n${USAGE}`);
  if (values.auth !== 'basic' && values.auth !== 'sso') throw new UsageError('--auth must be basic or sso');
  const tls = (site: 'internal' | 'public') => {
    const cert = values[`${site}-cert`];
    const key = values[`${site}-key`];
    if (!cert !== !key) throw new UsageError(`--${site}-cert and --${site}-key go together`);
    return cert && key ? { cert, key } : undefined;
  };
  const internalTls = tls('internal');
  const publicTls = tls('public');
  for (const k of [
    'internal-root',
    'public-root',
    'htpasswd',
    'nginx-dir',
    'internal-cert',
    'internal-key',
    'public-cert',
    'public-key',
  ] as const) {
    const v = values[k];
    if (v !== undefined && !v.startsWith('/')) throw new UsageError(`--${k} must be an absolute path on the server`);
  }
  const out = resolve(values.out);
  const written = renderSiteConfig(out, {
    nginxDir: values['nginx-dir'] ?? out,
    internal: {
      root: values['internal-root'],
      // With a certificate, HTTPS on 443 (add a port-80 server that redirects: deploy/README.md).
      listen: values['internal-listen'] ?? (internalTls ? '443 ssl' : '80'),
      serverName: values['internal-name'],
      auth: values.auth as AuthMode,
      htpasswd: values.htpasswd,
      oauth2Proxy: values['oauth2-proxy'],
      tls: internalTls,
    },
    public: {
      root: values['public-root'],
      listen: values['public-listen'] ?? (publicTls ? '443 ssl' : '80'),
      serverName: values['public-name'],
      tls: publicTls,
    },
  });
  for (const f of written) console.log(`wrote ${f}`);
  console.log(`include ${values['nginx-dir'] ?? out}/internal.conf and public.conf inside http { } (deploy/README.md)`);
  return 0;
});
