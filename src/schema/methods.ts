/** Working methods: each file is one section of one version (§4.10: the SRSG may revise them). */
import { z } from 'zod';
import { common } from './common.ts';
import { day } from './fields.ts';

export const method = common.extend({
  /** Version label shared by all sections of one revision, e.g. `1.0`. */
  version: z
    .string({
      // Unquoted, YAML reads 2.0 as the number 2: the text must be quoted to be kept as written.
      error: (issue) =>
        typeof issue.input === 'number'
          ? `write the version in quotes (version: "${issue.input}"), or YAML reads it as a number and drops a final .0`
          : 'expected a version number such as "1.0" or "2.1"',
    })
    .regex(/^\d+(?:\.\d+)*$/, 'expected a version number such as "1.0" or "2.1"'),
  /** Date this version was adopted; the latest adopted version is the current one. */
  adopted: day,
  /** Position of this section within its version (1, 2, 3…). */
  order: z.number().int().min(0),
  /** What this version changed, in a sentence, shown in the revision history. */
  changes: z.string().optional(),
});
