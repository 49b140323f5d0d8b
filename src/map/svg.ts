/**
 * The map of member states as SVG markup, for the states' page (inline, coloured by the site's
 * stylesheet so it follows the light or dark scheme) and as a file of its own (colours written
 * on the shapes, a legend and a title inside, absolute links), from one drawing.
 */
import type { MapGeometry } from './geometry.ts';
import { PALETTE } from './palette.ts';

/** A member state as the map shows it. */
export interface MapState {
  code: string;
  /** Its name and count, as read aloud and shown on hover ("Portugal: 3 good practices"). */
  label: string;
  /** Its shade: 0 (no practice) to 5. */
  step: number;
  /** Its page, when the map links to it (a state with practices). */
  href?: string | undefined;
}

/** What the file of its own adds: its title and legend, in the page's language. */
export interface Standalone {
  title: string;
  /** The legend's entries: a shade (0–5, or 'out' for a country that is not a member) and its words. */
  legend: { step: number | 'out'; label: string }[];
  /** A line under the legend (where the borders come from). */
  source: string;
}

/** Marker radius (SVG units); the page's stylesheet makes it larger on phones. */
export const MARKER_R = 7;
const LEGEND_H = 56;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function mapSvg(
  g: MapGeometry,
  states: MapState[],
  opts: { id: string; title: string; standalone?: Standalone },
): string {
  const { id, title, standalone } = opts;
  const c = PALETTE.light;
  const paint = (step: number | 'out', marker = false) => {
    if (!standalone) return ` class="s${step}"`;
    if (step === 'out') return ` fill="${c.out}" stroke="${c.outLine}"`;
    const stroke = marker ? `${c.marker}" stroke-width="1.5` : step === 0 ? c.zeroLine : c.border;
    return ` fill="${c.steps[step]}" stroke="${stroke}"`;
  };
  const shapeOf = (s: MapState) => {
    const d = g.shapes.get(s.code);
    if (d !== undefined) return `<path${paint(s.step)} d="${d}"/>`;
    const [x, y] = g.markers.get(s.code) ?? [NaN, NaN];
    if (Number.isNaN(x)) return '';
    return `<circle${paint(s.step, true)} cx="${x}" cy="${y}" r="${MARKER_R}"/>`;
  };
  const item = (s: MapState) => {
    const shape = shapeOf(s);
    if (!shape) return '';
    const withTitle = shape.replace(
      /\/>$/,
      `><title>${esc(s.label)}</title></${shape.startsWith('<path') ? 'path' : 'circle'}>`,
    );
    return s.href ? `<a href="${esc(s.href)}" aria-label="${esc(s.label)}">${withTitle}</a>` : withTitle;
  };
  // Markers after every shape, so none covers them; states without a link are hidden groups (the
  // table after the map says the same for every state).
  const isMarker = (s: MapState) => g.markers.has(s.code);
  const layer = (list: MapState[]) => {
    const hidden = list
      .filter((s) => !s.href)
      .map(item)
      .join('');
    return (
      (hidden && `<g aria-hidden="true">${hidden}</g>`) +
      list
        .filter((s) => s.href)
        .map(item)
        .join('')
    );
  };
  const body =
    `<path${paint('out')} d="${g.context}" aria-hidden="true"/>` +
    layer(states.filter((s) => !isMarker(s))) +
    layer(states.filter(isMarker));

  if (!standalone) {
    return (
      `<svg class="state-map" viewBox="0 0 ${g.width} ${g.height}" role="group" aria-labelledby="${id}-title">` +
      `<title id="${id}-title">${esc(title)}</title>${body}</svg>`
    );
  }
  const height = g.height + LEGEND_H;
  // Legend entries side by side, each as wide as its words (about 6.5 units a character at 12).
  let x = 12;
  const legend = standalone.legend
    .map((l) => {
      const entry = `<rect x="${x}" y="${g.height + 10}" width="14" height="14"${paint(l.step)}/><text x="${x + 20}" y="${g.height + 22}">${esc(l.label)}</text>`;
      x += 36 + Math.ceil(l.label.length * 6.5);
      return entry;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${g.width}" height="${height}" viewBox="0 0 ${g.width} ${height}" role="group" aria-labelledby="${id}-title">` +
    `<title id="${id}-title">${esc(standalone.title)}</title>` +
    `<rect width="100%" height="100%" fill="${c.background}"/>` +
    `<g stroke-width="0.6" stroke-linejoin="round">${body}</g>` +
    `<g font-family="system-ui, sans-serif" font-size="12" fill="${c.ink}">${legend}` +
    `<text x="12" y="${g.height + 46}" fill="${c.muted}">${esc(standalone.source)}</text></g></svg>`
  );
}
