// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { incrementalBuild } from './src/config/incremental.ts';
import { site } from './src/config/site.ts';
import { variant } from './src/config/variant.ts';
import { siteIntegrations } from './src/site/integrations.ts';
import { relaisMarkdown } from './src/site/markdown.ts';

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
  // The servers' Content-Security-Policy (deploy/nginx) allows only the site's own files: no
  // stylesheet is inlined into a <style> element, whatever its size.
  // concurrency: a few pages in flight, so one page's file writes overlap the next one's rendering.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Unchanged entry pages are copied from the previous build, unless RELAIS_INCREMENTAL=0.
  experimental: { incrementalBuild },
  i18n: {
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Shiki colours code with style attributes, which the servers' Content-Security-Policy blocks
    // (deploy/nginx): code blocks stay plain <pre><code>, styled by the site's stylesheet.
    syntaxHighlight: false,
    // Sätteri is Astro 7's Markdown engine; directives give editors `:::internal` (redaction).
    processor: satteri({ features: { directive: true }, mdastPlugins: [relaisMarkdown({ root })] }),
  },
  integrations: [mdx(), ...siteIntegrations(variant, root)],
  devToolbar: { enabled: false },
  vite: {
    build: {
      sourcemap: false,
      // Same reason for scripts: Astro inlines small ones under this limit; never for .js, the
      // default (4 kB) for other assets.
      assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined),
    },
  },
});
