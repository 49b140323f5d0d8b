/**
 * Random content trees (seeded, so a failure can be replayed): random publication flags and
 * embargoes, translations, MDX, redactions well and badly written in many places, comments, links
 * in every form (inline, reference, raw HTML, autolinks, the site's addresses spelled many ways),
 * imports of other entries and symbolic links. Every build must either stop with clear error lines,
 * or produce a public site holding no internal canary, nor the key of an internal entry.
 * RELAIS_PROPERTY_RUNS=200 for a longer run.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

type Flag = 'public' | 'internal' | 'absent' | 'undecided' | 'malformed' | 'embargoed';

interface Tree {
  files: Record<string, string>;
  /** Symbolic links to make: path in content → what they point at (relative to content, or absolute). */
  links: Record<string, string>;
  policy: 'error' | 'text';
  /** Written without mistakes: it must build. */
  careful: boolean;
}

function randomTree(seed: number): Tree {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // Half the trees are written with care (every mark well formed, links left to the "text"
  // policy): they must build. The others hold editors' mistakes: they may build or be refused.
  const careful = rnd() < 0.5;
  const flag = (): Flag => {
    const r = careful ? rnd() * 0.88 : rnd();
    return r < 0.45
      ? 'public'
      : r < 0.65
        ? 'internal'
        : r < 0.82
          ? 'absent'
          : r < 0.88
            ? 'embargoed'
            : r < 0.94
              ? 'undecided'
              : 'malformed';
  };
  const vis = (f: Flag) =>
    ({
      public: 'visibility: public\ndecided: 2025-03-14\n',
      internal: 'visibility: internal\n',
      absent: '',
      embargoed: 'visibility: public\ndecided: 2099-03-14\n',
      undecided: 'visibility: public\n',
      malformed: `visibility: ${pick(['"true"', 'yes', 'Public', '1'])}\n`,
    })[f];
  const isPublic = (f: Flag) => f === 'public';
  // Text an entry may show publicly is plain; anything internal carries a canary.
  const text = (pub: boolean, what: string, n: number) =>
    pub ? `Ordinary ${what} words number ${n}` : `canary${what}${seed}x${n}`;
  const files: Record<string, string> = {};
  const links: Record<string, string> = {};
  const n = 4 + Math.floor(rnd() * 4);
  const flags: Flag[] = [];
  for (let i = 0; i < n; i++) flags.push(flag());
  // Some practices have a French version, with a decision of its own.
  const frFlags: (Flag | undefined)[] = flags.map(() => (rnd() < 0.4 ? flag() : undefined));
  // A practice is reached by a key that says nothing when a version is public, and is a canary when not.
  const key = (i: number) =>
    isPublic(flags[i]!) || isPublic(frFlags[i] ?? 'absent') ? `p${i}` : `canarykey${seed}x${i}`;
  const mdx = flags.map(() => rnd() < 0.25);
  const file = (i: number) => `${key(i)}.en.${mdx[i] ? 'mdx' : 'md'}`;
  files['correspondents/person.md'] =
    `---\nname: Canaryperson${seed} Name\ncountry: MT\nministry: Canaryministry${seed}\nemail: canary${seed}@example.org\n---\n`;
  files['meetings/meeting.en.md'] =
    `---\ntitle: ${text(false, 'meeting', 0)}\nlang: en\nkind: plenary\nstart: 2024-11-28\nend: 2024-11-29\nplace: Strasbourg\nformat: online\n---\n${text(false, 'meetingbody', 0)}\n`;
  /** A link to practice j, in one of the forms editors (and attackers) write. */
  const linkTo = (i: number, j: number, k: number): { inline: string; tail?: string } => {
    const words = `practice ${j}`;
    const forms = [
      () => ({ inline: `[${words}](./${file(j)})` }),
      () => ({ inline: `[${words}][r${k}]`, tail: `[r${k}]: ./${file(j)}` }),
      () => ({ inline: `<a href="/en/practices/${key(j)}/">${words}</a>` }),
      () => ({ inline: `<https://relais.example.org/en/practices/${key(j)}/>` }),
      () => ({ inline: `[${words}](/en/practices/${key(j)}/index.html)` }),
      () => ({ inline: `[${words}](/en/practices/${key(j)}/?from=${k})` }),
      () => ({ inline: `[${words}](/EN/Practices/${key(j).toUpperCase()}/)` }),
      () => ({ inline: `https://relais-intranet.example.org/en/practices/${key(j)}/` }),
    ];
    return pick(mdx[i] ? forms.slice(0, 7).filter((_, x) => x !== 1 && x !== 3) : forms)();
  };
  /** A passage that must stay internal, written well or not, in one of many places. */
  const secret = (i: number, k: number) => {
    const t = text(false, 'redacted', i * 10 + k);
    const good = [
      `:::internal\n## ${text(false, 'redhead', i * 10 + k)}\n\n${t} kept inside.\n:::`,
      `> Quoted.\n>\n> :::internal\n> ${t}\n> :::`,
      `- An item\n\n  :::internal\n  ${t}\n  :::`,
    ];
    const bad = [
      `\t:::internal\n\t${t}\n\t:::`,
      `    :::internal\n    ${t}\n    :::`,
      `<div>\n:::internal\n${t}\n:::\n</div>`,
      `:::internl\n${t}\n:::`,
      `::: internal\n${t}\n:::`,
      `Inline :internal[${t}] mark.`,
      `\`\`\`\n:::internal\n${t}\n:::\n\`\`\``,
    ];
    const mdxForms = [`<Internal>\n${t}\n</Internal>`, `Inline <Internal>${t}</Internal> words.`];
    return mdx[i] ? pick([...mdxForms, ...good.slice(0, 1)]) : pick(careful || rnd() < 0.7 ? good : bad);
  };
  const comment = (i: number, k: number) =>
    mdx[i] ? `{/* ${text(false, 'comment', i * 10 + k)} */}` : `<!-- ${text(false, 'comment', i * 10 + k)} -->`;
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    const pub = isPublic(f);
    const parts: string[] = [`${text(pub, 'body', i)}.`];
    const tails: string[] = [];
    for (let k = 0; k < Math.floor(rnd() * 4); k++) {
      const j = Math.floor(rnd() * n);
      if (j === i) continue;
      const l = linkTo(i, j, k);
      parts.push(`See ${l.inline}.`);
      if (l.tail) tails.push(l.tail);
    }
    if (rnd() < 0.5) parts.push(secret(i, 1));
    if (rnd() < 0.4) parts.push(comment(i, 2));
    if (!careful && mdx[i] && rnd() < 0.3) {
      const j = (i + 1) % n;
      parts.unshift(`import * as Other from './${file(j)}'`);
      parts.push('{Other.frontmatter.notes}');
    }
    if (!careful && rnd() < 0.15) {
      // An attachment that is a symbolic link: to another entry, or to any file of the machine.
      const target = pick([`practices/${file((i + 1) % n)}`, '/etc/passwd']);
      links[`practices/annex${i}.txt`] = target;
      parts.push(`The [annex](./annex${i}.txt).`);
    }
    files[`practices/${file(i)}`] =
      `---\ntitle: ${text(pub, 'title', i)}\nlang: en\ntranslationKey: ${key(i)}\n${vis(f)}summary: ${text(pub, 'summary', i)}\ncountry: ${pick(['MT', 'PT', 'FR'])}\nthemes: [${pick(['reception', 'integration', 'return'])}]\ngcm: [${1 + Math.floor(rnd() * 23)}]\nsubmittedBy: person\nnotes: ${text(false, 'notes', i)}\ndissemination: network\n---\n\n${parts.join('\n\n')}\n${tails.length ? `\n${tails.join('\n')}\n` : ''}`;
    const tf = frFlags[i];
    if (tf) {
      const tpub = isPublic(tf);
      files[`practices/${key(i)}.fr.md`] =
        `---\ntitle: ${text(tpub, 'titrefr', i)}\nlang: fr\ntranslationKey: ${key(i)}\n${vis(tf)}summary: ${text(tpub, 'resume', i)}\ncountry: MT\nthemes: [reception]\ngcm: [4]\ndissemination: network\n---\n\n${text(tpub, 'corps', i)}.\n`;
    }
  }
  const of = flag();
  files['outcomes/news.en.md'] =
    `---\ntitle: ${text(isPublic(of), 'outcome', 0)}\nlang: en\nkind: news\ndate: 2024-12-01\nmeeting: meeting\n${vis(of)}summary: ${text(isPublic(of), 'outcomesummary', 0)}\n---\n\n${text(isPublic(of), 'outcomebody', 0)}.\n`;
  return { files, links, careful, policy: careful || rnd() < 0.5 ? 'text' : 'error' };
}

const seen = { built: 0, refused: 0 };

describe('random content trees never leak', () => {
  for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
    test(`seed ${seed}: the build fails clearly or the public site holds no canary`, () => {
      const root = join(ROOT, '.cache', 'test', 'property', String(seed));
      rmSync(root, { recursive: true, force: true });
      const { files, links, policy, careful } = randomTree(seed);
      for (const [path, body] of Object.entries(files)) {
        mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
        writeFileSync(join(root, 'content', path), body);
      }
      for (const [path, target] of Object.entries(links))
        symlinkSync(target.startsWith('/') ? target : join(root, 'content', target), join(root, 'content', path));
      const result = buildSites({
        dist: join(root, 'dist'),
        content: join(root, 'content'),
        variants: ['public'],
        env: { RELAIS_PRIVATE_LINKS: policy },
      });
      seen[result.ok ? 'built' : 'refused']++;
      // A tree written with care must build: refusing it would be a false alarm.
      if (careful) expect(result.ok, result.output).toBe(true);
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
