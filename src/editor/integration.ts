/** The web editor as an Astro integration of the internal site only (write-admin.ts). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { SiteSettings } from '../site/settings.ts';

export function webEditor(s: SiteSettings): AstroIntegration[] {
  if (s.variant !== 'internal') return [];
  return [
    {
      name: 'relais-web-editor',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          // Imported here, once every page is rendered: the configuration reads the schemas' doc
          // lines with TypeScript's parser, and loaded with the configuration file that parser
          // stayed in the heap through the whole render, where every garbage collection walked
          // it (a 10,000-entry build was 13 % slower with the editor than without).
          const { contentFolderOf, writeAdmin } = await import('./write-admin.ts');
          const files = writeAdmin(fileURLToPath(dir), contentFolderOf(s.project, s.content));
          logger.info(`web editor: ${files.length} files in /admin/`);
        },
      },
    },
  ];
}
