/**
 * Integrations per site. Both: the site's settings as the module `virtual:relais/site` (what
 * pages and the content loaders read of them); attachments copied only when a built page links to
 * them (the search index is made from the site's own pages by the build script, after Astro:
 * scripts/build/search/). Public only: the sitemap (the internal site is noindex).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { site } from '../config/site.ts';
import { copyUsedAttachments } from './attachments.ts';
import type { SiteSettings } from './settings.ts';
import { sitemapDocuments } from './sitemap-documents.ts';
import { buildTimings } from './timings-integration.ts';
import { webEditor } from '../editor/integration.ts';

const SETTINGS_MODULE = 'virtual:relais/site';

/** The settings the site's own modules read: which site, its tree, its day. */
function settingsModule(s: SiteSettings): AstroIntegration {
  const resolved = `\0${SETTINGS_MODULE}`;
  const code = [
    `export const variant = ${JSON.stringify(s.variant)};`,
    `export const isPublicSite = ${JSON.stringify(s.variant === 'public')};`,
    `export const content = ${JSON.stringify(s.content)};`,
    `export const project = ${JSON.stringify(s.project)};`,
    `export const today = new Date(${JSON.stringify(`${s.today}T00:00:00Z`)});`,
    `export const treeReady = ${JSON.stringify(s.treeReady)};`,
  ].join('\n');
  return {
    name: 'relais-site-settings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'relais-site-settings',
                resolveId: (id: string) => (id === SETTINGS_MODULE ? resolved : undefined),
                load: (id: string) => (id === resolved ? code : undefined),
              },
            ],
          },
        });
      },
    },
  };
}

function attachments(s: SiteSettings): AstroIntegration {
  return {
    name: 'relais-attachments',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const n = copyUsedAttachments(fileURLToPath(dir), s.content);
        if (n) logger.info(`${n} attachment(s) copied`);
      },
    },
  };
}

export function siteIntegrations(s: SiteSettings): AstroIntegration[] {
  return [
    settingsModule(s),
    buildTimings(s.variant),
    attachments(s),
    ...webEditor(s),
    ...(s.variant === 'public'
      ? [
          sitemap({
            i18n: { defaultLocale: 'en', locales: { en: 'en', fr: 'fr' } },
            // The bare address only sends readers on to /en/ or /fr/ (src/pages/index.astro): listed,
            // it would be a second English home page.
            filter: (page) => new URL(page).pathname !== '/',
          }),
          // After the sitemap is written: it adds the calendars and drawings to it.
          sitemapDocuments(site.urls.public),
        ]
      : []),
  ];
}
