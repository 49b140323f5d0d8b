/** One correspondent's vCard, on the internal site only (src/exports/site-files.ts). */
import type { APIRoute } from 'astro';
import { site } from '../../../../config/site.ts';
import type { Lang } from '../../../../data/reference.ts';
import { exportPaths, MEDIA } from '../../../../exports/paths.ts';
import { cardPaths } from '../../../../exports/site-files.ts';
import { personCard, type CardPerson } from '../../../../exports/vcard.ts';

export const getStaticPaths = cardPaths;

export const GET: APIRoute = ({ params, props }) => {
  const lang = params.lang as Lang;
  const { person } = props as { person: CardPerson };
  const card = personCard(person, lang, {
    network: site.network[lang],
    source: new URL(exportPaths.card(lang, person.id), site.urls.internal).href,
  });
  return new Response(card, { headers: { 'Content-Type': `${MEDIA.vcf}; charset=utf-8` } });
};
