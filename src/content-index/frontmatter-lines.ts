/** Where a frontmatter field is written, so that a message can point at its line. */

/** 1-based line in the file of a top-level frontmatter key (1 when it is not there). */
export function lineOfKey(frontmatter: string, key: string): number {
  const lines = frontmatter.replace(/^\r?\n/, '').split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i === -1 ? 1 : i + 2; // +1 for 1-based, +1 for the opening ---
}
