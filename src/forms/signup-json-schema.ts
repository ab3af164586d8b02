/**
 * The published JSON Schema of the sign-up payload (schema/signup.schema.json), written from the
 * schemas in signup-payload.ts by the shared writer. Build-time only.
 */
import { EMAIL_PATTERN } from '../data/feed-schema.js';
import { writeJsonSchema, type JsonSchema } from '../data/json-schema-writer.js';
import { SIGNUP_PAYLOAD_DOCS } from './signup-payload-docs.js';
import {
  ConsentSchema,
  hasContactForMethod,
  INSTANT_PATTERN,
  isConsentGiven,
  SignupAnswersSchema,
  SignupPayloadSchema,
} from './signup-payload.js';

export const SIGNUP_JSON_SCHEMA_ID = 'parent-champion-widgets/signup.schema.json';

const CHECKS = new Map<unknown, JsonSchema>([
  [
    hasContactForMethod,
    {
      allOf: [
        { if: { properties: { contactMethod: { const: 'email' } } }, then: { required: ['email'] } },
        { if: { properties: { contactMethod: { enum: ['phone', 'text'] } } }, then: { required: ['phone'] } },
      ],
    },
  ],
  [isConsentGiven, { allOf: [{ properties: { given: { const: true } } }] }],
]);

const FORMATS = new Map<RegExp, string>([
  [EMAIL_PATTERN, 'email'],
  [INSTANT_PATTERN, 'date-time'],
]);

/** The complete JSON Schema document, exactly as committed in schema/signup.schema.json. */
export function signupJsonSchema(): JsonSchema {
  return writeJsonSchema(
    {
      root: SignupPayloadSchema,
      rootName: 'SignupPayload',
      definitions: { SignupAnswers: SignupAnswersSchema, Consent: ConsentSchema },
      docs: SIGNUP_PAYLOAD_DOCS,
      checks: CHECKS,
      formats: FORMATS,
      docsFile: 'signup-payload-docs.ts',
    },
    {
      $id: SIGNUP_JSON_SCHEMA_ID,
      title: 'Parent Champion sign-up, version 1',
      description:
        'What <pc-champion-signup> sends to its action: POST, Content-Type application/json, with an Idempotency-Key ' +
        'header equal to submissionId. Answer 2xx once stored (a repeat of a stored key: 2xx again, storing nothing), ' +
        '422 with {"errors": [{"field", "message"}]} for answers to fix. Text is plain text.',
    },
  );
}
