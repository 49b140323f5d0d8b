/**
 * A correspondent's role in a UI language: the file's text for that language when it gives one,
 * else the one it gives, marked with its language so that it is read out (or filed) in that
 * language. The directory's cards and its downloads (vCard, CSV) say the same.
 */
import type { Lang } from '../data/reference.ts';
import { otherLang } from '../i18n/paths.ts';

export type Role = string | { en?: string | undefined; fr?: string | undefined } | undefined;

export function roleIn(role: Role, lang: Lang): { text: string; lang: Lang | undefined } | undefined {
  if (role === undefined) return undefined;
  if (typeof role === 'string') return { text: role, lang: undefined };
  const own = role[lang];
  if (own) return { text: own, lang: undefined };
  const other = role[otherLang(lang)];
  return other ? { text: other, lang: otherLang(lang) } : undefined;
}
