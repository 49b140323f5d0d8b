/**
 * A minimal static file server for previewing a built site on loopback (not for production). With
 * `auth`, every request must carry an account of the internal site (basic authentication, the
 * accounts nginx reads: accounts.ts); without one it gets 401 and no byte of the site.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // Downloads: calendars, address books, spreadsheets (as nginx sends them: download-types.conf).
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
};

function resolveFile(dir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return undefined;
  }
  const full = normalize(join(dir, decoded));
  if (full !== dir && !full.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined;
  if (decoded.split('/').some((part) => part.startsWith('.'))) return undefined;
  if (existsSync(full) && statSync(full).isDirectory()) {
    const index = join(full, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(full) ? full : undefined;
}

/**
 * What a visitor who has not signed in may fetch: the stylesheets the sign-in page uses (the
 * site's styles, built from no content). Everything else of the internal site asks for an account.
 */
export const SIGN_IN_FILES = /^\/_astro\/[^/?]+\.css(?:\?|$)/;

/** `onFile` hears every file sent (the search measurement counts what a page downloads). */
export function serveDir(
  dir: string,
  port: number,
  host = '127.0.0.1',
  onFile?: (file: string) => void,
  auth?: { check: (header: string | undefined) => boolean; realm: string },
): Promise<Server> {
  const server = createServer((req, res) => {
    if (auth && !auth.check(req.headers.authorization) && !SIGN_IN_FILES.test(req.url ?? '')) {
      // Like nginx (deploy/nginx/snippets/auth-basic.conf): the site's own sign-in page, which
      // reads no content, or a short notice when the site has none.
      const page = join(dir, '401', 'index.html');
      const html = existsSync(page);
      res.writeHead(401, {
        'WWW-Authenticate': `Basic realm="${auth.realm}", charset="UTF-8"`,
        'Content-Type': html ? TYPES['.html']! : 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      if (html) createReadStream(page).pipe(res);
      else
        res.end('Sign in with an account of the restricted site. · Connectez-vous avec un compte du site restreint.\n');
      return;
    }
    const url = req.url ?? '/';
    // Directory URLs without a trailing slash redirect, as static hosts do.
    const file = resolveFile(dir, url);
    if (file && !url.split('?')[0]!.endsWith('/') && file.endsWith(`${sep}index.html`) && !url.endsWith('index.html')) {
      res.writeHead(301, { Location: `${url.split('?')[0]}/` }).end();
      return;
    }
    // Like the nginx configuration: missing French pages get the French-first 404 page.
    const french = join(dir, 'fr', '404', 'index.html');
    const notFound = url.startsWith('/fr/') && existsSync(french) ? french : join(dir, '404.html');
    const target = file ?? notFound;
    const status = file ? 200 : 404;
    if (!existsSync(target)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(status, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
    onFile?.(target);
    createReadStream(target).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
