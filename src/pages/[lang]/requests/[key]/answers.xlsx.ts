/** A request's compiled answers as an Excel workbook, on the internal site only (src/exports/site-files.ts). */
import type { APIRoute } from 'astro';
import type { Translated } from '../../../../content.ts';
import type { Lang } from '../../../../data/reference.ts';
import { answersWorkbook } from '../../../../exports/answers-xlsx.ts';
import { MEDIA } from '../../../../exports/paths.ts';
import { requestFilePaths, requestSheet } from '../../../../exports/site-files.ts';

export const getStaticPaths = requestFilePaths;

export const GET: APIRoute = async ({ params, props }) => {
  const sheet = requestSheet((props as { request: Translated<'requests'> }).request, params.lang as Lang);
  return new Response(await answersWorkbook(sheet), { headers: { 'Content-Type': MEDIA.xlsx } });
};
