/** Fields every translatable entry shares: title, language, translation link, publication decision. */
import { z } from 'zod';
import { visibilitySchema } from '../release/rule.ts';
import { day, lang, slug } from './fields.ts';

export const common = z.object({
  /** The entry's title, in the entry's language. */
  title: z.string().min(1, 'a title is required'),
  /** Language of this file's text: `en` or `fr`. */
  lang,
  /** Entries sharing it are translations of each other; also the key other entries reference. */
  translationKey: slug.optional(),
  /** `public` to publish on the SRSG page; absent or `internal` keeps it on the restricted site. */
  visibility: visibilitySchema,
  /** Date the network and the SRSG decided to publish (§3.3); required when public. */
  decided: day.optional(),
  /** Notes for the Office and correspondents; internal by nature, never on the public site. */
  notes: z.string().optional(),
  /** Marks sample content shipped with the product, so it is not mistaken for real data. */
  sample: z.boolean().optional(),
});
