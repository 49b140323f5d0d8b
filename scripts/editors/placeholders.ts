/**
 * Entries that still hold the text `npm run new` wrote for the editor to replace ("Write the text
 * here."): a warning on an internal entry, an error on a public one, which would show it to everyone.
 */
import type { ContentIndex } from '../../src/content-index/scan.ts';
import { lineOfKey } from '../../src/content-index/frontmatter-lines.ts';
import type { Problem } from '../../src/checks/problem.ts';
import { PLACEHOLDER_TEXTS } from './scaffold.ts';

/** Every string of a frontmatter value, with the field it sits in. */
function fieldStrings(value: unknown, field: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([field, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => fieldStrings(v, `${field}.${i + 1}`, out));
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) fieldStrings(v, field ? `${field}.${k}` : k, out);
  return out;
}

export function checkPlaceholders(index: ContentIndex): Problem[] {
  const out: Problem[] = [];
  for (const e of index.entries) {
    const places: [string, string][] = [...fieldStrings(e.data, ''), ['body', e.body]];
    for (const [field, text] of places) {
      const left = PLACEHOLDER_TEXTS.find((p) => text.includes(p));
      if (!left) continue;
      const top = field.split('.')[0]!;
      const line = field === 'body' ? e.bodyLine : lineOfKey(e.frontmatter, top);
      out.push({
        file: e.file,
        line,
        column: 1,
        field,
        message: `still holds the text npm run new wrote: "${left}"`,
        hint: e.public
          ? 'replace it before publishing: the public site would show it'
          : 'replace it with the entry’s own text',
        severity: e.public ? 'error' : 'warning',
      });
    }
  }
  return out;
}
