/**
 * What an MDX entry may run. An MDX body is code: an `import` of another entry would put that
 * entry's fields (its notes, its internal text) into the page whatever the public tree says, and
 * `import()`, `require` or `import.meta.glob` could load any file. So MDX may import components
 * from src/ and packages by name, nothing else; a body the MDX parser cannot read is said here,
 * with its line, rather than by a stack trace from the build.
 */
import { relative, resolve, sep } from 'node:path';
import type { Problem } from '../checks/problem.ts';
import type { ContentIndex, IndexedEntry } from '../content-index/scan.ts';
import { bodyFacts } from './body.ts';

const within = (dir: string, path: string) => {
  const r = relative(dir, path);
  return r !== '' && !r.startsWith(`..${sep}`) && r !== '..';
};

/** What is wrong with an MDX import's module name, if anything. */
export function importProblem(
  e: Pick<IndexedEntry, 'path'>,
  specifier: string,
  dirs: { content: string; src: string },
): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || /^file:/i.test(specifier)) {
    const target = resolve(e.path, '..', specifier.replace(/^file:\/\//i, ''));
    if (within(dirs.content, target) || target === dirs.content)
      return `imports "${specifier}", a file of the content folder: its fields and text would reach the page whatever its publication says`;
    if (!within(dirs.src, target)) return `imports "${specifier}", which is outside src/`;
    return undefined;
  }
  // A package by name; a name that climbs out of its package is a path in disguise.
  if (specifier.split('/').includes('..')) return `imports "${specifier}", a path that climbs out of a package`;
  return undefined;
}

export function checkCode(index: ContentIndex, projectRoot = index.root): Problem[] {
  const out: Problem[] = [];
  const dirs = { content: index.contentDir, src: resolve(projectRoot, 'src') };
  for (const e of index.entries) {
    if (!e.path.endsWith('.mdx')) continue;
    const facts = bodyFacts(e.body, { mdx: true, firstLine: e.bodyLine });
    const at = (line: number, message: string, hint: string): Problem => ({
      file: e.file,
      line,
      column: 1,
      field: 'body',
      message,
      hint,
      severity: 'error',
    });
    if (facts.unreadable) {
      out.push(
        at(
          facts.unreadable.line,
          `the MDX cannot be read: ${facts.unreadable.message}`,
          'fix the syntax at that line (in MDX, < and { start code; comments are written {/* … */})',
        ),
      );
      continue;
    }
    for (const imp of facts.imports) {
      const wrong = importProblem(e, imp.specifier, dirs);
      if (wrong)
        out.push(
          at(
            imp.line,
            wrong,
            'link to the entry instead ([text](../practices/key.en.md)); MDX may import components from src/ only',
          ),
        );
    }
    for (const c of facts.code)
      out.push(
        at(
          c.line,
          `${c.what} loads modules or files from an entry's body`,
          'remove it: an entry may import components from src/ with a plain import line',
        ),
      );
  }
  return out;
}
