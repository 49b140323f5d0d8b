/**
 * Preloaded with `node --import` by commands editors run often (`npm run check`): Node keeps the
 * compiled code of the dependencies (Zod, remark, MDX) in its on-disk cache, which shortens every
 * run after the first by a few hundred milliseconds.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
