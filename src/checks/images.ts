/**
 * Images in entry bodies: one that is missing is an error here, naming the entry and the line
 * (Astro would stop the build with a stack trace naming neither); a very large one is a warning,
 * since it ships to every reader at its full size.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bodyFacts } from '../release/body.ts';
import type { ContentIndex } from '../content-index/scan.ts';
import type { Problem } from './problem.ts';

/** Above this, an image is worth resizing before it is committed. */
export const LARGE_IMAGE_BYTES = 2 * 1024 * 1024;

/** Whether a body may show an image at all: most bodies do not, and skip the parse. */
const mayShowImage = (body: string) => /!\[|<img\b/i.test(body);

/** The file an image address points at, or undefined for one on another site or inline data. */
function fileOf(root: string, entryPath: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(url) || url === '') return undefined;
  const path = decodeURI(url.split(/[?#]/)[0]!);
  // An address from the site's root is a file of public/ (the logo, say).
  return path.startsWith('/') ? join(root, 'public', path) : resolve(dirname(entryPath), path);
}

export function checkImages(index: ContentIndex): Problem[] {
  const out: Problem[] = [];
  for (const e of index.entries) {
    if (!mayShowImage(e.body)) continue;
    const facts = bodyFacts(e.body, { mdx: e.path.endsWith('.mdx'), firstLine: e.bodyLine });
    for (const image of facts.images) {
      const file = fileOf(index.root, e.path, image.url);
      if (!file) continue;
      const at = { file: e.file, line: image.line, column: 1, field: 'body' };
      const found = statSync(file, { throwIfNoEntry: false });
      if (!found?.isFile()) {
        out.push({
          ...at,
          message: `the image "${image.url}" does not exist`,
          hint: 'put the image beside the entry’s file and write its name (./photo.jpg), or fix the path',
          severity: 'error',
        });
      } else if (found.size > LARGE_IMAGE_BYTES) {
        out.push({
          ...at,
          message: `the image "${image.url}" weighs ${(found.size / 1024 / 1024).toFixed(1)} MB`,
          hint: 'resize it to at most 2,000 pixels wide (and 2 MB) before committing: readers on phones download it whole',
          severity: 'warning',
        });
      }
    }
  }
  return out;
}
