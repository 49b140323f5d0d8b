/**
 * The web editor at /admin/ in real Chromium, against Decap's local server on 127.0.0.1 writing to
 * a copy of the sample content: a good practice made through the form in English and French lands
 * as two files that `npm run check` accepts; the form refuses what check would refuse; and the
 * public site holds nothing of the editor.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import type { AddressInfo } from 'node:net';
import { serveDir } from '../../scripts/deploy/static-server.ts';
import { startLocalEditor, type LocalEditor } from '../../scripts/web-editor/local-server.ts';
import { filesOf, textOf } from '../support/files.ts';
import { ROOT, SAMPLE_DIST, TODAY } from '../support/sites.ts';

let repo: string;
let editor: LocalEditor;

test.beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'relais-web-editor-'));
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  editor = await startLocalEditor({ site: join(SAMPLE_DIST, 'internal'), repo, port: 0, backendPort: 0 });
});

test.afterAll(async () => {
  await editor?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** The field `name` of the English (0) or French (1) half of the form. */
const field = (page: Page, name: string, half: 0 | 1) => page.locator(`[id^="${name}-field-"]`).nth(half);

async function choose(page: Page, name: string, option: string) {
  await field(page, name, 0).fill(option);
  await page.keyboard.press('Enter');
}

async function newPractice(page: Page, en: { title: string; summary: string }, fr: { title: string; summary: string }) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(editor.url);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.goto(`${editor.url}#/collections/practices/new`);
  await expect(field(page, 'title', 0)).toBeVisible({ timeout: 30_000 });
  await field(page, 'title', 0).fill(en.title);
  await field(page, 'summary', 0).fill(en.summary);
  await choose(page, 'country', 'Portugal');
  await choose(page, 'themes', 'Reception');
  await choose(page, 'gcm', '15.');
  await choose(page, 'dissemination', 'Within');
  await field(page, 'title', 1).fill(fr.title);
  await field(page, 'summary', 1).fill(fr.summary);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
}

const practices = () => join(repo, 'content', 'practices');

test('a good practice written in English and French through the form is two files that npm run check accepts', async ({
  page,
}) => {
  await newPractice(
    page,
    { title: 'Housing first for recognised refugees', summary: 'Municipal flats instead of collective centres.' },
    {
      title: 'Logement d’abord pour les réfugiés reconnus',
      summary: 'Des appartements municipaux plutôt que des centres collectifs.',
    },
  );
  const en = join(practices(), 'housing-first-for-recognised-refugees.en.md');
  const fr = join(practices(), 'housing-first-for-recognised-refugees.fr.md');
  await expect.poll(() => existsSync(en) && existsSync(fr), { timeout: 15_000 }).toBe(true);

  // The local server sends the policy nginx sends with /admin/ (deploy/nginx/snippets/editor-headers.conf).
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);

  const common = { country: ['PT'], themes: ['reception'], gcm: [15], dissemination: 'network' };
  expect(matter(readFileSync(en, 'utf8')).data).toEqual({
    title: 'Housing first for recognised refugees',
    lang: 'en',
    summary: 'Municipal flats instead of collective centres.',
    ...common,
  });
  expect(matter(readFileSync(fr, 'utf8')).data).toEqual({
    title: 'Logement d’abord pour les réfugiés reconnus',
    lang: 'fr',
    summary: 'Des appartements municipaux plutôt que des centres collectifs.',
    ...common,
  });

  const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, RELAIS_CONTENT: join(repo, 'content'), RELAIS_TODAY: TODAY, GITHUB_ACTIONS: '' },
  });
  expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
  expect(`${check.stdout}${check.stderr}`).not.toMatch(/housing-first-for-recognised-refugees\.(en|fr)\.md/);
});

test('the form refuses a practice whose summary is left empty, and writes no file', async ({ page }) => {
  const before = readdirSync(practices()).sort();
  await newPractice(
    page,
    { title: 'Mentoring for newly arrived pupils', summary: '' },
    { title: 'Tutorat pour les élèves nouvellement arrivés', summary: 'Un tuteur pour chaque élève.' },
  );
  await expect(page.getByText(/missed a required field/i)).toBeVisible();
  await expect(page.getByText(/Summary is required/i).first()).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(readdirSync(practices()).sort()).toEqual(before);
});

test('the public site holds no /admin/, no editor configuration and no editor script', () => {
  const site = join(SAMPLE_DIST, 'public');
  const files = filesOf(site).map((f) => relative(site, f));
  expect(files.filter((f) => /^admin\b|\.ya?ml$|decap/i.test(f))).toEqual([]);
  const mentions = filesOf(site).filter(
    (f) => /\.(html|js|json|xml|txt)$/.test(f) && /decap-cms|\/admin\/|cms-config-url/i.test(textOf(f)),
  );
  expect(mentions.map((f) => relative(site, f))).toEqual([]);
  // …while the internal site has it.
  expect(existsSync(join(SAMPLE_DIST, 'internal', 'admin', 'decap-cms.js'))).toBe(true);
});

test('without a git host, /admin/ says in both languages that the editor is not connected yet', async ({ page }) => {
  const server = await serveDir(join(SAMPLE_DIST, 'internal'), 0);
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/`);
    await expect(page.getByRole('heading', { name: 'Web editor' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('not connected to the git host yet')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Éditeur web' })).toBeVisible();
    // Laid out for reading (styled through the DOM: the page carries no style attribute).
    expect(await page.locator('main').evaluate((m) => getComputedStyle(m).maxWidth)).toBe('640px');
  } finally {
    await new Promise((done) => server.close(done));
  }
});
