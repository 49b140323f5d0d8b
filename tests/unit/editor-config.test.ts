/**
 * The web editor's configuration against the schemas it is made from: every field, at every depth,
 * has its counterpart in the form with the same required-ness, values, pattern and bounds, a label
 * and (when the schema documents it) a hint, in English and French. The schemas are read here
 * through Zod's own JSON Schema, not through the generator's code, so the two cannot share a slip.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { REFERENCES } from '../../src/content-index/scan.ts';
import { GCM_OBJECTIVES, STATE_CODES, THEME_IDS } from '../../src/data/reference.ts';
import { collectionConfig, FORM_COLLECTIONS, NOT_IN_FORMS, type EditorField } from '../../src/editor/decap-config.ts';
import { editorConfig } from '../../src/editor/editor-config.ts';
import { FRENCH_DOCS } from '../../src/editor/french-docs.ts';
import { readSchemaDocs } from '../../src/editor/schema-docs.ts';
import { COLLECTIONS, fieldSchemas, type CollectionName } from '../../src/schema/index.ts';

type Json = {
  type?: string;
  properties?: Record<string, Json>;
  required?: string[];
  enum?: string[];
  pattern?: string;
  items?: Json;
  anyOf?: Json[];
  minItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
};

/** Values that come from the reference data (Zod checks them with a refinement JSON Schema cannot show). */
const REFERENCE_VALUES: Record<string, (string | number)[]> = {
  'practices.country': STATE_CODES,
  'practices.themes': THEME_IDS,
  'practices.gcm': GCM_OBJECTIVES.map((_, i) => i + 1),
  'correspondents.country': STATE_CODES,
  'requests.requestedBy': ['SRSG', ...STATE_CODES],
  'meetings.agenda.proposer': ['SRSG', ...STATE_CODES],
  'groups.themes': THEME_IDS,
};

/** Every difference between a schema object and the form's fields for it, one line each. */
function differences(
  collection: CollectionName,
  schema: Json,
  fields: EditorField[],
  path: string[] = [],
  /** Whether the object itself is required: Decap would ask for an optional object's required parts. */
  whole = true,
): string[] {
  const out: string[] = [];
  const props = schema.properties ?? {};
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const extra of fields.filter((f) => !(f.name in props) && !(path.length === 0 && f.name === 'body')))
    out.push(`${[...path, extra.name].join('.')}: in the form but not in the schema`);
  for (const [name, node] of Object.entries(props)) {
    const at = [...path, name].join('.');
    const field = byName.get(name);
    if (!field) {
      out.push(`${at}: no counterpart in the form`);
      continue;
    }
    const required = whole && (schema.required ?? []).includes(name) && !('default' in node);
    if (field.required !== required) out.push(`${at}: required is ${field.required}, the schema says ${required}`);
    if (!field.label) out.push(`${at}: no label`);
    const key = `${collection}.${at}`;
    const values = field.options?.map((o) => o.value);
    const relation = path.length === 0 && REFERENCES.find((r) => r.from === collection && r.field === name);
    const isDay = node.anyOf?.some((o) => o.pattern === '^\\d{4}-\\d{2}-\\d{2}$');
    const list = node.type === 'array' ? node : node.anyOf?.find((o) => o.type === 'array');
    const item = list?.items ?? node;
    if (relation) {
      if (field.widget !== 'relation' || field.collection !== relation.to)
        out.push(`${at}: expected a relation to ${relation.to}`);
      if (Boolean(field.multiple) !== (node.type === 'array')) out.push(`${at}: relation multiple is wrong`);
    } else if (REFERENCE_VALUES[key]) {
      expect(values, key).toEqual(REFERENCE_VALUES[key]);
    } else if (item.enum) {
      if (JSON.stringify(values) !== JSON.stringify(item.enum)) out.push(`${at}: options ${values} ≠ ${item.enum}`);
    } else if (isDay) {
      if (field.widget !== 'datetime' || field.format !== 'YYYY-MM-DD') out.push(`${at}: expected a date YYYY-MM-DD`);
    } else if (item.type === 'object' && item.properties) {
      out.push(...differences(collection, item, field.fields ?? [], [...path, name], list ? true : required));
    } else if (node.anyOf?.some((o) => o.type === 'object')) {
      out.push(
        ...differences(
          collection,
          { properties: node.anyOf.find((o) => o.type === 'object')!.properties ?? {} },
          field.fields ?? [],
          [...path, name],
        ),
      );
    } else {
      const own = list ? field.field : field;
      if (!own) out.push(`${at}: a list of values needs its item field`);
      else {
        if ((item.pattern ?? item.format) && !own.pattern) out.push(`${at}: the schema's pattern is missing`);
        if (item.pattern && own.pattern && own.pattern[0] !== item.pattern)
          out.push(`${at}: pattern ${own.pattern[0]} ≠ ${item.pattern}`);
        if (item.type === 'integer' && own.value_type !== 'int') out.push(`${at}: expected whole numbers`);
        if (item.minimum !== undefined && own.min !== item.minimum) out.push(`${at}: min ${own.min} ≠ ${item.minimum}`);
        // (.int() alone bounds a number by the largest safe integer: no bound for a form.)
        if (item.maximum !== undefined && item.maximum < Number.MAX_SAFE_INTEGER && own.max !== item.maximum)
          out.push(`${at}: max ${own.max} ≠ ${item.maximum}`);
      }
    }
    if (list?.minItems && field.min !== list.minItems)
      out.push(`${at}: at least ${list.minItems}, the form says ${field.min}`);
  }
  return out;
}

const jsonSchema = (c: CollectionName) =>
  z.toJSONSchema(fieldSchemas[c], { io: 'input', unrepresentable: 'any' }) as unknown as Json;

describe('the web editor’s form for each collection matches its schema', () => {
  for (const collection of FORM_COLLECTIONS) {
    test(`${collection}: every field, in both languages`, () => {
      for (const lang of ['en', 'fr'] as const) {
        const config = collectionConfig(collection, lang, 'content');
        expect(differences(collection, jsonSchema(collection), config.fields), `${collection} (${lang})`).toEqual([]);
        expect(config.folder).toBe(`content/${collection}`);
      }
    });
  }
});

test('a schema field without its counterpart in the form is reported', () => {
  const config = collectionConfig('practices', 'en', 'content');
  const withoutSummary = config.fields.filter((f) => f.name !== 'summary');
  expect(differences('practices', jsonSchema('practices'), withoutSummary)).toEqual([
    'summary: no counterpart in the form',
  ]);
  const agenda = collectionConfig('meetings', 'en', 'content');
  const item = agenda.fields.find((f) => f.name === 'agenda')!;
  item.fields = item.fields!.filter((f) => f.name !== 'proposer');
  expect(differences('meetings', jsonSchema('meetings'), agenda.fields)).toEqual([
    'agenda.proposer: no counterpart in the form',
  ]);
});

test('every collection is in the form, or left out with its reason', () => {
  for (const c of COLLECTIONS) expect(FORM_COLLECTIONS.includes(c) || Boolean(NOT_IN_FORMS[c])).toBe(true);
  expect(Object.keys(NOT_IN_FORMS)).toEqual(['responses']);
});

test('translated entries are two files, <key>.en.md and <key>.fr.md; the directory is one file per person', () => {
  const config = editorConfig('en', 'content', undefined);
  expect(config.i18n).toEqual({ structure: 'multiple_files', locales: ['en', 'fr'], default_locale: 'en' });
  const practices = config.collections.find((c) => c.name === 'practices')!;
  expect(practices.i18n).toBe(true);
  expect(practices.fields.find((f) => f.name === 'summary')!.i18n).toBe(true);
  expect(practices.fields.find((f) => f.name === 'country')!.i18n).toBe('duplicate');
  expect(practices.fields.find((f) => f.name === 'visibility')!.i18n).toBe(true);
  expect(config.collections.find((c) => c.name === 'correspondents')!.i18n).toBe(false);
  expect(config.publish_mode).toBe('editorial_workflow');
  expect('backend' in config).toBe(false);
});

test('every documented field has its hint in English (the schema’s own line) and in French', () => {
  const docs = readSchemaDocs();
  const en = collectionConfig('practices', 'en', 'content');
  const doc = docs.find((d) => d.owner === 'practice')!.fields.get('summary');
  expect(en.fields.find((f) => f.name === 'summary')!.hint).toBe(doc);
  const used = new Set<string>();
  for (const d of docs)
    for (const [field, line] of d.fields)
      if (line && !d.owner.startsWith('response')) {
        used.add(`${d.owner}.${field}`);
        expect(
          FRENCH_DOCS[`${d.owner}.${field}`],
          `${d.owner}.${field} has no French line in src/editor/french-docs.ts`,
        ).toBeTruthy();
      }
  expect(Object.keys(FRENCH_DOCS).filter((k) => !used.has(k))).toEqual([]);
  for (const c of FORM_COLLECTIONS) {
    const fr = collectionConfig(c, 'fr', 'content');
    const walk = (fields: EditorField[]) =>
      fields.forEach((f) => {
        expect(f.label, `${c}.${f.name}`).toBeTruthy();
        if (f.fields) walk(f.fields);
      });
    walk(fr.fields);
  }
});

test('the publication fields state the §3.3 rule, and the body’s hint explains the redaction marks', () => {
  for (const lang of ['en', 'fr'] as const) {
    const fields = collectionConfig('outcomes', lang, 'content').fields;
    for (const name of ['visibility', 'decided']) expect(fields.find((f) => f.name === name)!.hint).toMatch(/§3\.3/);
    expect(fields.find((f) => f.name === 'body')!.hint).toMatch(/:::internal/);
  }
});

test('a meeting’s time zone is chosen from the zones its calendars can define, its hours typed as HH:MM, both shared by the two files', () => {
  const fields = collectionConfig('meetings', 'en', 'content').fields;
  const zone = fields.find((f) => f.name === 'timeZone')!;
  expect(zone.widget).toBe('select');
  const values = (zone.options as { value: string }[]).map((o) => o.value);
  expect(values).toEqual(expect.arrayContaining(['Europe/Paris', 'Europe/Lisbon', 'Europe/Kyiv', 'Asia/Baku']));
  const opens = fields.find((f) => f.name === 'startTime')!;
  expect(opens.widget).toBe('string');
  expect(new RegExp(opens.pattern![0]).test('09:30')).toBe(true);
  expect(new RegExp(opens.pattern![0]).test('9h30')).toBe(false);
  for (const f of [zone, opens, fields.find((f) => f.name === 'onlineLink')!]) expect(f.i18n, f.name).toBe('duplicate');
});
