/** Information requests and the member states' responses (§4.5–4.6). */
import { z } from 'zod';
import { common } from './common.ts';
import { day, lang, slug, stateCode, stateOrSrsg } from './fields.ts';

export const request = common.extend({
  /** Who asks: a member-state code or SRSG. */
  requestedBy: stateOrSrsg,
  /** Date the request went to the network. */
  sent: day,
  /** Date answers are due. */
  deadline: day,
  /** Concise questions; each one's number is its position in the list (§4.6). */
  questions: z.array(z.string().min(1)).min(1, 'a request needs at least one numbered question (§4.6)'),
});

export const response = z.object({
  /** Key of the request this answers. */
  request: slug,
  /** The answering member state. */
  country: stateCode,
  /** Language of the answers: `en` or `fr` (§4.6). */
  lang,
  /** Answers by question number: `1: "…"`. */
  answers: z.record(
    z.string().regex(/^[1-9]\d*$/, 'answers are keyed by question number (1, 2, 3…)'),
    z.string().min(1, 'an answer cannot be empty'),
  ),
  /** Date the answer was received. */
  received: day.optional(),
  /** Marks sample content shipped with the product. */
  sample: z.boolean().optional(),
});
