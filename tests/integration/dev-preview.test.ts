/** Dev mode: the public preview shows exactly what the public build contains. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { filesOf } from '../support/files.ts';
import { ROOT, buildSites } from '../support/sites.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'leaks', 'content');
const PORT = 4399;
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = join(ROOT, '.cache', 'test', 'dev-preview');
let dev: ChildProcess;

/** The pages of a built site, as addresses. */
const pagesOf = (site: string) =>
  new Set(
    filesOf(join(DIST, site))
      // Not-found pages answer 404 by design.
      .filter((f) => f.endsWith('/index.html') && !f.endsWith('/404/index.html'))
      .map((f) => f.slice(join(DIST, site).length, -'index.html'.length)),
  );

/** The environment without Vitest's markers, which put Vite (and so Astro's dev server) in test mode. */
function outsideVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'),
  );
}

beforeAll(async () => {
  const taken = await fetch(`${BASE}/`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${PORT} is already in use: stop what runs there first`);
  const built = buildSites({ dist: DIST, content: FIXTURE, env: { RELAIS_PRIVATE_LINKS: 'text' } });
  if (!built.ok) throw new Error(built.output);
  dev = spawn(process.execPath, [join(ROOT, 'scripts', 'dev.ts'), 'public'], {
    cwd: ROOT,
    env: { ...outsideVitest(), RELAIS_CONTENT: FIXTURE, RELAIS_PRIVATE_LINKS: 'text', RELAIS_DEV_PORT: String(PORT) },
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/en/`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('the public dev server did not start');
}, 120_000);

afterAll(() => {
  // Whatever is left of the group (all of it, if a test failed before the last one).
  try {
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
});

test('a public entry is previewed without its redacted passages', async () => {
  const res = await fetch(`${BASE}/en/practices/public-one/`);
  expect(res.status).toBe(200);
  const html = await res.text();
  expect(html).toContain('The closing paragraph is public again.');
  expect(html.toLowerCase()).not.toContain('canary');
});

test('internal entries, the directory and requests do not exist in the public preview', async () => {
  for (const path of [
    '/en/practices/internal-linked/',
    '/en/directory/',
    '/en/requests/',
    '/en/meetings/canary-meeting/',
  ]) {
    expect((await fetch(`${BASE}${path}`)).status, path).toBe(404);
  }
});

test('lists in the public preview count public entries only', async () => {
  const html = await (await fetch(`${BASE}/en/practices/theme/statelessness/`)).text();
  expect(html).toContain('1 good practice<');
});

test('the public preview serves every page of the public build, and no page only the internal build has', async () => {
  const shown = pagesOf('public');
  const hidden = [...pagesOf('internal')].filter((p) => !shown.has(p));
  expect(shown.size).toBeGreaterThan(20);
  expect(hidden.length).toBeGreaterThan(10);
  for (const path of shown) {
    const res = await fetch(`${BASE}${path}`);
    expect(res.status, path).toBe(200);
    expect((await res.text()).toLowerCase(), path).not.toContain('canary');
  }
  for (const path of hidden) expect((await fetch(`${BASE}${path}`)).status, path).toBe(404);
}, 120_000);

// Last: it stops the server the tests above use.
test('stopping the dev script (a service manager, `timeout`) stops its Astro server too', async () => {
  // The script alone, not its process group: what a terminal's Ctrl-C would also reach.
  process.kill(dev.pid!, 'SIGTERM');
  const deadline = Date.now() + 15_000;
  let answering = true;
  while (answering && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 300));
    answering = await fetch(`${BASE}/en/`).then(
      () => true,
      () => false,
    );
  }
  expect(answering).toBe(false);
}, 30_000);
