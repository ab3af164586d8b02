import type { CoreStrings, FeedbackSummaryStrings } from '../../i18n/translation.js';
import { enGB } from '../../i18n/locales/en-GB.js';
import { plural } from '../../i18n/plural.js';

const RATING_WORDS = ['Very poor', 'Poor', 'Neither good nor poor', 'Good', 'Very good'] as const;

/** British English for `<pc-feedback-summary>`: read by the element with the core strings (below). */
export const feedbackSummaryEnGB: FeedbackSummaryStrings = {
  feedbackSummaryHeading: 'What parents told us',
  feedbackSummaryResponses: (n, formatted) => `Based on ${formatted} ${plural('en-GB', n, { one: 'response', other: 'responses' })}`,
  feedbackSummaryRatings: 'How parents rated it',
  feedbackSummaryRating: (rating) => RATING_WORDS[rating - 1],
  feedbackSummaryNotEnough: (n, formatted) =>
    `Not enough parents have given feedback yet for us to show a summary. We will show one when at least ${formatted} ${plural('en-GB', n, { one: 'parent has', other: 'parents have' })}.`,
  feedbackSummaryNotEnoughAny: (n, formatted) =>
    `Not enough parents have given feedback yet for us to show a summary of any service. We show a service’s summary when at least ${formatted} ${plural('en-GB', n, { one: 'parent has', other: 'parents have' })} given feedback on it.`,
  feedbackSummaryNone: 'No summary of parents’ feedback has been published here yet.',
  feedbackSummaryNotesHeading: 'You said, we did',
  feedbackSummaryYouSaid: 'You said',
  feedbackSummaryWeDid: 'We did',
  feedbackSummaryAbout: (service) => `About ${service}`,
  feedbackSummaryMoreServices: 'Show more services',
  feedbackSummaryMoreNotes: 'Show earlier changes',
};

/** What the element's `t` holds: the core strings and its own. */
export type FeedbackSummaryEnglish = CoreStrings & FeedbackSummaryStrings;

/** The element's British English: the core strings and its own. */
export const feedbackSummaryEnglish: FeedbackSummaryEnglish = { ...enGB, ...feedbackSummaryEnGB };
