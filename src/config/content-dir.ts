/**
 * Where the content tree is: `content/` in the project, or RELAIS_CONTENT (test fixtures,
 * benchmark corpora; for a public Astro process, the public tree the build wrote).
 */
import { isAbsolute, join, resolve } from 'node:path';
import { env } from './env.ts';

export function contentDir(root: string): string {
  const fromEnv = env.content();
  if (!fromEnv) return join(root, 'content');
  return isAbsolute(fromEnv) ? fromEnv : resolve(root, fromEnv);
}
