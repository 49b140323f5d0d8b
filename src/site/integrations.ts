/**
 * Integrations per site. Both: attachments copied only when a built page links to them (the
 * search index is made from the site's own pages by the build script, after Astro: scripts/build/search/).
 * Public only: the sitemap (the internal site is noindex).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../config/content-dir.ts';
import type { Variant } from '../release/rule.ts';
import { copyUsedAttachments } from './attachments.ts';
import { buildTimings } from './timings-integration.ts';

function attachments(root: string): AstroIntegration {
  return {
    name: 'relais-attachments',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const n = copyUsedAttachments(fileURLToPath(dir), contentDir(root));
        if (n) logger.info(`${n} attachment(s) copied`);
      },
    },
  };
}

export function siteIntegrations(variant: Variant, root: string): AstroIntegration[] {
  return [
    buildTimings(variant),
    attachments(root),
    ...(variant === 'public' ? [sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', fr: 'fr' } } })] : []),
  ];
}
