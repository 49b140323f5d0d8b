/** What the editors' toolkit adds to the sample sites: last-changed dates and method revisions. */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { filesContaining } from '../support/files.ts';
import { ROOT, SAMPLE_DIST, serveSites, type Sites } from '../support/sites.ts';

let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(SAMPLE_DIST);
});
test.afterAll(async () => {
  await sites.close();
});

test('an entry page shows the day it last changed, and nothing about who changed it', async ({ page }) => {
  await page.goto(`${sites.public}/fr/practices/pt-es-joint-trafficking-training/`);
  const line = page.locator('.last-changed');
  await expect(line).toHaveText(/^Dernière modification \d{1,2} \S+ \d{4}$/);
  await expect(line.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test("in a git checkout the date is the last commit's, not the day the files were checked out", async ({ page }) => {
  const file = join(ROOT, 'content', 'practices', 'sample', 'pt-es-joint-trafficking-training.fr.md');
  const dirty = execFileSync('git', ['status', '--porcelain', '--', file], { cwd: ROOT, encoding: 'utf8' }).trim();
  test.skip(dirty !== '', 'the sample file has uncommitted changes, so its own date is shown');
  const committed = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  const day = new Date(Number(committed) * 1000).toISOString().slice(0, 10);
  await page.goto(`${sites.internal}/fr/practices/pt-es-joint-trafficking-training/`);
  await expect(page.locator('.last-changed time')).toHaveAttribute('datetime', day);
});

test('no file of the public site names who committed the content or what a commit said', () => {
  const log = execFileSync('git', ['log', '--format=%an%n%ae%n%s', '--', 'content'], { cwd: ROOT, encoding: 'utf8' });
  const facts = [...new Set(log.split('\n').filter((line) => line.trim().length >= 8))];
  test.skip(facts.length === 0, 'not a git checkout: the content has no history to leak');
  const found = facts.flatMap((fact) => filesContaining(join(SAMPLE_DIST, 'public'), fact).map((f) => `${f}: ${fact}`));
  expect(found).toEqual([]);
});

test('the internal site shows what a version of the working methods changed; the public one does not', async ({
  page,
}) => {
  await page.goto(`${sites.internal}/en/methods/1.1/`);
  const changes = page.getByRole('region', { name: 'What changed since version 1.0' });
  await expect(changes).toBeVisible();
  await changes.locator('summary').first().click();
  await expect(changes.locator('ins').first()).toBeVisible();
  await expect(changes.locator('del').first()).toBeVisible();

  await page.goto(`${sites.public}/en/methods/1.1/`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.method-changes')).toHaveCount(0);
});
