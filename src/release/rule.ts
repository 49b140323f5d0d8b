/**
 * THE publication rule. Every loader, page and script asks this module whether an entry is
 * public; nothing else in the code base decides it (working methods §3.3: publication is a joint,
 * explicit decision of the network and the SRSG, under the precautionary principle).
 *
 * - Only the exact string `public` publishes. Absent means internal.
 * - Anything else (`"true"`, `yes`, `Public`, `1`, `true`) is an editor's mistake and a build
 *   error: never silently public, never silently dropped.
 * - A `decided` date still to come is an embargo: the entry stays internal until that day.
 * - Correspondents (the directory, §3.2) are internal by nature, whatever their file says; so are
 *   the states' answers to information requests, which have no publication field.
 */
import { z } from 'zod';

export const VARIANTS = ['internal', 'public'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Collections that can never be public, whatever a file says. */
export const ALWAYS_INTERNAL = new Set(['correspondents', 'responses']);

/** The `visibility` field: exactly `public` or `internal`; absent means internal. */
export const visibilitySchema = z
  .enum(['public', 'internal'], {
    error: (issue) =>
      `expected exactly 'public' or 'internal' (lower case, no quotes needed), got ${JSON.stringify(issue.input)}`,
  })
  .optional();

export type Visibility = z.infer<typeof visibilitySchema>;

interface Decision {
  visibility?: unknown;
  decided?: unknown;
}

/** The day an entry decided public becomes public, when that is after `today` (an embargo). */
export function embargoedUntil(collection: string, data: Decision, today: Date): Date | undefined {
  if (ALWAYS_INTERNAL.has(collection) || data.visibility !== 'public') return undefined;
  return data.decided instanceof Date && data.decided.getTime() > today.getTime() ? data.decided : undefined;
}

/** True only when the entry was explicitly decided public, on or before `today`. */
export function isPublic(collection: string, data: Decision, today: Date): boolean {
  if (ALWAYS_INTERNAL.has(collection)) return false;
  return data.visibility === 'public' && !embargoedUntil(collection, data, today);
}

export function parseVariant(value: string | undefined): Variant {
  if (value === undefined || value === '') return 'internal';
  if ((VARIANTS as readonly string[]).includes(value)) return value as Variant;
  throw new Error(`RELAIS_SITE must be 'internal' or 'public', got ${JSON.stringify(value)}`);
}

/** A public entry says when publication was decided (§3.3): the schemas of every translatable collection. */
export function requireDecision<T extends z.ZodType<{ visibility?: string | undefined; decided?: Date | undefined }>>(
  schema: T,
) {
  return schema.superRefine((data, ctx) => {
    if (data.visibility === 'public' && !data.decided) {
      ctx.addIssue({
        code: 'custom',
        path: ['decided'],
        message: 'a public entry needs the date it was decided public (decided: YYYY-MM-DD), §3.3',
      });
    }
  });
}
