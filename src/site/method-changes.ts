/**
 * What changed between two versions of the working methods (§4.10), section by section: the
 * sections are matched by their position (`order`) and compared word by word with `diff`.
 */
import { diffWords } from 'diff';

export interface SectionText {
  order: number;
  title: string;
  body: string;
}

export interface Segment {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

export interface SectionChange {
  order: number;
  /** The section's title in the newer version (or the older one, if it was removed). */
  title: string;
  status: 'added' | 'removed' | 'changed';
  segments: Segment[];
}

const textOf = (s: SectionText) => `${s.title}\n\n${s.body.trim()}`;

function segments(before: string, after: string): Segment[] {
  return diffWords(before, after).map((c) => ({
    text: c.value,
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
  }));
}

/** Changed, added and removed sections from `older` to `newer`; unchanged sections are left out. */
export function methodChanges(older: SectionText[], newer: SectionText[]): SectionChange[] {
  const olderByOrder = new Map(older.map((s) => [s.order, s]));
  const newerByOrder = new Map(newer.map((s) => [s.order, s]));
  const orders = [...new Set([...olderByOrder.keys(), ...newerByOrder.keys()])].sort((a, b) => a - b);
  const out: SectionChange[] = [];
  for (const order of orders) {
    const a = olderByOrder.get(order);
    const b = newerByOrder.get(order);
    if (a && b) {
      if (textOf(a) !== textOf(b))
        out.push({ order, title: b.title, status: 'changed', segments: segments(textOf(a), textOf(b)) });
    } else if (b) out.push({ order, title: b.title, status: 'added', segments: segments('', textOf(b)) });
    else if (a) out.push({ order, title: a.title, status: 'removed', segments: segments(textOf(a), '') });
  }
  return out;
}
