/** Writes a small content tree into a fresh temporary project folder for a test. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

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
