/**
 * The forms' settings in the native feed (`forms`: the sign-up's and the feedback card's), part of
 * the contract beside feed-schema.ts. A module of its own so only the bundles and chunks that hold
 * a form carry these schemas: an entry that imports them would keep them even when only a form's
 * chunk (fetched later) reads them.
 */
import { boolean, list, object, oneOf, optional, type Output } from './schema-kit.js';
import { FeedWebUrl as WebUrl, feedText as text, OptionSchema } from './feed-schema.js';

/** The sign-up form's questions, by id: the first four are always asked (a scheme may relabel them). */
export const SIGNUP_QUESTION_IDS = ['name', 'contact', 'area', 'consent', 'childrenAges', 'languages', 'availability', 'interests', 'heardAbout', 'anythingElse'] as const;
export type SignupQuestionId = (typeof SIGNUP_QUESTION_IDS)[number];
const ALWAYS_ASKED: readonly string[] = SIGNUP_QUESTION_IDS.slice(0, 4);
/** A question a scheme leaves out must be one the form can do without. Named so the JSON Schema generator can translate it. */
export const isLeavableQuestion = (question: { id: string; asked: boolean }): boolean => question.asked || !ALWAYS_ASKED.includes(question.id);

/** A scheme's own wording for a question, or leaving an optional one out. */
export const SignupQuestionSchema = object(
  { id: oneOf(SIGNUP_QUESTION_IDS), label: optional(text(200)), hint: optional(text(300)), asked: optional(boolean(), true) },
  { check: isLeavableQuestion, reason: 'always-asked' },
);

export const SignupFormSchema = object({
  endpoint: WebUrl,
  heardAboutOptions: optional(list(OptionSchema), []),
  interests: optional(list(OptionSchema), []),
  consentText: text(2000),
  dbsNote: optional(text(500)),
  privacyNoticeUrl: optional(WebUrl),
  contactMethods: optional(list(oneOf(['email', 'phone', 'text']), { min: 1, reason: 'contact-methods' })),
  questions: optional(list(SignupQuestionSchema), []),
});

export const FeedbackFormSchema = object({
  endpoint: WebUrl,
  question: optional(text(200)),
  whatHappensText: optional(text(2000)),
  safeguardingText: optional(text(500)),
  noNamesText: optional(text(300)),
  youSaidWeDidUrl: optional(WebUrl),
  // The contract's first name for whatHappensText, still read.
  consentText: optional(text(2000)),
});

export const FormsSchema = object({ signup: optional(SignupFormSchema), feedback: optional(FeedbackFormSchema) });

export type Forms = Output<typeof FormsSchema>;
export type SignupForm = Output<typeof SignupFormSchema>;
export type FeedbackForm = Output<typeof FeedbackFormSchema>;
