/**
 * The leak fixture plants a canary in every place an internal fact can hide (DOMAIN.md lists how
 * other generators leaked); the public site must hold none of them, the internal site all of them.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesContaining, filesOf } from '../support/files.ts';
import { ROOT, buildSites } from '../support/sites.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'leaks', 'content');
const DIST = join(ROOT, '.cache', 'test', 'leaks');

/** Every canary of the fixture, with where it hides. */
const CANARIES = {
  canarytitle: 'internal entry title',
  canarysummary: 'internal entry summary',
  canarybody: 'internal entry body',
  canaryheading: 'internal entry heading',
  canaryalt: 'image alt text of an internal entry',
  canaryimage: 'image only an internal entry uses (file name)',
  canaryattachmentcontent: 'attachment only an internal entry links to',
  canarynotesinternal: 'internal notes field of an internal entry',
  canarynotespublic: 'internal notes field of a public entry',
  canaryredactedheading: 'heading inside a redacted Markdown passage',
  canaryredactedmarkdown: 'text of a redacted Markdown passage',
  canaryredactedalt: 'image alt text inside a redacted passage',
  canaryredactedimage: 'image only a redacted passage uses (file name)',
  canarymdxheading: 'heading inside an MDX <Internal> block',
  canaryredactedmdx: 'text of an MDX <Internal> block',
  canaryinlinemdx: 'inline MDX <Internal>',
  canarytranslation: 'title of the internal translation of a public entry',
  canarytranslationsummary: 'summary of the internal translation',
  canarytranslationbody: 'body of the internal translation',
  canaryperson: 'correspondent name (also submittedBy of a public entry)',
  canaryemail: 'correspondent e-mail',
  canaryministry: 'correspondent ministry',
  canarymeeting: 'internal meeting referenced by a public outcome',
  canaryplace: 'internal meeting place',
  canaryagendaitem: 'internal agenda item',
  canarymeetingbody: 'internal meeting body',
  canaryonlinelink: 'link to join a public meeting online (internal by nature; the internal calendars have it)',
  canaryoutcome: 'internal outcome (RSS feed)',
  canarybacklink: 'internal outcome of a public meeting (the meeting page lists its outcomes)',
  canaryrequest: 'internal information request',
  canaryquestion: 'internal request question',
  canaryanswer: 'member state answer',
  canarygroup: 'internal thematic group',
  canarymandate: 'internal group mandate',
  canarymethod: 'internal draft version of the working methods',
  canarychanges: 'change note of the internal draft version',
};

let log = '';
beforeAll(() => {
  rmSync(DIST, { recursive: true, force: true });
  const result = buildSites({ dist: DIST, content: FIXTURE, env: { RELAIS_PRIVATE_LINKS: 'text' } });
  log = result.output;
  if (!result.ok) throw new Error(`the leak fixture did not build:\n${log}`);
});

const page = (variant: string, path: string) => readFileSync(join(DIST, variant, path, 'index.html'), 'utf8');

describe('the public site holds no internal fact', () => {
  test.each(Object.entries(CANARIES))('%s (%s) is nowhere in the public site', (canary) => {
    expect(filesContaining(join(DIST, 'public'), canary)).toEqual([]);
  });

  test.each(Object.entries(CANARIES))('%s (%s) is in the internal site', (canary) => {
    expect(filesContaining(join(DIST, 'internal'), canary).length).toBeGreaterThan(0);
  });

  test('each search index is made of its own site: internal entries and people internally, public entries publicly', () => {
    const internal = join(DIST, 'internal', 'pagefind');
    const publicIndex = join(DIST, 'public', 'pagefind');
    for (const lang of ['en', 'fr']) {
      expect(filesContaining(join(internal, lang), 'canarybody').length, lang).toBeGreaterThan(0);
      expect(filesContaining(join(internal, lang), 'canaryperson').length, lang).toBeGreaterThan(0);
      expect(filesContaining(join(publicIndex, lang), 'A public news item').length, lang).toBeGreaterThan(0);
    }
    for (const canary of Object.keys(CANARIES)) expect(filesContaining(publicIndex, canary), canary).toEqual([]);
    // The records handed to the indexer are not part of either site.
    expect(existsSync(join(DIST, 'internal', 'search-records'))).toBe(false);
  });

  test('the public build’s content store holds no internal fact either (Astro bundles it into the build)', () => {
    // Astro's glob loader keeps a copy of each entry's front matter beside its rendered HTML:
    // the loader must leave it out, or a public entry's internal fields (notes, who submitted it)
    // would sit in every chunk of the public build.
    const store = readFileSync(join(DIST, '.astro-cache', 'public', 'data-store.json'), 'utf8');
    expect(Object.keys(CANARIES).filter((c) => store.includes(c))).toEqual([]);
    expect(store).not.toContain('canary-person');
  });

  test('the slug of an internal entry appears nowhere in the public site', () => {
    expect(filesContaining(join(DIST, 'public'), 'internal-linked')).toEqual([]);
    expect(filesContaining(join(DIST, 'public'), 'canary-meeting')).toEqual([]);
    expect(filesContaining(join(DIST, 'public'), 'canary-person')).toEqual([]);
  });

  test('a link to an internal entry becomes its words without the link', () => {
    const html = page('public', 'en/practices/public-one');
    expect(html).toContain('see this scheme');
    expect(html).not.toMatch(/<a [^>]*>see this scheme/);
    expect(page('internal', 'en/practices/public-one')).toMatch(
      /<a href="\/en\/practices\/internal-linked\/">see this scheme<\/a>/,
    );
  });

  test('a public outcome drops its reference to an internal meeting, and the build says so', () => {
    // The nav links to the meetings section (a meeting is public); the internal one is not named.
    expect(page('public', 'en/outcomes/public-news')).not.toMatch(/canary-meeting|canarymeeting/i);
    expect(page('internal', 'en/outcomes/public-news')).toContain('/en/meetings/canary-meeting/');
    expect(log).toContain('public-news.en.md: meeting → meetings "canary-meeting" is internal');
  });

  test('a public meeting lists its public outcomes only: an internal one shows on the internal page', () => {
    expect(page('internal', 'en/meetings/open-plenary')).toMatch(/Canarybacklink minutes of the open plenary/);
    expect(page('public', 'en/meetings/open-plenary')).toMatch(/Open plenary on reception standards/);
    expect(page('public', 'en/meetings/open-plenary')).not.toMatch(/canarybacklink|backlink-report/i);
  });

  test('counts and facets count public entries only', () => {
    expect(page('public', 'en/practices/theme/statelessness')).toContain('1 good practice<');
    expect(page('internal', 'en/practices/theme/statelessness')).toContain('2 good practices<');
    // The map's link and its table alternative (the internal site counts Malta's internal practice too).
    expect(page('public', 'en/states')).toContain('aria-label="Malta: 1 good practice"');
    expect(page('public', 'en/states')).toContain('MT/">Malta</a></th><td class="num">1<');
    expect(page('internal', 'en/states')).toContain('aria-label="Malta: 2 good practices"');
    expect(readFileSync(join(DIST, 'public', 'en', 'states', 'map.svg'), 'utf8')).toContain('Malta: 1 good practice');
    expect(page('public', 'en/practices/gcm/4')).toContain('1 good practice<');
    expect(page('internal', 'en/practices/gcm/4')).toContain('2 good practices<');
    expect(page('public', 'en/practices/language/en')).toContain('2 good practices<');
    expect(page('internal', 'en/practices/language/en')).toContain('3 good practices<');
  });

  test('the working methods history lists public versions only', () => {
    expect(page('public', 'en/methods')).not.toContain('2.0');
    expect(page('internal', 'en/methods')).toContain('Version 2.0');
  });

  test('redacted passages are marked "internal only" in both languages on the internal site', () => {
    const html = page('internal', 'en/practices/public-one');
    expect(html).toMatch(
      /<aside class="internal-only">[\s\S]*Internal only[\s\S]*Usage interne uniquement[\s\S]*canaryredactedmarkdown/,
    );
    expect(page('internal', 'en/practices/public-mdx')).toMatch(
      /<aside class="internal-only">[\s\S]*canaryredactedmdx/,
    );
  });
});

describe('what the public output is made of', () => {
  test('sitemap and outcome feeds exist on the public site only', () => {
    expect(existsSync(join(DIST, 'public', 'sitemap-index.xml'))).toBe(true);
    expect(readFileSync(join(DIST, 'public', 'en', 'outcomes.xml'), 'utf8')).toContain('A public news item');
    expect(existsSync(join(DIST, 'public', 'fr', 'outcomes.xml'))).toBe(true);
    expect(existsSync(join(DIST, 'internal', 'sitemap-index.xml'))).toBe(false);
  });

  test('the sitemap lists public pages that exist, and no internal one', () => {
    const locs = [...readFileSync(join(DIST, 'public', 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
    expect(locs).toContain('/en/meetings/open-plenary/');
    expect(locs).toContain('/fr/practices/public-one/');
    // Pages are folders; documents (the meetings' calendars, the map) are the files themselves.
    for (const path of locs)
      expect(existsSync(join(DIST, 'public', path, path.endsWith('/') ? 'index.html' : '')), path).toBe(true);
    expect(locs).toContain('/fr/meetings/calendar.ics');
    expect(locs).toContain('/en/states/map.svg');
    expect(locs.filter((path) => /internal-linked|canary|backlink-report|internal-news/.test(path))).toEqual([]);
    expect(existsSync(join(DIST, 'internal', 'en', 'outcomes.xml'))).toBe(false);
  });

  test('each sitemap page names each language once, and the feed’s channel links to its listing', () => {
    const sitemap = readFileSync(join(DIST, 'public', 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toMatch(/<loc>https?:\/\/[^/<]+\/<\/loc>/);
    for (const url of sitemap.split('<url>').slice(1)) {
      const langs = [...url.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(langs).size, url).toBe(langs.length);
    }
    const feed = readFileSync(join(DIST, 'public', 'fr', 'outcomes.xml'), 'utf8');
    expect(feed).toMatch(
      /<channel><title>[^<]*<\/title><description>[^<]*<\/description><link>https:\/\/[^<]+\/fr\/outcomes\/<\/link>/,
    );
  });

  test('the internal site is noindex everywhere and its robots.txt disallows all', () => {
    expect(readFileSync(join(DIST, 'internal', 'robots.txt'), 'utf8')).toContain('Disallow: /');
    for (const f of filesOf(join(DIST, 'internal')).filter((x) => x.endsWith('.html'))) {
      expect(readFileSync(f, 'utf8'), f).toContain('<meta name="robots" content="noindex, nofollow">');
    }
  });

  test('attachments reach the public site only when a public page links to them', () => {
    const pub = filesOf(join(DIST, 'public', 'files'));
    expect(pub.map((f) => f.split('/').pop())).toEqual(['public-annex.txt']);
    expect(filesOf(join(DIST, 'internal', 'files')).length).toBe(2);
  });

  test('no source maps, manifests, dotfiles or server chunks in the public output', () => {
    const bad = filesOf(join(DIST, 'public')).filter((f) => /\.map$|manifest|\/\.|\.mjs$/.test(f.slice(DIST.length)));
    expect(bad).toEqual([]);
  });
});

describe('building safely', () => {
  test('with links to internal entries refused (the default), the public build fails and says how to fix it', () => {
    const dist = join(ROOT, '.cache', 'test', 'leaks-strict');
    const result = buildSites({ dist, content: FIXTURE, variants: ['public'] });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /public-one\.en\.md:20:1 {2}body {2}this public entry links to .*internal-linked\.en\.md, which is not public {2}\(publish the target \(visibility: public, decided: …\) or remove the link\)/,
    );
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(dist, 'public'))).toBe(false);
  });

  test('a first build creates its output folder (a fresh clone has none), also when staged on disk', () => {
    const fresh = join(ROOT, '.cache', 'test', 'leaks-fresh');
    rmSync(fresh, { recursive: true, force: true });
    const cache = join(ROOT, '.cache', 'test', 'leaks-fresh-cache');
    const result = buildSites({
      dist: join(fresh, 'dist'),
      content: FIXTURE,
      variants: ['public'],
      // On disk, the staged site is renamed into place (in memory, it is copied: every other build).
      env: { RELAIS_PRIVATE_LINKS: 'text', RELAIS_CACHE: cache, RELAIS_STAGING: 'disk' },
    });
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(result.ok).toBe(true);
    expect(existsSync(join(fresh, 'dist', 'public', 'en', 'index.html'))).toBe(true);
  });

  test('a rebuild leaves no stale file, and a failed build leaves the last good site in place', () => {
    const stale = join(DIST, 'public', 'stale-page.html');
    writeFileSync(stale, '<p>an earlier build</p>');
    expect(
      buildSites({ dist: DIST, content: FIXTURE, variants: ['public'], env: { RELAIS_PRIVATE_LINKS: 'text' } }).ok,
    ).toBe(true);
    expect(existsSync(stale)).toBe(false);

    const before = filesOf(join(DIST, 'public')).sort();
    const broken = join(ROOT, '.cache', 'test', 'leaks-broken');
    rmSync(broken, { recursive: true, force: true });
    cpSync(FIXTURE, broken, { recursive: true });
    const file = join(broken, 'practices', 'public-one.en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('visibility: public', 'visibility: yes'));
    const result = buildSites({ dist: DIST, content: broken, variants: ['public'] });
    expect(result.ok).toBe(false);
    expect(result.output).toContain("visibility  expected exactly 'public' or 'internal'");
    expect(filesOf(join(DIST, 'public')).sort()).toEqual(before);
  });
});
