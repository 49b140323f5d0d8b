/**
 * Where the content tree is: `content/` in the project, or RELAIS_CONTENT (test fixtures,
 * benchmark corpora). Read here only, by the content index and the loader.
 */
import { isAbsolute, join, resolve } from 'node:path';

export function contentDir(root: string): string {
  const fromEnv = process.env.RELAIS_CONTENT;
  if (!fromEnv) return join(root, 'content');
  return isAbsolute(fromEnv) ? fromEnv : resolve(root, fromEnv);
}
