/**
 * The sample sites behind the nginx configuration that is deployed (deploy/nginx), run by a real
 * nginx on loopback: authentication on every internal file, headers and caching on the public one,
 * refused paths, 404 pages per language, and a Content-Security-Policy that no page violates.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { get as httpsGet } from 'node:https';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { filesOf, pagesOf } from '../support/files.ts';
import {
  basic,
  findNginx,
  freePort,
  rawGet,
  startLoopbackNginx,
  urlOf,
  users,
  type RunningNginx,
} from '../support/nginx.ts';
import { ROOT, SAMPLE_DIST } from '../support/sites.ts';
import { SIGN_IN_FILES } from '../../scripts/deploy/static-server.ts';

const bin = findNginx();
const SKIPPED =
  'nginx is not installed, so the shipped configuration cannot be tested: install it (apt-get install nginx; .ci/run does) or set RELAIS_NGINX';
// The list reporter does not print skip reasons: say it where the run's output shows it.
if (!bin) console.warn(`tests/e2e/nginx.spec.ts: skipped: ${SKIPPED}`);
test.skip(!bin, SKIPPED);
test.describe.configure({ mode: 'serial' });

const USER = 'correspondent';
const PASSWORD = 'a long enough passphrase';
/** Written next to the site roots: no request may ever read it. */
const OUTSIDE = 'RELAIS-OUTSIDE-THE-SITE-ROOT';
const HIDDEN = 'RELAIS-DOTFILE-CONTENT';

const work = join(ROOT, '.cache', 'nginx', `test-${process.pid}`);
const roots = { internal: join(work, 'sites', 'internal'), public: join(work, 'sites', 'public') };
let nginx: RunningNginx;
const port = { internal: 0, public: 0 };
const origin = (v: 'internal' | 'public') => `http://127.0.0.1:${port[v]}`;
const htpasswd = join(work, 'htpasswd');

test.beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // Copies of the sample build, with what a careless deployment might leave beside the pages.
  for (const v of ['internal', 'public'] as const) {
    cpSync(join(SAMPLE_DIST, v), roots[v], { recursive: true });
    mkdirSync(join(roots[v], '.git'), { recursive: true });
    writeFileSync(join(roots[v], '.git', 'config'), HIDDEN);
    writeFileSync(join(roots[v], '.env'), HIDDEN);
    writeFileSync(join(roots[v], 'en', '.draft.md'), HIDDEN);
    mkdirSync(join(roots[v], 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(join(roots[v], 'pagefind', 'fragment', '.en_hidden.pf_fragment'), HIDDEN);
  }
  writeFileSync(join(work, 'sites', 'secret.txt'), OUTSIDE);
  // The accounts file comes from the script editors use (low bcrypt cost: hundreds of requests).
  const added = users(['add', USER, '--file', htpasswd, '--cost', '4'], `${PASSWORD}\n`);
  expect(added.status, added.stderr).toBe(0);
  port.internal = await freePort();
  port.public = await freePort();
  nginx = await startLoopbackNginx(bin!, {
    runtimeDir: join(work, 'runtime'),
    internal: { root: roots.internal, port: port.internal, htpasswd },
    public: { root: roots.public, port: port.public },
    quiet: true,
  });
});

test.afterAll(async () => {
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
});

const CSP = {
  'default-src': "'none'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'frame-ancestors': "'none'",
  'base-uri': "'none'",
  'object-src': "'none'",
};

function expectSecurityHeaders(h: Record<string, string | string[] | undefined>, where: string) {
  const csp = String(h['content-security-policy'] ?? '');
  const directives = Object.fromEntries(
    csp.split(';').map((d) => {
      const [name = '', ...v] = d.trim().split(/\s+/);
      return [name, v.join(' ')];
    }),
  );
  for (const [name, value] of Object.entries(CSP)) expect(directives[name], `${where}: CSP ${name}`).toBe(value);
  expect(csp, `${where}: no unsafe-inline anywhere`).not.toContain('unsafe-inline');
  expect(h['x-content-type-options'], where).toBe('nosniff');
  expect(h['referrer-policy'], where).toBeTruthy();
  expect(h['x-frame-options'], where).toBe('DENY');
  // HSTS only over TLS (the map in the site files); never on plain HTTP, where browsers ignore it.
  expect(h['strict-transport-security'], where).toBeUndefined();
}

test('every file of the internal site answers 401 without an account or with a wrong password, 200 with the right one', async () => {
  // The sign-in page's stylesheets are the one exception (deploy/nginx/snippets/auth-basic.conf).
  test.setTimeout(180_000);
  const files = filesOf(join(SAMPLE_DIST, 'internal')).map((f) => relative(join(SAMPLE_DIST, 'internal'), f));
  expect(files.length).toBeGreaterThan(50);
  const pagefind = files.filter((f) => f.startsWith('pagefind/'));
  if (!pagefind.length) test.info().annotations.push({ type: 'note', description: 'no Pagefind index in this build' });
  const signIn = readFileSync(join(SAMPLE_DIST, 'internal', '401', 'index.html'));
  const failures: string[] = [];
  for (const f of files) {
    const path = urlOf(f);
    // The sign-in page is only ever sent as the answer to a refusal (nginx: an internal location).
    if (SIGN_IN_FILES.test(path) || path === '/401/index.html') continue;
    const none = await rawGet(port.internal, path);
    const wrong = await rawGet(port.internal, path, basic(USER, 'not the passphrase'));
    const stranger = await rawGet(port.internal, path, basic('stranger', PASSWORD));
    const right = await rawGet(port.internal, path, basic(USER, PASSWORD));
    if (none.status !== 401 || !String(none.headers['www-authenticate']).startsWith('Basic'))
      failures.push(`${path} without account: ${none.status}`);
    if (wrong.status !== 401) failures.push(`${path} wrong password: ${wrong.status}`);
    if (stranger.status !== 401) failures.push(`${path} unknown user: ${stranger.status}`);
    if (right.status !== 200) failures.push(`${path} right password: ${right.status}`);
    // A 401 carries the sign-in page, whatever was asked, never a byte of the file.
    if (!none.body.equals(signIn) || !wrong.body.equals(signIn))
      failures.push(`${path}: the 401 response is not the sign-in page`);
  }
  expect(failures).toEqual([]);
});

test('a refused visitor gets the sign-in page in both languages, with its stylesheets and nothing else', async () => {
  const signIn = await rawGet(port.internal, '/en/practices/', basic(USER, 'not the passphrase'));
  expect(signIn.status).toBe(401);
  expect(String(signIn.headers['www-authenticate'])).toMatch(/^Basic /);
  const html = signIn.body.toString('utf8');
  expect(html).toContain('Sign-in required');
  expect(html).toContain('Connexion requise');
  const sheets = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => m[1]!);
  expect(sheets.length).toBeGreaterThan(0);
  for (const sheet of sheets) {
    const r = await rawGet(port.internal, sheet);
    expect(r.status, sheet).toBe(200);
    expect(String(r.headers['cache-control']), sheet).toMatch(/\bprivate\b/);
  }
  const js = filesOf(join(SAMPLE_DIST, 'internal', '_astro')).find((f) => f.endsWith('.js'));
  if (js) expect((await rawGet(port.internal, `/_astro/${js.split('/').pop()}`)).status).toBe(401);
});

test('internal responses are never indexed nor kept by shared caches, and carry the security headers', async () => {
  for (const path of ['/en/', '/fr/', '/_astro/', '/robots.txt', '/404.html']) {
    const r = await rawGet(port.internal, path, basic(USER, PASSWORD));
    expect(r.headers['x-robots-tag'], path).toContain('noindex');
    expect(String(r.headers['cache-control']), path).toMatch(/\bprivate\b/);
    expectSecurityHeaders(r.headers, path);
  }
  const page = await rawGet(port.internal, '/en/', basic(USER, PASSWORD));
  expect(page.headers['cache-control']).toBe('private, no-store');
  expect(page.headers['referrer-policy']).toBe('same-origin');
  // Missing pages, the 404 page itself and refused paths ask for an account first too.
  for (const path of ['/404.html', '/fr/404/', '/en/no-such-page/', '/.git/config', '/pagefind/pagefind.js']) {
    expect((await rawGet(port.internal, path)).status, path).toBe(401);
  }
});

test('the web editor at /admin/ asks for the same account and has its own policy; the pages keep theirs', async () => {
  for (const path of ['/admin/', '/admin/config.en.yml', '/admin/decap-cms.js'])
    expect((await rawGet(port.internal, path)).status, path).toBe(401);
  const admin = await rawGet(port.internal, '/admin/', basic(USER, PASSWORD));
  expect(admin.status).toBe(200);
  const snippet = readFileSync(join(ROOT, 'deploy', 'nginx', 'snippets', 'editor-headers.conf'), 'utf8');
  expect(admin.headers['content-security-policy']).toBe(/Content-Security-Policy "([^"]+)"/.exec(snippet)![1]);
  expect(admin.headers['content-security-policy']).toMatch(/script-src 'self' 'unsafe-eval';/);
  expect(admin.headers['cache-control']).toBe('private, no-store');
  expect(admin.headers['x-robots-tag']).toContain('noindex');
  const page = await rawGet(port.internal, '/en/', basic(USER, PASSWORD));
  expectSecurityHeaders(page.headers, '/en/');
  expect(page.headers['content-security-policy']).not.toMatch(/'unsafe-eval'/);
});

test('accounts added, changed and removed with npm run users take effect on the next request', async () => {
  const file = join(work, 'accounts.htpasswd');
  cpSync(htpasswd, file);
  const p = await freePort();
  const extra = await startLoopbackNginx(bin!, {
    runtimeDir: join(work, 'runtime-accounts'),
    internal: { root: roots.internal, port: p, htpasswd: file },
    quiet: true,
  });
  try {
    const get = (pw: string, user = 'rapporteur') => rawGet(p, '/en/', basic(user, pw)).then((r) => r.status);
    expect(await get('first passphrase!')).toBe(401);
    expect(users(['add', 'rapporteur', '--file', file, '--cost', '4'], 'first passphrase!\n').status).toBe(0);
    expect(await get('first passphrase!')).toBe(200);
    // Adding the same name again is refused and changes nothing.
    const again = users(['add', 'rapporteur', '--file', file, '--cost', '4'], 'other passphrase!\n');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists');
    expect(users(['passwd', 'rapporteur', '--file', file, '--cost', '4'], 'second passphrase!\n').status).toBe(0);
    expect(await get('first passphrase!')).toBe(401);
    expect(await get('second passphrase!')).toBe(200);
    const short = users(['passwd', 'rapporteur', '--file', file], 'short\n');
    expect(short.status).toBe(1);
    expect(short.stderr.trim()).toBe('error: the password must have at least 12 characters');
    expect(users(['list', '--file', file]).stdout.split('\n').filter(Boolean)).toEqual([USER, 'rapporteur']);
    expect(users(['remove', 'rapporteur', '--file', file]).status).toBe(0);
    expect(await get('second passphrase!')).toBe(401);
    expect(await get(PASSWORD, USER)).toBe(200);
  } finally {
    await extra.stop();
  }
});

test('every public file answers 200 with the security headers; hashed assets are cached for a year, pages briefly', async () => {
  test.setTimeout(120_000);
  const dir = join(SAMPLE_DIST, 'public');
  const files = filesOf(dir).map((f) => relative(dir, f));
  const failures: string[] = [];
  for (const f of files) {
    const path = urlOf(f);
    const r = await rawGet(port.public, path);
    if (r.status !== 200) failures.push(`${path}: ${r.status}`);
    expectSecurityHeaders(r.headers, path);
    expect(r.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    const cache = String(r.headers['cache-control']);
    const hashed =
      f.startsWith('_astro/') ||
      /^pagefind\/[a-z]+\/(fragment|index|filter)\//.test(f) ||
      /^pagefind\/[a-z]+\/pagefind\.[^/]+\.pf_meta$/.test(f);
    const expected = hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300';
    if (cache !== expected) failures.push(`${path}: Cache-Control ${cache}, expected ${expected}`);
    if (f.endsWith('.html') && r.headers['content-type'] !== 'text/html; charset=utf-8')
      failures.push(`${path}: ${r.headers['content-type']}`);
    if (f.endsWith('.css') && !String(r.headers['content-type']).startsWith('text/css'))
      failures.push(`${path}: ${r.headers['content-type']}`);
  }
  expect(failures).toEqual([]);
});

/** The types of the download formats, as deploy/nginx/snippets/download-types.conf and mime.types give them. */
const DOWNLOAD_TYPES: Record<string, string> = {
  ics: 'text/calendar; charset=utf-8',
  vcf: 'text/vcard; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  // svg is text nginx labels with the site's charset (static-site.conf, charset_types).
  svg: 'image/svg+xml; charset=utf-8',
};

test('calendars, address books, spreadsheets and maps are sent with their own types and their site’s caching', async () => {
  test.setTimeout(120_000);
  const seen: Record<string, Set<string>> = { internal: new Set(), public: new Set() };
  const failures: string[] = [];
  for (const v of ['internal', 'public'] as const) {
    const dir = join(SAMPLE_DIST, v);
    const files = filesOf(dir)
      .map((f) => relative(dir, f))
      .filter((f) => /^(en|fr)\//.test(f) && /\.(ics|vcf|csv|xlsx|ods|svg)$/.test(f));
    for (const f of files) {
      const ext = f.slice(f.lastIndexOf('.') + 1);
      seen[v]!.add(ext);
      const r = await rawGet(port[v], urlOf(f), v === 'internal' ? basic(USER, PASSWORD) : {});
      if (r.status !== 200) failures.push(`${v} ${f}: ${r.status}`);
      if (r.headers['content-type'] !== DOWNLOAD_TYPES[ext])
        failures.push(`${v} ${f}: Content-Type ${r.headers['content-type']}, expected ${DOWNLOAD_TYPES[ext]}`);
      const cache = v === 'internal' ? 'private, no-store' : 'public, max-age=300';
      if (r.headers['cache-control'] !== cache) failures.push(`${v} ${f}: Cache-Control ${r.headers['cache-control']}`);
      expectSecurityHeaders(r.headers, `${v} ${f}`);
      if (v === 'internal' && (await rawGet(port[v], urlOf(f))).status !== 401) failures.push(`${f} without account`);
    }
  }
  expect(failures).toEqual([]);
  // The sample sites have meetings, requests with answers, a directory and practices by state.
  expect([...seen.internal!].sort()).toEqual(['csv', 'ics', 'svg', 'vcf', 'xlsx']);
  expect([...seen.public!].sort()).toEqual(['ics', 'svg']);
});

test('precompressed files are sent as they are to browsers that accept gzip', async () => {
  const css = filesOf(join(roots.public, '_astro')).find((f) => f.endsWith('.css'))!;
  const marker = '/* served from the .gz file */';
  writeFileSync(`${css}.gz`, gzipSync(marker));
  const path = urlOf(relative(roots.public, css));
  const gz = await rawGet(port.public, path, { 'Accept-Encoding': 'gzip' });
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gz.body).toString()).toBe(marker);
  expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const plain = await rawGet(port.public, path);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString()).not.toContain(marker);
});

test('missing pages get the 404 page of their language on both sites, with status 404', async () => {
  for (const [v, auth] of [
    ['public', {}],
    ['internal', basic(USER, PASSWORD)],
  ] as const) {
    const fr = await rawGet(port[v], '/fr/pas-de-page/', auth);
    expect(fr.status).toBe(404);
    expect(fr.body.toString()).toMatch(/<html lang="fr"[\s\S]*<h1>Page introuvable<\/h1>/);
    for (const path of ['/en/no-such-page/', '/no-such-file.txt', '/_astro/missing.css', '/pagefind/missing.js']) {
      const en = await rawGet(port[v], path, auth);
      expect(en.status, `${v} ${path}`).toBe(404);
      expect(en.body.toString(), `${v} ${path}`).toMatch(/<html lang="en"[\s\S]*<h1>Page not found<\/h1>/);
      expectSecurityHeaders(en.headers, `${v} ${path}`);
    }
  }
});

const TRAVERSAL = [
  '/../secret.txt',
  '/en/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/.%2e/secret.txt',
  '/en/%2e%2e/%2e%2e/secret.txt',
  '/..%2fsecret.txt',
  '/en/..%2F..%2Fsecret.txt',
  '/%2e%2e%2fsecret.txt',
  '/..%5csecret.txt',
  '/en/..%5c..%5csecret.txt',
  '/%252e%252e/secret.txt',
  '/..;/secret.txt',
];
const DOTFILES = [
  '/.git/config',
  '/.git/',
  '/.env',
  '/en/.draft.md',
  '/%2egit/config',
  '/en/%2Edraft.md',
  '/.htpasswd',
  '/pagefind/fragment/.en_hidden.pf_fragment',
  '/pagefind/en/fragment/.en_hidden.pf_fragment',
];
const DIRECTORIES = ['/_astro/', '/en/practices/theme/', '/fr/practices/gcm/', '/pagefind/'];

test('path traversal, dotfiles and directory listings are refused on both sites', async () => {
  for (const [v, auth] of [
    ['public', {}],
    ['internal', basic(USER, PASSWORD)],
  ] as const) {
    for (const path of [...TRAVERSAL, ...DOTFILES, ...DIRECTORIES]) {
      const r = await rawGet(port[v], path, auth);
      const body = r.body.toString();
      expect(body, `${v} ${path}`).not.toContain(OUTSIDE);
      expect(body, `${v} ${path}`).not.toContain(HIDDEN);
      expect(body, `${v} ${path}`).not.toMatch(/Index of|<pre>/);
      // 400 (nginx rejects a path above the root) or 404 (the site's own 404 page).
      expect([400, 404], `${v} ${path} → ${r.status}`).toContain(r.status);
    }
    // Directory addresses without the slash redirect (relative) to the slash form.
    const redirect = await rawGet(port[v], '/en', auth);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/en/');
    // A static site takes nothing but GET and HEAD.
    expect((await rawGet(port[v], '/en/', auth, 'POST')).status).toBe(405);
    expect((await rawGet(port[v], '/en/', auth, 'HEAD')).status).toBe(200);
  }
});

/** Visits a page and returns the Content-Security-Policy violations it reported. */
async function cspViolations(page: Page, url: string, act?: (page: Page) => Promise<unknown>): Promise<string[]> {
  const found: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (/Content Security Policy|Refused to (load|execute|apply|compile|connect|create)/i.test(m.text()))
      found.push(`${url}: console ${m.type()}: ${m.text()}`);
  };
  page.on('console', onConsole);
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(500);
  await act?.(page);
  // Violations also fire as DOM events; the listener was added before any page script ran.
  const events = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  page.off('console', onConsole);
  return [...found, ...events.map((e) => `${url}: ${e}`)];
}

for (const v of ['public', 'internal'] as const) {
  test(`no page type of the ${v} site violates the Content-Security-Policy in Chromium, search included`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext(
      v === 'internal' ? { httpCredentials: { username: USER, password: PASSWORD } } : {},
    );
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
    const page = await context.newPage();
    const violations: string[] = [];
    const pages = [...pagesOf(join(SAMPLE_DIST, v)), '/en/no-such-page/', '/fr/pas-de-page/'];
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) violations.push(...(await cspViolations(page, `${origin(v)}${p}`)));
    // The bare domain moves on to /en/ by itself (public/doorway.js, a script of the site's own).
    violations.push(...(await cspViolations(page, `${origin(v)}/`, (p) => p.waitForURL(/\/en\/$/))));

    // The search page, where the build has one (Pagefind: WebAssembly, a worker, fetched chunks).
    if (existsSync(join(SAMPLE_DIST, v, 'en', 'search', 'index.html'))) {
      violations.push(
        ...(await cspViolations(page, `${origin(v)}/en/search/`, async (p) => {
          const input = p.locator('form[role="search"] input[type="search"][name="q"]');
          await input.fill('housing');
          await input.press('Enter').catch(() => undefined);
          await p.waitForTimeout(1000);
          await expect(p.locator('#search-results')).toBeAttached();
        })),
      );
    } else {
      test.info().annotations.push({ type: 'note', description: `no /en/search/ page in the ${v} build yet` });
    }
    await context.close();
    expect(violations).toEqual([]);
  });
}

test('single sign-on mode sends visitors without a session to the sign-in page and lets signed-in ones through', async () => {
  // A stand-in for oauth2-proxy speaking the auth_request protocol: 202 with a session cookie,
  // 401 without; its sign-in page echoes where it would send the visitor back.
  const proxy: Server = createServer((req, res) => {
    if (req.url === '/oauth2/auth') {
      res.writeHead(/_oauth2_proxy=valid/.test(req.headers.cookie ?? '') ? 202 : 401).end();
    } else if (req.url?.startsWith('/oauth2/sign_in')) {
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(`sign in, then back to ${req.headers['x-auth-request-redirect']}`);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const proxyPort = (proxy.address() as { port: number }).port;
  const ssoPort = await freePort();
  const sso = await startLoopbackNginx(bin!, {
    runtimeDir: join(work, 'runtime-sso'),
    internal: { root: roots.internal, port: ssoPort, auth: 'sso', oauth2Proxy: `http://127.0.0.1:${proxyPort}` },
    quiet: true,
  });
  try {
    for (const path of ['/en/', '/_astro/', '/fr/pas-de-page/', '/robots.txt']) {
      const anonymous = await rawGet(ssoPort, path);
      expect(anonymous.body.toString(), path).toBe(`sign in, then back to ${path}`);
    }
    // The check endpoint is internal to nginx: a browser calling it gets no answer of the proxy.
    const probe = await rawGet(ssoPort, '/oauth2/auth');
    expect([401, 404]).toContain(probe.status);
    const signedIn = await rawGet(ssoPort, '/en/', { Cookie: '_oauth2_proxy=valid' });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.toString()).toContain('<html lang="en"');
    expect(signedIn.headers['x-robots-tag']).toContain('noindex');
    expectSecurityHeaders(signedIn.headers, 'sso /en/');
  } finally {
    await sso.stop();
    await new Promise((r) => proxy.close(r));
  }
});

test('over TLS both sites add Strict-Transport-Security; over plain HTTP they leave it out', async () => {
  const dir = join(work, 'tls');
  mkdirSync(dir, { recursive: true });
  const cert = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'].concat([
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]),
    { encoding: 'utf8' },
  );
  test.skip(cert.status !== 0, `openssl cannot make a test certificate: ${cert.stderr}`);
  const ports = { internal: await freePort(), public: await freePort() };
  const tls = await startLoopbackNginx(bin!, {
    runtimeDir: join(dir, 'runtime'),
    internal: { root: roots.internal, port: ports.internal, htpasswd },
    public: { root: roots.public, port: ports.public },
    tls: { cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') },
    quiet: true,
  });
  try {
    for (const [v, auth] of [
      ['public', {}],
      ['internal', basic(USER, PASSWORD)],
    ] as const) {
      const r = await new Promise<{ status: number; hsts: unknown }>((done, fail) =>
        httpsGet(
          { host: '127.0.0.1', port: ports[v], path: '/en/', headers: auth, rejectUnauthorized: false },
          (res) => {
            res.resume();
            done({ status: res.statusCode ?? 0, hsts: res.headers['strict-transport-security'] });
          },
        ).on('error', fail),
      );
      expect(r.status, v).toBe(200);
      expect(r.hsts, v).toBe('max-age=63072000; includeSubDomains');
    }
  } finally {
    await tls.stop();
  }
});

test('a Pagefind search runs under the policy: WebAssembly, worker and index chunks from the site itself', async ({
  page,
}) => {
  // Independent of the site's own search page: index the public copy with the project's Pagefind
  // and add a page that uses Pagefind's stock UI, loaded from files as the policy requires.
  const indexed = spawnSync(join(ROOT, 'node_modules', '.bin', 'pagefind'), ['--site', roots.public], {
    encoding: 'utf8',
  });
  expect(indexed.status, indexed.stderr).toBe(0);
  mkdirSync(join(roots.public, 'en', 'search-check'), { recursive: true });
  writeFileSync(
    join(roots.public, 'en', 'search-check', 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search</title>' +
      '<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script>' +
      '<script src="/search-check.js" defer></script></head><body><div id="search"></div></body></html>',
  );
  writeFileSync(
    join(roots.public, 'search-check.js'),
    "new PagefindUI({ element: '#search', showImages: false, resetStyles: false });",
  );
  await page.context().addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const violations = await cspViolations(page, `${origin('public')}/en/search-check/`, async (p) => {
    await p.locator('.pagefind-ui__search-input').fill('housing');
    await expect(p.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 10_000 });
  });
  expect(violations).toEqual([]);
});
