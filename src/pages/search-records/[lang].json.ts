/**
 * The directory's search records (internal site only: the public build loads no correspondent,
 * so this route has no path there). The search indexer (scripts/build/search/) indexes and then deletes them.
 */
import type { APIRoute } from 'astro';
import { LANGS } from '../../config/site.ts';
import { correspondents, sections, type Entry } from '../../content.ts';
import { stateSearchNames, type Lang } from '../../data/reference.ts';
import { path } from '../../i18n/paths.ts';
import type { PersonRecord } from '../../search/records.ts';

export const getStaticPaths = () => (sections.directory ? LANGS.map((lang) => ({ params: { lang } })) : []);

const roles = (role: Entry<'correspondents'>['data']['role']): string[] =>
  typeof role === 'object' ? [role.en, role.fr].filter((r) => r !== undefined) : role ? [role] : [];

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const records: PersonRecord[] = correspondents.map((p) => ({
    url: `${path(lang, 'directory')}#${p.id}`,
    title: p.data.name,
    country: p.data.country,
    // Both languages of a role: a reader may search either.
    content: [p.data.name, p.data.ministry, ...roles(p.data.role), ...stateSearchNames(p.data.country)]
      .filter(Boolean)
      .join('. '),
  }));
  return new Response(JSON.stringify(records));
};
