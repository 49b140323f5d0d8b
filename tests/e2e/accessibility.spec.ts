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

for (const variant of ['internal', 'public'] as const) {
  test(`every page type of the ${variant} site passes an axe WCAG 2.1 AA sweep`, async ({ page }) => {
    test.setTimeout(300_000);
    const pages = pagesOf(join(SAMPLE_DIST, variant));
    expect(pages.length).toBeGreaterThan(10);
    const violations: string[] = [];
    for (const p of pages) {
      await page.goto(`${sites[variant]}${p}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of results.violations) violations.push(`${p}: ${v.id} (${v.nodes.length}) ${v.help}`);
    }
    expect(violations).toEqual([]);
  });
}
