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
