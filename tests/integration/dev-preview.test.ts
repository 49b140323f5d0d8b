/** Dev mode: the public preview shows exactly what the public build contains. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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

test('the preview hands out no file beyond its own root, its tree and the code', async () => {
  // What the issue's attacker fetched: raw content files, the other site's data store and output,
  // the accounts file, through the server's own routes and through /@fs/.
  const internalEntry = join(FIXTURE, 'practices', 'internal-linked.en.md');
  const refused = [
    '/content/practices/internal-linked.en.md?raw',
    '/tests/fixtures/leaks/content/practices/internal-linked.en.md?raw',
    `/@fs${internalEntry}?raw`,
    `/@fs${internalEntry}?import`,
    `/@fs${join(ROOT, 'content', 'README.md')}?raw`,
    `/@fs${join(DIST, '.astro-cache', 'internal', 'data-store.json')}`,
    `/@fs${join(ROOT, 'node_modules', '.astro', 'internal', 'data-store.json')}`,
    '/node_modules/.astro/internal/data-store.json',
    `/@fs${join(DIST, 'internal', 'en', 'directory', 'index.html')}`,
    `/@fs${join(ROOT, '.cache', 'sites', 'internal', 'root', 'package.json')}`,
    `/@fs${join(ROOT, '.htpasswd')}`,
    `/@fs${join(ROOT, 'package.json')}?raw`,
    '/@fs/etc/passwd',
  ];
  for (const path of refused) {
    const res = await fetch(`${BASE}${path}`);
    const body = await res.text();
    expect([403, 404], path).toContain(res.status);
    expect(body.toLowerCase(), path).not.toMatch(/canary|"dependencies"|root:/);
  }
  // Astro's image service fetches the file it is named through the same server: it gets nothing either.
  const image = `/_image/?href=${encodeURIComponent(`/@fs${join(FIXTURE, 'practices', 'canaryimage.png')}`)}&f=png`;
  expect((await fetch(`${BASE}${image}`)).status).not.toBe(200);
  // The code it runs is served, so the refusals above are refusals, not a server that serves nothing.
  expect((await fetch(`${BASE}/@fs${join(ROOT, 'src', 'styles', 'global.css')}`)).status).toBe(200);
});

test('an edit of a public entry reaches the preview through the tree, without its redactions', async () => {
  const file = join(FIXTURE, 'practices', 'public-one.en.md');
  const original = readFileSync(file, 'utf8');
  try {
    writeFileSync(
      file,
      original.replace('The closing paragraph is public again.', 'A freshly edited closing paragraph.'),
    );
    const deadline = Date.now() + 30_000;
    let html = '';
    while (Date.now() < deadline && !html.includes('A freshly edited closing paragraph.')) {
      await new Promise((r) => setTimeout(r, 500));
      html = await (await fetch(`${BASE}/en/practices/public-one/`)).text();
    }
    expect(html).toContain('A freshly edited closing paragraph.');
    expect(html.toLowerCase()).not.toContain('canary');
  } finally {
    writeFileSync(file, original);
  }
}, 60_000);

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
