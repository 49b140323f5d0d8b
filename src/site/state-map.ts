/**
 * The map of member states for one language of this site: its counts are the listings' (facets of
 * this site's practices: public ones only in the public build), its drawing the build's one.
 */
import { practices } from '../content.ts';
import { stateName, type Lang } from '../data/reference.ts';
import { path } from '../i18n/paths.ts';
import { useT } from '../i18n/t.ts';
import { mapGeometry } from '../map/geometry.ts';
import { mapStates } from '../map/states.ts';
import { mapSvg, type Standalone } from '../map/svg.ts';
import { facetsOf } from './facets.ts';
import { stateIndex } from './states.ts';

export interface StateMap {
  /** The SVG markup. */
  svg: string;
  /** The legend: each shade (0–5, or 'out') and its words, lightest first. */
  legend: Standalone['legend'];
  /** Every member state, by name, with its count and its page (any state with one: answers and correspondents have theirs too). */
  rows: { code: string; name: string; n: number; href?: string | undefined }[];
}

/** The map as the states' page shows it, or, given the site's address, as a file of its own. */
export function stateMap(lang: Lang, fileAt?: URL): StateMap {
  const { t, count } = useT(lang);
  const counts = facetsOf(practices).country;
  const href = (code: string) =>
    fileAt ? new URL(path(lang, 'states', code), fileAt).href : path(lang, 'states', code);
  const { states, classes } = mapStates(counts, {
    label: (code, n) => t('figures.namedCount', { name: stateName(code, lang), count: count('practices', n) }),
    href,
  });
  const number = new Intl.NumberFormat(lang);
  const legend: Standalone['legend'] = [
    { step: 0, label: t('map.none') },
    ...classes.map((c) => ({
      step: c.step,
      label:
        c.from === c.to
          ? number.format(c.from)
          : t('map.range', { from: number.format(c.from), to: number.format(c.to) }),
    })),
    { step: 'out', label: t('map.notMember') },
  ];
  const svg = mapSvg(mapGeometry(), states, {
    id: 'state-map',
    title: t('map.label'),
    ...(fileAt ? { standalone: { title: t('map.title'), legend, source: t('map.source') } } : {}),
  });
  const rows = states
    .map((s) => ({
      code: s.code,
      name: stateName(s.code, lang),
      n: counts.get(s.code) ?? 0,
      href: stateIndex.has(s.code) ? path(lang, 'states', s.code) : undefined,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return { svg, legend, rows };
}
