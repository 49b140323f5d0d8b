/**
 * Which frontmatter fields a public entry keeps: everything but the fields internal by nature
 * (notes, who submitted a practice and what they proposed, the members of a group: the directory
 * is never public, §3.2; the address for joining a meeting online, which would let anyone into a
 * closed session, §4.1), and references to entries the public site does not have.
 */
import { z } from 'zod';
import { REFERENCES, type IndexedEntry } from '../content-index/scan.ts';
import { requireDecision } from './rule.ts';
import { fieldSchemas, type CollectionName } from '../schema/index.ts';
import { day as daySchema } from '../schema/fields.ts';

const EVERY = ['notes'] as const;

/** Fields internal by nature, per collection that can be public. */
export const INTERNAL_FIELDS = {
  practices: [...EVERY, 'submittedBy', 'dissemination'],
  methods: EVERY,
  outcomes: EVERY,
  meetings: [...EVERY, 'onlineLink'],
  requests: EVERY,
  groups: [...EVERY, 'members', 'rapporteurs'],
} as const satisfies Partial<Record<CollectionName, readonly string[]>>;

export type PublicCollection = keyof typeof INTERNAL_FIELDS;
export const PUBLIC_COLLECTIONS = Object.keys(INTERNAL_FIELDS) as PublicCollection[];

export const internalFields = (collection: string): readonly string[] =>
  (INTERNAL_FIELDS as Record<string, readonly string[]>)[collection] ?? [];

const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/** A value with its dates written YYYY-MM-DD, as the frontmatter had them. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return day(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/**
 * The fields of a public entry as the public tree holds them: without the fields internal by
 * nature, and without references to entries that have no public version (`hasPublic`); with a
 * practice's submitted day, whether its file gives it or its history (content-index/submitted.ts).
 * `dropped` hears of each reference left out.
 */
export function publicData(
  e: IndexedEntry,
  hasPublic: (collection: CollectionName, key: string) => boolean,
  dropped: (field: string, collection: CollectionName, target: string) => void = () => {},
): Record<string, unknown> {
  const hidden = new Set(internalFields(e.collection));
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(e.data)) {
    if (hidden.has(field) || value === undefined) continue;
    const ref = REFERENCES.find((r) => r.from === e.collection && r.field === field);
    if (!ref) {
      out[field] = plain(value);
      continue;
    }
    const keep = (target: string) => {
      if (hasPublic(ref.to, target)) return true;
      dropped(field, ref.to, target);
      return false;
    };
    if (Array.isArray(value)) out[field] = (value as string[]).filter(keep);
    else if (typeof value === 'string' && keep(value)) out[field] = value;
  }
  // A practice's submitted day is public, and written out even when the file does not give it:
  // the public build cannot date files (the tree is outside git), so it reads the day from here.
  if (e.submitted) out.submitted = day(e.submitted.day);
  return out;
}

/** A field the public tree never holds: refused there, so a defect would stop the build, not publish. */
const absent = (field: string) =>
  z.never({ error: `${field} is internal by nature: the public tree never holds it` }).optional();

/**
 * The schemas of the public build: the collections' own, with each field internal by nature
 * refused, so a public tree that held one would stop the build instead of publishing it.
 */
export const publicSchemas = {
  practices: requireDecision(
    fieldSchemas.practices.extend({
      /** Always given: publicData writes the day the practice was submitted, from its file or its history. */
      submitted: daySchema,
      notes: absent('notes'),
      submittedBy: absent('submittedBy'),
      dissemination: absent('dissemination'),
    }),
  ),
  methods: requireDecision(fieldSchemas.methods.extend({ notes: absent('notes') })),
  outcomes: requireDecision(fieldSchemas.outcomes.extend({ notes: absent('notes') })),
  meetings: requireDecision(fieldSchemas.meetings.extend({ notes: absent('notes'), onlineLink: absent('onlineLink') })),
  requests: requireDecision(fieldSchemas.requests.extend({ notes: absent('notes') })),
  groups: requireDecision(
    fieldSchemas.groups.extend({
      notes: absent('notes'),
      members: absent('members'),
      rapporteurs: absent('rapporteurs'),
    }),
  ),
} satisfies Record<PublicCollection, z.ZodType>;
