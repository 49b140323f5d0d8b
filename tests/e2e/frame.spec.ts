import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_DIST, serveSites, type Sites } from '../support/sites.ts';

let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(SAMPLE_DIST);
});
test.afterAll(async () => {
  await sites.close();
});

const PHONE = { width: 390, height: 844 };
const headerHeight = (page: Page) =>
  page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().height);

test.describe('the header on a phone', () => {
  test.use({ viewport: PHONE });

  for (const site of ['internal', 'public'] as const) {
    for (const lang of ['en', 'fr'] as const) {
      test(`takes at most a quarter of a 390×844 screen on the ${site} site in ${lang}`, async ({ page }) => {
        for (const p of ['', 'practices/', 'search/']) {
          await page.goto(`${sites[site]}/${lang}/${p}`);
          expect(await headerHeight(page), p || 'home').toBeLessThanOrEqual(844 / 4);
        }
      });
    }
  }

  test('the menu opens the sections and closes with escape', async ({ page }) => {
    await page.goto(`${sites.internal}/en/`);
    const sections = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(sections).toBeHidden();
    await page.getByText('Menu', { exact: true }).click();
    await expect(sections.getByRole('link', { name: 'Information requests' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sections).toBeHidden();
    await expect(page.locator('details[data-menu] > summary')).toBeFocused();
  });

  test('a section link in the menu leads to its page, marked as current there', async ({ page }) => {
    await page.goto(`${sites.internal}/fr/`);
    await page.getByText('Menu', { exact: true }).click();
    await page.getByRole('link', { name: 'Réunions' }).click();
    await expect(page).toHaveURL(/\/fr\/meetings\/$/);
    await page.getByText('Menu', { exact: true }).click();
    await expect(page.getByRole('link', { name: 'Réunions' })).toHaveAttribute('aria-current', 'page');
  });
});

test.describe('without javascript', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test('the phone menu still opens, and the colour switch that could not work is not shown', async ({ page }) => {
    await page.goto(`${sites.public}/en/`);
    await page.getByText('Menu', { exact: true }).click();
    await expect(
      page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }),
    ).toBeVisible();
    await expect(page.locator('[data-theme-switch]').first()).toBeHidden();
  });
});

test.describe('the colour scheme', () => {
  test('follows the system setting by default', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${sites.public}/en/`);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
  });

  test('the switch keeps the reader’s choice on the next page', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${sites.internal}/en/`);
    await page.getByRole('combobox', { name: 'Colours' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto(`${sites.internal}/fr/practices/`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Couleurs' })).toHaveValue('dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
  });
});

test.describe('printing', () => {
  test('leaves out the header, the navigation and the footer', async ({ page }) => {
    await page.goto(`${sites.internal}/en/practices/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site-header')).toBeHidden();
    await expect(page.locator('footer.site-footer')).toBeHidden();
    await expect(page.locator('main h1')).toBeVisible();
  });
});

test.describe('error pages', () => {
  for (const site of ['internal', 'public'] as const) {
    test(`the ${site} site's page not found has the menu, the way home and search in both languages`, async ({
      page,
    }) => {
      const response = await page.goto(`${sites[site]}/fr/no-such-page/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText('Page introuvable');
      await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Aller à l’accueil' })).toHaveAttribute('href', '/fr/');
      await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en/');
      await page.getByLabel('Ou cherchez dans le site').fill('famille');
      await page.getByLabel('Ou cherchez dans le site').press('Enter');
      await expect(page).toHaveURL(/\/fr\/search\/\?q=famille$/);
    });
  }
});
