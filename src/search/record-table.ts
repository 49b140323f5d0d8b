/**
 * What the search page knows about every record beyond Pagefind's text index: its place in time
 * and its facet values. The build writes it next to each Pagefind bundle
 * (scripts/build/search/record-table.ts); the search page fetches it once the first results are on
 * screen, or before them when they must be filtered or ordered by date.
 *
 * Why not Pagefind's own filters and sort key: a sort key puts a permutation of every record into
 * the metadata each reader downloads before the first result (19 KB compressed at 10,000
 * entries), and once its filter files are loaded Pagefind counts every facet value on every
 * search, which took most of a query's time (40–150 ms against 2–9 ms without them). This
 * table is smaller than those filter files (about 70 against 118 KB at 10,000 entries), and
 * counting here costs about a millisecond.
 */
import { FACETS, type Facet } from './fields.ts';

/** Name of the table in each Pagefind bundle. */
export const TABLE_FILE = 'record-table.json';

/** The table as written: compact columns, one entry per record in the order of `ids`. */
export interface RecordTableData {
  /** Ids as Pagefind's results name them, space-separated: dated records newest first, then the undated. */
  ids: string;
  /** How many of the ids, from the first, have a date. */
  dated: number;
  /**
   * Per facet, its values, and for each record the positions of its values among them (base 36,
   * joined by dots), records separated by spaces.
   */
  facets: Record<Facet, { values: string[]; of: string }>;
}

export type Selection = Partial<Record<Facet, readonly string[]>>;

export class RecordTable {
  /** Every value of each facet, as the index holds them. */
  readonly values: Record<Facet, readonly string[]>;
  /** Every record's id, in the table's order. */
  readonly ids: readonly string[];
  private readonly at = new Map<string, number>();
  private readonly dated: number;
  private readonly of: Record<Facet, number[][]>;

  constructor(data: RecordTableData) {
    this.ids = data.ids.split(' ').filter(Boolean);
    this.ids.forEach((id, i) => this.at.set(id, i));
    this.dated = data.dated;
    const values = {} as Record<Facet, readonly string[]>;
    const of = {} as Record<Facet, number[][]>;
    for (const facet of FACETS) {
      const column = data.facets[facet] ?? { values: [], of: '' };
      values[facet] = column.values;
      of[facet] = column.of.split(' ').map((cell) => (cell ? cell.split('.').map((n) => parseInt(n, 36)) : []));
    }
    this.values = values;
    this.of = of;
  }

  /** Results newest first; undated records keep their order after the dated ones. */
  newestFirst<T extends { id: string }>(results: readonly T[]): T[] {
    const rank = (id: string) => {
      const i = this.at.get(id);
      return i !== undefined && i < this.dated ? i : Number.POSITIVE_INFINITY;
    };
    return results
      .map((r, i) => ({ r, i, at: rank(r.id) }))
      .sort((a, b) => (a.at === b.at ? a.i - b.i : a.at < b.at ? -1 : 1))
      .map(({ r }) => r);
  }

  /**
   * The results that have one of the selected values of every facet with a selection (any value
   * within a facet, every facet together).
   */
  filter<T extends { id: string }>(results: readonly T[], selection: Selection): T[] {
    const hit = this.matcher(selection);
    return results.filter((r) => hit(r.id));
  }

  /**
   * How many of `ids` have each value of `facet`, among those matching the other facets'
   * selections: what choosing that value as well would show.
   */
  count(ids: readonly string[], selection: Selection, facet: Facet): Record<string, number> {
    const hit = this.matcher(selection, facet);
    const n = new Array<number>(this.values[facet].length).fill(0);
    for (const id of ids) {
      const i = this.at.get(id);
      if (i === undefined || !hit(id)) continue;
      for (const v of this.of[facet][i] ?? []) n[v] = (n[v] ?? 0) + 1;
    }
    const out: Record<string, number> = {};
    this.values[facet].forEach((value, v) => n[v] && (out[value] = n[v]));
    return out;
  }

  private matcher(selection: Selection, except?: Facet): (id: string) => boolean {
    const wanted: [Facet, Set<number>][] = [];
    for (const facet of FACETS) {
      const chosen = selection[facet];
      if (facet === except || !chosen?.length) continue;
      wanted.push([facet, new Set(chosen.map((v) => this.values[facet].indexOf(v)).filter((v) => v >= 0))]);
    }
    return (id) => {
      if (wanted.length === 0) return true;
      const i = this.at.get(id);
      if (i === undefined) return false;
      return wanted.every(([facet, set]) => (this.of[facet][i] ?? []).some((v) => set.has(v)));
    };
  }
}
