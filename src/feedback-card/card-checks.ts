/**
 * Checking the feedback card as GOV.UK does: every problem at once, in the order of the card,
 * each saying how to put it right. When there is none, what to send: the subject and the answers,
 * cleaned. Pure: tests call it without a page.
 */
import type { FeedbackAnswers, FeedbackSubject, Rating } from '../forms/feedback-payload.js';
import { characterCount, checkEmail, checkPhone } from '../forms/field-checks.js';
import { formatNumber } from '../forms/number-format.js';
import { subjectOf, type CardSetup } from './card-setup.js';
import type { FeedbackKey, FeedbackValues } from './card-values.js';
import type { FeedbackCardEnglish } from './strings/en-GB.js';

export interface FieldError {
  /** The answer it belongs to (its key in the values). */
  key: FeedbackKey;
  message: string;
}

/** The longest answers the payload takes (its JSON Schema's limits). */
export const TEXT_LIMIT = 1200;

export type FeedbackCheck = { errors: FieldError[]; subject?: FeedbackSubject; answers?: FeedbackAnswers };

/** The words a parent typed, kept as typed (line breaks too) but without blank edges; `undefined` when empty. */
const words = (typed: string): string | undefined => typed.trim() || undefined;

export function checkFeedback(values: FeedbackValues, setup: CardSetup, t: FeedbackCardEnglish): FeedbackCheck {
  const errors: FieldError[] = [];
  const fail = (key: FeedbackKey, message: string) => errors.push({ key, message });

  const subject = subjectOf(setup, values.service);
  if (!subject) fail('service', t.feedbackCardErrorPick);

  const rating = Number(values.rating);
  if (!(Number.isInteger(rating) && rating >= 1 && rating <= 5)) fail('rating', t.feedbackCardErrorRating);

  for (const [key, label] of [
    ['wentWell', t.feedbackCardWentWell],
    ['couldBeBetter', t.feedbackCardCouldBeBetter],
  ] as const) {
    if (characterCount(values[key].trim()) > TEXT_LIMIT) fail(key, t.formTooLong(label.replace(/\?$/, ''), formatNumber(TEXT_LIMIT, t.$code)));
  }

  const contactAllowed = values.contactAllowed === 'yes';
  let contact: Pick<FeedbackAnswers, 'contactMethod' | 'email' | 'phone'> = {};
  if (contactAllowed) {
    if (values.contactMethod === 'email') {
      const checked = checkEmail(values.email);
      if (checked.ok) contact = { contactMethod: 'email', email: checked.value };
      else fail('email', checked.problem === 'missing' ? t.feedbackCardErrorEmail : t.feedbackCardErrorEmailFormat);
    } else if (values.contactMethod === 'phone') {
      const checked = checkPhone(values.phone);
      if (checked.ok) contact = { contactMethod: 'phone', phone: checked.value };
      else fail('phone', checked.problem === 'missing' ? t.feedbackCardErrorPhone : t.feedbackCardErrorPhoneFormat);
    } else fail('contactMethod', t.feedbackCardErrorContact);
  }

  if (errors.length) return { errors };
  const wentWell = words(values.wentWell);
  const couldBeBetter = words(values.couldBeBetter);
  return {
    errors,
    subject,
    answers: {
      rating: rating as Rating,
      ...(wentWell && { wentWell }),
      ...(couldBeBetter && { couldBeBetter }),
      contactAllowed,
      ...contact,
    },
  };
}

/** The answer a receiver's field (`email`, `answers.email`, `/subject/serviceId`) belongs to, if the card has it. */
export function answerForField(field: string): FeedbackKey | undefined {
  // `email`, `answers.email` or `/answers/email`, as receivers write them.
  const name = field.replace(/^\/?((answers|subject)[./])?/, '').split(/[./[]/)[0];
  const known: Record<string, FeedbackKey> = {
    serviceId: 'service',
    rating: 'rating',
    wentWell: 'wentWell',
    couldBeBetter: 'couldBeBetter',
    contactAllowed: 'contactAllowed',
    contactMethod: 'contactMethod',
    email: 'email',
    phone: 'phone',
  };
  return Object.hasOwn(known, name) ? known[name] : undefined;
}
