/**
 * The published JSON Schema of the native feed, derived from the schemas in feed-schema.ts
 * and described by feed-schema-docs.ts. Build-time only (scripts/generate-schema.ts writes
 * schema/feed.schema.json, and a test checks that file against this function); widgets
 * never import it, so the generator and the descriptions stay out of the bundles.
 */
import { FEED_SCHEMA_DOCS } from './feed-schema-docs.js';
import { writeJsonSchema, type JsonSchema } from './json-schema-writer.js';
import {
  AgeRangeSchema,
  CategorySchema,
  ContactSchema,
  CostSchema,
  EMAIL_PATTERN,
  EventSchema,
  isOrderedAgeRange,
  ISO_DATE_PATTERN,
  isWeekOfMonth,
  LocationSchema,
  OpeningSessionSchema,
  OptionSchema,
  ProgrammeSchema,
  RecurrenceSchema,
  ServiceSchema,
} from './feed-schema.js';
import { FeedSchema } from './feed-document.js';
import { FeedbackFormSchema, isLeavableQuestion, SIGNUP_QUESTION_IDS, SignupFormSchema, SignupQuestionSchema } from './forms-schema.js';
import {
  FeedbackSummarySchema,
  FeedbackSummaryServiceSchema,
  holdsNoComments,
  isPublishableCount,
  RAW_COMMENT_KEYS,
  YouSaidWeDidSchema,
} from './feedback-summary-schema.js';
import { isSafeLink, isWebUrl } from './safe-url.js';

export type { JsonSchema } from './json-schema-writer.js';

export const FEED_JSON_SCHEMA_ID = 'parent-champion-widgets/feed.schema.json';

/** No key that holds raw comments, nor `responses` as a list of whole responses (`holdsNoComments`). */
const NO_COMMENTS: JsonSchema = {
  not: {
    anyOf: [
      ...RAW_COMMENT_KEYS.map((key) => ({ required: [key] })),
      { required: ['responses'], properties: { responses: { type: 'array' } } },
    ],
  },
};

/**
 * Each `check` in feed-schema.ts is a function JSON Schema cannot run, so it is translated
 * here by identity. A new check without a translation makes generation throw, on purpose.
 * (`format` alone is only an annotation in draft 2020-12; the pattern is what is enforced.)
 */
const CHECKS: ReadonlyMap<unknown, JsonSchema> = new Map<unknown, JsonSchema>([
  [isWebUrl, { format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' }],
  [isSafeLink, { format: 'uri', pattern: '^([Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:|[Tt][Ee][Ll]:)' }],
  [isWeekOfMonth, { minimum: -5, maximum: 5, not: { const: 0 } }],
  // minMonths ≤ maxMonths compares two fields; the definition's description states the rule.
  [isOrderedAgeRange, {}],
  [holdsNoComments, NO_COMMENTS],
  // Five ratings; that they add up to `responses` compares fields, so the description states it.
  [isPublishableCount, { allOf: [{ properties: { ratings: { minItems: 5, maxItems: 5 } } }, NO_COMMENTS] }],
  [
    isLeavableQuestion,
    {
      allOf: [
        {
          if: { properties: { asked: { const: false } }, required: ['asked'] },
          then: { properties: { id: { enum: SIGNUP_QUESTION_IDS.slice(4) } } },
        },
      ],
    },
  ],
]);
/** Patterns that also have a standard format. */
const FORMATS: ReadonlyMap<RegExp, string> = new Map<RegExp, string>([
  [EMAIL_PATTERN, 'email'],
  [ISO_DATE_PATTERN, 'date'],
]);

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
  SignupQuestion: SignupQuestionSchema,
  FeedbackForm: FeedbackFormSchema,
  FeedbackSummary: FeedbackSummarySchema,
  FeedbackSummaryService: FeedbackSummaryServiceSchema,
  YouSaidWeDid: YouSaidWeDidSchema,
};

/** The complete JSON Schema document, exactly as committed in schema/feed.schema.json. */
export function feedJsonSchema(): JsonSchema {
  return writeJsonSchema(
    { root: FeedSchema, rootName: 'Feed', definitions: DEFINITIONS, docs: FEED_SCHEMA_DOCS, checks: CHECKS, formats: FORMATS, docsFile: 'feed-schema-docs.ts' },
    {
      $id: FEED_JSON_SCHEMA_ID,
      title: 'Parent Champion Widgets feed, version 1',
      description:
        'A programme of services and events for families, read by the Parent Champion widgets. ' +
        'Times are local wall-clock times in programme.timezone, without offsets. Text is plain text. ' +
        'Readers keep valid items when others are invalid; see docs/feed-contract.md.',
    },
  );
}
