/** The project's own source files, for rules that hold across the code base. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Source files below these folders of the project (paths relative to it, with forward slashes). */
export function sources(...folders: string[]): string[] {
  const out: string[] = [];
  for (const folder of folders)
    for (const item of readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true }))
      if (item.isFile() && /\.(ts|mts|mjs|js|astro)$/.test(item.name))
        out.push(relative(ROOT, join(item.parentPath, item.name)).split('\\').join('/'));
  return out.sort();
}

export const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The module names a file imports (static and dynamic imports, and re-exports). */
export function importsOf(file: string): string[] {
  const text = read(file);
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm)].map((m) => m[2]!);
}
