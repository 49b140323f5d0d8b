/**
 * The map of member states as a file of its own, to download or embed: the page's drawing, with
 * its colours, title and legend inside and links to this site's state pages by full address.
 */
import type { APIRoute } from 'astro';
import { sections } from '../../../content.ts';
import type { Lang } from '../../../data/reference.ts';
import { langPaths } from '../../../i18n/paths.ts';
import { stateMap } from '../../../site/state-map.ts';

export const getStaticPaths = () => langPaths(sections.states && sections.practices);

export const GET: APIRoute = (context) => {
  const { svg } = stateMap(context.params.lang as Lang, context.site);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
