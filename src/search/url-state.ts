/**
 * A search lives in the page address (`?q=housing&country=PT&country=ES&sort=date`), so it can be
 * bookmarked, shared and walked back with the browser's back button. These are the same names
 * the search form submits without JavaScript.
 */
import { FACETS, type Facet } from './fields.ts';

export const SORTS = ['relevance', 'date'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  /** Selected values per facet: any value within a facet, every facet together. */
  filters: Partial<Record<Facet, string[]>>;
  sort: Sort;
}

export function parseState(query: string): SearchState {
  const params = new URLSearchParams(query);
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).filter((v) => v.trim() !== ''))];
    if (values.length > 0) filters[facet] = values;
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'relevance',
  };
}

/** The query string for a state, without the defaults, in a stable order. */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const v of [...(state.filters[facet] ?? [])].sort()) params.append(facet, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const isEmpty = (state: SearchState): boolean =>
  state.q === '' && Object.values(state.filters).every((v) => !v?.length);
