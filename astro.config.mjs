// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { site } from './src/config/site.ts';
import { variant } from './src/config/variant.ts';
import { siteIntegrations } from './src/integrations/index.ts';
import { relaisMarkdown } from './src/markdown/relais-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

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
  markdown: {
    // Sätteri is Astro 7's Markdown engine; directives give editors `:::internal` (redaction).
    processor: satteri({ features: { directive: true }, mdastPlugins: [relaisMarkdown({ root })] }),
  },
  integrations: [mdx(), ...siteIntegrations(variant, root)],
  devToolbar: { enabled: false },
  vite: { build: { sourcemap: false } },
});
