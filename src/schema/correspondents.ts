/** The directory of correspondents (§3.2): always internal, there is no visibility field. */
import { z } from 'zod';
import { stateCode } from './fields.ts';

export const correspondent = z.object({
  /** Full name as the person wants it shown. */
  name: z.string().min(1, 'a name is required'),
  /** The member state that designated this correspondent. */
  country: stateCode,
  /** Ministry or agency. */
  ministry: z.string().min(1, 'a ministry is required'),
  /**
   * Role or function in the network or the ministry: one text, or one per official language
   * (`role: { en: …, fr: … }`) so that each language's pages show their own.
   */
  role: z
    .union([
      z.string().min(1),
      z
        .strictObject({ en: z.string().min(1).optional(), fr: z.string().min(1).optional() })
        .refine((r) => r.en || r.fr, {
          error: 'give the role in en, fr or both',
        }),
    ])
    .optional(),
  /** Work e-mail address. */
  email: z.email({ error: (issue) => `${JSON.stringify(issue.input)} is not a valid e-mail address` }),
  /** Work telephone, international format (+33 …). */
  phone: z
    .string()
    .regex(/^\+[0-9 ()-]{6,}$/, 'expected an international number starting with +')
    .optional(),
  /** Languages the person works in (ISO 639-1 codes: en, fr, de…). */
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'expected two-letter language codes')).default([]),
  /** Marks sample content shipped with the product. */
  sample: z.boolean().optional(),
});
