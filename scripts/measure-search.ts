/**
 * Measures what search costs a reader, in real Chromium against a built site:
 *   - the search page before the first query: bytes transferred, Pagefind library aside;
 *   - the first search: what it downloads until the results show (library, WASM, metadata,
 *     index chunks, result fragments), then what the facets' values and counts add (filters);
 *   - time from the last keystroke to the results shown, over 20 queries on a warm page (median);
 *   - a query with a slip, which finds nothing: what "did you mean" fetches.
 * Sizes are what a server compressing text (gzip -6, as nginx does) sends; Pagefind's own index
 * files are already gzip and are counted as they are.
 *
 *   npm run measure:search -- [--dist dist] [--site public|internal] [--lang en|fr] [--json]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { TABLE_FILE } from '../src/search/record-table.ts';
import { VOCABULARY_FILE } from '../src/search/vocabulary.ts';
import { CHROMIUM_ARGS, systemChromium } from './cli/browser.ts';
import { median } from './bench/measure.ts';
import { option } from './cli/args.ts';
import { UsageError, run } from './cli/cli.ts';
import { serveDir } from './deploy/static-server.ts';

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);
/** The Pagefind library itself, as the issue counts it apart. */
const LIBRARY = /\/pagefind\/[a-z]+\/(pagefind\.js|wasm\.[a-z]+\.pagefind)$/;

const transferSize = (file: string) => {
  const bytes = readFileSync(file);
  return TEXT.has(extname(file)) ? gzipSync(bytes, { level: 6 }).length : bytes.length;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Query words: the longest word of the titles of up to `n` entry pages of the site. */
function queryWords(site: string, lang: string, n: number): string[] {
  const dir = join(site, lang, 'practices');
  const words: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const page = join(dir, name, 'index.html');
    if (!statSync(join(dir, name)).isDirectory() || !/^[a-z0-9-]+$/.test(name)) continue;
    let html: string;
    try {
      html = readFileSync(page, 'utf8');
    } catch {
      continue;
    }
    if (!html.includes('data-pagefind-body')) continue;
    const title = /data-pagefind-meta="title_[a-z]+:([^"]+)"/.exec(html)?.[1] ?? '';
    const word = title
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 6)
      .sort((a, b) => b.length - a.length)[0];
    if (word && !words.includes(word.toLowerCase())) words.push(word.toLowerCase());
    if (words.length === n) break;
  }
  if (words.length === 0) throw new UsageError(`no indexed practice page under ${dir}`);
  return words;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const site = resolve(option(args, 'dist') ?? 'dist', option(args, 'site') ?? 'public');
  const lang = option(args, 'lang') ?? 'en';
  try {
    statSync(join(site, 'pagefind', lang));
  } catch {
    throw new UsageError(`${site} has no search index for ${lang}: build it first (npm run build)`);
  }
  const words = queryWords(site, lang, 21);
  const served: string[] = [];
  const server = await serveDir(site, 0, '127.0.0.1', (f) => served.push(f));
  const executablePath = systemChromium();
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath && { executablePath }) });
  try {
    const page = await browser.newPage();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await page.goto(`${base}/${lang}/search/`, { waitUntil: 'networkidle' });
    const before = served.splice(0);
    const pageOnly = before.filter((f) => !LIBRARY.test(f));

    // The first search: the reader types a word, Pagefind loads, results show.
    await page.locator('#search-input').fill(words[0]!);
    await page.waitForSelector('form[data-search-form][data-state="done"]');
    await page.waitForLoadState('networkidle');
    // Only Pagefind's files count: the browser may fetch a favicon meanwhile. The first query
    // has no filter selected, so the record table is fetched only for the facets' values and
    // counts, once the results show (src/search/client.ts).
    const searched = served.splice(0).filter((f) => f.includes('/pagefind/'));
    const facetData = (f: string) => f.endsWith(`/${TABLE_FILE}`);
    const first = searched.filter((f) => !facetData(f));
    const facets = searched.filter(facetData);

    // Warm page: time from the last keystroke to the results.
    await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; shown: number[] };
      w.shown = [];
      document.querySelector('#search-input')!.addEventListener('input', () => (w.lastKey = performance.now()));
      new MutationObserver(() => {
        const form = document.querySelector<HTMLFormElement>('form[data-search-form]')!;
        // Results are on screen at "results"; facet counts follow ("done").
        if (form.dataset['state'] === 'results') w.shown.push(performance.now() - w.lastKey);
      }).observe(document.querySelector('form[data-search-form]')!, { attributes: true });
    });
    const latencies: number[] = [];
    for (const word of words.slice(1)) {
      await page.locator('#search-input').fill('');
      await page.waitForTimeout(300);
      await page.evaluate(() => ((window as unknown as { shown: number[] }).shown = []));
      await page.locator('#search-input').pressSequentially(word, { delay: 40 });
      await page.waitForFunction(() => (window as unknown as { shown: number[] }).shown.length > 0);
      latencies.push(await page.evaluate(() => (window as unknown as { shown: number[] }).shown.at(-1)!));
    }

    // A query with a slip (a letter left out) finds nothing: what "did you mean" then fetches,
    // once per page (the index's words, and the code that compares them with the query).
    const slip = `${words[0]!.slice(0, 3)}${words[0]!.slice(4)}`;
    served.splice(0);
    await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent(slip)}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('form[data-search-form][data-state="done"]');
    const suggestion = ((await page.locator('#search-suggestion').textContent()) ?? '').trim();
    const miss = served
      .splice(0)
      .filter((f) => f.endsWith(`/${VOCABULARY_FILE}`) || (/\/_astro\/.*\.js$/.test(f) && !before.includes(f)));

    const sum = (files: string[]) => files.reduce((n, f) => n + transferSize(f), 0);
    const result = {
      site: relative(process.cwd(), site) || site,
      lang,
      searchPageBytes: sum(pageOnly),
      firstSearchBytes: sum(first),
      firstSearchFiles: first.length,
      facetBytes: sum(facets),
      missBytes: sum(miss),
      missSuggestion: suggestion,
      latencyMedianMs: Math.round(median(latencies)!),
      latencyMaxMs: Math.round(Math.max(...latencies)),
      queries: latencies.length,
    };
    if (args.includes('--json')) console.log(JSON.stringify(result));
    else {
      console.log(`site ${result.site} (${lang})`);
      console.log(`search page before the first query (library aside): ${kb(result.searchPageBytes)}`);
      console.log(`first search, until the results show: ${kb(result.firstSearchBytes)} in ${first.length} files`);
      for (const f of first) console.log(`  ${kb(transferSize(f)).padStart(9)}  ${relative(site, f)}`);
      console.log(`then the facets' values and counts: ${kb(result.facetBytes)} in ${facets.length} files`);
      console.log(`first search, all in: ${kb(result.firstSearchBytes + result.facetBytes)}`);
      console.log(
        `a query that finds nothing ("${slip}") then fetches: ${kb(result.missBytes)} in ${miss.length} files`,
      );
      for (const f of miss) console.log(`  ${kb(transferSize(f)).padStart(9)}  ${relative(site, f)}`);
      console.log(`  and offers: ${result.missSuggestion || 'nothing'}`);
      console.log(
        `results after the last keystroke: median ${result.latencyMedianMs} ms, max ${result.latencyMaxMs} ms (${result.queries} queries, warm page)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await run(main);
