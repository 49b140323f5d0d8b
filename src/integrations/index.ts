/** Integrations per site: the sitemap exists for the public site only (the internal one is noindex). */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { Variant } from '../lib/publication.ts';

export function siteIntegrations(variant: Variant): AstroIntegration[] {
  return variant === 'public' ? [sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', fr: 'fr' } } })] : [];
}
