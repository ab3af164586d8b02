/**
 * What the sign-up form asks, from the feed's `forms.signup` (or the built-in defaults when the
 * form stands alone): each question's wording, whether it is asked, the choices offered, the
 * consent wording and where the answers go. Pure: the element renders from this.
 */
import type { Contact, Option, Programme, SignupForm, SignupQuestionId } from '../data/feed-schema.js';
import { CONTACT_METHODS, type ContactMethod } from '../forms/signup-submission.js';
import type { SignupEnglish } from './strings/en-GB.js';

/** The exclusive "I'm not sure yet" choice of the interests question. */
export const NOT_SURE = 'not-sure';

/** A scheme's wording for one question, where it gave any. */
export interface QuestionWording {
  label?: string;
  hint?: string;
  asked: boolean;
}

export interface SignupSetup {
  /** The feed's endpoint (the `action` attribute wins over it). */
  endpoint?: string;
  /** Who uses the details, for the default consent wording. */
  who: string;
  consentText: string;
  /** Whether the consent wording is the scheme's own (a default one is reported to the console). */
  consentFromScheme: boolean;
  dbsNote?: string;
  /** The programme's phone and email: another way to get in touch when the form cannot send. */
  contact?: Contact;
  /** The privacy notice's address, resolved: only http(s). */
  privacyUrl?: string;
  contactMethods: readonly ContactMethod[];
  interests: readonly Option[];
  heardAbout: readonly Option[];
  postcodeExample: string;
  questions: ReadonlyMap<SignupQuestionId, QuestionWording>;
}

/** The postcode in examples when the programme gives none: a made-up one that is not a real place. */
export const DEFAULT_POSTCODE_EXAMPLE = 'NB1 4AA';

export function defaultInterests(t: SignupEnglish): Option[] {
  return [
    { id: 'school-gate', label: t.signupInterestSchoolGate },
    { id: 'events', label: t.signupInterestEvents },
    { id: 'parent-panels', label: t.signupInterestPanels },
    { id: 'online', label: t.signupInterestOnline },
  ];
}

export function defaultHeardAbout(t: SignupEnglish): Option[] {
  return [
    { id: 'school', label: t.signupHeardSchool },
    { id: 'childrens-centre', label: t.signupHeardCentre },
    { id: 'health-visitor', label: t.signupHeardHealthVisitor },
    { id: 'friend-or-family', label: t.signupHeardFriend },
    { id: 'social-media', label: t.signupHeardSocial },
    { id: 'other', label: t.signupHeardOther },
  ];
}

/** An http(s) address, resolved against the page (a `privacy-url` may be relative); anything else is no link. */
export function webAddress(url: string | undefined, base = globalThis.document?.baseURI): string | undefined {
  if (!url?.trim()) return undefined;
  try {
    const resolved = new URL(url.trim(), base);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** The form as the feed sets it up, with the defaults filling every gap. */
export function signupSetup(
  form: SignupForm | undefined,
  programme: Programme | undefined,
  t: SignupEnglish,
  privacyUrl?: string,
  site = globalThis.location?.hostname ?? '',
): SignupSetup {
  // Without a programme, the wording still names someone a parent can find: the team at this website.
  const who = programme?.name ?? t.signupConsentWho(site);
  const questions = new Map<SignupQuestionId, QuestionWording>();
  for (const question of form?.questions ?? []) questions.set(question.id, question);
  const methods = form?.contactMethods?.length ? CONTACT_METHODS.filter((m) => form.contactMethods!.includes(m)) : CONTACT_METHODS;
  return {
    endpoint: form?.endpoint,
    who,
    consentText: form?.consentText ?? t.signupConsentDefault(who),
    consentFromScheme: !!form?.consentText,
    dbsNote: form?.dbsNote,
    contact: programme?.contact,
    // The attribute wins over the feed, as `action` does (unless it is no web address); the programme's notice is the last resort.
    privacyUrl: webAddress(privacyUrl) ?? webAddress(form?.privacyNoticeUrl) ?? webAddress(programme?.privacyNoticeUrl),
    contactMethods: methods,
    // An option the scheme names "not-sure" would clash with the exclusive choice: left out.
    interests: (form?.interests.length ? form.interests : defaultInterests(t)).filter((o) => o.id !== NOT_SURE),
    heardAbout: form?.heardAboutOptions.length ? form.heardAboutOptions : defaultHeardAbout(t),
    // A no-break space: the example is one unit a parent copies, never split across lines.
    postcodeExample: (programme?.postcodeExample?.toUpperCase() ?? DEFAULT_POSTCODE_EXAMPLE).replace(/\s+/g, '\u00a0'),
    questions,
  };
}

/** Whether a question is asked (the first four always are: the feed's check refuses leaving them out). */
export function isAsked(setup: SignupSetup, id: SignupQuestionId): boolean {
  return setup.questions.get(id)?.asked ?? true;
}

/** A question's label: the scheme's, else the built-in one. */
export function labelOf(setup: SignupSetup, id: SignupQuestionId, fallback: string): string {
  return setup.questions.get(id)?.label ?? fallback;
}

/** A question's hint: the scheme's (even when the built-in question has none), else the built-in one. */
export function hintOf(setup: SignupSetup, id: SignupQuestionId, fallback?: string): string | undefined {
  return setup.questions.get(id)?.hint ?? fallback;
}
