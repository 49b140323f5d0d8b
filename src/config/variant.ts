/**
 * Which site this build produces: `internal` (restricted, everything) or `public` (the SRSG page).
 * The build and serve scripts choose it by setting RELAIS_SITE; this is the only place it is read.
 */
import { parseVariant, type Variant } from '../release/rule.ts';

export const variant: Variant = parseVariant(process.env.RELAIS_SITE);
export const isPublicSite = variant === 'public';
