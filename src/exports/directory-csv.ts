/**
 * The directory as CSV (issue 21): one row per correspondent, in the given order, under headings
 * in the UI language; the member state by its name in that language, the role in that language
 * where the file gives it, everything else as written.
 */
import { stateName, type Lang } from '../data/reference.ts';
import { useT } from '../i18n/t.ts';
import { roleIn } from '../components/person-role.ts';
import { toCsv } from './csv.ts';
import type { CardPerson } from './vcard.ts';

export function directoryCsv(people: CardPerson[], lang: Lang): string {
  const { t } = useT(lang);
  const header = [
    'exports.name',
    'field.country',
    'field.ministry',
    'field.role',
    'field.email',
    'field.phone',
    'field.languages',
  ] as const;
  const rows = people.map((p) => [
    p.name,
    stateName(p.country, lang),
    p.ministry,
    roleIn(p.role, lang)?.text ?? '',
    p.email,
    p.phone ?? '',
    p.languages.map((l) => l.toUpperCase()).join(', '),
  ]);
  return toCsv([header.map((k) => t(k)), ...rows]);
}
