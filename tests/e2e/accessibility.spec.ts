import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SAMPLE_DIST, serveSites, type Sites } from '../support/sites.ts';

/**
 * One built page of every page type of a site, in each language, as URL paths: pages of one type
 * (every practice, every state…) share their template, so the first of each stands for the rest.
 */
function pagesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const f = join(d, n);
      if (statSync(f).isDirectory()) walk(f);
      else if (n === 'index.html') out.push(`/${relative(dir, d)}/`.replace(/\/+/g, '/'));
    }
  };
  walk(dir);
  // The bare domain only redirects to /en/ (meta refresh), so there is nothing to sweep there.
  const byType = new Map<string, string>();
  for (const p of out.filter((x) => x !== '/').sort()) {
    const parts = p.split('/').filter(Boolean);
    const type = parts.length >= 3 ? parts.slice(0, -1).join('/') : parts.join('/');
    if (!byType.has(type)) byType.set(type, p);
  }
  return [...byType.values()];
}

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
