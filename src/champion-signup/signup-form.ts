/**
 * The sign-up form's questions, in the order a coordinator reads them, drawn with the shared
 * form fields. Pure template functions over the element's values and setup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { choiceGroup, textArea, textField } from '../forms/fields.js';
import type { Weekday } from '../data/feed-schema.js';
import { TIMES_OF_DAY, type ContactMethod } from '../forms/signup-submission.js';
import { LIMITS } from './signup-checks.js';
import { hintOf, isAsked, labelOf, NOT_SURE, type SignupSetup } from './signup-setup.js';
import type { ListKey, SignupValues, TextKey } from './signup-values.js';
import type { SignupEnglish } from './strings/en-GB.js';

/** Each question's control id: the error summary links to it (a group's: its first choice). */
export const FIELD_IDS: Record<keyof SignupValues, string> = {
  name: 'name',
  contactMethod: 'contact',
  email: 'email',
  phone: 'phone',
  area: 'area',
  childrenAges: 'children-ages',
  languages: 'languages',
  days: 'days',
  timesOfDay: 'times',
  interests: 'interests',
  heardAbout: 'heard-about',
  anythingElse: 'anything-else',
  consent: 'consent',
  consentGivenAt: 'consent',
  consentWording: 'consent',
  submissionId: 'name',
  sentPayload: 'name',
};

export interface SignupFormView {
  t: SignupEnglish;
  setup: SignupSetup;
  values: SignupValues;
  error: (key: keyof SignupValues) => string | undefined;
  /** The character count screen readers hear (after a pause). */
  spokenCount: string;
  /** The days of the week in the locale's words, Monday first. */
  days: readonly { value: Weekday; label: string }[];
  setText: (key: TextKey, value: string) => void;
  setList: (key: ListKey, values: string[]) => void;
}

function contactQuestion(view: SignupFormView): TemplateResult {
  const { t, setup, values } = view;
  const label: Record<ContactMethod, string> = { email: t.signupContactEmail, phone: t.signupContactPhone, text: t.signupContactText };
  const email = () =>
    textField(t, {
      id: FIELD_IDS.email,
      label: t.signupEmail,
      value: values.email,
      type: 'email',
      autocomplete: 'email',
      inputmode: 'email',
      spellcheck: false,
      width: 30,
      error: view.error('email'),
      input: (value) => view.setText('email', value),
    });
  const phone = (method: 'phone' | 'text') =>
    textField(t, {
      id: FIELD_IDS.phone,
      label: method === 'text' ? t.signupMobile : t.signupPhone,
      value: values.phone,
      type: 'tel',
      autocomplete: 'tel',
      inputmode: 'tel',
      width: 20,
      error: view.error('phone'),
      input: (value) => view.setText('phone', value),
    });
  return choiceGroup(t, {
    id: FIELD_IDS.contactMethod,
    type: 'radio',
    label: labelOf(setup, 'contact', t.signupContactLegend),
    hint: hintOf(setup, 'contact'),
    error: view.error('contactMethod'),
    selected: [values.contactMethod],
    // Phone and text share one number: only the picked choice shows it (one field, one id).
    choices: setup.contactMethods.map((method) => ({
      value: method,
      label: label[method],
      reveal: method === 'email' ? email() : values.contactMethod === method ? phone(method) : html``,
    })),
    change: ([method]) => view.setText('contactMethod', method ?? ''),
  });
}

function consentQuestion(view: SignupFormView): TemplateResult {
  const { t, setup, values } = view;
  const error = view.error('consent');
  const privacy = setup.privacyUrl;
  return html`<div class="field ${error ? 'field--error' : ''}">
    <fieldset class="fieldset" aria-describedby="consent-hint${error ? ' consent-error' : ''}">
      <legend class="legend">${labelOf(setup, 'consent', t.signupConsentLegend)}</legend>
      <div class="hint consent" id="consent-hint">
        <p dir="auto">${setup.consentText}</p>
        ${privacy ? html`<p><a href=${privacy}>${t.signupPrivacyLink}</a></p>` : nothing}
      </div>
      ${error ? html`<p class="error-message" id="consent-error"><span class="visually-hidden">${t.formErrorPrefix}</span> ${error}</p>` : nothing}
      <div class="choice">
        <input
          class="choice__input"
          id="consent"
          name="consent"
          type="checkbox"
          .checked=${live(values.consent === 'yes')}
          @change=${(event: Event) => view.setText('consent', (event.target as HTMLInputElement).checked ? 'yes' : '')}
        />
        <label class="choice__label" for="consent">${t.signupConsentCheckbox}</label>
      </div>
    </fieldset>
  </div>`;
}

export function renderQuestions(view: SignupFormView): TemplateResult {
  const { t, setup, values } = view;
  const asked = (id: Parameters<typeof isAsked>[1]) => isAsked(setup, id);
  return html`
    ${textField(t, {
      id: FIELD_IDS.name,
      label: labelOf(setup, 'name', t.signupName),
      hint: hintOf(setup, 'name'),
      value: values.name,
      autocomplete: 'name',
      spellcheck: false,
      width: 30,
      error: view.error('name'),
      input: (value) => view.setText('name', value),
    })}
    ${contactQuestion(view)}
    ${textField(t, {
      id: FIELD_IDS.area,
      label: labelOf(setup, 'area', t.signupArea),
      hint: hintOf(setup, 'area', t.signupAreaHint(setup.postcodeExample)),
      value: values.area,
      autocomplete: 'postal-code',
      width: 20,
      error: view.error('area'),
      input: (value) => view.setText('area', value),
    })}
    ${asked('childrenAges')
      ? textField(t, {
          id: FIELD_IDS.childrenAges,
          label: labelOf(setup, 'childrenAges', t.signupChildrenAges),
          hint: hintOf(setup, 'childrenAges', t.signupChildrenAgesHint),
          optional: true,
          value: values.childrenAges,
          width: 20,
          error: view.error('childrenAges'),
          input: (value) => view.setText('childrenAges', value),
        })
      : nothing}
    ${asked('languages')
      ? textField(t, {
          id: FIELD_IDS.languages,
          label: labelOf(setup, 'languages', t.signupLanguages),
          hint: hintOf(setup, 'languages', t.signupLanguagesHint),
          value: values.languages,
          width: 30,
          error: view.error('languages'),
          input: (value) => view.setText('languages', value),
        })
      : nothing}
    ${asked('availability') ? availability(view) : nothing}
    ${asked('interests')
      ? choiceGroup(t, {
          id: FIELD_IDS.interests,
          type: 'checkbox',
          label: labelOf(setup, 'interests', t.signupInterestsLegend),
          hint: hintOf(setup, 'interests', t.formSelectAll),
          error: view.error('interests'),
          choices: setup.interests.map((o) => ({ value: o.id, label: o.label })),
          exclusive: { value: NOT_SURE, label: t.signupInterestNotSure },
          selected: values.interests,
          change: (selected) => view.setList('interests', selected),
        })
      : nothing}
    ${asked('heardAbout')
      ? choiceGroup(t, {
          id: FIELD_IDS.heardAbout,
          type: 'checkbox',
          label: labelOf(setup, 'heardAbout', t.signupHeardLegend),
          hint: hintOf(setup, 'heardAbout', t.formSelectAll),
          optional: true,
          error: view.error('heardAbout'),
          choices: setup.heardAbout.map((o) => ({ value: o.id, label: o.label })),
          selected: values.heardAbout,
          change: (selected) => view.setList('heardAbout', selected),
        })
      : nothing}
    ${asked('anythingElse')
      ? textArea(t, {
          id: FIELD_IDS.anythingElse,
          label: labelOf(setup, 'anythingElse', t.signupAnythingElse),
          hint: hintOf(setup, 'anythingElse'),
          optional: true,
          value: values.anythingElse,
          max: LIMITS.anythingElse,
          spokenCount: view.spokenCount,
          error: view.error('anythingElse'),
          input: (value) => view.setText('anythingElse', value),
        })
      : nothing}
    ${consentQuestion(view)}
  `;
}

/** "When could you help?": days, then times of day, two groups under one question. */
function availability(view: SignupFormView): TemplateResult {
  const { t, setup, values } = view;
  const hint = hintOf(setup, 'availability');
  return html`<fieldset class="fieldset availability" aria-describedby=${hint ? 'availability-hint' : nothing}>
    <legend class="legend">${labelOf(setup, 'availability', t.signupAvailabilityLegend)}</legend>
    ${hint ? html`<div class="hint" id="availability-hint">${hint}</div>` : nothing}
    <div class="availability__groups">
      ${choiceGroup(t, {
        id: FIELD_IDS.days,
        type: 'checkbox',
        small: true,
        label: t.signupDays,
        hint: t.formSelectAll,
        error: view.error('days'),
        choices: view.days,
        selected: values.days,
        change: (selected) => view.setList('days', selected),
      })}
      ${choiceGroup(t, {
        id: FIELD_IDS.timesOfDay,
        type: 'checkbox',
        small: true,
        label: t.signupTimes,
        hint: t.formSelectAll,
        error: view.error('timesOfDay'),
        choices: TIMES_OF_DAY.map((time) => ({
          value: time,
          label: time === 'morning' ? t.signupMorning : time === 'afternoon' ? t.signupAfternoon : t.signupEvening,
        })),
        selected: values.timesOfDay,
        change: (selected) => view.setList('timesOfDay', selected),
      })}
    </div>
  </fieldset>`;
}
