/**
 * French writes the first day of a month as an ordinal, « 1er juin 2025 », where Intl writes
 * « 1 juin » (https://www.academie-francaise.fr/abreviations-des-adjectifs-numeraux). Shared by the
 * pages (t.ts) and the search page's script (search/client.ts).
 */
export function joinDateParts(lang: string, parts: Intl.DateTimeFormatPart[]): string {
  return parts.map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}
