/**
 * Checking the sign-up form as GOV.UK does: every problem at once, in the order of the form,
 * each with a message saying how to put it right and the field it belongs to. When there is
 * none, the answers to send, cleaned (a postcode in capitals, a phone number as its digits).
 * Pure: tests call it without a page.
 */
import type { SignupAnswers } from '../forms/signup-payload.js';
import { characterCount, checkEmail, checkPhone, checkPostcodeOrWard, tidySpaces } from '../forms/field-checks.js';
import { formatNumber } from '../forms/number-format.js';
import type { Weekday } from '../data/feed-schema.js';
import { WEEKDAYS } from '../data/feed-patterns.js';
import { TIMES_OF_DAY } from '../forms/signup-submission.js';
import { isAsked, labelOf, NOT_SURE, type SignupSetup } from './signup-setup.js';
import type { SignupValues } from './signup-values.js';
import type { SignupEnglish } from './strings/en-GB.js';

/** One problem: the id of the control to focus (the first of a group) and what to do. */
export interface FieldError {
  /** The question it belongs to (its key in the values). */
  key: keyof SignupValues;
  message: string;
}

/** The longest answers the payload takes (its JSON Schema's limits). */
export const LIMITS = { name: 200, area: 100, childrenAges: 200, languages: 300, anythingElse: 1200 } as const;

export type SignupCheck = { errors: FieldError[]; answers?: SignupAnswers };


/** The languages typed, one per comma, "and" or new line: "English, Polish and Urdu" → three. */
export function splitLanguages(typed: string): string[] {
  return typed
    .split(/[,;/\n、،]|\s+(?:and|&)\s+/i)
    .map((language) => tidySpaces(language))
    .filter(Boolean)
    .slice(0, 20);
}

export function checkSignup(values: SignupValues, setup: SignupSetup, t: SignupEnglish): SignupCheck {
  const errors: FieldError[] = [];
  const fail = (key: keyof SignupValues, message: string) => errors.push({ key, message });
  const tooLong = (key: keyof typeof LIMITS, label: string) => {
    if (characterCount(values[key]) > LIMITS[key]) {
      fail(key, t.formTooLong(label, formatNumber(LIMITS[key], t.$code)));
      return true;
    }
    return false;
  };

  const name = tidySpaces(values.name);
  if (!name) fail('name', t.signupErrorName);
  else tooLong('name', labelOf(setup, 'name', t.signupName));

  const method = setup.contactMethods.find((m) => m === values.contactMethod);
  let email: string | undefined;
  let phone: string | undefined;
  if (!method) fail('contactMethod', t.signupErrorContact);
  else if (method === 'email') {
    const checked = checkEmail(values.email);
    if (checked.ok) email = checked.value;
    else fail('email', checked.problem === 'missing' ? t.signupErrorEmail : t.signupErrorEmailFormat);
  } else {
    const checked = checkPhone(values.phone, { mobile: method === 'text' });
    if (checked.ok) phone = checked.value;
    else fail('phone', checked.problem === 'missing' ? t.signupErrorPhone : checked.problem === 'not-mobile' ? t.signupErrorMobile : t.signupErrorPhoneFormat);
  }

  const area = checkPostcodeOrWard(values.area);
  if (!area.ok) fail('area', area.problem === 'missing' ? t.signupErrorArea : t.signupErrorAreaFormat(setup.postcodeExample));

  if (isAsked(setup, 'childrenAges')) tooLong('childrenAges', labelOf(setup, 'childrenAges', t.signupChildrenAges));

  const languages = isAsked(setup, 'languages') ? splitLanguages(values.languages) : [];
  if (isAsked(setup, 'languages') && !tooLong('languages', labelOf(setup, 'languages', t.signupLanguages)) && !languages.length) {
    fail('languages', t.signupErrorLanguages);
  }

  const days = WEEKDAYS.filter((day) => values.days.includes(day)) as Weekday[];
  const timesOfDay = TIMES_OF_DAY.filter((time) => values.timesOfDay.includes(time));
  if (isAsked(setup, 'availability')) {
    if (!days.length) fail('days', t.signupErrorDays);
    if (!timesOfDay.length) fail('timesOfDay', t.signupErrorTimes);
  }

  const offered = new Set([...setup.interests.map((o) => o.id), NOT_SURE]);
  const interests = values.interests.includes(NOT_SURE) ? [NOT_SURE] : values.interests.filter((id) => offered.has(id));
  if (isAsked(setup, 'interests') && !interests.length) fail('interests', t.signupErrorInterests);

  const heard = new Set(setup.heardAbout.map((o) => o.id));
  const heardAbout = values.heardAbout.filter((id) => heard.has(id));

  if (isAsked(setup, 'anythingElse')) tooLong('anythingElse', labelOf(setup, 'anythingElse', t.signupAnythingElse));

  if (values.consent !== 'yes') fail('consent', t.signupErrorConsent);

  if (errors.length || !method || !area.ok) return { errors };
  const childrenAges = isAsked(setup, 'childrenAges') ? values.childrenAges.trim() : '';
  const anythingElse = isAsked(setup, 'anythingElse') ? values.anythingElse.trim() : '';
  return {
    errors,
    answers: {
      name,
      contactMethod: method,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      area: area.value,
      ...(childrenAges ? { childrenAges } : {}),
      languages,
      days: isAsked(setup, 'availability') ? days : [],
      timesOfDay: isAsked(setup, 'availability') ? timesOfDay : [],
      interests: isAsked(setup, 'interests') ? interests : [],
      heardAbout: isAsked(setup, 'heardAbout') ? heardAbout : [],
      ...(anythingElse ? { anythingElse } : {}),
    },
  };
}

/**
 * Which question a receiver's 422 means: `answers.email`, `email`, `/answers/email` or the
 * payload's `consent`. Unknown names give undefined (the summary then shows a general message).
 */
export function questionForField(field: string): keyof SignupValues | undefined {
  const name = field.replace(/^\/?(answers[./])?/, '').split(/[./[]/)[0];
  const known: Record<string, keyof SignupValues> = {
    name: 'name',
    contactMethod: 'contactMethod',
    email: 'email',
    phone: 'phone',
    area: 'area',
    childrenAges: 'childrenAges',
    languages: 'languages',
    days: 'days',
    timesOfDay: 'timesOfDay',
    interests: 'interests',
    heardAbout: 'heardAbout',
    anythingElse: 'anythingElse',
    consent: 'consent',
  };
  return Object.hasOwn(known, name) ? known[name] : undefined;
}
