/**
 * Building the feedback payload (its schema, and so its types, are in feedback-payload.ts). Apart
 * from the schema so `<pc-feedback-card>`'s bundle carries only this: the receiver and the JSON
 * Schema read the schema itself.
 */
import type { FeedbackAnswers, FeedbackPayload, FeedbackSubject } from './feedback-payload.js';
import { pageAddress } from './signup-submission.js';

export const FEEDBACK_PAYLOAD_VERSION = '1.0';

/**
 * The five-point scale, worst to best. The card labels every point in words, not only stars, and
 * picks none for the parent:
 *
 * | rating | words |
 * |---|---|
 * | 1 | Very poor |
 * | 2 | Poor |
 * | 3 | Neither good nor poor |
 * | 4 | Good |
 * | 5 | Very good |
 */
export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

/** How a parent who agreed to be contacted would like to hear back: by email, or by phone. */
export const FEEDBACK_CONTACT_METHODS = ['email', 'phone'] as const;
export type FeedbackContactMethod = (typeof FEEDBACK_CONTACT_METHODS)[number];

export interface FeedbackPayloadInput {
  submissionId: string;
  /** What it is about: `{ serviceId }`, `{ eventId }`, or `{}` for the page the card is on. */
  subject: FeedbackSubject;
  answers: FeedbackAnswers;
  submittedAt: Date;
  locale: string;
  pageHref: string;
}

/**
 * The answers as sent: contact details only when the parent agreed to be contacted, and then only
 * the chosen way's (an email address typed before they switched to phone is not sent).
 */
function sentAnswers(answers: FeedbackAnswers): FeedbackAnswers {
  const { contactMethod, email, phone, ...rest } = answers;
  if (!answers.contactAllowed) return rest as FeedbackAnswers;
  return {
    ...rest,
    ...(contactMethod !== undefined && { contactMethod }),
    ...(contactMethod === 'email' && email !== undefined && { email }),
    ...(contactMethod === 'phone' && phone !== undefined && { phone }),
  } as FeedbackAnswers;
}

/** The payload for one submission. */
export function feedbackPayload(input: FeedbackPayloadInput): FeedbackPayload {
  return {
    version: FEEDBACK_PAYLOAD_VERSION,
    form: 'feedback',
    submissionId: input.submissionId,
    submittedAt: input.submittedAt.toISOString(),
    locale: input.locale,
    pageUrl: pageAddress(input.pageHref),
    subject: input.subject,
    answers: sentAnswers(input.answers),
  };
}
