/**
 * THE publication rule. Every loader, page and script asks this module whether an entry is
 * public; nothing else in the code base decides it (working methods §3.3: publication is a joint,
 * explicit decision of the network and the SRSG, under the precautionary principle).
 *
 * - Only the exact string `public` publishes. Absent means internal.
 * - Anything else (`"true"`, `yes`, `Public`, `1`, `true`) is an editor's mistake and a build
 *   error: never silently public, never silently dropped.
 * - Correspondents (the directory, §3.2) are internal by nature, whatever their file says.
 */
import { z } from 'zod';

export const VARIANTS = ['internal', 'public'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Collections that can never be public, whatever a file says. */
export const ALWAYS_INTERNAL = new Set(['correspondents']);

/** The `visibility` field: exactly `public` or `internal`; absent means internal. */
export const visibilitySchema = z
  .enum(['public', 'internal'], {
    error: (issue) =>
      `expected exactly 'public' or 'internal' (lower case, no quotes needed), got ${JSON.stringify(issue.input)}`,
  })
  .optional();

export type Visibility = z.infer<typeof visibilitySchema>;

/** True only when the entry was explicitly decided public. */
export function isPublic(collection: string, data: { visibility?: unknown }): boolean {
  if (ALWAYS_INTERNAL.has(collection)) return false;
  return data.visibility === 'public';
}

/** Whether an entry belongs in the given site variant. The internal site holds everything. */
export function belongsTo(variant: Variant, collection: string, data: { visibility?: unknown }): boolean {
  return variant === 'internal' || isPublic(collection, data);
}

export function parseVariant(value: string | undefined): Variant {
  if (value === undefined || value === '') return 'internal';
  if ((VARIANTS as readonly string[]).includes(value)) return value as Variant;
  throw new Error(`RELAIS_SITE must be 'internal' or 'public', got ${JSON.stringify(value)}`);
}
