/**
 * What the public build must refuse or report, computed from the content index: body links from
 * a public entry to an entry that is not public (§3.3: nothing internal may be pointed at), and
 * frontmatter references that the public site drops.
 */
import { site } from '../config/site.ts';
import { bodyFacts } from './body.ts';
import { REFERENCES, type ContentIndex } from '../content-index/scan.ts';
import { isPublicTarget, resolveLink } from './links.ts';
import type { Problem } from '../checks/problem.ts';
import { INTERNAL_FIELDS } from './redaction.ts';

/**
 * Whether a body can hold a link at all: inline `](`, a reference definition `]:`, or an HTML or
 * JSX `href=`. Most bodies have none, and skipping their Markdown parse keeps `npm run check`
 * within its time budget on 10,000 entries.
 */
const mayLink = (body: string) => /\]\(|\]:\s|href=/.test(body);

const checked = new WeakMap<ContentIndex, Problem[]>();

/** Body links of public entries: errors (or warnings when the site renders them as text). */
export function checkPublicLinks(index: ContentIndex, policy = site.privateLinks): Problem[] {
  const cached = checked.get(index);
  if (cached && policy === site.privateLinks) return cached;
  const out: Problem[] = [];
  for (const e of index.entries.filter((x) => x.public && mayLink(x.body))) {
    const facts = bodyFacts(e.body, { mdx: e.path.endsWith('.mdx'), firstLine: e.bodyLine });
    for (const link of facts.links.filter((l) => !l.redacted)) {
      const target = resolveLink(index, e.path, link.url);
      if (target.kind === 'missing') {
        out.push(brokenLink(e, link, target.what));
      } else if (target.kind === 'entry' && !isPublicTarget(target)) {
        out.push({
          file: e.file,
          line: link.line,
          column: 1,
          field: 'body',
          message: `this public entry links to ${target.entries.map((t) => t.file).join(', ')}, which is not public`,
          hint:
            policy === 'text'
              ? 'the public site shows the link text without the link'
              : 'publish the target (visibility: public, decided: …) or remove the link',
          severity: policy === 'text' ? 'warning' : 'error',
        });
      }
    }
  }
  if (policy === site.privateLinks) checked.set(index, out);
  return out;
}

/** Body links of internal entries that lead nowhere (the internal site would show a dead link). */
export function checkInternalLinks(index: ContentIndex): Problem[] {
  const out: Problem[] = [];
  for (const e of index.entries.filter((x) => !x.public && mayLink(x.body))) {
    const facts = bodyFacts(e.body, { mdx: e.path.endsWith('.mdx'), firstLine: e.bodyLine });
    for (const link of facts.links) {
      const target = resolveLink(index, e.path, link.url);
      if (target.kind === 'missing') out.push(brokenLink(e, link, target.what));
    }
  }
  return out;
}

/** Frontmatter references from public entries to entries the public site does not have. */
export function droppedReferences(index: ContentIndex): string[] {
  const publicKeys = new Set(index.entries.filter((e) => e.public).map((e) => `${e.collection}/${e.key}`));
  const out: string[] = [];
  for (const e of index.entries.filter((x) => x.public)) {
    // Fields internal by nature (submittedBy) are stripped anyway: only real drops are worth a note.
    for (const ref of REFERENCES.filter(
      (r) => r.from === e.collection && !(INTERNAL_FIELDS as readonly string[]).includes(r.field),
    )) {
      const value = e.data[ref.field];
      for (const target of (Array.isArray(value) ? value : value === undefined ? [] : [value]) as string[]) {
        if (!publicKeys.has(`${ref.to}/${target}`))
          out.push(
            `${e.file}: ${ref.field} → ${ref.to} "${target}" is internal; the public site leaves the reference out`,
          );
      }
    }
  }
  return out;
}

function brokenLink(e: { file: string }, link: { url: string; line: number }, what: string): Problem {
  return {
    file: e.file,
    line: link.line,
    column: 1,
    field: 'body',
    message: `broken link "${link.url}": ${what}`,
    hint: 'fix the path, or link to the entry’s file (../practices/key.en.md)',
    severity: 'error',
  };
}
