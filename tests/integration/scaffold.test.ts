/** `npm run new`: every kind of entry it writes passes `npm run check`, and the site builds from them. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { slugify } from '../../src/content-index/slug.ts';
import { buildSites, ROOT } from '../support/sites.ts';
import { tree } from '../unit/tree.ts';

const TODAY = '2026-03-02';
const node = (root: string, script: string, args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, RELAIS_TODAY: TODAY, GITHUB_ACTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};
const scaffoldNew = (root: string, ...args: string[]) => node(root, 'new.ts', args);

/** One of every kind, the way the editors' guide shows them. */
function scaffoldEverything(root: string) {
  const runs = [
    ['correspondent', '--country', 'PT', '--email', 'ana.sousa@example.org', 'Ana Sousa'],
    ['practice', '--lang', 'fr', '--country', 'PT', '--with-translation', 'Titre de la pratique'],
    ['practice', '--lang', 'en', '--country', 'ES,PT', '--theme', 'trafficking', '--gcm', '10,23', 'Joint training'],
    ['method', '--lang', 'en', '--with-translation', 'Preamble'],
    ['outcome', '--lang', 'en', 'Network meets in Strasbourg'],
    ['meeting', '--lang', 'en', '--with-translation', 'Plenary session, May 2026'],
    ['request', '--lang', 'en', '--with-translation', 'Age assessment'],
    ['response', '--lang', 'fr', '--country', 'FR', '--request', 'age-assessment'],
    ['group', '--lang', 'fr', 'Groupe sur les enfants non accompagnés'],
  ];
  for (const args of runs) {
    const r = scaffoldNew(root, ...args);
    expect(r.out).toContain('created ');
    expect(r.code, r.out).toBe(0);
  }
}

describe('scaffolding entries', () => {
  test('a file name comes from the title: lower case, no accents, hyphens', () => {
    expect(slugify('Titre de la pratique à Évora : l’accueil')).toBe('titre-de-la-pratique-a-evora-l-accueil');
    expect(slugify('Œuvre  sociale — 2026')).toBe('oeuvre-sociale-2026');
  });

  test('every kind of entry it writes passes the check with no error; each text left to write is a warning', () => {
    const root = tree({ 'content/.keep': '' });
    scaffoldEverything(root);
    const r = node(root, 'check.ts', []);
    expect(r.out).toMatch(/^check: 13 files \(0 public\), 0 errors, \d+ warnings$/m);
    const warnings = r.out.split('\n').filter((l) => l.startsWith('warning'));
    expect(warnings.length).toBeGreaterThanOrEqual(13);
    for (const w of warnings) expect(w).toMatch(/still holds the text npm run new wrote: "[^"]+"  \(replace it/);
    expect(r.code).toBe(0);
  });

  test('a meeting offers its hours, time zone and online link as comments that check once uncommented', () => {
    const root = tree({ 'content/.keep': '' });
    expect(scaffoldNew(root, 'meeting', '--lang', 'en', '--start', '2027-03-18', 'Plenary').code).toBe(0);
    const file = join(root, 'content/meetings/plenary.en.md');
    const text = readFileSync(file, 'utf8');
    for (const field of ['startTime', 'endTime', 'timeZone', 'onlineLink'])
      expect(text).toMatch(new RegExp(`^# ${field}: `, 'm'));
    writeFileSync(
      file,
      text
        .replace(/^# (startTime|endTime|timeZone|onlineLink): /gm, '$1: ')
        .replace('https://…', 'https://meet.example.org/j/1')
        .replace('format: in-person', 'format: hybrid'),
    );
    const r = node(root, 'check.ts', []);
    expect(r.out).toMatch(/, 0 errors, /);
  });

  test('--with-translation writes the twin sharing one translationKey, internal by default, dated today', () => {
    const root = tree({ 'content/.keep': '' });
    expect(scaffoldNew(root, 'practice', '--lang', 'fr', '--country', 'PT', '--with-translation', 'Titre').code).toBe(
      0,
    );
    const fr = readFileSync(join(root, 'content/practices/pt-titre.fr.md'), 'utf8');
    const en = readFileSync(join(root, 'content/practices/pt-titre.en.md'), 'utf8');
    for (const text of [fr, en]) {
      expect(text).toMatch(/^translationKey: pt-titre$/m);
      expect(text).toMatch(/^visibility: internal/m);
      expect(text).toMatch(new RegExp(`^submitted: ${TODAY}$`, 'm'));
    }
    expect(fr).toMatch(/^lang: fr$/m);
    expect(en).toMatch(/^lang: en$/m);
  });

  test('it refuses to overwrite an existing entry and writes nothing', () => {
    const root = tree({
      'content/outcomes/x/network-news.fr.md':
        '---\ntitle: Nouvelles\nlang: fr\nkind: news\ndate: 2026-01-05\nsummary: Nouvelles.\n---\nTexte.\n',
    });
    const first = scaffoldNew(root, 'outcome', '--lang', 'en', '--with-translation', 'Network news');
    expect(first.code).toBe(1);
    expect(first.out.trim()).toBe(
      'error: content/outcomes/x/network-news.fr.md already has the key "network-news"; choose another title. Nothing was written',
    );
    expect(existsSync(join(root, 'content/outcomes/network-news.en.md'))).toBe(false);
    expect(scaffoldNew(root, 'outcome', '--lang', 'en', 'Other news').code).toBe(0);
    const again = scaffoldNew(root, 'outcome', '--lang', 'en', 'Other news');
    expect(again.code).toBe(1);
    expect(again.out.trim()).toBe('error: content/outcomes/other-news.en.md already exists; nothing was written');
  });

  test('an answer names a request that exists, and a state answers once', () => {
    const root = tree({ 'content/.keep': '' });
    scaffoldEverything(root);
    const args = ['response', '--lang', 'en', '--country', 'NL'];
    expect(scaffoldNew(root, ...args, '--request', 'age-asessment')).toEqual({
      code: 1,
      out: 'error: "age-asessment" is not the key of an information request — did you mean age-assessment?\n',
    });
    expect(scaffoldNew(root, 'response', '--lang', 'en', '--country', 'FR', '--request', 'age-assessment')).toEqual({
      code: 1,
      out: 'error: content/responses/age-assessment-fr.md already answers this request for FR; nothing was written\n',
    });
    expect(existsSync(join(root, 'content/responses/age-asessment-nl.md'))).toBe(false);
  });

  test('mistakes on the command line are one line each, with suggestions', () => {
    const root = tree({ 'content/.keep': '' });
    expect(scaffoldNew(root, 'practise', 'x').out).toMatch(
      /^error: "practise" is not a kind of entry — did you mean practices\?/,
    );
    expect(scaffoldNew(root, 'practice', '--lang', 'fr', '--country', 'FX', 'x').out).toMatch(
      /^error: "FX" is not a member-state code — did you mean FI or FR\?/,
    );
    expect(scaffoldNew(root, 'meeting', '--lang', 'en', '--start', '2027-02-30', 'Plenary').out).toBe(
      'error: --start: "2027-02-30" is not a real calendar date\n',
    );
    const missing = scaffoldNew(root, 'practice', 'Housing');
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/^error: missing --lang, --country/);
  });

  // `script` (util-linux) gives the command a terminal, as an editor's shell would.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  test.skipIf(!hasScript)('in a terminal it asks for what is missing, again after a mistake', () => {
    const root = tree({ 'content/.keep': '' });
    const cmd = `${process.execPath} ${join(ROOT, 'scripts', 'new.ts')} practice`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
      cwd: root,
      input: 'Politique du logement\nfr\nPX\nPT\noui\n',
      encoding: 'utf8',
      env: { ...process.env, RELAIS_TODAY: TODAY },
    });
    expect(r.stdout).toContain('"PX" is not a member-state code — did you mean PL or PT?');
    expect(r.status).toBe(0);
    expect(existsSync(join(root, 'content/practices/pt-politique-du-logement.fr.md'))).toBe(true);
    expect(existsSync(join(root, 'content/practices/pt-politique-du-logement.en.md'))).toBe(true);
  });

  test('the scaffolded entries build into a site', () => {
    const root = tree({ 'content/.keep': '' });
    scaffoldEverything(root);
    const dist = join(root, 'dist');
    const r = buildSites({
      dist,
      content: join(root, 'content'),
      variants: ['internal'],
      env: { RELAIS_TODAY: TODAY },
    });
    expect(r.ok, r.output).toBe(true);
    expect(existsSync(join(dist, 'internal/fr/practices/pt-titre-de-la-pratique/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'internal/en/meetings/plenary-session-may-2026/index.html'))).toBe(true);
    // Outside git the page dates itself from the file: the date only, nothing else.
    const page = readFileSync(join(dist, 'internal/fr/practices/pt-titre-de-la-pratique/index.html'), 'utf8');
    expect(page).toMatch(/Dernière modification <time datetime="\d{4}-\d{2}-\d{2}">/);
  });
});
