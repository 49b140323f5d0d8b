/** Thematic groups and thematic rapporteurs (§4.8). */
import { z } from 'zod';
import { common } from './common.ts';
import { day, slug, theme } from './fields.ts';

export const group = common.extend({
  /** A group of several members, or a single rapporteur's mandate. */
  kind: z.enum(['group', 'rapporteur'], {
    error: (issue) => `expected 'group' or 'rapporteur', got ${JSON.stringify(issue.input)}`,
  }),
  /** What the group or rapporteur is asked to do, in a sentence or two. */
  mandate: z.string().min(1, 'a mandate is required'),
  /** Ids of the correspondents taking part. */
  members: z.array(slug).default([]),
  /** Ids of the thematic rapporteurs. */
  rapporteurs: z.array(slug).default([]),
  /** Themes the group covers. */
  themes: z.array(theme).default([]),
  /** Date the network set the group up. */
  established: day.optional(),
});
