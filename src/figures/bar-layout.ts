/**
 * Where each bar of a chart goes. The charts are drawn at the width of the page (no scaling, so
 * their words keep the text's size on a phone as on a wide screen): bars are percentages of the
 * width, and a label longer than a phone's line is broken into lines at spaces.
 */
import type { Bar } from './charts.ts';

/** Characters on one line of a label: about 260 pixels at 14 px, with room for the count beside it. */
export const LINE_CHARS = 36;
const LINE_H = 18;
const BAR_H = 12;
const GAP = 14;

export interface PlacedBar extends Bar {
  /** The label's lines and the baseline of the first one. */
  lines: string[];
  textY: number;
  barY: number;
  /** The bar's width, in percent of the chart's (at least a sliver for a count above 0). */
  width: number;
}

export const BAR_HEIGHT = BAR_H;

export function wrap(label: string, chars = LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function layOut(bars: Bar[]): { bars: PlacedBar[]; height: number; lineHeight: number } {
  const max = Math.max(1, ...bars.map((b) => b.n));
  let y = 0;
  const placed = bars.map((b) => {
    const lines = wrap(b.label);
    const textY = y + LINE_H - 4;
    const barY = y + lines.length * LINE_H + 2;
    y = barY + BAR_H + GAP;
    const width = b.n === 0 ? 0 : Math.max(0.5, Math.round((b.n / max) * 1000) / 10);
    return { ...b, lines, textY, barY, width };
  });
  return { bars: placed, height: Math.max(0, y - GAP + 2), lineHeight: LINE_H };
}
