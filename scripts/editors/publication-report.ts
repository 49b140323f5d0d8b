/**
 * The precautionary review before a deploy (working methods §3.3): what the public site gains and
 * loses between two states of the content tree, and what becomes public next (embargoes). Both
 * states are projected into their public trees by the release module (src/release/project.ts), so
 * the report shows exactly what the public build reads; then it is written as Markdown or HTML.
 */
import { createTwoFilesPatch } from 'diff';
import type { ContentIndex, IndexedEntry } from '../../src/content-index/scan.ts';
import { bodyFacts } from '../../src/release/body.ts';
import { hrefOf } from '../../src/release/links.ts';
import { projectTree, type PublicEntry, type PublicTree } from '../../src/release/project.ts';
import { entryFile } from '../../src/release/tree.ts';

export interface ReportEntry {
  file: string;
  title: string;
  lang: string;
  /** Where the entry appears on the public site. */
  href: string;
  decided: string | undefined;
}

export interface PublicationReport {
  /** The git reference compared against, and its commit; undefined for "everything public now". */
  since: { ref: string; commit: string } | undefined;
  today: string;
  newlyPublic: ReportEntry[];
  changed: (ReportEntry & { diff: string })[];
  withdrawn: (ReportEntry & { why: string })[];
  redactions: (ReportEntry & { line: number; text: string; isNew: boolean })[];
  dropped: string[];
  /** Entries decided public from a day still to come, soonest first. */
  upcoming: (ReportEntry & { from: string })[];
  publicCount: number;
  /** Files of the old tree that today's schemas refuse: compared as if they had not been public. */
  unreadable: string[];
}

const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : undefined);
const identity = (e: IndexedEntry) => `${e.collection}/${e.id}`;
const facts = (e: IndexedEntry) => bodyFacts(e.body, { mdx: e.path.endsWith('.mdx'), firstLine: e.bodyLine });

function describe(e: IndexedEntry): ReportEntry {
  const title = String(e.data.title ?? e.data.name ?? `${e.data.request} (${e.data.country})`);
  return { file: e.file, title, lang: e.lang ?? '', href: hrefOf(e), decided: day(e.data.decided) };
}

/** What the public site shows of an entry: its file in the public tree (fields and body). */
export const publicView = (e: PublicEntry): string => entryFile(e);

/** The public tree of a content index, as the report compares it (links the policy drops, as text). */
const treeOf = (index: ContentIndex): PublicTree => projectTree(index, { policy: 'text', treeDir: index.root });

export function compare(
  now: ContentIndex,
  before: ContentIndex | undefined,
  opts: { since?: { ref: string; commit: string }; today: string },
): PublicationReport {
  const nowTree = treeOf(now);
  const oldTree = before ? treeOf(before) : undefined;
  const old = new Map((oldTree?.entries ?? []).map((e) => [identity(e.source), e]));
  const current = new Map(now.entries.map((e) => [identity(e), e]));
  const report: PublicationReport = {
    since: opts.since,
    today: opts.today,
    newlyPublic: [],
    changed: [],
    withdrawn: [],
    redactions: [],
    dropped: [],
    upcoming: [],
    publicCount: nowTree.entries.length,
    unreadable: [...new Set((before?.problems ?? []).filter((p) => p.severity === 'error').map((p) => p.file))],
  };
  for (const p of nowTree.entries) {
    const prior = old.get(identity(p.source));
    if (!prior) {
      report.newlyPublic.push(describe(p.source));
      continue;
    }
    const a = publicView(prior);
    const b = publicView(p);
    if (a !== b) {
      const diff = createTwoFilesPatch(prior.source.file, p.source.file, a, b, opts.since?.ref ?? '', 'now', {
        context: 2,
      })
        .split('\n')
        .slice(2) // the ==== header and the file line pair repeat what the report already says
        .join('\n')
        .trim();
      report.changed.push({ ...describe(p.source), diff });
    }
  }
  const publicNow = new Set(nowTree.entries.map((p) => identity(p.source)));
  for (const prior of oldTree?.entries ?? []) {
    const id = identity(prior.source);
    if (publicNow.has(id)) continue;
    const e = current.get(id);
    report.withdrawn.push({
      ...describe(prior.source),
      why: e
        ? e.embargo
          ? `now embargoed until ${day(e.embargo)} (${e.file})`
          : `now internal (${e.file})`
        : 'the file was removed or no longer passes the check',
    });
  }
  for (const p of nowTree.entries) {
    const prior = old.get(identity(p.source));
    const oldTexts = new Set(prior ? facts(prior.source).redactions.map((r) => r.text) : []);
    for (const r of facts(p.source).redactions)
      report.redactions.push({ ...describe(p.source), line: r.line, text: r.text, isNew: !oldTexts.has(r.text) });
  }
  report.upcoming = now.entries
    .filter((e) => e.embargo)
    .sort((a, b) => a.embargo!.getTime() - b.embargo!.getTime() || a.file.localeCompare(b.file))
    .map((e) => ({ ...describe(e), from: day(e.embargo)! }));
  report.dropped = [
    ...nowTree.notes.filter((n) => n.includes('leaves the reference out')),
    ...nowTree.problems
      .filter((p) => p.severity === 'warning')
      .map(
        (p) => `${p.file}:${p.line}: ${p.message.replace(/^this public entry links/, 'a body link')} — shown as text`,
      ),
  ];
  return report;
}

const excerpt = (s: string, n = 240) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function heading(r: PublicationReport): { title: string; intro: string } {
  return r.since
    ? {
        title: `Publication report: changes to the public site since ${r.since.ref}`,
        intro: `Compared with ${r.since.ref} (commit ${r.since.commit.slice(0, 12)}) on ${r.today}. The public site will have ${r.publicCount} public entries. Read this before deploying (working methods §3.3: publication follows further internal processing, under the precautionary principle).`,
      }
    : {
        title: 'Publication report: everything currently public',
        intro: `On ${r.today} the public site has ${r.publicCount} public entries. Read this before deploying (working methods §3.3: publication follows further internal processing, under the precautionary principle).`,
      };
}

const line = (e: ReportEntry) =>
  `${e.title} (${e.lang || '—'}) — \`${e.file}\`, page ${e.href}${e.decided ? `, decided ${e.decided}` : ''}`;

export function toMarkdown(r: PublicationReport): string {
  const { title, intro } = heading(r);
  const out = [`# ${title}`, '', intro, ''];
  if (r.unreadable.length)
    out.push(
      `> Caution: ${r.unreadable.length} file(s) at ${r.since?.ref} do not pass today's check and were compared as if they had not been public: ${r.unreadable.map((f) => `\`${f}\``).join(', ')}.`,
      '',
    );
  const section = (name: string, items: string[], empty: string) => {
    out.push(`## ${name} (${items.length})`, '');
    out.push(...(items.length ? items : [`_${empty}_`]), '');
  };
  section(
    r.since ? 'Newly public' : 'Public entries',
    r.newlyPublic.map((e) => `- ${line(e)}`),
    'None.',
  );
  if (r.since) {
    out.push(`## Public entries whose public text changed (${r.changed.length})`, '');
    if (!r.changed.length) out.push('_None._', '');
    for (const c of r.changed) out.push(`### ${c.title}`, '', line(c), '', '```diff', c.diff, '```', '');
    section(
      'No longer public',
      r.withdrawn.map((e) => `- ${line(e)}: ${e.why}`),
      'None.',
    );
  }
  section(
    'Becoming public next (decided, held until the day given)',
    r.upcoming.map((e) => `- **${e.from}**: ${line(e)}`),
    'None.',
  );
  section(
    'Redacted passages inside public entries (kept internal)',
    r.redactions.map((x) => `- \`${x.file}:${x.line}\`${x.isNew && r.since ? ' **new**' : ''}: “${excerpt(x.text)}”`),
    'None.',
  );
  section(
    'References the public build leaves out',
    r.dropped.map((d) => `- ${d}`),
    'None.',
  );
  return out.join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toHtml(r: PublicationReport): string {
  const { title, intro } = heading(r);
  const item = (e: ReportEntry, extra = '') =>
    `<li><strong>${esc(e.title)}</strong> (${esc(e.lang || '—')}) — <code>${esc(e.file)}</code>, page <code>${esc(e.href)}</code>${e.decided ? `, decided ${esc(e.decided)}` : ''}${extra}</li>`;
  const list = (items: string[]) => (items.length ? `<ul>\n${items.join('\n')}\n</ul>` : '<p><em>None.</em></p>');
  const diffHtml = (d: string) =>
    `<pre class="diff">${d
      .split('\n')
      .map((l) => {
        const cls = l.startsWith('+') ? 'add' : l.startsWith('-') ? 'del' : l.startsWith('@@') ? 'hunk' : '';
        return cls ? `<span class="${cls}">${esc(l)}</span>` : esc(l);
      })
      .join('\n')}</pre>`;
  const parts = [
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>`,
    '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}' +
      'pre.diff{background:#f6f8fa;padding:.75rem;overflow:auto;white-space:pre-wrap}.add{background:#dafbe1;display:block}' +
      '.del{background:#ffebe9;display:block}.hunk{color:#57606a;display:block}.new{color:#9a3412;font-weight:bold}</style>',
    `</head>\n<body>\n<h1>${esc(title)}</h1>\n<p>${esc(intro)}</p>`,
    r.unreadable.length
      ? `<p class="new">Caution: ${r.unreadable.length} file(s) at ${esc(r.since?.ref ?? '')} do not pass today's check and were compared as if they had not been public: ${r.unreadable.map((f) => `<code>${esc(f)}</code>`).join(', ')}.</p>`
      : '',
    `<h2>${r.since ? 'Newly public' : 'Public entries'} (${r.newlyPublic.length})</h2>`,
    list(r.newlyPublic.map((e) => item(e))),
  ];
  if (r.since) {
    parts.push(`<h2>Public entries whose public text changed (${r.changed.length})</h2>`);
    if (!r.changed.length) parts.push('<p><em>None.</em></p>');
    for (const c of r.changed) parts.push(`<h3>${esc(c.title)}</h3>`, `<ul>${item(c)}</ul>`, diffHtml(c.diff));
    parts.push(
      `<h2>No longer public (${r.withdrawn.length})</h2>`,
      list(r.withdrawn.map((e) => item(e, `: ${esc(e.why)}`))),
    );
  }
  parts.push(
    `<h2>Becoming public next (decided, held until the day given) (${r.upcoming.length})</h2>`,
    list(r.upcoming.map((e) => item(e, `: public from <strong>${esc(e.from)}</strong>`))),
    `<h2>Redacted passages inside public entries (kept internal) (${r.redactions.length})</h2>`,
    list(
      r.redactions.map(
        (x) =>
          `<li><code>${esc(`${x.file}:${x.line}`)}</code>${x.isNew && r.since ? ' <span class="new">new</span>' : ''}: “${esc(excerpt(x.text))}”</li>`,
      ),
    ),
    `<h2>References the public build leaves out (${r.dropped.length})</h2>`,
    list(r.dropped.map((d) => `<li>${esc(d)}</li>`)),
    '</body>\n</html>\n',
  );
  return parts.join('\n');
}
