/**
 * Body links of entries the public site does not show that lead nowhere, or to a file the build
 * refuses to follow (outside the content folder, a symbolic link): the restricted site would show
 * a dead link, or copy a file it must not. Public entries' links are judged by the projection
 * (project.ts), which also decides what each becomes on the public site.
 */
import type { Problem } from '../checks/problem.ts';
import type { ContentIndex } from '../content-index/scan.ts';
import { bodyFacts } from './body.ts';
import { resolveLink } from './links.ts';

/**
 * Whether a body can hold a link that may lead nowhere: inline `](`, a reference definition `]:`,
 * or an HTML or JSX address attribute (a bare `https://…` address leads elsewhere, never to a
 * missing file). Most bodies have none, and skipping their parse keeps `npm run check` within its
 * time budget on 10,000 entries.
 */
export const mayLink = (body: string) =>
  /\]\(|\]:\s|\b(href|src|srcset|action|poster|cite|data|background)\s*=/i.test(body);

export function checkInternalLinks(index: ContentIndex): Problem[] {
  const out: Problem[] = [];
  for (const e of index.entries.filter((x) => !x.public && mayLink(x.body))) {
    const facts = bodyFacts(e.body, { mdx: e.path.endsWith('.mdx'), firstLine: e.bodyLine });
    for (const link of facts.links) {
      const target = resolveLink(index, e.path, link.url);
      if (target.kind !== 'missing' && target.kind !== 'refused') continue;
      out.push({
        file: e.file,
        line: link.line,
        column: 1,
        field: 'body',
        message:
          target.kind === 'missing'
            ? `broken link "${link.url}": ${target.what}`
            : `the link "${link.url}" is refused: ${target.what}`,
        hint:
          target.kind === 'missing'
            ? 'fix the path, or link to the entry’s file (../practices/key.en.md)'
            : 'link to a file inside content/',
        severity: 'error',
      });
    }
  }
  return out;
}
