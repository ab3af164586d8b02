import type { CoreStrings, FeedbackCardStrings, FormStrings, LocaleIdentity } from '../../i18n/translation.js';
import { enGBIdentity, enGBLoading } from '../../i18n/locales/en-GB.js';
import { formsEnGB } from '../../forms/strings/en-GB.js';
import { plural } from '../../i18n/plural.js';

const RATING_WORDS = ['Very poor', 'Poor', 'Neither good nor poor', 'Good', 'Very good'] as const;

/** British English for `<pc-feedback-card>`. Error messages say how to fix the answer (GOV.UK style). */
export const feedbackCardEnGB: FeedbackCardStrings = {
  feedbackCardHeading: 'Tell us what you think',
  feedbackCardQuestionAbout: (name) => `How was ${name}?`,
  feedbackCardQuestionService: 'How was the service?',
  feedbackCardQuestionSession: 'How was the session?',
  feedbackCardQuestionPage: 'How useful was this page?',
  feedbackCardRating: (rating) => RATING_WORDS[rating - 1],
  feedbackCardErrorRating: 'Select how it was, from very good to very poor',
  feedbackCardPickLegend: 'Which service is your feedback about?',
  feedbackCardPickSearch: 'Search for the service',
  feedbackCardPickSearchHint: 'Type part of its name, then choose it from the list',
  feedbackCardPickMatches: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'service matches', other: 'services match' })}`,
  feedbackCardPickMore: (shown, total) => `Showing ${shown} of ${total}: type more of the name to find yours`,
  feedbackCardPickNotListed: 'It is not listed',
  feedbackCardErrorPick: 'Select the service your feedback is about',
  feedbackCardWentWell: 'What went well?',
  feedbackCardCouldBeBetter: 'What could be better?',
  feedbackCardNoNamesHint: 'Please do not name staff, children or other parents.',
  feedbackCardContactAllowed: 'You can contact me about my feedback',
  feedbackCardContactAllowedHint: 'Leave this unticked to stay anonymous.',
  feedbackCardContactLegend: 'How should we contact you?',
  feedbackCardContactEmail: 'Email',
  feedbackCardContactPhone: 'Phone',
  feedbackCardEmail: 'Email address',
  feedbackCardPhone: 'Phone number',
  feedbackCardErrorContact: 'Select how we should contact you',
  feedbackCardErrorEmail: 'Enter your email address',
  feedbackCardErrorEmailFormat: 'Enter an email address in the correct format, like name@example.com',
  feedbackCardErrorPhone: 'Enter a phone number',
  feedbackCardErrorPhoneFormat: 'Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
  feedbackCardWhatHappensTitle: 'What happens to your feedback',
  feedbackCardWhatHappens:
    'Parent Champions read every response and share what parents say, without names, with the people who run local services. We publish what changes because of it.',
  feedbackCardSafeguarding: 'If a child is in danger, call 999.',
  feedbackCardSubmit: 'Send feedback',
  feedbackCardSuccessTitle: 'Thank you for your feedback',
  feedbackCardSuccessNext: 'We publish what we change because of what parents tell us.',
  feedbackCardYouSaidWeDidLink: 'See what parents said and what we did',
  feedbackCardUseful: 'Was this useful?',
  feedbackCardYes: 'Yes',
  feedbackCardNo: 'No',
  feedbackCardGlad: 'Thank you. We are glad it helped.',
  feedbackCardTellMore: 'Tell us more',
};

/** What the element's `t` holds: its identity, "Loading…", the forms' words and its own. */
export type FeedbackCardEnglish = LocaleIdentity & Pick<CoreStrings, 'loading'> & FormStrings & FeedbackCardStrings;

export const feedbackCardEnglish: FeedbackCardEnglish = { ...enGBIdentity, ...enGBLoading, ...formsEnGB, ...feedbackCardEnGB };
