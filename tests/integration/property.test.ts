/**
 * Random content trees (seeded, so a failure can be replayed): random publication flags, redactions,
 * translations and cross-links. Every build must either stop with clear error lines, or produce a
 * public site holding no internal canary. RELAIS_PROPERTY_RUNS=200 for a longer run.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesContaining } from '../support/files.ts';
import { ROOT, buildSites } from '../support/sites.ts';

const RUNS = Number(process.env.RELAIS_PROPERTY_RUNS ?? 20);
const FIRST_SEED = Number(process.env.RELAIS_PROPERTY_SEED ?? 1);

/** mulberry32: a tiny deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Flag = 'public' | 'internal' | 'absent' | 'undecided' | 'malformed';

function randomTree(seed: number): { files: Record<string, string>; policy: 'error' | 'text' } {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const flag = (): Flag => {
    const r = rnd();
    return r < 0.45 ? 'public' : r < 0.7 ? 'internal' : r < 0.9 ? 'absent' : r < 0.95 ? 'undecided' : 'malformed';
  };
  const vis = (f: Flag) =>
    ({
      public: 'visibility: public\ndecided: 2025-03-14\n',
      internal: 'visibility: internal\n',
      absent: '',
      undecided: 'visibility: public\n',
      malformed: `visibility: ${pick(['"true"', 'yes', 'Public', '1'])}\n`,
    })[f];
  const isPublic = (f: Flag) => f === 'public';
  // Text an entry may show publicly is plain; anything internal carries a canary.
  const text = (pub: boolean, what: string, n: number) =>
    pub ? `Ordinary ${what} words number ${n}` : `canary${what}${seed}x${n}`;
  const files: Record<string, string> = {};
  const n = 4 + Math.floor(rnd() * 4);
  const flags: Flag[] = [];
  for (let i = 0; i < n; i++) flags.push(flag());
  files['correspondents/person.md'] =
    `---\nname: Canaryperson${seed} Name\ncountry: MT\nministry: Canaryministry${seed}\nemail: canary${seed}@example.org\n---\n`;
  files['meetings/meeting.en.md'] =
    `---\ntitle: ${text(false, 'meeting', 0)}\nlang: en\nkind: plenary\nstart: 2024-11-28\nend: 2024-11-29\nplace: Strasbourg\nformat: online\n---\n${text(false, 'meetingbody', 0)}\n`;
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    const pub = isPublic(f);
    const links: string[] = [];
    for (let k = 0; k < Math.floor(rnd() * 3); k++) {
      const j = Math.floor(rnd() * n);
      if (j !== i) links.push(`See [practice ${j}](./p${j}.en.md).`);
    }
    const redaction =
      rnd() < 0.5
        ? `\n:::internal\n## ${text(false, 'redhead', i)}\n\n${text(false, 'redacted', i)} kept inside.\n:::\n`
        : '';
    files[`practices/p${i}.en.md`] =
      `---\ntitle: ${text(pub, 'title', i)}\nlang: en\ntranslationKey: p${i}\n${vis(f)}summary: ${text(pub, 'summary', i)}\ncountry: ${pick(['MT', 'PT', 'FR'])}\nthemes: [${pick(['reception', 'integration', 'return'])}]\ngcm: [${1 + Math.floor(rnd() * 23)}]\nsubmittedBy: person\nnotes: ${text(false, 'notes', i)}\ndissemination: network\n---\n\n${text(pub, 'body', i)}.\n${redaction}\n${links.join('\n')}\n`;
    if (rnd() < 0.4) {
      const tf = flag();
      const tpub = isPublic(tf);
      files[`practices/p${i}.fr.md`] =
        `---\ntitle: ${text(tpub, 'titrefr', i)}\nlang: fr\ntranslationKey: p${i}\n${vis(tf)}summary: ${text(tpub, 'resume', i)}\ncountry: MT\nthemes: [reception]\ngcm: [4]\ndissemination: network\n---\n\n${text(tpub, 'corps', i)}.\n`;
    }
  }
  const of = flag();
  files['outcomes/news.en.md'] =
    `---\ntitle: ${text(isPublic(of), 'outcome', 0)}\nlang: en\nkind: news\ndate: 2024-12-01\nmeeting: meeting\n${vis(of)}summary: ${text(isPublic(of), 'outcomesummary', 0)}\n---\n\n${text(isPublic(of), 'outcomebody', 0)}.\n`;
  return { files, policy: rnd() < 0.5 ? 'error' : 'text' };
}

const seen = { built: 0, refused: 0 };

describe('random content trees never leak', () => {
  for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
    test(`seed ${seed}: the build fails clearly or the public site holds no canary`, () => {
      const root = join(ROOT, '.cache', 'test', 'property', String(seed));
      rmSync(root, { recursive: true, force: true });
      const { files, policy } = randomTree(seed);
      for (const [path, body] of Object.entries(files)) {
        mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
        writeFileSync(join(root, 'content', path), body);
      }
      const result = buildSites({
        dist: join(root, 'dist'),
        content: join(root, 'content'),
        variants: ['public'],
        env: { RELAIS_PRIVATE_LINKS: policy },
      });
      seen[result.ok ? 'built' : 'refused']++;
      if (result.ok) {
        expect(filesContaining(join(root, 'dist', 'public'), 'canary')).toEqual([]);
      } else {
        expect(result.output).toMatch(/^error {2}\S+:\d+:\d+ {2}\S+ {2}.+$/m);
        expect(result.output).not.toMatch(/^\s+at /m);
      }
    });
  }

  test('the random trees exercise both outcomes: some public sites built, some builds refused', () => {
    expect(seen.built).toBeGreaterThan(RUNS / 5);
    expect(seen.refused).toBeGreaterThan(0);
  });
});
