import type { CoreStrings, FormStrings, LocaleIdentity, SignupStrings } from '../../i18n/translation.js';
import { enGBIdentity, enGBLoading } from '../../i18n/locales/en-GB.js';
import { formsEnGB } from '../../forms/strings/en-GB.js';

/** British English for `<pc-champion-signup>`. Error messages say how to fix the answer (GOV.UK style). */
export const signupEnGB: SignupStrings = {
  signupHeading: 'Become a Parent Champion',
  signupIntro:
    'Parent Champions are parents who volunteer to tell other parents about local services and activities for families. Tell us a little about yourself and we will get in touch.',
  signupName: 'Your name',
  signupContactLegend: 'How should we contact you?',
  signupContactEmail: 'Email',
  signupContactPhone: 'Phone call',
  signupContactText: 'Text message',
  signupEmail: 'Email address',
  signupPhone: 'Phone number',
  signupMobile: 'Mobile phone number',
  signupArea: 'Postcode or ward',
  signupAreaHint: (example) => `For example, ${example}, or the name of your ward`,
  signupChildrenAges: 'Your children’s ages',
  signupChildrenAgesHint: 'For example, 2 and 4. It helps us put you in touch with parents like you.',
  signupLanguages: 'Languages you speak',
  signupLanguagesHint: 'For example, English, Polish, Urdu',
  signupAvailabilityLegend: 'When could you help?',
  signupDays: 'Days',
  signupTimes: 'Times of day',
  signupMorning: 'Mornings',
  signupAfternoon: 'Afternoons',
  signupEvening: 'Evenings',
  signupInterestsLegend: 'What would you like to do?',
  signupInterestSchoolGate: 'Talk to parents at the school gate and at children’s centres',
  signupInterestEvents: 'Help at events',
  signupInterestPanels: 'Join parent panels and have a say in local services',
  signupInterestOnline: 'Share news online',
  signupInterestNotSure: 'I’m not sure yet',
  signupHeardLegend: 'How did you hear about Parent Champions?',
  signupHeardSchool: 'From a school or nursery',
  signupHeardCentre: 'At a children’s centre or family hub',
  signupHeardHealthVisitor: 'From a health visitor or midwife',
  signupHeardFriend: 'From a friend or family member',
  signupHeardSocial: 'On social media',
  signupHeardOther: 'Somewhere else',
  signupAnythingElse: 'Anything else you would like to tell us',
  signupConsentLegend: 'Using your details',
  signupConsentDefault: (who) =>
    `${who} will use your name, contact details and answers only to get in touch about becoming a Parent Champion. They will not be shared with anyone else. You can change your mind and have them deleted at any time: tell the person who contacts you, or use the contact details on this website.`,
  signupConsentWho: (site) => (site ? `The Parent Champions team at ${site}` : 'The Parent Champions team'),
  signupConsentCheckbox: 'I agree to my details being used in this way',
  signupPrivacyLink: 'How your information is used (privacy notice)',
  signupSubmit: 'Sign up',
  signupSuccessTitle: 'Thank you for signing up',
  signupSuccessNext:
    'Someone from the Parent Champions team will contact you the way you asked, to talk about the role and answer your questions. Nothing is decided until you have talked to them.',
  signupErrorName: 'Enter your name',
  signupErrorContact: 'Select how you would like us to contact you',
  signupErrorEmail: 'Enter your email address',
  signupErrorEmailFormat: 'Enter an email address in the correct format, like name@example.com',
  signupErrorPhone: 'Enter a phone number',
  signupErrorPhoneFormat: 'Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
  signupErrorMobile: 'Enter a mobile phone number we can text, like 07700 900 982',
  signupErrorArea: 'Enter your postcode or the name of your ward',
  signupErrorAreaFormat: (example) => `Enter a full postcode, like ${example}, or the name of your ward`,
  signupErrorLanguages: 'Enter the languages you speak',
  signupErrorDays: 'Select the days you could help',
  signupErrorTimes: 'Select the times of day you could help',
  signupErrorInterests: 'Select what you would like to do, or select “I’m not sure yet”',
  signupErrorConsent: 'Select the box to agree to your details being used',
};

/**
 * What the element's `t` holds: the language, "Loading…", the forms' strings and its own. Not the
 * other core strings: a form shows no feed's errors (a feed that fails leaves it on its defaults),
 * so its entry does not carry their words.
 */
export type SignupEnglish = LocaleIdentity & Pick<CoreStrings, 'loading'> & FormStrings & SignupStrings;

export const signupEnglish: SignupEnglish = { ...enGBIdentity, ...enGBLoading, ...formsEnGB, ...signupEnGB };
