/**
 * Building the sign-up payload (its schema, and so its types, are in signup-payload.ts). Apart
 * from the schema so the form's bundle carries only this: the receiver and the JSON Schema read
 * the schema itself.
 */
import type { SignupAnswers, SignupPayload } from './signup-payload.js';

export const SIGNUP_PAYLOAD_VERSION = '1.0';

export const CONTACT_METHODS = ['email', 'phone', 'text'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;

/** The page's address as sent: no query string or fragment (they can carry tracking ids or personal data). */
export function pageAddress(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

export interface SignupPayloadInput {
  submissionId: string;
  answers: SignupAnswers;
  consentText: string;
  consentGivenAt: Date;
  submittedAt: Date;
  locale: string;
  pageHref: string;
}

/** The payload for one submission. */
export function signupPayload(input: SignupPayloadInput): SignupPayload {
  return {
    version: SIGNUP_PAYLOAD_VERSION,
    form: 'signup',
    submissionId: input.submissionId,
    submittedAt: input.submittedAt.toISOString(),
    locale: input.locale,
    pageUrl: pageAddress(input.pageHref),
    consent: { given: true, text: input.consentText, givenAt: input.consentGivenAt.toISOString() },
    answers: input.answers,
  };
}
