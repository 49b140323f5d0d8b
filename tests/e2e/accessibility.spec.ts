import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagesOf } from '../support/files.ts';
import { SAMPLE_DIST, serveSites, type Sites } from '../support/sites.ts';

let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(SAMPLE_DIST);
});
test.afterAll(async () => {
  await sites.close();
});

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * Each page is checked at both widths in both colour schemes, switched in place (no second load).
 * Two of the four run every WCAG rule (light on a wide screen, dark on a phone, so each layout and
 * each scheme meets the whole set once); the other two differ from those only in colours, so they
 * check contrast alone.
 */
const SWEEPS = [
  { scheme: 'light', width: 1280, rules: 'all' },
  { scheme: 'dark', width: 1280, rules: 'contrast' },
  { scheme: 'dark', width: 390, rules: 'all' },
  { scheme: 'light', width: 390, rules: 'contrast' },
] as const;

for (const variant of ['internal', 'public'] as const) {
  test(`every page type of the ${variant} site passes axe’s WCAG 2.1 AA rules at 390 and 1280 px, light and dark`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    // The figures page sits among the practices' pages, which pagesOf takes one of: named here.
    const pages = [
      ...new Set([...pagesOf(join(SAMPLE_DIST, variant)), '/en/practices/figures/', '/fr/practices/figures/']),
    ];
    expect(pages.length).toBeGreaterThan(10);
    const violations: string[] = [];
    for (const p of pages) {
      await page.setViewportSize({ width: 1280, height: 844 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${sites[variant]}${p}`);
      for (const sweep of SWEEPS) {
        await page.setViewportSize({ width: sweep.width, height: 844 });
        await page.emulateMedia({ colorScheme: sweep.scheme });
        const axe = new AxeBuilder({ page });
        const results = await (
          sweep.rules === 'all' ? axe.withTags(WCAG) : axe.withRules(['color-contrast'])
        ).analyze();
        for (const v of results.violations)
          violations.push(`${p} (${sweep.scheme}, ${sweep.width} px): ${v.id} (${v.nodes.length}) ${v.help}`);
      }
    }
    expect(violations).toEqual([]);
  });
}
