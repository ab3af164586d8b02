/**
 * What the parent has typed and ticked, as the form holds it and the draft keeps it: text as
 * typed, ticked boxes as lists of their values. Reading it back from a draft takes only what
 * fits, so a draft from an older form or another page never breaks this one.
 */
import type { DraftValues } from '../forms/draft.js';

export type SignupValues = {
  name: string;
  contactMethod: string;
  email: string;
  phone: string;
  area: string;
  childrenAges: string;
  languages: string;
  days: readonly string[];
  timesOfDay: readonly string[];
  interests: readonly string[];
  heardAbout: readonly string[];
  anythingElse: string;
  /** "yes" once the consent box is ticked. */
  consent: string;
  /** When the box was ticked (ISO time): sent with the consent wording. */
  consentGivenAt: string;
  /** The submission's id once Send was pressed: every retry, reload and visit reuses it. */
  submissionId: string;
  /**
   * The payload sent under that id, as JSON: sent again unchanged (same `submittedAt`), so a
   * receiver that stored it answers "already stored" instead of seeing a different body.
   */
  sentPayload: string;
  /** The consent wording the box was ticked under: other wording (the feed's arrived, a newer one) unticks it. */
  consentWording: string;
};

export type TextKey = { [K in keyof SignupValues]: SignupValues[K] extends string ? K : never }[keyof SignupValues];
export type ListKey = Exclude<keyof SignupValues, TextKey>;

export const emptySignupValues = (): SignupValues => ({
  name: '',
  contactMethod: '',
  email: '',
  phone: '',
  area: '',
  childrenAges: '',
  languages: '',
  days: [],
  timesOfDay: [],
  interests: [],
  heardAbout: [],
  anythingElse: '',
  consent: '',
  consentGivenAt: '',
  submissionId: '',
  sentPayload: '',
  consentWording: '',
});

/** A saved draft read back onto the empty form: each value only where its type fits. */
export function valuesFromDraft(saved: DraftValues | undefined): SignupValues {
  const values = emptySignupValues() as unknown as Record<string, string | readonly string[]>;
  if (!saved) return values as unknown as SignupValues;
  for (const [key, empty] of Object.entries(values)) {
    const kept = saved[key];
    if (typeof empty === 'string' && typeof kept === 'string') values[key] = kept;
    else if (Array.isArray(empty) && Array.isArray(kept)) values[key] = kept;
  }
  return values as unknown as SignupValues;
}

/** Whether the parent has typed or ticked anything worth keeping. */
export function hasAnswers(values: SignupValues): boolean {
  const bookkeeping = new Set(['submissionId', 'consentGivenAt', 'sentPayload', 'consentWording']);
  return Object.entries(values).some(([key, value]) => !bookkeeping.has(key) && value.length > 0);
}
