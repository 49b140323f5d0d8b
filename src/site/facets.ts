/**
 * Facet counts over a list of practices, computed once per build from the list the page was
 * given (in the public build, public practices only), never from the content tree.
 */
import type { Lang } from '../data/reference.ts';

export interface FacetSource {
  key: string;
  versions: Partial<Record<Lang, { data: { country: string[]; themes: string[]; gcm: number[] } }>>;
}

export interface Facets {
  country: Map<string, number>;
  theme: Map<string, number>;
  gcm: Map<number, number>;
  lang: Map<Lang, number>;
}

function bump<K>(map: Map<K, number>, values: Iterable<K>) {
  for (const v of new Set(values)) map.set(v, (map.get(v) ?? 0) + 1);
}

const computed = new WeakMap<FacetSource[], Facets>();

/** Facet counts of a list; every listing page asks for the same list's, so they are computed once. */
export function facetsOf(list: FacetSource[]): Facets {
  const known = computed.get(list);
  if (known) return known;
  const f: Facets = { country: new Map(), theme: new Map(), gcm: new Map(), lang: new Map() };
  for (const p of list) {
    const versions = Object.values(p.versions);
    bump(
      f.country,
      versions.flatMap((v) => v.data.country),
    );
    bump(
      f.theme,
      versions.flatMap((v) => v.data.themes),
    );
    bump(
      f.gcm,
      versions.flatMap((v) => v.data.gcm),
    );
    bump(f.lang, Object.keys(p.versions) as Lang[]);
  }
  computed.set(list, f);
  return f;
}

/** Does a practice (in any of its languages) carry this facet value? */
export function hasFacet(p: FacetSource, facet: 'country' | 'theme' | 'gcm', value: string | number): boolean {
  return Object.values(p.versions).some((v) =>
    facet === 'country'
      ? v.data.country.includes(value as string)
      : facet === 'theme'
        ? v.data.themes.includes(value as string)
        : v.data.gcm.includes(value as number),
  );
}
