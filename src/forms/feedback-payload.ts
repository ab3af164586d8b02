/**
 * What `<pc-feedback-card>` sends: a versioned payload, described by the JSON Schema published
 * with the package (schema/feedback.schema.json, written from these schemas: one source). It holds
 * what it is about (a service, a session, or with neither the page the card is on), the rating
 * and the parent's words, and whether they may be contacted; with the page's language, the page's
 * address without its query string and the submission id that is also the request's
 * `Idempotency-Key`, as the sign-up's payload does.
 *
 * Feedback is anonymous by default: an email address or phone number is sent only when the parent
 * chose to be contacted, and then only the one they chose.
 */
import { FeedEmail, FeedId, FeedPhone, feedText } from '../data/feed-schema.js';
import { boolean, kept, number, object, oneOf, optional, string, type Output, type Schema } from '../data/schema-kit.js';

import { FEEDBACK_CONTACT_METHODS, RATINGS, type FeedbackContactMethod } from './feedback-submission.js';
import { INSTANT_PATTERN, PAGE_ADDRESS_PATTERN, SignupPayloadSchema, UUID_PATTERN } from './signup-payload.js';

export {
  FEEDBACK_CONTACT_METHODS,
  FEEDBACK_PAYLOAD_VERSION,
  RATINGS,
  feedbackPayload,
  type FeedbackContactMethod,
  type FeedbackPayloadInput,
  type Rating,
} from './feedback-submission.js';

/** About one service or one session, never both (with neither, about the page the card is on). */
export const hasOneSubjectAtMost = (subject: { serviceId?: string; eventId?: string }): boolean =>
  subject.serviceId === undefined || subject.eventId === undefined;

/**
 * Contact details only with permission: when the parent may be contacted, the chosen way has its
 * detail (an email address, or a phone number); when not, no way and no detail is sent.
 */
export const isContactAsAllowed = (answers: {
  contactAllowed: boolean;
  contactMethod?: FeedbackContactMethod;
  email?: string;
  phone?: string;
}): boolean =>
  answers.contactAllowed
    ? answers.contactMethod === 'email'
      ? answers.email !== undefined
      : answers.contactMethod === 'phone' && answers.phone !== undefined
    : answers.contactMethod === undefined && answers.email === undefined && answers.phone === undefined;

// The envelope is the sign-up's, rule for rule: its patterns come from signup-payload.ts, and the
// version and locale rules (whose patterns it does not export) are its very schemas.
const envelope = SignupPayloadSchema.fields!;
const Version = envelope.version.schema as Schema<string>;
const Locale = envelope.locale.schema as Schema<string>;
const Instant = string({ pattern: INSTANT_PATTERN, reason: 'must be a UTC time as YYYY-MM-DDTHH:MM:SS.sssZ' });

export const FeedbackSubjectSchema = object(
  {
    // Kept: a bad id removed on its own would file the feedback under the page instead.
    serviceId: kept(optional(FeedId)),
    eventId: kept(optional(FeedId)),
    /** The service's or session's name as the card showed it. */
    serviceName: optional(feedText(200)),
  },
  { check: hasOneSubjectAtMost, reason: 'feedback is about one service or one session, not both' },
);

export const FeedbackAnswersSchema = object(
  {
    /** 1 = very poor … 5 = very good (see RATINGS); never chosen for the parent. */
    rating: number({ integer: true, min: RATINGS[0], max: RATINGS[RATINGS.length - 1] }),
    wentWell: optional(feedText(1200)),
    couldBeBetter: optional(feedText(1200)),
    contactAllowed: boolean(),
    contactMethod: optional(oneOf(FEEDBACK_CONTACT_METHODS)),
    email: optional(FeedEmail),
    phone: optional(FeedPhone),
  },
  { check: isContactAsAllowed, reason: 'contact details only when the parent may be contacted, and then the chosen one' },
);

/*
 * No `consent` part, unlike the sign-up: feedback is anonymous unless the parent chooses to be
 * contacted, and that choice (`contactAllowed`, never made for them) is the permission for the one
 * detail they then give. A separate tick would ask twice for the same thing.
 */
export const FeedbackPayloadSchema = object({
  version: Version,
  form: oneOf(['feedback']),
  submissionId: string({ pattern: UUID_PATTERN, reason: 'a UUID' }),
  submittedAt: Instant,
  locale: Locale,
  pageUrl: string({ trim: true, pattern: PAGE_ADDRESS_PATTERN, reason: 'a page address without a query string' }),
  subject: FeedbackSubjectSchema,
  answers: FeedbackAnswersSchema,
});

export type FeedbackSubject = Output<typeof FeedbackSubjectSchema>;
export type FeedbackAnswers = Output<typeof FeedbackAnswersSchema>;
export type FeedbackPayload = Output<typeof FeedbackPayloadSchema>;
