/**
 * What `<pc-champion-signup>` sends: a versioned payload, described by the JSON Schema published
 * with the package (schema/signup.schema.json, written from these schemas: one source). It holds
 * the answers, the consent wording the parent saw and when they gave it, the page's language, the
 * page's address without its query string (which can carry tracking or personal data) and the
 * submission id that is also the request's `Idempotency-Key`.
 *
 * Only what a coordinator needs to get in touch and match a volunteer to a role; no
 * special-category data is asked for.
 */
import { FeedEmail, FeedId, FeedPhone, feedText, WeekdaySchema } from '../data/feed-schema.js';
import { boolean, list, object, oneOf, optional, string, type Output } from '../data/schema-kit.js';

import { CONTACT_METHODS, TIMES_OF_DAY, type ContactMethod } from './signup-submission.js';

export { CONTACT_METHODS, TIMES_OF_DAY, SIGNUP_PAYLOAD_VERSION, pageAddress, signupPayload, type ContactMethod, type SignupPayloadInput } from './signup-submission.js';

/** The chosen way to get in touch has its detail: an email address, or a phone number to call or text. */
export const hasContactForMethod = (answers: { contactMethod: ContactMethod; email?: string; phone?: string }): boolean =>
  answers.contactMethod === 'email' ? !!answers.email : !!answers.phone;

/** Consent is a tick the parent gave; a payload without it is not a sign-up. */
export const isConsentGiven = (consent: { given: boolean }): boolean => consent.given === true;

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** An exact moment: ISO 8601 in UTC with milliseconds, as `Date.prototype.toISOString` writes it. */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const Instant = string({ pattern: INSTANT_PATTERN, reason: 'must be a UTC time as YYYY-MM-DDTHH:MM:SS.sssZ' });
/** An http(s) page address without a query string or fragment. */
export const PAGE_ADDRESS_PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^?#\s]+$/;

export const SignupAnswersSchema = object(
  {
    name: feedText(200),
    contactMethod: oneOf(CONTACT_METHODS),
    email: optional(FeedEmail),
    phone: optional(FeedPhone),
    /** Postcode or ward, as the parent wrote it. */
    area: feedText(100),
    childrenAges: optional(feedText(200)),
    languages: optional(list(feedText(60)), []),
    days: optional(list(WeekdaySchema), []),
    timesOfDay: optional(list(oneOf(TIMES_OF_DAY)), []),
    interests: optional(list(FeedId), []),
    heardAbout: optional(list(FeedId), []),
    anythingElse: optional(feedText(1200)),
  },
  { check: hasContactForMethod, reason: 'the chosen way to get in touch needs its email address or phone number' },
);

/** The consent the parent ticked: the words they saw, and when. */
export const ConsentSchema = object(
  { given: boolean(), text: feedText(2000), givenAt: Instant },
  { check: isConsentGiven, reason: 'consent must be given' },
);

export const SignupPayloadSchema = object({
  version: string({ pattern: /^1\.\d+$/, reason: 'version' }),
  form: oneOf(['signup']),
  submissionId: string({ pattern: UUID_PATTERN, reason: 'a UUID' }),
  submittedAt: Instant,
  locale: string({ pattern: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, reason: 'locale' }),
  pageUrl: string({ trim: true, pattern: PAGE_ADDRESS_PATTERN, reason: 'a page address without a query string' }),
  consent: ConsentSchema,
  answers: SignupAnswersSchema,
});

export type SignupAnswers = Output<typeof SignupAnswersSchema>;
export type SignupPayload = Output<typeof SignupPayloadSchema>;
