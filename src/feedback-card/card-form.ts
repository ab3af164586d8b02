/**
 * The feedback card's questions, drawn with the shared form fields: which service (when the page
 * does not say), the rating, what went well and what could be better, and whether the parent may
 * be contacted. Pure template functions over the element's values and setup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { choiceGroup, textArea, textField } from '../forms/fields.js';
import { formatNumber } from '../forms/number-format.js';
import { RATINGS } from '../forms/feedback-submission.js';
import { TEXT_LIMIT } from './card-checks.js';
import { NOT_LISTED, type CardSetup } from './card-setup.js';
import type { FeedbackKey, FeedbackValues } from './card-values.js';
import { searchServices } from './service-search.js';
import type { FeedbackCardEnglish } from './strings/en-GB.js';

/** Each answer's control id: the error summary links to it (a group's: its first choice). */
export const FIELD_IDS: Record<FeedbackKey, string> = {
  service: 'service',
  search: 'service-search',
  rating: 'rating',
  wentWell: 'went-well',
  couldBeBetter: 'could-be-better',
  contactAllowed: 'contact-allowed',
  contactMethod: 'contact-method',
  email: 'email',
  phone: 'phone',
  submissionId: 'rating',
  sentPayload: 'rating',
};

/** Worst to best in the payload; best first on the card, as GOV.UK's satisfaction questions read. */
const RATINGS_SHOWN = [...RATINGS].reverse();

export interface CardFormView {
  t: FeedbackCardEnglish;
  setup: CardSetup;
  values: FeedbackValues;
  /** The rating's question. */
  question: string;
  error: (key: FeedbackKey) => string | undefined;
  /** What screen readers hear of each text box's count (after a pause in the typing). */
  spokenCounts: Partial<Record<FeedbackKey, string>>;
  set: (key: FeedbackKey, value: string) => void;
}

/**
 * Which service: a search box over the feed's services, then the matches as radios (the one
 * picked always among them), and "It is not listed" after an "or". A short list needs no search.
 */
function servicePicker(view: CardFormView): TemplateResult {
  const { t, setup, values } = view;
  const searchable = setup.services.length > 8;
  const { shown, total } = searchServices(setup.services, searchable ? values.search : '', searchable ? 8 : setup.services.length);
  const picked = setup.services.find((s) => s.id === values.service);
  const listed = picked && !shown.includes(picked) ? [picked, ...shown] : shown;
  const number = (n: number) => formatNumber(n, t.$code);
  const search = searchable
    ? html`<div class="pick__search">
        <label class="label label--small" for=${FIELD_IDS.search}>${t.feedbackCardPickSearch}</label>
        <div class="hint" id="service-search-hint">${t.feedbackCardPickSearchHint}</div>
        <input
          class="input"
          part="input"
          id=${FIELD_IDS.search}
          type="search"
          autocomplete="off"
          aria-describedby="service-search-hint service-search-count"
          .value=${live(values.search)}
          @input=${(event: Event) => view.set('search', (event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => {
            // Enter in the search searches (the list is already narrowed): it must not send the card half filled in.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
        <p class="hint pick__count" id="service-search-count" role="status">
          ${total > shown.length ? t.feedbackCardPickMore(number(shown.length), number(total)) : t.feedbackCardPickMatches(total, number(total))}
        </p>
      </div>`
    : nothing;
  return html`<div class="pick">
    ${choiceGroup(t, {
      id: FIELD_IDS.service,
      type: 'radio',
      label: t.feedbackCardPickLegend,
      error: view.error('service'),
      selected: [values.service],
      choices: listed.map((service) => ({ value: service.id, label: service.name })),
      exclusive: { value: NOT_LISTED, label: t.feedbackCardPickNotListed },
      before: search,
      change: ([id]) => view.set('service', id ?? ''),
    })}
  </div>`;
}

function contactQuestion(view: CardFormView): TemplateResult {
  const { t, values } = view;
  const email = textField(t, {
    id: FIELD_IDS.email,
    label: t.feedbackCardEmail,
    value: values.email,
    type: 'email',
    autocomplete: 'email',
    inputmode: 'email',
    spellcheck: false,
    width: 30,
    error: view.error('email'),
    input: (value) => view.set('email', value),
  });
  const phone = textField(t, {
    id: FIELD_IDS.phone,
    label: t.feedbackCardPhone,
    value: values.phone,
    type: 'tel',
    autocomplete: 'tel',
    inputmode: 'tel',
    width: 20,
    error: view.error('phone'),
    input: (value) => view.set('phone', value),
  });
  const how = choiceGroup(t, {
    id: FIELD_IDS.contactMethod,
    type: 'radio',
    label: t.feedbackCardContactLegend,
    small: true,
    error: view.error('contactMethod'),
    selected: [values.contactMethod],
    choices: [
      { value: 'email', label: t.feedbackCardContactEmail, reveal: email },
      { value: 'phone', label: t.feedbackCardContactPhone, reveal: phone },
    ],
    change: ([method]) => view.set('contactMethod', method ?? ''),
  });
  return html`<div class="field">
    <div class="choice">
      <input
        class="choice__input"
        id=${FIELD_IDS.contactAllowed}
        type="checkbox"
        aria-describedby="contact-allowed-hint"
        aria-controls="contact-allowed-reveal"
        .checked=${live(values.contactAllowed === 'yes')}
        @change=${(event: Event) => view.set('contactAllowed', (event.target as HTMLInputElement).checked ? 'yes' : '')}
      />
      <div>
        <label class="choice__label" for=${FIELD_IDS.contactAllowed}>${t.feedbackCardContactAllowed}</label>
        <div class="hint" id="contact-allowed-hint">${t.feedbackCardContactAllowedHint}</div>
      </div>
    </div>
    <div class="choice__reveal" id="contact-allowed-reveal" ?hidden=${values.contactAllowed !== 'yes'}>${how}</div>
  </div>`;
}

export function renderQuestions(view: CardFormView): TemplateResult {
  const { t, setup, values } = view;
  const text = (key: 'wentWell' | 'couldBeBetter', label: string) =>
    textArea(t, {
      id: FIELD_IDS[key],
      label,
      hint: setup.noNames,
      optional: true,
      value: values[key],
      max: TEXT_LIMIT,
      spokenCount: view.spokenCounts[key] ?? '',
      error: view.error(key),
      input: (value) => view.set(key, value),
    });
  return html`
    ${setup.fixed ? nothing : servicePicker(view)}
    ${choiceGroup(t, {
      id: FIELD_IDS.rating,
      type: 'radio',
      label: view.question,
      error: view.error('rating'),
      selected: [values.rating],
      choices: RATINGS_SHOWN.map((rating) => ({ value: String(rating), label: t.feedbackCardRating(rating) })),
      change: ([rating]) => view.set('rating', rating ?? ''),
    })}
    ${text('wentWell', t.feedbackCardWentWell)} ${text('couldBeBetter', t.feedbackCardCouldBeBetter)} ${contactQuestion(view)}
    <div class="inset" part="what-happens">
      <p class="inset__title">${t.feedbackCardWhatHappensTitle}</p>
      <!-- The scheme's own wording (often English on a page in another language) reads in its own direction. -->
      <p dir="auto">${setup.whatHappens}</p>
      <p class="safeguarding" dir="auto">${setup.safeguarding}</p>
    </div>
  `;
}
