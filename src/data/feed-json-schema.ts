/**
 * The published JSON Schema of the native feed, derived from the schemas in feed-schema.ts
 * and described by feed-schema-docs.ts. Build-time only (scripts/generate-schema.ts writes
 * schema/feed.schema.json, and a test checks that file against this function); widgets
 * never import it, so the generator and the descriptions stay out of the bundles.
 */
import { FEED_SCHEMA_DOCS, parseDocKey } from './feed-schema-docs.js';
import {
  AgeRangeSchema,
  CategorySchema,
  ContactSchema,
  CostSchema,
  EMAIL_PATTERN,
  EventSchema,
  FeedbackFormSchema,
  FeedSchema,
  isOrderedAgeRange,
  ISO_DATE_PATTERN,
  isWeekOfMonth,
  LocationSchema,
  OpeningSessionSchema,
  OptionSchema,
  ProgrammeSchema,
  RecurrenceSchema,
  ServiceSchema,
  SignupFormSchema,
} from './feed-schema.js';
import { isSafeLink, isWebUrl } from './safe-url.js';
import type { Schema } from './schema-kit.js';

export type JsonSchema = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

export const FEED_JSON_SCHEMA_ID = 'parent-champion-widgets/feed.schema.json';
const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * Each `check` in feed-schema.ts is a function JSON Schema cannot run, so it is translated
 * here by identity. A new check without a translation makes generation throw, on purpose.
 * (`format` alone is only an annotation in draft 2020-12; the pattern is what is enforced.)
 */
const CHECKS = new Map<unknown, JsonSchema>([
  [isWebUrl, { format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' }],
  [isSafeLink, { format: 'uri', pattern: '^([Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:|[Tt][Ee][Ll]:)' }],
  [isWeekOfMonth, { minimum: -5, maximum: 5, not: { const: 0 } }],
  // minMonths ≤ maxMonths compares two fields; the definition's description states the rule.
  [isOrderedAgeRange, {}],
]);
/** Patterns that also have a standard format. */
const FORMATS = new Map<RegExp, string>([
  [EMAIL_PATTERN, 'email'],
  [ISO_DATE_PATTERN, 'date'],
]);

function translateCheck(check: Schema['check']): JsonSchema {
  if (!check) return {};
  const translated = CHECKS.get(check);
  if (!translated) throw new Error(`feed-json-schema.ts: no JSON Schema translation for the check ${check.name || '(anonymous)'}`);
  return translated;
}

/** Named definitions: the schema reads as a set of documented building blocks. */
const DEFINITIONS = {
  Programme: ProgrammeSchema,
  Category: CategorySchema,
  Option: OptionSchema,
  Service: ServiceSchema,
  OpeningSession: OpeningSessionSchema,
  Event: EventSchema,
  Recurrence: RecurrenceSchema,
  Location: LocationSchema,
  Contact: ContactSchema,
  Cost: CostSchema,
  AgeRange: AgeRangeSchema,
  SignupForm: SignupFormSchema,
  FeedbackForm: FeedbackFormSchema,
};

/** The name each definition is documented and referenced by (`Feed` is the whole document). */
const DEFINITION_NAMES = new Map<Schema, string>([
  [FeedSchema, 'Feed'],
  ...Object.entries(DEFINITIONS).map(([name, schema]): [Schema, string] => [schema, name]),
]);

type DocEntry = { key: string; path: string[]; description: string };

/** The docs grouped by definition name. */
const DOCS_BY_DEFINITION = new Map<string, DocEntry[]>();
for (const [key, description] of Object.entries(FEED_SCHEMA_DOCS)) {
  const { definition, path } = parseDocKey(key);
  const entries = DOCS_BY_DEFINITION.get(definition) ?? [];
  entries.push({ key, path, description });
  DOCS_BY_DEFINITION.set(definition, entries);
}

/** The sub-schema a doc path names: a property (`name`) or a list's items (`[]`). */
function resolveDocPath(schema: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const step of path) {
    const next: unknown = step === '[]' ? node?.items : node?.properties?.[step];
    node = typeof next === 'object' && next !== null && !Array.isArray(next) ? (next as JsonSchema) : undefined;
  }
  return node;
}

/**
 * Adds the descriptions of one documented object, in place. Each goes where `v.description`
 * at the end of a pipe would put it: after the constraints, before the default.
 */
function describeObject(definition: string, schema: JsonSchema): void {
  for (const { key, path, description } of DOCS_BY_DEFINITION.get(definition) ?? []) {
    const node = resolveDocPath(schema, path);
    if (!node) throw new Error(`feed-schema-docs.ts: "${key}" names no property of the ${definition} schema.`);
    const { default: fallback } = node;
    delete node.default;
    node.description = description;
    if (fallback !== undefined) node.default = fallback;
  }
}

/** JSON Schema for one node; definitions other than `root` become `$ref`s. */
function convert(schema: Schema, root: Schema): JsonSchema {
  const name = DEFINITION_NAMES.get(schema);
  if (schema !== root && name && name !== 'Feed') return { $ref: `#/$defs/${name}` };
  let json: JsonSchema;
  switch (schema.kind) {
    case 'string': {
      const format = schema.pattern && FORMATS.get(schema.pattern);
      json = { type: 'string', ...(format && { format }) };
      if (schema.min !== undefined) json.minLength = schema.min;
      if (schema.max !== undefined) json.maxLength = schema.max;
      if (schema.pattern) json.pattern = schema.pattern.source;
      Object.assign(json, translateCheck(schema.check));
      break;
    }
    case 'number':
      json = { type: schema.integer ? 'integer' : 'number' };
      if (schema.min !== undefined) json.minimum = schema.min;
      if (schema.max !== undefined) json.maximum = schema.max;
      Object.assign(json, translateCheck(schema.check));
      break;
    case 'boolean':
      json = { type: 'boolean' };
      break;
    case 'enum':
      json = { enum: [...schema.values!], type: 'string' };
      break;
    case 'array':
      json = { type: 'array', items: convert(schema.items!, root) };
      if (schema.min !== undefined) json.minItems = schema.min;
      break;
    case 'object': {
      const properties: JsonSchema = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(schema.fields!)) {
        const property = convert(field.schema, root);
        if (field.fallback !== undefined) property.default = field.fallback;
        properties[key] = property;
        if (!field.optional) required.push(key);
      }
      json = { type: 'object', properties, required };
      translateCheck(schema.check);
      if (name) describeObject(name, json);
      break;
    }
  }
  return json;
}

/** The complete JSON Schema document, exactly as committed in schema/feed.schema.json. */
export function feedJsonSchema(): JsonSchema {
  const { type, properties, required } = convert(FeedSchema, FeedSchema);
  const $defs: JsonSchema = {};
  for (const [name, schema] of Object.entries(DEFINITIONS)) $defs[name] = convert(schema, schema);
  return {
    $schema: DRAFT,
    $id: FEED_JSON_SCHEMA_ID,
    title: 'Parent Champion Widgets feed, version 1',
    description:
      'A programme of services and events for families, read by the Parent Champion widgets. ' +
      'Times are local wall-clock times in programme.timezone, without offsets. Text is plain text. ' +
      'Readers keep valid items when others are invalid; see docs/feed-contract.md.',
    type,
    properties,
    required,
    $defs,
  };
}
