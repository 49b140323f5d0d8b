/**
 * The whole configuration of the web editor in one language: the git host it commits through
 * (from the deployment's settings, src/config/env.ts), the editorial workflow, the two languages'
 * files, and the collections made from the schemas (decap-config.ts).
 */
import type { Lang } from '../data/reference.ts';
import { env } from '../config/env.ts';
import { collectionConfig, FORM_COLLECTIONS } from './decap-config.ts';
import { readSchemaDocs } from './schema-docs.ts';

export type EditorBackend = Record<string, string>;

/** The git host, from RELAIS_EDITOR_*; undefined when the deployment has not connected one. */
export function backendFromEnv(): EditorBackend | undefined {
  const repo = env.editorRepo();
  if (!repo) return undefined;
  const name = env.editorBackend() ?? 'github';
  if (name !== 'github' && name !== 'gitlab')
    throw new Error(`RELAIS_EDITOR_BACKEND is "${name}": expected github or gitlab (deploy/README.md, "Web editor")`);
  const backend: EditorBackend = { name, repo, branch: env.editorBranch() ?? 'main' };
  const apiRoot = env.editorApiRoot();
  if (apiRoot) backend.api_root = apiRoot;
  const authUrl = env.editorAuthUrl();
  const appId = env.editorAppId();
  if (name === 'gitlab' && appId) Object.assign(backend, { auth_type: 'pkce', app_id: appId });
  if (authUrl) backend.base_url = authUrl;
  return backend;
}

/** The configuration Decap reads (config.<lang>.yml), in the editor's language. */
export function editorConfig(lang: Lang, contentFolder: string, backend: EditorBackend | undefined) {
  const docs = readSchemaDocs();
  return {
    ...(backend ? { backend } : {}),
    // Each change is a branch and a pull (merge) request, checked by CI before it is merged.
    publish_mode: 'editorial_workflow',
    locale: lang,
    // Decap needs a media folder; the collections put attachments beside their entry instead.
    media_folder: `${contentFolder}/_media`,
    i18n: { structure: 'multiple_files', locales: ['en', 'fr'], default_locale: 'en' },
    // File names are keys: lower-case ASCII words joined by hyphens (src/schema/fields.ts SLUG).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: FORM_COLLECTIONS.map((c) => collectionConfig(c, lang, contentFolder, docs)),
  };
}
