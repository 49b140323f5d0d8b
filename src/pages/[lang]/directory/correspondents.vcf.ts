/** The whole directory as one address book of vCards, on the internal site only (src/exports/site-files.ts). */
import type { APIRoute } from 'astro';
import { site } from '../../../config/site.ts';
import type { Lang } from '../../../data/reference.ts';
import { exportPaths, MEDIA } from '../../../exports/paths.ts';
import { directoryFilePaths, directoryPeople } from '../../../exports/site-files.ts';
import { personCards } from '../../../exports/vcard.ts';

export const getStaticPaths = directoryFilePaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const cards = personCards(directoryPeople(lang), lang, {
    network: site.network[lang],
    source: (id) => new URL(exportPaths.card(lang, id), site.urls.internal).href,
  });
  return new Response(cards, { headers: { 'Content-Type': `${MEDIA.vcf}; charset=utf-8` } });
};
