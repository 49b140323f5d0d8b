/** Near-miss suggestions for editors' typos: "`FX` is not a member-state code — did you mean `FR`?" */
import { distance } from 'fastest-levenshtein';

/** The closest candidates to a mistyped value (case-insensitive), best first, at most three. */
export function closest(value: string, candidates: Iterable<string>): string[] {
  const v = value.toLowerCase();
  // Short codes tolerate one slip; longer ids about one slip in three letters.
  const limit = Math.max(1, Math.floor(v.length / 3));
  const scored: [string, number][] = [];
  for (const c of candidates) {
    const d = distance(v, c.toLowerCase());
    if (d <= limit || (v.length > 3 && c.toLowerCase().includes(v))) scored.push([c, d]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([c]) => c);
}

/** `did you mean FR?`, `did you mean FI or FR?`, or undefined when nothing is close. */
export function didYouMean(value: unknown, candidates: Iterable<string>): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const found = closest(String(value), candidates).filter((c) => c !== String(value));
  if (found.length === 0) return undefined;
  const list = found.length === 1 ? found[0] : `${found.slice(0, -1).join(', ')} or ${found.at(-1)}`;
  return `did you mean ${list}?`;
}
