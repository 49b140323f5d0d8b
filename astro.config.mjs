// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from './src/config/site.ts';
import { variant } from './src/config/variant.ts';
import { siteIntegrations } from './src/integrations/index.ts';
import { relaisMarkdown } from './src/markdown/relais-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: site.urls[variant],
  // The build script gives each site its own Astro root (.cache/roots/<site>, for its own .astro/
  // folder, so the two sites can build in parallel); sources stay in the project.
  srcDir: join(root, 'src'),
  publicDir: join(root, 'public'),
  // Each site keeps its own cache: nothing loaded for the internal site can linger for the public one.
  cacheDir: join(process.env.RELAIS_CACHE ?? join(root, 'node_modules', '.astro'), variant),
  outDir: join(root, 'dist', variant),
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
