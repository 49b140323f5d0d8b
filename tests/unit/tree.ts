/** Writes a small content tree into a fresh temporary project folder for a test. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AuditTree } from '../../scripts/audit/audit.ts';
import type { ContentIndex } from '../../src/content-index/scan.ts';
import { projectTree } from '../../src/release/project.ts';

export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'relais-test-'));
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

export const md = (fm: Record<string, unknown>, body = 'Body text.') =>
  `---\n${Object.entries(fm)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('\n')}\n---\n${body}\n`;

/** The frontmatter of a valid internal practice, for tests to vary. */
export const practiceFields = {
  title: 'Housing first',
  lang: 'en',
  summary: 'Flats instead of centres.',
  country: 'PT',
  themes: '[reception]',
  gcm: '[15]',
  dissemination: 'network',
};

/** The public tree of a content index, as the audit reads a written one. */
export function treeOf(index: ContentIndex): AuditTree {
  const projected = projectTree(index, { treeDir: join(index.root, '.tree') });
  return {
    entries: projected.entries.map((e) => ({ path: e.path, data: e.data, body: e.body })),
    files: [...projected.assets.keys()],
  };
}
