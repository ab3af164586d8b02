/**
 * The published JSON Schema of the feedback payload (schema/feedback.schema.json), written from the
 * schemas in feedback-payload.ts by the shared writer. Build-time only.
 */
import { EMAIL_PATTERN } from '../data/feed-schema.js';
import { writeJsonSchema, type JsonSchema } from '../data/json-schema-writer.js';
import { FEEDBACK_PAYLOAD_DOCS } from './feedback-payload-docs.js';
import {
  FeedbackAnswersSchema,
  FeedbackPayloadSchema,
  FeedbackSubjectSchema,
  hasOneSubjectAtMost,
  isContactAsAllowed,
} from './feedback-payload.js';
import { INSTANT_PATTERN } from './signup-payload.js';

export const FEEDBACK_JSON_SCHEMA_ID = 'parent-champion-widgets/feedback.schema.json';

const CHECKS = new Map<unknown, JsonSchema>([
  [hasOneSubjectAtMost, { allOf: [{ not: { required: ['serviceId', 'eventId'] } }] }],
  [
    isContactAsAllowed,
    {
      allOf: [
        {
          if: { properties: { contactAllowed: { const: true } } },
          then: {
            required: ['contactMethod'],
            allOf: [
              { if: { properties: { contactMethod: { const: 'email' } } }, then: { required: ['email'] } },
              { if: { properties: { contactMethod: { const: 'phone' } } }, then: { required: ['phone'] } },
            ],
          },
          else: { not: { anyOf: [{ required: ['contactMethod'] }, { required: ['email'] }, { required: ['phone'] }] } },
        },
      ],
    },
  ],
]);

const FORMATS = new Map<RegExp, string>([
  [EMAIL_PATTERN, 'email'],
  [INSTANT_PATTERN, 'date-time'],
]);

/** The complete JSON Schema document, exactly as committed in schema/feedback.schema.json. */
export function feedbackJsonSchema(): JsonSchema {
  return writeJsonSchema(
    {
      root: FeedbackPayloadSchema,
      rootName: 'FeedbackPayload',
      definitions: { FeedbackSubject: FeedbackSubjectSchema, FeedbackAnswers: FeedbackAnswersSchema },
      docs: FEEDBACK_PAYLOAD_DOCS,
      checks: CHECKS,
      formats: FORMATS,
      docsFile: 'feedback-payload-docs.ts',
    },
    {
      $id: FEEDBACK_JSON_SCHEMA_ID,
      title: 'Parent Champion feedback, version 1',
      description:
        'What <pc-feedback-card> sends to its action: POST, Content-Type application/json, with an Idempotency-Key ' +
        'header equal to submissionId. Answer 2xx once stored (a repeat of a stored key: 2xx again, storing nothing), ' +
        '422 with {"errors": [{"field", "message"}]} for answers to fix. Text is plain text. Anonymous unless ' +
        'answers.contactAllowed is true; publish per-service summaries (count and ratings) only above a minimum count.',
    },
  );
}
