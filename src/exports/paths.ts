/**
 * Where the internal site's downloads live (issue 21), and the names they are saved under: a
 * request's compiled answers beside its page, the directory's files beside the directory. The
 * cards are in a folder of their own, so that no correspondent's key can take the name of the
 * file of all cards.
 */
import type { Lang } from '../data/reference.ts';

const seg = (s: string) => encodeURIComponent(s);

export const exportPaths = {
  answers: (lang: Lang, key: string, ext: 'csv' | 'xlsx') => `/${lang}/requests/${seg(key)}/answers.${ext}`,
  directory: (lang: Lang, ext: 'csv' | 'vcf') => `/${lang}/directory/correspondents.${ext}`,
  card: (lang: Lang, id: string) => `/${lang}/directory/cards/${seg(id)}.vcf`,
};

/** The name a browser saves a file under: every request's answers file is "answers.csv" in its address. */
export const saveAs = {
  answers: (lang: Lang, key: string, ext: 'csv' | 'xlsx') => `${key}-${lang}.${ext}`,
  directory: (lang: Lang, ext: 'csv' | 'vcf') => `correspondents-${lang}.${ext}`,
  card: (id: string) => `${id}.vcf`,
};

/** The media types the links announce (the server sends its own by extension). */
export const MEDIA = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  vcf: 'text/vcard',
} as const;
