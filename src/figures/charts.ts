/**
 * The figures at a glance: practices by theme, by GCM objective and by year of submission, as
 * bars. Theme and objective counts are the listings' own (src/site/facets.ts), so a bar and the
 * listing it links to say the same number; a bar links where that listing exists (a value with
 * practices).
 */
import { GCM_OBJECTIVES, THEMES, gcmShort, themeLabel, type Lang } from '../data/reference.ts';
import { path } from '../i18n/paths.ts';
import type { Facets } from '../site/facets.ts';

export interface Bar {
  /** The value counted: a theme's id, an objective's number, a year. */
  key: string;
  label: string;
  n: number;
  /** The listing of the practices counted, where there is one. */
  href?: string | undefined;
}

export interface Charts {
  theme: Bar[];
  gcm: Bar[];
  year: Bar[];
}

/**
 * The three charts of a list of practices: themes from most to fewest practices (then by name),
 * objectives in their order (their numbers mean something), years in order from the first to the
 * last, with the years between that have none.
 */
export function chartsOf(facets: Facets, submitted: (Date | undefined)[], lang: Lang): Charts {
  const theme = THEMES.map((t) => {
    const n = facets.theme.get(t.id) ?? 0;
    return {
      key: t.id,
      label: themeLabel(t.id, lang),
      n,
      href: n > 0 ? path(lang, 'practices', 'theme', t.id) : undefined,
    };
  }).sort((a, b) => b.n - a.n || a.label.localeCompare(b.label, lang));
  const gcm = GCM_OBJECTIVES.map(({ n: objective }) => {
    const n = facets.gcm.get(objective) ?? 0;
    return {
      key: String(objective),
      label: `${objective}. ${gcmShort(objective, lang)}`,
      n,
      href: n > 0 ? path(lang, 'practices', 'gcm', objective) : undefined,
    };
  });
  const byYear = new Map<number, number>();
  for (const d of submitted) if (d) byYear.set(d.getUTCFullYear(), (byYear.get(d.getUTCFullYear()) ?? 0) + 1);
  const years = [...byYear.keys()];
  const year: Bar[] = [];
  if (years.length > 0)
    for (let y = Math.min(...years); y <= Math.max(...years); y++)
      year.push({ key: String(y), label: String(y), n: byYear.get(y) ?? 0 });
  return { theme, gcm, year };
}
