/**
 * What an entry's badges say (see PublicationBadge.astro), shared with the practice cards,
 * which are built as strings (see practice-card.ts).
 */
import { isPublicSite, today } from 'virtual:relais/site';
import type { Lang } from '../data/reference.ts';
import { useT } from '../i18n/t.ts';
import { embargoedUntil, isPublic } from '../release/rule.ts';

export interface Badge {
  kind: 'public' | 'internal' | 'sample';
  text: string;
}

/**
 * Sample content shipped with the product is marked on both sites (the footer promises it), so a
 * reader never takes an invented practice or person for the network's own.
 */
export function sampleBadge(lang: Lang, data: { sample?: boolean | undefined }): Badge | null {
  return data.sample ? { kind: 'sample', text: useT(lang).t('badge.sample') } : null;
}

/** The badge of an entry on the internal site; none on the public site, where all is public. */
export function publicationBadge(
  lang: Lang,
  collection: string,
  data: { visibility?: string | undefined; decided?: Date | undefined },
): Badge | null {
  if (isPublicSite) return null;
  const { t, date } = useT(lang);
  // Decided public from a day still to come: internal until then, and said so.
  const embargo = embargoedUntil(collection, data, today);
  if (embargo) return { kind: 'internal', text: t('field.visibility.embargo', { date: date(embargo) }) };
  if (!isPublic(collection, data, today)) return { kind: 'internal', text: t('badge.internal') };
  return {
    kind: 'public',
    text: data.decided ? t('field.visibility.public', { date: date(data.decided) }) : t('badge.public'),
  };
}

/** Every badge of an entry, in the order they are shown. */
export function entryBadges(
  lang: Lang,
  collection: string,
  data: { visibility?: string | undefined; decided?: Date | undefined; sample?: boolean | undefined },
): Badge[] {
  return [publicationBadge(lang, collection, data), sampleBadge(lang, data)].filter((b) => b !== null);
}
