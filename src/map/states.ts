/**
 * What the map says of each member state: its shade, its words and its link, from the practices'
 * counts by state (src/site/facets.ts, the counts every listing shows). Every member state is on
 * the map; one with practices links to its page.
 */
import { STATE_CODES } from '../data/reference.ts';
import { shadeClasses, stepOf, type ShadeClass } from './classes.ts';
import type { MapState } from './svg.ts';

export function mapStates(
  counts: ReadonlyMap<string, number>,
  words: { label(code: string, n: number): string; href(code: string): string },
): { states: MapState[]; classes: ShadeClass[] } {
  const n = (code: string) => counts.get(code) ?? 0;
  const classes = shadeClasses(Math.max(0, ...STATE_CODES.map(n)));
  const states = STATE_CODES.map((code) => ({
    code,
    label: words.label(code, n(code)),
    step: stepOf(classes, n(code)),
    href: n(code) > 0 ? words.href(code) : undefined,
  }));
  return { states, classes };
}
