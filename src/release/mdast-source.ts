/** The Markdown a parsed node was written as, from its position in the source. */

export interface Positioned {
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}

/** The node's source text, or undefined when the parser kept no offsets. */
export function sourceOf(source: string, node: Positioned): string | undefined {
  const { start, end } = node.position ?? { start: {}, end: {} };
  return start.offset === undefined || end.offset === undefined ? undefined : source.slice(start.offset, end.offset);
}
