/**
 * French writes the first day of a month as an ordinal, « 1er juin 2025 », where Intl writes
 * « 1 juin » (https://www.academie-francaise.fr/abreviations-des-adjectifs-numeraux). Shared by the
 * pages (t.ts) and the search page's script (search/client.ts).
 */
export function joinDateParts(lang: string, parts: Intl.DateTimeFormatPart[]): string {
  return parts.map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/**
 * A date range as one way of writing throughout the site: an en dash set close between two plain
 * numbers (« 18–19 March 2027 », as years are written, « 2022–2024 ») and spaced when either side
 * holds words (« 30 June – 2 July 2027 »). English Intl spaces it in both cases, French in neither.
 */
export function joinRangeParts(lang: string, parts: Intl.DateTimeRangeFormatPart[]): string {
  const start = parts.filter((p) => p.source === 'startRange');
  const plainStart = start.every((p) => p.type !== 'literal');
  const out = parts.map((p, i) => {
    const separator = p.type === 'literal' && p.source === 'shared' && parts[i - 1]?.source === 'startRange';
    return separator ? { ...p, value: plainStart ? '–' : ' – ' } : p;
  });
  return joinDateParts(lang, out);
}
