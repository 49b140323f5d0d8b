/**
 * The public site's documents in its sitemap: calendars, drawings and other downloads are files,
 * not pages, so @astrojs/sitemap leaves them out. Once it has written the sitemap, every such file
 * the public build actually wrote is added: what is listed is what the public site holds, and so
 * only what is public.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The download formats, below a language's folder (the favicon and Astro's assets are not documents). */
export const DOCUMENT = /^(?:en|fr)\/.+\.(?:ics|svg|csv|xlsx|ods|vcf)$/;

/** The sitemap with `<url>` entries for `addresses` added before its end. */
export function withDocuments(sitemap: string, addresses: readonly string[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const urls = addresses.map((a) => `<url><loc>${escape(a)}</loc></url>`).join('');
  return sitemap.replace(/<\/urlset>\s*$/, `${urls}</urlset>`);
}

export function sitemapDocuments(siteUrl: string): AstroIntegration {
  return {
    name: 'relais-sitemap-documents',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const found = (readdirSync(root, { recursive: true }) as string[])
          .map((f) => f.split('\\').join('/'))
          .filter((f) => DOCUMENT.test(f))
          .sort();
        if (found.length === 0) return;
        // @astrojs/sitemap fills sitemap-0.xml first and starts a new one every 45,000 addresses.
        const files = readdirSync(root).filter((f) => /^sitemap-\d+\.xml$/.test(f));
        const last = files.sort((a, b) => parseInt(a.slice(8)) - parseInt(b.slice(8))).at(-1);
        if (!last) return;
        const path = join(root, last);
        writeFileSync(
          path,
          withDocuments(
            readFileSync(path, 'utf8'),
            found.map((f) => new URL(f, siteUrl).href),
          ),
        );
        logger.info(`${found.length} document(s) added to ${last}`);
      },
    },
  };
}
