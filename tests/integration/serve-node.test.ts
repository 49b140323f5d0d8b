/**
 * `npm run serve` where there is no nginx: the Node server asks for the internal site's accounts
 * (the same file nginx reads), so no internal page is ever served without one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT } from '../support/sites.ts';

const PORTS = { internal: 4391, public: 4392 };
const at = (site: keyof typeof PORTS, path: string) => `http://127.0.0.1:${PORTS[site]}${path}`;
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
let server: ChildProcess;
let output = '';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'relais-serve-'));
  for (const site of ['internal', 'public']) {
    mkdirSync(join(dir, 'dist', site, 'en'), { recursive: true });
    writeFileSync(join(dir, 'dist', site, 'en', 'index.html'), `<p>${site} home</p>`);
    mkdirSync(join(dir, 'dist', site, '_astro'), { recursive: true });
    writeFileSync(join(dir, 'dist', site, '_astro', 'site.abc.css'), 'body{}');
    writeFileSync(join(dir, 'dist', site, '_astro', 'search.abc.js'), '// search');
  }
  mkdirSync(join(dir, 'dist', 'internal', '401'));
  writeFileSync(join(dir, 'dist', 'internal', '401', 'index.html'), '<h1>Sign-in required</h1>');
  writeFileSync(join(dir, 'htpasswd'), `ana:${bcrypt.hashSync('a long enough password', 4)}\n`);
  server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.ts')], {
    cwd: dir,
    env: {
      ...process.env,
      RELAIS_SERVER: 'node',
      RELAIS_HTPASSWD: join(dir, 'htpasswd'),
      RELAIS_INTERNAL_PORT: String(PORTS.internal),
      RELAIS_PUBLIC_PORT: String(PORTS.public),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 20_000;
  while (!output.includes('Press Ctrl+C')) {
    if (Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
});

afterAll(() => {
  server.kill();
});

test('the internal site answers 401, and no page, without an account or with a wrong password', async () => {
  for (const headers of [
    {},
    { authorization: basic('ana', 'wrong password!!') },
    { authorization: basic('bob', 'x') },
  ]) {
    const res = await fetch(at('internal', '/en/'), { headers });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expect(await res.text()).not.toContain('internal home');
  }
});

test('a refused visitor gets the site’s sign-in page, which may load the stylesheets and nothing else', async () => {
  const page = await fetch(at('internal', '/en/'));
  expect(page.status).toBe(401);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  expect(await page.text()).toBe('<h1>Sign-in required</h1>');
  expect((await fetch(at('internal', '/_astro/site.abc.css'))).status).toBe(200);
  for (const path of ['/_astro/search.abc.js', '/_astro/site.abc.css/../../en/', '/401/index.html']) {
    const res = await fetch(at('internal', path));
    expect(res.status, path).toBe(401);
  }
});

test('an account of the accounts file opens it', async () => {
  const res = await fetch(at('internal', '/en/'), {
    headers: { authorization: basic('ana', 'a long enough password') },
  });
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('internal home');
});

test('the public site asks for nothing', async () => {
  const res = await fetch(at('public', '/en/'));
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('public home');
});

test('the server says which accounts it asks for', () => {
  expect(output).toContain('server: Node preview server (RELAIS_SERVER=node)');
  expect(output).toMatch(/accounts from .*htpasswd/);
});
