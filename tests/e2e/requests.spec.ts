/**
 * An information request's two views (by question, by member state), who answered against the
 * deadline, printing, and the on-page contents of long pages, on the built sample sites.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { scanContent, type IndexedEntry } from '../../src/content-index/scan.ts';
import { STATES, stateName } from '../../src/data/reference.ts';
import { ROOT, SAMPLE_DIST, serveSites, type Sites } from '../support/sites.ts';

const index = scanContent(ROOT);
const entries = (collection: string) => index.entries.filter((e) => e.collection === collection);
/** The sample request with the most answers, some of them partial and one late. */
const request = entries('requests')
  .filter((e) => e.lang === 'en')
  .map((e) => ({ e, answers: entries('responses').filter((r) => r.data.request === e.key) }))
  .sort((a, b) => b.answers.length - a.answers.length)[0]!;
const key = request.e.key;
const questions = request.e.data.questions as string[];
const answersOf = (r: IndexedEntry) => r.data.answers as Record<string, string>;

let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(SAMPLE_DIST);
});
test.afterAll(async () => {
  await sites.close();
});

const open = (page: Page, path: string) => page.goto(`${sites.internal}${path}`);

test.describe('the view by question', () => {
  test('shows each question’s text, then each state’s answer to it, each answer once', async ({ page }) => {
    await open(page, `/en/requests/${key}/`);
    for (const [i, text] of questions.entries()) {
      const n = i + 1;
      const section = page.locator('section.question').filter({ has: page.locator(`h2#q${n}`) });
      await expect(section.locator('h2')).toContainText(text);
      const answering = request.answers.filter((r) => answersOf(r)[String(n)]);
      await expect(section.locator('.answer')).toHaveCount(answering.length);
      for (const r of answering) {
        const answer = section.locator(`.answer[data-state="${String(r.data.country)}"]`);
        await expect(answer.locator('h3')).toHaveText(stateName(String(r.data.country), 'en'));
        await expect(answer.locator('.answer-text')).toHaveText(answersOf(r)[String(n)]!);
      }
    }
    const total = request.answers.reduce((sum, r) => sum + Object.keys(answersOf(r)).length, 0);
    await expect(page.locator('.answer')).toHaveCount(total);
    const text = (await page.locator('body').textContent()) ?? '';
    for (const r of request.answers)
      for (const answer of Object.values(answersOf(r))) expect(text.split(answer).length - 1, answer).toBe(1);
  });

  test('names the states that left a question out under it', async ({ page }) => {
    const partial = request.answers.find((r) => Object.keys(answersOf(r)).length < questions.length);
    test.skip(!partial, 'every sample answer covers every question');
    const skipped = questions.findIndex((_, i) => !answersOf(partial!)[String(i + 1)]) + 1;
    await open(page, `/en/requests/${key}/`);
    const section = page.locator('section.question').filter({ has: page.locator(`h2#q${skipped}`) });
    await expect(section.locator('.answer-none')).toContainText(stateName(String(partial!.data.country), 'en'));
  });
});

test.describe('who answered, against the deadline', () => {
  test('names the states that answered with the day and marks late ones, and the states that did not', async ({
    page,
  }) => {
    await open(page, `/en/requests/${key}/`);
    const roll = page.locator('section.roll');
    const deadline = String(
      request.e.data.deadline instanceof Date ? request.e.data.deadline.toISOString() : request.e.data.deadline,
    ).slice(0, 10);
    for (const r of request.answers) {
      const item = roll.locator('.roll-answered li').filter({ hasText: stateName(String(r.data.country), 'en') });
      await expect(item).toHaveCount(1);
      const received = r.data.received instanceof Date ? r.data.received.toISOString().slice(0, 10) : undefined;
      if (received) await expect(item.locator('time')).toHaveAttribute('datetime', received);
      await expect(item.locator('.late')).toHaveCount(received && received > deadline ? 1 : 0);
    }
    const requester = String(request.e.data.requestedBy);
    const answering = new Set(request.answers.map((r) => String(r.data.country)));
    const silent = STATES.find((s) => s.code !== requester && !answering.has(s.code))!;
    await expect(roll.locator('.roll-missing')).toContainText(silent.en);
    await expect(roll.locator('.roll-missing')).not.toContainText(stateName(requester, 'en'));
    await expect(roll).toContainText(`${answering.size} of ${STATES.length - 1} member states answered`);
    // Relative to the build's pinned day (tests/support/sites.ts): the sample's older request is closed.
    await expect(page.locator('.deadline-status')).toHaveText('closed');
  });

  test('the listing says per request whether it is open and how many states answered', async ({ page }) => {
    await open(page, '/en/requests/');
    const item = page.locator('li').filter({ has: page.locator(`a[href="/en/requests/${key}/"]`) });
    await expect(item).toContainText(`${request.answers.length} of ${STATES.length - 1} member states answered`);
    await expect(item).toContainText(/\(closed\)|days? left|last day/);
  });
});

test.describe('the view by member state', () => {
  test('has a jump list whose links land on each state’s answers', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, `/en/requests/${key}/by-state/`);
    const links = page.locator('.roll-answered a');
    await expect(links).toHaveCount(request.answers.length);
    for (const link of await links.all()) {
      const name = (await link.textContent())!.trim();
      await link.click();
      const target = page.locator(decodeURIComponent(new URL(page.url()).hash));
      await expect(target).toHaveText(name);
      await expect(target).toBeInViewport();
    }
  });

  test('holds each state’s answers once, under the questions in short', async ({ page }) => {
    await open(page, `/en/requests/${key}/by-state/`);
    const total = request.answers.reduce((sum, r) => sum + Object.keys(answersOf(r)).length, 0);
    await expect(page.locator('.answer')).toHaveCount(total);
    const first = page.locator('section.state-answers').first();
    await expect(first.locator('dt')).toHaveCount(questions.length);
  });

  test('the two views link to each other, the current one marked', async ({ page }) => {
    await open(page, `/fr/requests/${key}/`);
    const views = page.getByRole('navigation', { name: 'Réponses regroupées' });
    await expect(views.getByRole('link', { name: 'Par question' })).toHaveAttribute('aria-current', 'page');
    await views.getByRole('link', { name: 'Par État membre' }).click();
    await expect(page).toHaveURL(new RegExp(`/fr/requests/${key}/by-state/$`));
    await expect(views.getByRole('link', { name: 'Par État membre' })).toHaveAttribute('aria-current', 'page');
  });
});

test.describe('printing a request', () => {
  for (const view of ['', 'by-state/']) {
    test(`gives the compilation without the page’s navigation (${view || 'by question'})`, async ({ page }) => {
      await open(page, `/en/requests/${key}/${view}`);
      await page.emulateMedia({ media: 'print' });
      for (const nav of await page.locator('main nav').all()) await expect(nav).toBeHidden();
      await expect(page.locator('.opc-fold')).toBeHidden();
      await expect(page.locator('.breadcrumb')).toBeHidden();
      await expect(page.locator('.answer').first()).toBeVisible();
      await expect(page.locator('.request-views .note')).toBeVisible();
    });
  }
});

test.describe('on-page contents', () => {
  const version = String(entries('methods')[0]!.data.version);

  test('list a working-methods version’s sections beside the text, each leading to its section', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, `/en/methods/${version}/`);
    const nav = page.getByRole('navigation', { name: 'On this page' });
    await expect(nav).toBeVisible();
    const hrefs = await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
    for (const href of hrefs) {
      expect(href).toMatch(/^#./);
      await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
    }
    await nav.locator('a').last().click();
    await expect(page.locator(`[id="${hrefs.at(-1)!.slice(1)}"]`)).toBeInViewport();
  });

  test('are folded above the text on a phone, and open on a tap', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [`/en/methods/${version}/`, `/fr/requests/${key}/`]) {
      await open(page, path);
      const fold = page.locator('details.opc-fold');
      await expect(fold).toBeVisible();
      await expect(fold).not.toHaveAttribute('open');
      await expect(page.locator('.opc-nav')).toBeHidden();
      await expect(fold.locator('a').first()).toBeHidden();
      await fold.locator('summary').click();
      await expect(fold).toHaveAttribute('open');
      await expect(fold.locator('a').first()).toBeVisible();
    }
  });

  test('list the headings of a long entry’s text', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const practice = entries('practices').find((p) => p.lang === 'en' && (p.body.match(/^## /gm) ?? []).length >= 3)!;
    await open(page, `/en/practices/${practice.key}/`);
    const titles = [...practice.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
    const nav = page.getByRole('navigation', { name: 'On this page' });
    for (const title of titles) {
      const link = nav.getByRole('link', { name: title, exact: true });
      await expect(link).toBeVisible();
      const id = (await link.getAttribute('href'))!.slice(1);
      await expect(page.locator(`h2[id="${id}"]`)).toHaveText(title);
    }
  });

  test('are left out of a page with fewer than three sections', async ({ page }) => {
    const meeting = entries('meetings').find((m) => !/^##/m.test(m.body))!;
    await open(page, `/en/meetings/${meeting.key}/`);
    await expect(page.locator('.opc-fold, .opc-nav')).toHaveCount(0);
  });

  test('headings link to themselves', async ({ page }) => {
    await open(page, `/en/requests/${key}/`);
    const link = page.locator('h2#background a');
    await expect(link).toHaveAttribute('href', '#background');
    await expect(link).toHaveAccessibleName('Background');
  });
});

test.describe('accessibility of the request views', () => {
  for (const lang of ['en', 'fr'] as const)
    for (const width of [390, 1280])
      for (const colorScheme of ['light', 'dark'] as const)
        test(`no axe violation in ${lang} at ${width} px, ${colorScheme}`, async ({ page }) => {
          await page.setViewportSize({ width, height: 844 });
          await page.emulateMedia({ colorScheme });
          const violations: string[] = [];
          for (const path of [
            `/${lang}/requests/${key}/`,
            `/${lang}/requests/${key}/by-state/`,
            `/${lang}/requests/`,
          ]) {
            await open(page, path);
            // Open the folded contents too, so what they hold is checked as well.
            const fold = page.locator('details.opc-fold summary');
            if (width === 390 && (await fold.count()) > 0) await fold.click();
            const results = await new AxeBuilder({ page })
              .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
              .analyze();
            for (const v of results.violations) violations.push(`${path}: ${v.id} (${v.nodes.length}) ${v.help}`);
          }
          expect(violations).toEqual([]);
        });
});
