/** The directory as CSV, on the internal site only (src/exports/site-files.ts). */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../data/reference.ts';
import { directoryCsv } from '../../../exports/directory-csv.ts';
import { MEDIA } from '../../../exports/paths.ts';
import { directoryFilePaths, directoryPeople } from '../../../exports/site-files.ts';

export const getStaticPaths = directoryFilePaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  return new Response(directoryCsv(directoryPeople(lang), lang), {
    headers: { 'Content-Type': `${MEDIA.csv}; charset=utf-8` },
  });
};
