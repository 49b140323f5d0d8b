/**
 * The shades of the map: member states with practices fall into at most five classes of equal
 * width, from 1 to the largest count; each class takes one of five steps of a sequential scale,
 * spread over the whole scale when there are fewer classes (counts 1 to 3 take steps 1, 3 and 5).
 * A member state without practice has step 0, a shade of its own.
 */

export interface ShadeClass {
  /** The smallest count in the class. */
  from: number;
  /** The largest count in the class. */
  to: number;
  /** Its step on the scale, 1 (lightest) to 5 (strongest). */
  step: number;
}

export const STEPS = 5;

export function shadeClasses(max: number): ShadeClass[] {
  if (max < 1) return [];
  const width = Math.ceil(max / Math.min(STEPS, max));
  const n = Math.ceil(max / width);
  return Array.from({ length: n }, (_, i) => ({
    from: i * width + 1,
    to: Math.min(max, (i + 1) * width),
    step: n === 1 ? STEPS : Math.round(1 + (i * (STEPS - 1)) / (n - 1)),
  }));
}

/** The step of a count: 0 for none, else its class's. */
export function stepOf(classes: ShadeClass[], n: number): number {
  if (n <= 0) return 0;
  return (classes.find((c) => n <= c.to) ?? classes.at(-1))?.step ?? 0;
}
