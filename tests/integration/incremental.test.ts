/**
 * Incremental builds (src/site/cache-keys.ts): after an edit, pages whose inputs did not change are
 * copied from the previous build, the others are rendered again, and the result is the site a
 * cold build of the same content gives.
 */
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesContaining } from '../support/files.ts';
import { ROOT, buildSites } from '../support/sites.ts';

const WORK = join(ROOT, '.cache', 'test', 'incremental');
const CONTENT = join(WORK, 'content');
const WARM = join(WORK, 'warm');
const MARK = '<!-- copied from the incremental cache -->';

function build(dist: string) {
  const r = buildSites({ dist, content: CONTENT });
  if (!r.ok) throw new Error(r.output);
}

const page = (dist: string, site: string, key: string) =>
  readFileSync(join(dist, site, 'en', 'practices', key, 'index.html'), 'utf8');

/** Marks the cached copy of a page: the mark shows in the next build only if the copy is reused. */
const markCached = (key: string) =>
  appendFileSync(join(WARM, '.astro-cache', 'internal', 'dist', 'en', 'practices', key, 'index.html'), MARK);

function files(dir: string, skip: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      const rel = relative(dir, full);
      if (skip.some((s) => rel === s || rel.startsWith(`${s}/`))) continue;
      if (e.isDirectory()) walk(full);
      else out.set(rel, readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

function sourceOf(key: string): string {
  return join(CONTENT, 'practices', 'sample', `${key}.en.md`);
}

// A practice whose page lists another one among its related practices.
let shown = '';
let showing = '';

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
  build(WARM);
  const dir = join(WARM, 'internal', 'en', 'practices');
  for (const key of readdirSync(dir)) {
    const link = /aria-labelledby="related"[\s\S]*?href="\/en\/practices\/([a-z0-9-]+)\/"/.exec(
      page(WARM, 'internal', key),
    )?.[1];
    if (link && link !== key && readdirSync(join(CONTENT, 'practices', 'sample')).includes(`${link}.en.md`)) {
      [showing, shown] = [key, link];
      break;
    }
  }
  if (!shown) throw new Error('no practice page of the sample content links a related practice');
}, 120_000);

describe('incremental builds', () => {
  test("editing a practice's text renders its pages again and reuses the others", () => {
    appendFileSync(sourceOf(shown), '\nA sentence added by the incremental build test.\n');
    markCached(shown);
    markCached(showing);
    appendFileSync(join(WARM, '.astro-cache', 'internal', 'dist', 'en', 'practices', 'index.html'), MARK);
    build(WARM);
    // The listing shows the practice's data only, which did not change.
    expect(readFileSync(join(WARM, 'internal', 'en', 'practices', 'index.html'), 'utf8')).toContain(MARK);
    expect(page(WARM, 'internal', shown)).toContain('A sentence added by the incremental build test.');
    expect(page(WARM, 'internal', shown)).not.toContain(MARK);
    expect(page(WARM, 'internal', showing)).toContain(MARK);
  }, 120_000);

  test('after a build that stopped half-way, the next one renders every page again', () => {
    // What an interrupted build leaves: its marker, and cached copies the manifest does not describe.
    writeFileSync(join(WARM, '.astro-cache', 'internal', '.building'), '');
    markCached(showing);
    build(WARM);
    expect(page(WARM, 'internal', showing)).not.toContain(MARK);
  }, 120_000);

  test('a public practice made internal leaves the public site entirely, cached pages that listed it included', () => {
    // A public practice that another public page lists among its related practices.
    const dir = join(WARM, 'public', 'en', 'practices');
    let lister = '';
    let listed = '';
    for (const key of readdirSync(dir).filter((k) => k !== shown && k !== showing)) {
      let html: string;
      try {
        html = page(WARM, 'public', key);
      } catch {
        continue; // listing pages (page/2/...) and facet folders
      }
      const link = /aria-labelledby="related"[\s\S]*?href="\/en\/practices\/([a-z0-9-]+)\/"/.exec(html)?.[1];
      if (link && ![key, shown, showing].includes(link)) [lister, listed] = [key, link];
      if (listed) break;
    }
    expect(listed, 'no public practice of the sample content lists a related public practice').not.toBe('');
    const sources = readdirSync(join(CONTENT, 'practices', 'sample')).filter((f) => f.startsWith(`${listed}.`));
    for (const f of sources) {
      const file = join(CONTENT, 'practices', 'sample', f);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^(visibility|decided): .*\n/gm, ''));
    }
    appendFileSync(join(WARM, '.astro-cache', 'public', 'dist', 'en', 'practices', lister, 'index.html'), MARK);
    build(WARM);
    expect(filesContaining(join(WARM, 'public'), `/practices/${listed}/`)).toEqual([]);
    expect(page(WARM, 'public', lister)).not.toContain(MARK);
    expect(page(WARM, 'internal', listed)).toMatch(/class="badge internal"/);
  }, 120_000);

  test('a new title shows on the pages that list it, and the site equals a cold build of the same content', () => {
    const source = readFileSync(sourceOf(shown), 'utf8');
    writeFileSync(sourceOf(shown), source.replace(/^title: .*$/m, 'title: "A title changed between two builds"'));
    build(WARM);
    expect(page(WARM, 'internal', showing)).toContain('A title changed between two builds');
    expect(readFileSync(join(WARM, 'internal', 'en', 'practices', 'index.html'), 'utf8')).toContain(
      'A title changed between two builds',
    );
    expect(page(WARM, 'internal', showing)).not.toContain(MARK);

    const cold = join(WORK, 'cold');
    build(cold);
    for (const site of ['internal', 'public']) {
      const warm = files(join(WARM, site));
      const fresh = files(join(cold, site));
      expect([...warm.keys()].sort()).toEqual([...fresh.keys()].sort());
      const differing = [...fresh].filter(([f, text]) => warm.get(f) !== text).map(([f]) => f);
      expect(differing).toEqual([]);
    }
  }, 180_000);

  test('with RELAIS_INCREMENTAL=0 a build keeps no copy of its pages for the next one', () => {
    const once = join(WORK, 'once');
    const r = buildSites({ dist: once, content: CONTENT, env: { RELAIS_INCREMENTAL: '0' } });
    if (!r.ok) throw new Error(r.output);
    for (const site of ['internal', 'public']) {
      expect(existsSync(join(once, site, 'en', 'practices', 'index.html'))).toBe(true);
      expect(existsSync(join(once, '.astro-cache', site, 'incremental-build.json'))).toBe(false);
      expect(existsSync(join(once, '.astro-cache', site, 'dist'))).toBe(false);
    }
    // The default keeps them.
    expect(existsSync(join(WARM, '.astro-cache', 'internal', 'incremental-build.json'))).toBe(true);
  }, 120_000);
});
