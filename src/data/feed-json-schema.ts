/**
 * The published JSON Schema of the native feed, derived from the valibot schemas and
 * described by feed-schema-docs.ts. Build-time only (scripts/generate-schema.ts writes
 * schema/feed.schema.json, and a test checks that file against this function); widgets
 * never import it, so the converter and the descriptions stay out of the bundles.
 */
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
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

export const FEED_JSON_SCHEMA_ID = 'parent-champion-widgets/feed.schema.json';

/**
 * Each `v.check` in feed-schema.ts is a function JSON Schema cannot run, so it is translated
 * here by identity. A new check without a translation makes generation throw, on purpose.
 * The email and date patterns are plain regexes at run time (cheaper than valibot's `email`
 * and `isoDate` actions, which test the same patterns): they keep the pattern and gain the
 * format. (`format` alone is only an annotation in draft 2020-12; the pattern is enforced.)
 */
function translateAction(type: string, requirement: unknown, jsonSchema: JsonSchema): JsonSchema | undefined {
  if (type === 'regex') {
    const format = requirement === EMAIL_PATTERN ? 'email' : requirement === ISO_DATE_PATTERN ? 'date' : undefined;
    if (!format) return undefined;
    // Ordered as for the link checks: format, then pattern.
    const { pattern, ...rest } = jsonSchema;
    return { ...rest, format, pattern };
  }
  if (type !== 'check') return undefined;
  if (requirement === isWebUrl) return { ...jsonSchema, format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' };
  if (requirement === isSafeLink) {
    return { ...jsonSchema, format: 'uri', pattern: '^([Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:|[Tt][Ee][Ll]:)' };
  }
  if (requirement === isWeekOfMonth) return { ...jsonSchema, minimum: -5, maximum: 5, not: { const: 0 } };
  // minMonths ≤ maxMonths compares two fields; the schema's description states the rule.
  if (requirement === isOrderedAgeRange) return jsonSchema;
  return undefined;
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

/**
 * The object schema behind each documented name (`Feed` is the whole document). A piped
 * definition such as AgeRange (an object plus a check) is documented on its object.
 */
const DOCUMENTED_OBJECTS = new Map<unknown, string>([
  [FeedSchema, 'Feed'],
  ...Object.entries(DEFINITIONS).map(([name, schema]): [unknown, string] => ['pipe' in schema ? schema.pipe[0] : schema, name]),
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

/** The converter options, shared by the generator script and the drift test. */
export const FEED_JSON_SCHEMA_OPTIONS: ConversionConfig = {
  target: 'draft-2020-12',
  typeMode: 'input',
  errorMode: 'throw',
  // Trimming is a reader's courtesy, not a constraint on the document.
  ignoreActions: ['trim'],
  definitions: DEFINITIONS,
  overrideAction: ({ valibotAction, jsonSchema }) =>
    'requirement' in valibotAction ? translateAction(valibotAction.type, valibotAction.requirement, jsonSchema) : undefined,
  // Decorates in place and returns nothing, so the converter still reports its own errors.
  overrideSchema: ({ valibotSchema, jsonSchema }) => {
    const definition = DOCUMENTED_OBJECTS.get(valibotSchema);
    if (definition !== undefined) describeObject(definition, jsonSchema);
    return undefined;
  },
};

/** The complete JSON Schema document, exactly as committed in schema/feed.schema.json. */
export function feedJsonSchema(): JsonSchema {
  const { $schema, ...converted } = toJsonSchema(FeedSchema, FEED_JSON_SCHEMA_OPTIONS);
  return {
    $schema,
    $id: FEED_JSON_SCHEMA_ID,
    title: 'Parent Champion Widgets feed, version 1',
    description:
      'A programme of services and events for families, read by the Parent Champion widgets. ' +
      'Times are local wall-clock times in programme.timezone, without offsets. Text is plain text. ' +
      'Readers keep valid items when others are invalid; see docs/feed-contract.md.',
    ...converted,
  };
}
