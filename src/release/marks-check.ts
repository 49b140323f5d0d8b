/**
 * Redaction marks that keep nothing internal (redaction-markers.ts), in every entry: an error,
 * since the passage would be shown as written, on the public site too once the entry is public.
 */
import { distance } from 'fastest-levenshtein';
import { bodyFacts } from './body.ts';
import type { ContentIndex } from '../content-index/scan.ts';
import type { Problem } from '../checks/problem.ts';
import { REDACTION_DIRECTIVE } from './redaction.ts';

/**
 * Whether a body may hold a mark that does not work: anything but well-formed `:::internal` …
 * `:::` pairs, a `::`, an `<internal` tag, or a `:word` close to "internal". Only those bodies are
 * parsed (about 2 ms each): a 10,000-entry tree has thousands of well-formed redactions.
 */
export function mayHoldMisspeltMark(body: string): boolean {
  let open = false;
  const rest = body.replace(/^[ \t]*:::([A-Za-z]*)[ \t]*$/gm, (_, name: string) => {
    // A fence out of turn (a stray `:::`, a block inside a block) or another name is a suspect.
    const ok = name === REDACTION_DIRECTIVE ? !open : name === '' && open;
    open = !open;
    return ok ? '' : '::';
  });
  if (open || /::|<\s*\/?\s*internal/i.test(rest)) return true;
  for (const m of rest.matchAll(/:([A-Za-z]{5,11})/g))
    if (distance(m[1]!.toLowerCase(), REDACTION_DIRECTIVE) <= 2) return true;
  return false;
}

const checked = new WeakMap<ContentIndex, Problem[]>();

export function checkRedactionMarks(index: ContentIndex): Problem[] {
  const known = checked.get(index);
  if (known) return known;
  const out: Problem[] = [];
  for (const e of index.entries) {
    if (!mayHoldMisspeltMark(e.body)) continue;
    const facts = bodyFacts(e.body, { mdx: e.path.endsWith('.mdx'), firstLine: e.bodyLine });
    for (const m of facts.misspelt)
      out.push({
        file: e.file,
        line: m.line,
        column: 1,
        field: 'body',
        message: m.message,
        hint: m.hint,
        severity: m.severity,
      });
  }
  checked.set(index, out);
  return out;
}
