/**
 * The published JSON Schema of the native feed, derived from the valibot schemas.
 * Build-time only (scripts/generate-schema.ts writes schema/feed.schema.json, and a test
 * checks that file against this function); widgets never import it, so the converter
 * stays out of the bundle.
 */
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import {
  AgeRangeSchema,
  CategorySchema,
  ContactSchema,
  CostSchema,
  EventSchema,
  FeedbackFormSchema,
  FeedSchema,
  isOrderedAgeRange,
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
 */
function translateCheck(requirement: unknown, jsonSchema: JsonSchema): JsonSchema | undefined {
  if (requirement === isWebUrl) return { ...jsonSchema, format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' };
  if (requirement === isSafeLink) {
    return { ...jsonSchema, format: 'uri', pattern: '^([Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:|[Tt][Ee][Ll]:)' };
  }
  if (requirement === isWeekOfMonth) return { ...jsonSchema, minimum: -5, maximum: 5, not: { const: 0 } };
  // minMonths ≤ maxMonths compares two fields; the schema's description states the rule.
  if (requirement === isOrderedAgeRange) return jsonSchema;
  return undefined;
}

/** The converter options, shared by the generator script and the drift test. */
export const FEED_JSON_SCHEMA_OPTIONS: ConversionConfig = {
  target: 'draft-2020-12',
  typeMode: 'input',
  errorMode: 'throw',
  // Trimming is a reader's courtesy, not a constraint on the document.
  ignoreActions: ['trim'],
  // Named definitions: the schema reads as a set of documented building blocks.
  definitions: {
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
  },
  overrideAction: ({ valibotAction, jsonSchema }) =>
    valibotAction.type === 'check' && 'requirement' in valibotAction
      ? translateCheck(valibotAction.requirement, jsonSchema)
      : undefined,
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
