/**
 * Lighthouse scores of the built sites, one row per page type: performance, accessibility, best
 * practices and SEO (0–100), on Lighthouse's default phone profile (simulated slow 4G and CPU),
 * in real Chromium, against the files in dist/ served on loopback. Prints a table; not a test.
 *
 *   npm run measure:lighthouse -- [--dist dist] [--lang en|fr] [--site internal|public] [--json]
 *
 * The internal site is noindex everywhere (working methods §3.1: restricted), which Lighthouse's
 * SEO category counts against it ("is-crawlable"); its SEO column leaves that one audit out and
 * says so.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, systemChromium } from './cli/browser.ts';
import { knownOptions, option } from './cli/args.ts';
import { UsageError, run } from './cli/cli.ts';
import { serveDir } from './deploy/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The first entry page of a section (its folders other than listings' sub-pages). */
function firstEntry(site: string, lang: string, section: string): string | undefined {
  const dir = join(site, lang, section);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) => d.isDirectory() && !['theme', 'gcm', 'language', 'by-state'].includes(d.name) && !/^\d+$/.test(d.name),
    )
    .map((d) => d.name)
    .sort()[0];
  return name ? `/${lang}/${section}/${name}/` : undefined;
}

function pageTypes(site: string, lang: string): [string, string][] {
  const pages: [string, string | undefined][] = [
    ['home', `/${lang}/`],
    ['listing', `/${lang}/practices/`],
    ['practice', firstEntry(site, lang, 'practices')],
    ['request', firstEntry(site, lang, 'requests')],
    ['meeting', firstEntry(site, lang, 'meetings')],
    ['search', `/${lang}/search/`],
  ];
  return pages.filter((p): p is [string, string] => !!p[1] && existsSync(join(site, p[1], 'index.html')));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  knownOptions(args, ['json'], ['dist', 'lang', 'site']);
  const dist = resolve(option(args, 'dist') ?? 'dist');
  const lang = option(args, 'lang') ?? 'en';
  if (lang !== 'en' && lang !== 'fr') throw new UsageError(`--lang ${lang}: expected en or fr`);
  const sites = option(args, 'site') ? [option(args, 'site')!] : ['internal', 'public'];
  const chromePath = systemChromium();
  if (!chromePath) throw new UsageError('no Chromium found: install Debian’s chromium or set RELAIS_CHROMIUM');
  const rows: { site: string; page: string; path: string; scores: Record<string, number> }[] = [];
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    for (const site of sites) {
      const root = join(dist, site);
      if (!existsSync(join(root, lang)))
        throw new UsageError(`${root} has no built /${lang}/ pages: run npm run build first`);
      const server = await serveDir(root, 0);
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        for (const [page, path] of pageTypes(root, lang)) {
          const result = await lighthouse(`${base}${path}`, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
            ...(site === 'internal' ? { skipAudits: ['is-crawlable'] } : {}),
          });
          if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
          const scores = Object.fromEntries(
            CATEGORIES.map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)]),
          );
          rows.push({ site, page, path, scores });
        }
      } finally {
        server.close();
      }
    }
  } finally {
    await chrome.kill();
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const header = ['site', 'page', 'path', 'perf', 'a11y', 'best', 'seo'];
  const lines = rows.map((r) => [r.site, r.page, r.path, ...CATEGORIES.map((c) => String(r.scores[c]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
  if (sites.includes('internal'))
    console.log('internal seo: without "is-crawlable" (the internal site is noindex by design)');
}

await run(main);
