/**
 * Redaction marks that keep nothing internal, in every entry: an error, since the passage would
 * be shown as written, on the public site too once the entry is public. Two nets: the parse's own
 * view of each mark (marks.ts: a misspelt block name, `::: internal`, `<Internal>` in a .md
 * file…), then any mark text left in the body once its real redactions and comments are cut
 * (indented into a code block, inside an HTML block, in any other position).
 */
import { distance } from 'fastest-levenshtein';
import type { Problem } from '../checks/problem.ts';
import type { ContentIndex, IndexedEntry } from '../content-index/scan.ts';
import { bodyFacts, type BodyFacts } from './body.ts';
import { leftoverMarks, leftoverMessage } from './marks.ts';
import { REDACTION_DIRECTIVE } from './redaction.ts';

/**
 * Whether a body may hold a mark that does not work: anything but well-formed `:::internal` …
 * `:::` pairs at the margin of a body with no HTML or code, a `::`, an `<internal` tag, or a
 * `:word` close to "internal". Only those bodies are parsed (about 2 ms each): a 10,000-entry tree
 * has thousands of well-formed redactions.
 */
export function mayHoldMisspeltMark(body: string): boolean {
  if (!body.includes(':') && !/<\s*\/?\s*internal/i.test(body)) return false;
  // Inside HTML or code a fence is text: a mark there is read by the parse.
  if (body.includes(':::') && (/<[A-Za-z!/]/.test(body) || /^[ \t]*(```|~~~)/m.test(body))) return true;
  let open = false;
  const rest = body.replace(/^( {0,3}):::([A-Za-z]*)[ \t]*$/gm, (_, _indent: string, name: string) => {
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

/** The line (1-based) of an offset in a body whose first line is `firstLine` of its file. */
function lineOf(body: string, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let i = body.indexOf('\n'); i !== -1 && i < offset; i = body.indexOf('\n', i + 1)) line++;
  return line;
}

/** The problems of one entry's marks, from its body's facts. */
export function markProblems(e: Pick<IndexedEntry, 'file' | 'body' | 'bodyLine'>, facts: BodyFacts): Problem[] {
  const out: Problem[] = facts.misspelt.map((m) => ({
    file: e.file,
    line: m.line,
    column: 1,
    field: 'body',
    message: m.message,
    hint: m.hint,
    severity: m.severity,
  }));
  const told = new Set(out.map((p) => p.line));
  const reported = facts.misspelt.flatMap((m) => (m.range ? [{ from: m.range[0], to: m.range[1] }] : []));
  // Marks inside one code or HTML block are one mistake, said once, on the first.
  const blocks = new Set<number>();
  for (const m of leftoverMarks(e.body, [...facts.cuts, ...reported])) {
    const line = lineOf(e.body, m.at, e.bodyLine);
    const literal = facts.literals.find((l) => m.at >= l.from && m.at < l.to);
    if (told.has(line) || (literal && blocks.has(literal.from))) continue;
    told.add(line);
    if (literal) blocks.add(literal.from);
    out.push({
      file: e.file,
      line,
      column: 1,
      field: 'body',
      ...leftoverMessage(literal?.kind ?? 'text', m.written),
      severity: 'error',
    });
  }
  return out;
}

const checked = new WeakMap<ContentIndex, Problem[]>();

export function checkRedactionMarks(index: ContentIndex): Problem[] {
  const known = checked.get(index);
  if (known) return known;
  const out: Problem[] = [];
  for (const e of index.entries) {
    if (!mayHoldMisspeltMark(e.body)) continue;
    out.push(...markProblems(e, bodyFacts(e.body, { mdx: e.path.endsWith('.mdx'), firstLine: e.bodyLine })));
  }
  checked.set(index, out);
  return out;
}
