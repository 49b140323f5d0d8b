/**
 * Compact SVG path data from projected rings: points rounded to a tenth of a unit, points closer
 * than TOLERANCE to the last one kept dropped, rings too small to see left out, and every ring
 * after its first point written in relative steps. Natural Earth's 1:50m borders carry many more
 * points than 800 units of width can show; this keeps the map page small.
 */

/** Below this distance (in SVG units) from the last point kept, a point adds nothing visible. */
export const TOLERANCE = 0.8;
/** A ring whose box is smaller than this on both sides is a speck: left out. */
const SPECK = 1.2;

type Ring = [number, number][];

/** A geoPath context that keeps the rings it is given. */
export function ringRecorder() {
  let rings: Ring[] = [];
  let ring: Ring = [];
  return {
    moveTo(x: number, y: number) {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      ring.push([x, y]);
    },
    beginPath() {},
    closePath() {},
    arc() {},
    rings: () => rings,
    reset() {
      rings = [];
    },
  };
}

/** Path data of rings, as tenths of units (integers), so that relative steps add up exactly. */
export function pathData(rings: Ring[]): string {
  let out = '';
  for (const ring of rings) {
    const kept = thin(ring.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)]));
    if (kept.length < 3) continue;
    const xs = kept.map((p) => p[0]);
    const ys = kept.map((p) => p[1]);
    if (Math.max(...xs) - Math.min(...xs) < SPECK * 10 && Math.max(...ys) - Math.min(...ys) < SPECK * 10) continue;
    const [x0, y0] = kept[0]!;
    const nums: number[] = [];
    for (let i = 1; i < kept.length; i++) nums.push(kept[i]![0] - kept[i - 1]![0], kept[i]![1] - kept[i - 1]![1]);
    out += `M${numbers([x0, y0])}l${numbers(nums)}z`;
  }
  return out;
}

function thin(points: Ring): Ring {
  const limit = (TOLERANCE * 10) ** 2;
  const kept: Ring = [];
  for (const p of points) {
    const last = kept.at(-1);
    if (!last || (p[0] - last[0]) ** 2 + (p[1] - last[1]) ** 2 >= limit) kept.push(p);
  }
  // The closing point repeats the first: the `z` draws that side.
  const [first, last] = [kept[0], kept.at(-1)];
  if (kept.length > 1 && first && last && (first[0] - last[0]) ** 2 + (first[1] - last[1]) ** 2 < limit) kept.pop();
  return kept;
}

/** Tenths as SVG numbers, with the fewest separators the path grammar needs ("1.2-.5.3"). */
function numbers(tenths: number[]): string {
  let out = '';
  let lastHasDot = false;
  for (const t of tenths) {
    const s = tenth(t);
    const needsSpace = out !== '' && !s.startsWith('-') && !(s.startsWith('.') && lastHasDot);
    out += (needsSpace ? ' ' : '') + s;
    lastHasDot = s.includes('.');
  }
  return out;
}

function tenth(t: number): string {
  const sign = t < 0 ? '-' : '';
  const a = Math.abs(t);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  return sign + (frac === 0 ? String(whole) : `${whole === 0 ? '' : whole}.${frac}`);
}
