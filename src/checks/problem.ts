/** A problem found in the content tree, printed as one line an editor can act on. */
export interface Problem {
  /** Path relative to the project root, e.g. content/practices/pt-housing.en.md */
  file: string;
  line: number;
  column: number;
  /** The frontmatter field concerned, dotted (agenda.2.title), or '' for the whole file. */
  field: string;
  message: string;
  /** What to do about it. */
  hint?: string | undefined;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const hint = p.hint ? `  (${p.hint})` : '';
  return `${p.severity === 'warning' ? 'warning' : 'error'}  ${where}  ${p.field || '-'}  ${p.message}${hint}`;
}

/**
 * The same problem as a GitHub Actions workflow command (`::error file=…,line=…::message`), which
 * GitHub shows as an annotation on the file. Values escape %, CR and LF; properties also , and :.
 */
export function formatAnnotation(p: Problem): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = [`file=${prop(p.file)}`, `line=${p.line}`, `col=${p.column}`, p.field ? `title=${prop(p.field)}` : '']
    .filter(Boolean)
    .join(',');
  return `::${p.severity} ${props}::${data(p.message + (p.hint ? ` (${p.hint})` : ''))}`;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
