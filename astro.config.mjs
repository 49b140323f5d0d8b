// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/config/site.ts';
import { variant } from './src/config/variant.ts';
import { siteIntegrations } from './src/integrations/index.ts';

export default defineConfig({
  site: site.urls[variant],
  // Each site keeps its own cache: nothing loaded for the internal site can linger for the public one.
  cacheDir: `${process.env.RELAIS_CACHE ?? './node_modules/.astro'}/${variant}`,
  outDir: `./dist/${variant}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx(), ...siteIntegrations(variant)],
  devToolbar: { enabled: false },
  vite: { build: { sourcemap: false } },
});
