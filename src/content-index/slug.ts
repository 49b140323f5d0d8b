/**
 * Keys of entries are their file names, and file names are page addresses: lower-case letters,
 * digits and hyphens. Used by `npm run new` (scripts/editors/scaffold.ts) and the file-name check
 * (file-names.ts), which suggests the name to use.
 */

/** A file-name key from a title: lower case, no accents, words joined by hyphens, at most ~60 letters. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    if (slug && slug.length + w.length + 1 > 60) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  return slug;
}
