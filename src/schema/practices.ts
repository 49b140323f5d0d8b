/** Good-practice entries (working methods §2.1 d, §4.7). */
import { z } from 'zod';
import { common } from './common.ts';
import { day, gcmObjective, oneOrMany, slug, stateCode, theme } from './fields.ts';

const year = z.number().int().min(1945).max(2100);

export const practice = common.extend({
  /** One or two sentences shown in lists and search results. */
  summary: z.string().min(1, 'a summary is required'),
  /** The member state(s) the practice comes from: a code or a list of codes. */
  country: oneOrMany(stateCode),
  /** Themes from the controlled vocabulary in src/data/themes.json. */
  themes: z.array(theme).min(1, 'at least one theme is required'),
  /** GCM objective numbers (1–23) the practice contributes to. */
  gcm: z
    .array(gcmObjective, {
      error: (issue) => `expected a list of GCM objective numbers such as [13, 21], got ${JSON.stringify(issue.input)}`,
    })
    .min(1, 'at least one GCM objective is required'),
  /** Day the correspondent submitted it (`npm run new` writes today's); if absent, its file's first commit: src/content-index/submitted.ts. Orders the lists. */
  submitted: day.optional(),
  /** Years the practice ran; leave `to` out while it is ongoing. */
  period: z.object({ from: year, to: year.optional() }).optional(),
  /** Id of the correspondent who submitted it (internal information, never shown publicly). */
  submittedBy: slug.optional(),
  /** The submitter's dissemination proposal (§4.7): within the `network`, or `public`. */
  dissemination: z.enum(['network', 'public'], {
    error: (issue) => `expected 'network' or 'public', got ${JSON.stringify(issue.input)}`,
  }),
});
