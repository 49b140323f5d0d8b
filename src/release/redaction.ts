/**
 * What a redacted passage is, in both syntaxes editors use (working methods §3.3: parts of a
 * public entry can stay internal). The Satteri plugin that renders pages and the remark-based
 * tooling (audit, link check, reports) both ask this module, so they agree on what is hidden.
 */

/** Markdown: `:::internal … :::` (a container directive). */
export const REDACTION_DIRECTIVE = 'internal';
/** MDX: `<Internal>…</Internal>`. */
export const REDACTION_COMPONENT = 'Internal';

interface NodeLike {
  type: string;
  name?: string | null | undefined;
}

export function isRedaction(node: NodeLike): boolean {
  if (node.type === 'containerDirective') return node.name === REDACTION_DIRECTIVE;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node.name === REDACTION_COMPONENT;
  return false;
}

/** The label of a redacted passage on the internal site, in both official languages. */
export const REDACTION_LABEL = { en: 'Internal only', fr: 'Usage interne uniquement' } as const;
