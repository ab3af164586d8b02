/**
 * What the parent has chosen and typed on the feedback card, as the element holds it and the
 * draft keeps it. Reading it back from a draft takes only what fits.
 */
import type { DraftValues } from '../forms/draft.js';

export type FeedbackValues = {
  /** The picker's choice: a service's id, or NOT_LISTED (without `service-id`). */
  service: string;
  /** What the parent typed into the picker's search. */
  search: string;
  /** "1" … "5", or "" until chosen (never chosen for the parent). */
  rating: string;
  wentWell: string;
  couldBeBetter: string;
  /** "yes" once the parent ticked that they may be contacted; anonymous otherwise. */
  contactAllowed: string;
  contactMethod: string;
  email: string;
  phone: string;
  /** The submission's id once Send was pressed: every retry, reload and visit reuses it. */
  submissionId: string;
  /** The payload sent under that id, as JSON: sent again unchanged. */
  sentPayload: string;
};

export type FeedbackKey = keyof FeedbackValues;

export const emptyFeedbackValues = (): FeedbackValues => ({
  service: '',
  search: '',
  rating: '',
  wentWell: '',
  couldBeBetter: '',
  contactAllowed: '',
  contactMethod: '',
  email: '',
  phone: '',
  submissionId: '',
  sentPayload: '',
});

/** A saved draft read back onto the empty card: each value only where it is text. */
export function feedbackValuesFromDraft(saved: DraftValues | undefined): FeedbackValues {
  const values = emptyFeedbackValues();
  if (!saved) return values;
  for (const key of Object.keys(values) as FeedbackKey[]) {
    const kept = saved[key];
    if (typeof kept === 'string') values[key] = kept;
  }
  return values;
}

/** Whether the parent has chosen or typed anything (a draft to come back to opens the card at once). */
export function hasFeedbackAnswers(values: FeedbackValues): boolean {
  return !!(values.rating || values.wentWell || values.couldBeBetter || values.contactAllowed || values.service);
}
