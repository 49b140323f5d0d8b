/** Published outcomes: news, meeting reports, statements, publications. */
import { z } from 'zod';
import { common } from './common.ts';
import { day, slug } from './fields.ts';

export const OUTCOME_KINDS = ['news', 'meeting-report', 'statement', 'publication'] as const;

export const outcome = common.extend({
  /** What sort of outcome this is. */
  kind: z.enum(OUTCOME_KINDS, {
    error: (issue) => `expected one of ${OUTCOME_KINDS.join(', ')}, got ${JSON.stringify(issue.input)}`,
  }),
  /** Date of publication. */
  date: day,
  /** Key of the meeting this outcome reports on, if any. */
  meeting: slug.optional(),
  /** One or two sentences shown in lists, feeds and search results. */
  summary: z.string().min(1, 'a summary is required'),
  /** Where the original was published, if elsewhere. */
  source: z.url({ error: 'expected a full web address (https://…)' }).optional(),
});
