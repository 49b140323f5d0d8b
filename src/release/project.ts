/**
 * The public tree as a value: the content index turned into what the public site may be built
 * from, and nothing else. Only the public language versions of public entries; their fields
 * without those internal by nature (fields.ts); their bodies without redacted passages and
 * comments, every link to an entry (in any form) rewritten to its public address or reduced to
 * its words; MDX imports pointed at the same components from the tree; and only the files those
 * bodies use. What cannot be projected safely is a problem naming the file and line, and the
 * projected body is read once more for mark text a redaction should have removed (fail closed).
 *
 * tree.ts writes it to disk; the public build, its search index and its preview read nothing else.
 */
import { dirname, join, relative, resolve, sep } from 'node:path';
import { site } from '../config/site.ts';
import type { Problem } from '../checks/problem.ts';
import type { ContentIndex, IndexedEntry } from '../content-index/scan.ts';
import type { CollectionName } from '../schema/index.ts';
import { bodyFacts, type BodyFacts, type BodyLink } from './body.ts';
import { publicData } from './fields.ts';
import { hrefOf, isPublicTarget, resolveLink } from './links.ts';
import { leftoverMarks } from './marks.ts';
import { markProblems } from './marks-check.ts';

export type LinkPolicy = 'error' | 'text';

export interface PublicEntry {
  /** The entry of the content tree this one is made from (messages name its file and lines). */
  source: IndexedEntry;
  /** Where it sits in the public tree: `<collection>/<path below the collection folder>`. */
  path: string;
  /** Its public fields. */
  data: Record<string, unknown>;
  /** Its public body. */
  body: string;
}

export interface PublicTree {
  entries: PublicEntry[];
  /** Files the public entries use: path in the tree → the file in the content folder. */
  assets: Map<string, string>;
  /** Errors stop the public build; warnings say what the link policy changed. */
  problems: Problem[];
  /** What the public site leaves out or holds back, for the editors (check prints them as notes). */
  notes: string[];
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

/** The source with the edits made; an edit inside an earlier, wider one is dropped with it. */
function applyEdits(source: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from || b.to - a.to);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.from < at) continue;
    out += source.slice(at, e.from) + e.text;
    at = e.to;
  }
  return out + source.slice(at);
}

/** The line of the file an offset of an entry's body is on. */
function lineOf(e: IndexedEntry, offset: number): number {
  let line = e.bodyLine;
  for (let i = e.body.indexOf('\n'); i !== -1 && i < offset; i = e.body.indexOf('\n', i + 1)) line++;
  return line;
}

const problem = (e: IndexedEntry, line: number, message: string, hint: string, severity: Problem['severity']) =>
  ({ file: e.file, line, column: 1, field: 'body', message, hint, severity }) satisfies Problem;

/**
 * What the public site makes of one link of a public entry: a new address, its words alone, or
 * as written; and the problem it raises, if any.
 */
function projectLink(
  index: ContentIndex,
  e: IndexedEntry,
  link: BodyLink,
  policy: LinkPolicy,
): { edit?: Edit[]; problem?: Problem } {
  const target = resolveLink(index, e.path, link.url);
  const unwrap = link.unwrap.map(([from, to]) => ({ from, to, text: '' }));
  switch (target.kind) {
    case 'external':
    case 'page':
    case 'attachment':
      return {};
    case 'missing':
      return {
        edit: unwrap,
        problem: problem(
          e,
          link.line,
          `broken link "${link.url}": ${target.what}`,
          'fix the path, or link to the entry’s file (../practices/key.en.md)',
          'error',
        ),
      };
    case 'refused':
      return {
        edit: unwrap,
        problem: problem(
          e,
          link.line,
          `the link "${link.url}" is refused: ${target.what}`,
          'link to a file inside content/',
          'error',
        ),
      };
    case 'internal-page':
    case 'entry': {
      if (target.kind === 'entry' && isPublicTarget(target)) {
        const shown = target.entries.find((x) => x.public)!;
        const href = hrefOf(shown, e.lang);
        const hash = link.url.includes('#') ? link.url.slice(link.url.indexOf('#')) : '';
        const address = href.includes('#') || !hash || /\.mdx?$/i.test(hash) ? href : `${href}${hash}`;
        const a = link.address;
        return { edit: [{ from: a.from, to: a.to, text: `${a.before}${address}${a.after}` }] };
      }
      const what =
        target.kind === 'entry'
          ? `${target.entries.map((t) => t.file).join(', ')}, which is not public`
          : `${link.url}, a page only the restricted site has`;
      return {
        edit: unwrap,
        problem: problem(
          e,
          link.line,
          `this public entry links to ${what}`,
          policy === 'text'
            ? 'the public site shows the link text without the link'
            : 'publish the target (visibility: public, decided: …) or remove the link',
          policy === 'text' ? 'warning' : 'error',
        ),
      };
    }
  }
}

/** The public body of a public entry, the files it uses, and what stands in the way. */
export function projectBody(
  index: ContentIndex,
  e: IndexedEntry,
  opts: { policy: LinkPolicy; treePath: string },
): { body: string; assets: Map<string, string>; problems: Problem[] } {
  const mdx = e.path.endsWith('.mdx');
  const facts: BodyFacts = bodyFacts(e.body, { mdx, firstLine: e.bodyLine });
  const problems: Problem[] = [];
  const assets = new Map<string, string>();
  // An MDX body that cannot be read projects to nothing (code-check.ts names the line).
  if (facts.unreadable) return { body: '', assets, problems };
  const edits: Edit[] = facts.cuts.map((c) => ({ from: c.from, to: c.to, text: '' }));
  const said = new Set<string>();
  for (const link of facts.links) {
    if (link.redacted) continue;
    const { edit, problem: p } = projectLink(index, e, link, opts.policy);
    if (edit) edits.push(...edit);
    if (p) problems.push(p);
    if (p) said.add(`${link.line} ${link.url}`);
  }
  // Components from src/ are imported from the tree's place (anything else is refused by code-check.ts).
  for (const imp of facts.imports) {
    if (!imp.specifier.startsWith('.')) continue;
    const target = resolve(dirname(e.path), imp.specifier);
    let spec = relative(dirname(opts.treePath), target).split(sep).join('/');
    if (!spec.startsWith('.')) spec = `./${spec}`;
    edits.push({ from: imp.from, to: imp.to, text: JSON.stringify(spec) });
  }
  for (const a of facts.assets) {
    if (a.redacted) continue;
    const target = resolveLink(index, e.path, a.url);
    if (target.kind === 'attachment') assets.set(relative(index.contentDir, target.path), target.path);
    else if (target.kind === 'refused' && !said.has(`${a.line} ${a.url}`))
      problems.push(
        problem(
          e,
          a.line,
          `the file "${a.url}" is refused: ${target.what}`,
          'put the file itself in content/',
          'error',
        ),
      );
  }
  const body = applyEdits(e.body, edits);
  // Fail closed: the public text must hold no mark a redaction should have removed. (A mark the
  // marks check already names is not said twice.)
  const named = markProblems(e, facts).length > 0;
  for (const m of named ? [] : leftoverMarks(body))
    problems.push(
      problem(
        e,
        lineOf(e, Math.min(m.at, e.body.length)),
        `the public version of this entry still holds "${m.written}": a passage meant to stay internal would be published`,
        'write the passage as ":::internal" … ":::", each mark on a line of its own at the left margin',
        'error',
      ),
    );
  return { body, assets, problems };
}

/**
 * The public tree of a content index. `policy` is what a public entry's link to an internal one
 * becomes (site.privateLinks by default); `treeDir` is where the tree will be written, for MDX
 * imports.
 */
export function projectTree(index: ContentIndex, opts: { policy?: LinkPolicy; treeDir: string }): PublicTree {
  const policy = opts.policy ?? site.privateLinks;
  const publicKeys = new Set(index.entries.filter((e) => e.public).map((e) => `${e.collection}/${e.key}`));
  const tree: PublicTree = { entries: [], assets: new Map(), problems: [], notes: [] };
  for (const e of index.entries) {
    if (e.embargo)
      tree.notes.push(
        `${e.file}: decided public from ${e.embargo.toISOString().slice(0, 10)}: it stays internal until that day`,
      );
    if (!e.public) continue;
    const path = `${e.collection}/${e.entry}`;
    const data = publicData(
      e,
      (c: CollectionName, key) => publicKeys.has(`${c}/${key}`),
      (field, to, target) =>
        tree.notes.push(
          `${e.file}: ${field} → ${to} "${target}" is internal; the public site leaves the reference out`,
        ),
    );
    const projected = projectBody(index, e, { policy, treePath: join(opts.treeDir, path) });
    tree.entries.push({ source: e, path, data, body: projected.body });
    for (const [rel, abs] of projected.assets) tree.assets.set(rel, abs);
    tree.problems.push(...projected.problems);
  }
  return tree;
}
