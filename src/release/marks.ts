/**
 * Marks an editor meant as "keep this passage internal" but that keep nothing: `:::internl`,
 * `::: internal`, `:::Internal`, `:internal[…]`, `<Internal>` in a .md file, `<internal>` in MDX.
 * The renderer shows such a passage as ordinary text, on the public site too, and the audit cannot
 * know it was meant to be secret: `npm run check` and the build refuse it instead
 * (src/release/marks-check.ts). What does redact is decided in redaction.ts.
 */
import { distance } from 'fastest-levenshtein';
import { sourceOf, type Positioned } from './mdast-source.ts';
import { REDACTION_COMPONENT, REDACTION_DIRECTIVE } from './redaction.ts';

export interface MisspeltRedaction {
  /** Line in the body (1-based); body.ts turns it into a line of the file. */
  line: number;
  message: string;
  hint: string;
  severity: 'error' | 'warning';
  /** The body's range the mark's node covers (its text is not reported again as a leftover mark). */
  range?: [number, number];
}

interface MarkNode extends Positioned {
  type: string;
  name?: string | null;
  value?: unknown;
}

const BLOCK = `a passage kept internal starts with a line ":::${REDACTION_DIRECTIVE}" and ends with a line ":::"`;

/** A name that reads as "internal" give or take a slip or the case. */
export const nearRedaction = (name: string) => distance(name.toLowerCase(), REDACTION_DIRECTIVE) <= 2;

/** What is wrong with `node`, if it is a redaction mark that does not work (one node, not its children). */
export function misspeltRedaction(node: MarkNode, body: string, mdx: boolean): MisspeltRedaction | undefined {
  const error = (message: string, hint: string, line = 1): MisspeltRedaction => ({
    line,
    message,
    hint,
    severity: 'error',
  });
  const name = node.name ?? '';
  switch (node.type) {
    case 'containerDirective': {
      if (name === REDACTION_DIRECTIVE) {
        // Left open, the block runs to the end of the body: safe, but rarely what was meant.
        if (/(^|\n)[ \t]*:{3,}[ \t]*$/.test(sourceOf(body, node) ?? '')) return undefined;
        return {
          line: 1,
          message: `":::${REDACTION_DIRECTIVE}" is never closed: everything after it stays internal`,
          hint: 'end the passage with a line ":::"',
          severity: 'warning',
        };
      }
      return error(
        `":::${name}" is not a block Relais knows: its text is shown as written, on the public site too`,
        nearRedaction(name)
          ? `did you mean ":::${REDACTION_DIRECTIVE}"${name.toLowerCase() === REDACTION_DIRECTIVE ? ', in lower case' : ''}? ${BLOCK}`
          : BLOCK,
      );
    }
    case 'leafDirective':
    case 'textDirective': {
      if (!nearRedaction(name)) return undefined; // `10:30` parses as a text directive
      const written = sourceOf(body, node) ?? `:${name}`;
      return error(`"${written.split('\n')[0]}" keeps nothing internal: only a block does`, BLOCK);
    }
    case 'paragraph': {
      // A fence the parser did not take (`::: internal`, a stray `:::`) stays a line of text.
      const lines = (sourceOf(body, node) ?? '').split('\n');
      const at = lines.findIndex((l) => /^[ \t]*:{3,}/.test(l));
      if (at === -1) return undefined;
      const line = lines[at]!.trim();
      return error(
        `"${line}" is not a block marker: it is shown as written, with the text after it`,
        /^:+$/.test(line)
          ? `this ":::" closes no block: remove it, or open the passage with ":::${REDACTION_DIRECTIVE}"`
          : `write ":::${REDACTION_DIRECTIVE}" on a line of its own, with no space after the colons; ${BLOCK}`,
        at + 1,
      );
    }
    case 'html': {
      if (mdx || typeof node.value !== 'string' || !/<\s*internal\b/i.test(node.value)) return undefined;
      return error(
        `"<${REDACTION_COMPONENT}>" keeps nothing internal in a Markdown (.md) file: it is shown as written`,
        `${BLOCK}; <${REDACTION_COMPONENT}> works in .mdx files only`,
      );
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (name === REDACTION_COMPONENT || !nearRedaction(name)) return undefined;
      return error(
        `"<${name}>" is not "<${REDACTION_COMPONENT}>": its text is shown as written`,
        `write <${REDACTION_COMPONENT}> with a capital I, and </${REDACTION_COMPONENT}> to close it`,
      );
    }
    default:
      return undefined;
  }
}

/**
 * Mark text that survives where no redaction was made: a fence line (`:::internal` indented into
 * a code block, inside an HTML block, in a list of its own…), `::internal`, `:internl[…]`, an
 * `<Internal>` tag in any case. The body minus its real redactions must hold none of it, and the
 * public version of a body is checked for it once more after projection (fail closed).
 */
const FENCE_LINE = /^[ \t>*+\-\d.)]*:{2,}[ \t]*([A-Za-z-]*)/gm;
const COLON_WORD = /:{1,2}([A-Za-z]{5,11})\b/g;
const TAG = /<\s*\/?\s*([A-Za-z]{5,11})\b/g;

export interface LeftoverMark {
  /** Offset in the text scanned. */
  at: number;
  written: string;
}

/** Mark text in `text`, outside the ranges given (the real redactions and comments). */
export function leftoverMarks(text: string, skip: readonly { from: number; to: number }[] = []): LeftoverMark[] {
  const out: LeftoverMark[] = [];
  const skipped = (at: number) => skip.some((r) => at >= r.from && at < r.to);
  // One mark is reported once, however many patterns it matches (`:::internl` is also `::internl`).
  const taken: [number, number][] = [];
  const add = (at: number, written: string) => {
    const end = at + written.length;
    if (skipped(at) || taken.some(([f, t]) => at < t && end > f)) return;
    taken.push([at, end]);
    out.push({ at, written: written.trim() });
  };
  for (const m of text.matchAll(FENCE_LINE)) add(m.index + m[0].indexOf(':'), m[0].slice(m[0].indexOf(':')));
  for (const m of text.matchAll(COLON_WORD)) if (nearRedaction(m[1]!)) add(m.index, m[0]);
  for (const m of text.matchAll(TAG)) if (nearRedaction(m[1]!)) add(m.index, m[0]);
  return out.sort((a, b) => a.at - b.at);
}

/** What an editor reads about a mark that survived, by where it was written. */
export function leftoverMessage(where: 'indented' | 'code' | 'html' | 'text', written: string) {
  const mark = `"${written.split('\n')[0]}"`;
  switch (where) {
    case 'indented':
      return {
        message: `${mark} is indented by a tab or four spaces: it became a code block and hides nothing`,
        hint: `start the line ":::${REDACTION_DIRECTIVE}" at the left margin (at most three spaces)`,
      };
    case 'code':
      return {
        message: `${mark} is inside a code block: it is shown as written and hides nothing`,
        hint: `close the code block before ":::${REDACTION_DIRECTIVE}", or remove the mark from the code`,
      };
    case 'html':
      return {
        message: `${mark} is inside an HTML block: it is shown as written and hides nothing`,
        hint: `leave a blank line between the HTML and ":::${REDACTION_DIRECTIVE}", or put the passage outside the HTML`,
      };
    default:
      return {
        message: `${mark} looks like a redaction mark but keeps nothing internal`,
        hint: BLOCK,
      };
  }
}
