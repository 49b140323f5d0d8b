/**
 * What the publication badge says (see PublicationBadge.astro), shared with the practice cards,
 * which are built as strings (see practice-card.ts).
 */
import { isPublicSite } from '../config/variant.ts';
import type { Lang } from '../data/reference.ts';
import { useT } from '../i18n/t.ts';
import { isPublic } from '../lib/publication.ts';

export interface Badge {
  kind: 'public' | 'internal';
  text: string;
}

/** The badge of an entry on the internal site; none on the public site, where all is public. */
export function publicationBadge(
  lang: Lang,
  collection: string,
  data: { visibility?: string | undefined; decided?: Date | undefined },
): Badge | null {
  if (isPublicSite) return null;
  const { t, date } = useT(lang);
  if (!isPublic(collection, data)) return { kind: 'internal', text: t('badge.internal') };
  return {
    kind: 'public',
    text: data.decided ? t('field.visibility.public', { date: date(data.decided) }) : t('badge.public'),
  };
}
