/**
 * The servers' Content-Security-Policy (deploy/nginx) allows only the sites' own script and style
 * files. Chromium checks one page of each type (nginx.spec.ts); this reads every built page, so a
 * template used by a single page cannot slip an inline script or style past the policy.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { filesOf } from '../support/files.ts';
import { SAMPLE_DIST } from '../support/sites.ts';

const RULES: [string, RegExp][] = [
  // A <script> without src runs inline code, unless it is a data block (JSON, JSON-LD).
  ['inline <script>', /<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>/gi],
  ['<style> element', /<style\b[^>]*>/gi],
  ['style attribute', /<[a-z][^>]*\sstyle=/gi],
  ['event handler attribute', /<[a-z][^>]*\son[a-z]+=/gi],
  ['javascript: URL', /\b(?:href|src|action)="\s*javascript:/gi],
];

for (const variant of ['internal', 'public'] as const) {
  test(`no built page of the ${variant} site carries inline scripts, styles or event handlers`, () => {
    const dir = join(SAMPLE_DIST, variant);
    const pages = filesOf(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const [what, re] of RULES) {
        for (const m of html.matchAll(re)) found.push(`${relative(dir, file)}: ${what}: ${m[0].slice(0, 80)}`);
      }
    }
    expect(found).toEqual([]);
  });
}
