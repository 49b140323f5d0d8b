/**
 * The Astro configuration of one site, from its settings (settings.ts): the variant is a value
 * here, handed to the Markdown plugin and the integrations, and to the pages through
 * `virtual:relais/site`; nothing reads it from the environment.
 */
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import { realpathSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { site } from '../config/site.ts';
import { siteIntegrations } from './integrations.ts';
import { headingLinks } from './heading-links.ts';
import { relaisHtml, relaisMarkdown } from './markdown.ts';
import type { SiteSettings } from './settings.ts';

/**
 * What the public preview's server may hand out (Vite's server.fs): the site's own root and tree,
 * the code and the packages, nothing else. The content folder, the other site's caches and output
 * and the accounts file are outside it; what Astro keeps in node_modules/.astro is denied as well.
 */
function previewFiles(s: SiteSettings) {
  return {
    strict: true,
    allow: [
      s.root,
      s.content,
      s.cacheDir,
      join(s.project, 'src'),
      join(s.project, 'public'),
      join(s.project, 'node_modules'),
    ],
    deny: [
      '.env',
      '.env.*',
      '*.{crt,pem,key}',
      '**/.git/**',
      '**/.htpasswd',
      '**/*.htpasswd',
      '**/node_modules/.astro/**',
    ],
  };
}

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};
const inside = (dir: string, path: string) => {
  const r = relative(dir, path);
  return r === '' || (!r.startsWith(`..${sep}`) && r !== '..' && !r.startsWith(sep));
};

/**
 * Vite checks server.fs for the files it serves as they are, but compiles a Markdown or MDX file
 * named by `/@fs/<path>?import` wherever it is: this guard, first in line, refuses any request
 * that names a file outside the allowed folders, or one the deny list names, before Vite sees it.
 */
function previewGuard(s: SiteSettings): Plugin {
  const { allow } = previewFiles(s);
  const roots = allow.map(real);
  const denied = (path: string) =>
    /(^|\/)\.(env|git|htpasswd)(\/|$|\.)|\.htpasswd$|\/node_modules\/\.astro\//.test(path.split(sep).join('/'));
  return {
    name: 'relais-preview-guard',
    configureServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url ?? '/', 'http://preview.invalid').pathname);
        } catch {
          path = '';
        }
        const named = path.startsWith('/@fs/') ? path.slice(4) : path.startsWith('/@id/') ? path.slice(4) : undefined;
        const file = named?.startsWith('/') ? real(named) : undefined;
        if (file !== undefined && (!roots.some((r) => inside(r, file)) || denied(file))) {
          res.statusCode = 403;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end('Forbidden: the public preview serves its own files only.\n');
          return;
        }
        next();
      });
    },
  };
}

export function relaisConfig(s: SiteSettings): AstroUserConfig {
  return {
    site: site.urls[s.variant],
    // Each site's build has an Astro root of its own (its own .astro/ folder, so the two sites can
    // build in parallel and the public one shares nothing with the internal one): the scripts pass
    // it as --root, so that `astro check` keeps the project's. Sources stay in the project.
    srcDir: join(s.project, 'src'),
    publicDir: join(s.project, 'public'),
    cacheDir: s.cacheDir,
    outDir: s.outDir,
    trailingSlash: 'always',
    // The servers' Content-Security-Policy (deploy/nginx) allows only the site's own files: no
    // stylesheet is inlined into a <style> element, whatever its size.
    // concurrency: a few pages in flight, so one page's file writes overlap the next one's rendering.
    build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
    // Unchanged entry pages are copied from the previous build, unless RELAIS_INCREMENTAL=0.
    experimental: { incrementalBuild: s.incremental },
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
      processor: satteri({
        features: { directive: true },
        mdastPlugins: [relaisMarkdown(s)],
        hastPlugins: [relaisHtml(s), headingLinks()],
      }),
    },
    integrations: [mdx(), ...siteIntegrations(s)],
    devToolbar: { enabled: false },
    vite: {
      server: s.variant === 'public' ? { fs: previewFiles(s) } : {},
      plugins: s.variant === 'public' ? [previewGuard(s)] : [],
      build: {
        sourcemap: false,
        // Same reason for scripts: Astro inlines small ones under this limit; never for .js, the
        // default (4 kB) for other assets.
        assetsInlineLimit: (file: string) => (/\.m?js$/.test(file) ? false : undefined),
      },
    },
  };
}
