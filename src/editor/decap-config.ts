/**
 * The web editor's configuration (Decap CMS), made from the Zod schemas at build time and never
 * written by hand: each collection's fields, what is required, patterns, lists from the reference
 * data, relations between entries, dates, labels in the editor's language and hints from the
 * schema's own doc lines. A field added to a schema appears in the form with the next build; one
 * the generator cannot express stops it (tests/unit/editor-config.test.ts holds every field to it).
 */
import type { z } from 'zod';
import { GCM_OBJECTIVES, STATES, THEMES, type Lang } from '../data/reference.ts';
import { REFERENCES } from '../content-index/scan.ts';
import { useT } from '../i18n/t.ts';
import { UI, type UIKey } from '../i18n/ui.ts';
import { site } from '../config/site.ts';
import { COLLECTIONS, fieldSchemas, type CollectionName } from '../schema/index.ts';
import { tzlib_get_timezones } from 'timezones-ical-library';
import {
  day,
  gcmObjective,
  lang as langField,
  stateCode,
  stateOrSrsg,
  theme,
  timeZone,
  timeZoneProblem,
} from '../schema/fields.ts';
import { FRENCH_DOCS } from './french-docs.ts';
import { findDeclaration, readSchemaDocs, type DocumentedObject } from './schema-docs.ts';

/** One field of a Decap form (the subset of Decap's field options this generator writes). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  i18n?: boolean | 'duplicate';
  pattern?: [string, string];
  options?: { label: string; value: string | number }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int';
  fields?: EditorField[];
  field?: EditorField;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  modes?: string[];
  collapsed?: boolean;
  summary?: string;
}

export interface EditorCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'md';
  format: 'yaml-frontmatter';
  create: true;
  slug: string;
  identifier_field: string;
  summary: string;
  i18n: boolean;
  media_folder: string;
  public_folder: string;
  sortable_fields: string[];
  fields: EditorField[];
}

/**
 * Collections the form does not edit, and why (the editors' guide says so too). Answers are keyed
 * by the question numbers of another entry (`answers: { 1: …, 2: … }`): a map whose keys come from
 * the request, which none of Decap's widgets can write; a list would be refused by the schema.
 */
export const NOT_IN_FORMS: Partial<Record<CollectionName, string>> = {
  responses:
    'answers are keyed by the question numbers of their request (answers: { 1: …, 2: … }), a map none of the editor’s widgets can write',
};

export const FORM_COLLECTIONS = COLLECTIONS.filter((c) => !NOT_IN_FORMS[c]);

const NAV: Record<CollectionName, UIKey> = {
  practices: 'nav.practices',
  methods: 'nav.methods',
  outcomes: 'nav.outcomes',
  meetings: 'nav.meetings',
  requests: 'nav.requests',
  responses: 'nav.requests',
  groups: 'nav.groups',
  correspondents: 'nav.directory',
};

/** Collections whose entries have one file per language (`<key>.<lang>.md`). */
const TRANSLATED = (c: CollectionName) => c !== 'correspondents' && c !== 'responses';

/** Fields written as several lines of text rather than one. */
const LONG_TEXT = new Set(['summary', 'notes', 'mandate', 'changes']);

/** Decided by each language version for itself (§3.3), though they are not text. */
const PER_LANGUAGE = new Set(['visibility', 'decided']);

type Any = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };
type Check = { _zod: { def: Record<string, unknown> & { check: string } } };

const def = (s: unknown) => (s as Any)._zod.def;
const checks = (s: unknown) => ((def(s).checks as Check[] | undefined) ?? []).map((c) => c._zod.def);

/** The schema inside `.optional()` and `.default()`, and whether the field may be left out. */
export function unwrap(schema: unknown): { inner: Any; required: boolean } {
  let s = schema as Any;
  let required = true;
  while (def(s).type === 'optional' || def(s).type === 'default') {
    required = false;
    s = def(s).innerType as Any;
  }
  return { inner: s, required };
}

/** A schema's regular expression and its message, as the schema says them. */
export function patternOf(schema: unknown): [RegExp, string] | undefined {
  const d = def(schema);
  if (d.type === 'string' && d.format === 'email') return [d.pattern as RegExp, 'expected a valid e-mail address'];
  for (const c of checks(schema)) {
    if (c.check === 'string_format' && c.format === 'regex') {
      const error = c.error as ((issue: unknown) => unknown) | undefined;
      const message = error?.({ input: '', code: 'invalid_format' });
      return [c.pattern as RegExp, typeof message === 'string' ? message : 'not in the expected form'];
    }
  }
  return undefined;
}

/** The bounds of a number or list schema. */
export function boundsOf(schema: unknown): { min?: number; max?: number; int: boolean } {
  const out: { min?: number; max?: number; int: boolean } = { int: false };
  for (const c of checks(schema)) {
    if (c.check === 'greater_than') out.min = Number(c.value) + (c.inclusive ? 0 : 1);
    if (c.check === 'less_than') out.max = Number(c.value) - (c.inclusive ? 0 : 1);
    if (c.check === 'min_length') out.min = Number(c.minimum);
    if (c.check === 'max_length') out.max = Number(c.maximum);
    if (c.check === 'number_format' && /int/.test(String(c.format))) out.int = true;
  }
  return out;
}

interface Context {
  lang: Lang;
  collection: CollectionName;
  docs: DocumentedObject[];
  /** The keys of the object the field belongs to (to find where it is documented). */
  keys: string[];
  /** Top level of a translated entry: each field says how its two languages relate. */
  translated: boolean;
}

function optionsFor(inner: unknown, lang: Lang): EditorField['options'] | undefined {
  const states = STATES.map((s) => ({ label: `${s[lang]} (${s.code})`, value: s.code }));
  if (inner === stateCode) return states;
  if (inner === stateOrSrsg) return [{ label: `${site.coordinatorShort[lang]} (SRSG)`, value: 'SRSG' }, ...states];
  if (inner === theme) return THEMES.map((th) => ({ label: th[lang], value: th.id }));
  if (inner === gcmObjective)
    return GCM_OBJECTIVES.map((o, i) => ({
      label: `${i + 1}. ${lang === 'fr' ? o.short_fr : o.short_en}`,
      value: i + 1,
    }));
  return undefined;
}

/** The label of one value of an enumeration, from the interface strings when they name it. */
function enumLabel(field: string, value: string, lang: Lang): string {
  const { t } = useT(lang);
  const keys: string[] = [
    `editor.${field}.${value}`,
    `field.${field}.${value}`,
    field === 'kind' ? `kind.${value}` : '',
    field === 'format' ? `format.${value}` : '',
    field === 'lang' ? `lang.${value}` : '',
  ];
  const key = keys.find((k) => k && k in UI_KEYS);
  return key ? `${t(key as UIKey)} (${value})` : value;
}

const UI_KEYS: Record<string, string> = UI.en;

function hintFor(name: string, ctx: Context): string | undefined {
  const declaration = findDeclaration(ctx.docs, ctx.keys, name);
  const doc = declaration?.fields.get(name);
  if (!doc) return undefined;
  return ctx.lang === 'en' ? doc : FRENCH_DOCS[`${declaration!.owner}.${name}`];
}

function labelFor(name: string, lang: Lang): string {
  const key = `editor.label.${name}`;
  if (!(key in UI_KEYS))
    throw new Error(`the web editor has no label for the field "${name}": add ${key} to src/i18n/ui.ts`);
  return useT(lang).t(key as UIKey);
}

/** The Decap field for one schema field. */
export function fieldFor(name: string, schema: unknown, ctx: Context): EditorField {
  const { t } = useT(ctx.lang);
  const { inner, required } = unwrap(schema);
  const base = { name, label: labelFor(name, ctx.lang), required } as EditorField;
  const hint = hintFor(name, ctx);
  if (hint) base.hint = hint;
  const d = def(inner);
  let text = false;
  const reference = REFERENCES.find((r) => r.from === ctx.collection && r.field === name);
  const element = d.type === 'array' ? (d.element as Any) : undefined;
  // oneOrMany(x): a union of x and a list of x, turned into a list.
  const many =
    d.type === 'pipe' && def(d.in).type === 'union'
      ? (def(d.in).options as Any[]).find((o) => def(o).type !== 'array')
      : undefined;
  const item = element ?? many;
  let field: EditorField;
  if (reference) {
    const target = reference.to;
    const shown = target === 'correspondents' ? 'name' : 'title';
    field = {
      ...base,
      widget: 'relation',
      collection: target,
      value_field: '{{slug}}',
      search_fields: [shown],
      display_fields: [shown],
      multiple: Boolean(element),
    };
  } else if ((inner as unknown) === day) {
    field = {
      ...base,
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
    };
  } else if ((inner as unknown) === timeZone) {
    // The zones the calendars have a definition of (src/calendar/meetings.ts) and the schema's own
    // test (timeZoneProblem) accepts.
    const zones = (tzlib_get_timezones() as string[]).filter((z) => !timeZoneProblem(z)).sort();
    field = { ...base, widget: 'select', options: zones.map((z) => ({ label: z.replace(/_/g, ' '), value: z })) };
  } else if ((inner as unknown) === langField && ctx.translated) {
    // Each half of the form writes its own file; its language is that half's (admin.js).
    const values = Object.values(def(inner).entries as Record<string, string>);
    field = {
      ...base,
      widget: 'relais-lang',
      hint: t('editor.langHint'),
      options: values.map((v) => ({ label: enumLabel(name, v, ctx.lang), value: v })),
    };
  } else if (optionsFor(inner, ctx.lang) || (item && optionsFor(item, ctx.lang))) {
    const list = Boolean(item && optionsFor(item, ctx.lang));
    field = { ...base, widget: 'select', options: optionsFor(list ? item : inner, ctx.lang)!, multiple: list };
    if (list) {
      const { min } = boundsOf(inner);
      if (min) field.min = min;
      else if (many) field.min = 1;
    }
  } else if (d.type === 'enum') {
    const values = Object.values(d.entries as Record<string, string>);
    field = {
      ...base,
      widget: 'select',
      options: values.map((v) => ({ label: enumLabel(name, v, ctx.lang), value: v })),
    };
  } else if (d.type === 'boolean') {
    field = { ...base, widget: 'boolean' };
  } else if (d.type === 'number') {
    const { min, max, int } = boundsOf(inner);
    field = { ...base, widget: 'number', ...(int ? { value_type: 'int' as const } : {}) };
    if (min !== undefined) field.min = min;
    if (max !== undefined) field.max = max;
  } else if (d.type === 'object') {
    field = { ...base, widget: 'object', collapsed: false, fields: objectFields(inner, { ...ctx, translated: false }) };
    // Decap asks for a required sub-field even when the object is left out: inside an optional
    // object, the schema's requirement (period's `from`) is for npm run check to state.
    if (!required) for (const f of field.fields!) f.required = false;
    text = field.fields!.some(isText);
  } else if (d.type === 'union' && (d.options as Any[]).some((o) => def(o).type === 'object')) {
    // A text or one per language (a correspondent's role): the form writes the per-language form.
    const object = (d.options as Any[]).find((o) => def(o).type === 'object')!;
    field = {
      ...base,
      widget: 'object',
      collapsed: false,
      fields: objectFields(object, { ...ctx, translated: false }),
    };
    for (const f of field.fields!) f.required = false;
    text = true;
  } else if (element && def(element).type === 'object') {
    field = {
      ...base,
      widget: 'list',
      fields: objectFields(element, { ...ctx, translated: false }),
      summary: '{{fields.title}}',
      collapsed: false,
    };
    const { min } = boundsOf(inner);
    if (min) field.min = min;
    text = true;
  } else if (element) {
    // A list of texts (questions, languages): one line per item, each held to the item's schema.
    const sub = fieldFor(name, element, { ...ctx, translated: false, keys: [] });
    delete sub.hint;
    field = { ...base, widget: 'list', field: { ...sub, required: true } };
    const { min } = boundsOf(inner);
    if (min) field.min = min;
    text = sub.widget === 'string' || sub.widget === 'text';
  } else if (d.type === 'string' || (d.type === 'pipe' && def(d.in).type === 'string')) {
    // A pipe from a string (a time of day, padded once valid): the form checks what is typed.
    const typed = d.type === 'pipe' ? d.in : inner;
    field = { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string' };
    const pattern =
      patternOf(typed) ??
      (d.format === 'url' ? [/^https?:\/\/\S+$/, 'expected a full web address (https://…)'] : undefined);
    if (pattern) field.pattern = [pattern[0].source, pattern[1] as string];
    text = !pattern;
  } else {
    throw new Error(
      `the web editor cannot express ${ctx.collection}.${name} (a ${d.type}): see src/editor/decap-config.ts`,
    );
  }
  if (name === 'visibility' || name === 'decided')
    field.hint = [field.hint, t('editor.publicationRule')].filter(Boolean).join(' ');
  if (ctx.translated) {
    field.i18n = text || PER_LANGUAGE.has(name) || (inner as unknown) === langField ? true : 'duplicate';
    // Decap takes only true or false on an object; its values that are not words are then
    // copied from the English half, field by field.
    if (field.widget === 'object' && field.i18n === 'duplicate') {
      field.i18n = true;
      for (const f of field.fields!) f.i18n = isText(f) ? true : 'duplicate';
    }
  }
  return field;
}

/** Whether a field holds words, which each language writes for itself. */
const isText = (f: EditorField): boolean =>
  ['string', 'text', 'markdown'].includes(f.widget) && !f.pattern
    ? true
    : (f.fields ?? (f.field ? [f.field] : [])).some(isText);

function objectFields(object: unknown, ctx: Context): EditorField[] {
  const shape = (object as { shape: Record<string, unknown> }).shape;
  const keys = Object.keys(shape);
  return keys.map((k) => fieldFor(k, shape[k], { ...ctx, keys }));
}

/** One collection of the form, from its schema. */
export function collectionConfig(
  collection: CollectionName,
  lang: Lang,
  contentFolder: string,
  docs: DocumentedObject[] = readSchemaDocs(),
): EditorCollection {
  const { t } = useT(lang);
  const translated = TRANSLATED(collection);
  const fields = objectFields(fieldSchemas[collection], { lang, collection, docs, keys: [], translated });
  const identifier = collection === 'correspondents' ? 'name' : 'title';
  if (collection !== 'correspondents')
    fields.push({
      name: 'body',
      label: t('editor.label.body'),
      widget: 'markdown',
      // Raw Markdown first: the rich-text mode rewrites the text, and would escape :::internal.
      modes: ['raw', 'rich_text'],
      required: false,
      hint: t('editor.redaction'),
      ...(translated ? { i18n: true } : {}),
    });
  return {
    name: collection,
    label: t(NAV[collection]),
    label_singular: t(`editor.singular.${collection}` as UIKey),
    folder: `${contentFolder}/${collection}`,
    extension: 'md',
    format: 'yaml-frontmatter',
    create: true,
    // The file name, without `.en`/`.fr`, is the entry's key and part of its address.
    slug: `{{${identifier}}}`,
    identifier_field: identifier,
    summary: `{{${identifier}}}`,
    i18n: translated,
    // Attachments go beside the entry, as the editors' guide says.
    media_folder: '',
    public_folder: '',
    sortable_fields: [identifier],
    fields,
  };
}
