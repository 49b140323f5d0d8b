/** The audit on its own: a canary injected into a good public build must be found, file named. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, expect, test } from 'vitest';
import { ROOT, buildSites } from '../support/sites.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'leaks', 'content');
const DIST = join(ROOT, '.cache', 'test', 'audit');

beforeAll(() => {
  rmSync(DIST, { recursive: true, force: true });
  const r = buildSites({ dist: DIST, content: FIXTURE, variants: ['public'], env: { RELAIS_PRIVATE_LINKS: 'text' } });
  if (!r.ok) throw new Error(r.output);
});

function audit(dir: string, content = FIXTURE) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'audit.ts'), dir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, RELAIS_CONTENT: content },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function copy(name: string): string {
  const dir = join(ROOT, '.cache', 'test', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(DIST, 'public'), dir, { recursive: true });
  return dir;
}

test('a good public build passes the audit', () => {
  const r = audit(join(DIST, 'public'));
  expect(r.out).toMatch(/no internal content found/);
  expect(r.code).toBe(0);
});

test('an internal title injected into an HTML page fails the audit, naming the file', () => {
  const dir = copy('audit-html');
  appendFileSync(join(dir, 'en', 'index.html'), '<p>Canarytitle internal practice</p>');
  const r = audit(dir);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(
    /leak {2}.*audit-html\/en\/index\.html {2}title of .*internal-linked\.en\.md: "canarytitle internal practice"/,
  );
});

test('a correspondent’s e-mail injected into a script fails the audit', () => {
  const dir = copy('audit-js');
  writeFileSync(join(dir, '_astro', 'chunk.js'), 'const who = "canaryemail@example.org";');
  const r = audit(dir);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/audit-js\/_astro\/chunk\.js {2}email of .*canary-person\.md/);
});

test('a redacted passage inside a compressed Pagefind fragment fails the audit, in every bundle holding it', () => {
  const dir = copy('audit-pagefind');
  const fragment = JSON.stringify({ content: 'canaryredactedmarkdown passage with details kept for correspondents' });
  // Both interface languages' bundles hold the same fragment, byte for byte.
  for (const lang of ['en', 'fr']) {
    mkdirSync(join(dir, 'pagefind', lang, 'fragment'), { recursive: true });
    writeFileSync(
      join(dir, 'pagefind', lang, 'fragment', 'en_0a1b2c.pf_fragment'),
      gzipSync(Buffer.from(`pagefind_dcd${fragment}`)),
    );
  }
  const r = audit(dir);
  expect(r.code).toBe(1);
  for (const lang of ['en', 'fr'])
    expect(r.out).toMatch(
      new RegExp(`audit-pagefind/pagefind/${lang}/fragment/en_0a1b2c\\.pf_fragment {2}internal text`),
    );
});

test('an image only an internal entry uses fails the audit by its file name', () => {
  const dir = copy('audit-image');
  writeFileSync(join(dir, '_astro', 'canaryimage.Ab12Cd.webp'), 'RIFF');
  const r = audit(dir);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/canaryimage\.Ab12Cd\.webp {2}asset of .*internal-linked\.en\.md/);
});

test('one word that only internal content uses fails the audit: a one-word title, a short note', () => {
  const dir = copy('audit-word');
  appendFileSync(join(dir, 'en', 'index.html'), '<p>Canarymandate</p>');
  appendFileSync(join(dir, 'en', 'outcomes.xml'), '<!-- canarynotesinternal -->');
  const r = audit(dir);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(
    /audit-word\/en\/index\.html {2}a word only internal content uses \(.*canary-group\.en\.md\): "canarymandate"/,
  );
  expect(r.out).toMatch(/audit-word\/en\/outcomes\.xml {2}a word only internal content uses .*"canarynotesinternal"/);
});

test('a link to a page the public site does not have fails the audit, naming the page and the link', () => {
  const dir = copy('audit-link');
  appendFileSync(join(dir, 'fr', 'index.html'), '<a href="/en/practices/openhouse/">x</a>');
  appendFileSync(join(dir, 'en', 'index.html'), '<img src="../files/0123/gone.png" alt="">');
  const r = audit(dir);
  expect(r.code).toBe(1);
  expect(r.out).toContain(
    'audit-link/fr/index.html  a link to a page or file the public site does not have: "/en/practices/openhouse/"',
  );
  expect(r.out).toContain(
    'audit-link/en/index.html  a link to a page or file the public site does not have: "../files/0123/gone.png"',
  );
});

test('source maps and manifests fail the audit', () => {
  const dir = copy('audit-map');
  writeFileSync(join(dir, '_astro', 'page.js.map'), '{}');
  writeFileSync(join(dir, 'manifest.json'), '{}');
  const r = audit(dir);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/page\.js\.map {2}file that must not be published/);
  expect(r.out).toMatch(/audit-map\/manifest\.json {2}file that must not be published/);
});

test('auditing a folder that does not exist is one clear line', () => {
  const r = audit(join(ROOT, '.cache', 'test', 'no-such-site'));
  expect(r.code).toBe(1);
  expect(r.out.trim().split('\n')).toHaveLength(1);
  expect(r.out).toMatch(/^error: .*no-such-site does not exist: build the public site first/);
});

test('auditing without the content the site was built from is one clear line, not a pass', () => {
  const empty = join(ROOT, '.cache', 'test', 'empty-content');
  mkdirSync(empty, { recursive: true });
  for (const content of [join(ROOT, '.cache', 'test', 'no-such-content'), empty]) {
    const r = audit(join(DIST, 'public'), content);
    expect(r.code, content).toBe(1);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/^error: .*(no-such|empty)-content holds no content: the audit needs the content tree/);
  }
});

test('a folder that is not a built site, or a stray argument, is one clear line, not a pass', () => {
  const empty = join(ROOT, '.cache', 'test', 'not-a-site');
  mkdirSync(empty, { recursive: true });
  const r = audit(empty);
  expect(r.code).toBe(1);
  expect(r.out.trim()).toBe(
    `error: ${empty} is not a built site (no en/index.html, fr/index.html): name the site's folder, e.g. dist/public`,
  );
  const option = audit('--bogus');
  expect([option.code, option.out.trim()]).toEqual([1, 'error: unknown option --bogus: usage: npm run audit [dir]']);
});
