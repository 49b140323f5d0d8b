/** The web editor as an Astro integration of the internal site only (write-admin.ts). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { SiteSettings } from '../site/settings.ts';
import { contentFolderOf, writeAdmin } from './write-admin.ts';

export function webEditor(s: SiteSettings): AstroIntegration[] {
  if (s.variant !== 'internal') return [];
  return [
    {
      name: 'relais-web-editor',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          const files = writeAdmin(fileURLToPath(dir), contentFolderOf(s.project, s.content));
          logger.info(`web editor: ${files.length} files in /admin/`);
        },
      },
    },
  ];
}
