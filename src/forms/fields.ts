/**
 * The form fields every form widget draws, as the GOV.UK Design System lays them out: a visible
 * label, then the hint, then the error ("Error:" for screen readers), then the control, each
 * linked with `aria-describedby`; groups of choices in a fieldset with a legend; a conditional
 * reveal under its choice, hidden from everyone while its choice is not picked; an exclusive
 * choice after an "or"; and a character count. Pure template functions: the element holds the values.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FormStrings } from '../i18n/translation.js';
import { characterCount } from './field-checks.js';
import { formatNumber } from './number-format.js';
import { heading } from '../ui/states.js';

type Strings = FormStrings & { $code: string };

interface FieldBase {
  /** The control's id (the error summary links to it). */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric';
  spellcheck?: boolean;
  /** A narrower box for short answers (GOV.UK's fixed widths), in characters. */
  width?: 10 | 20 | 30;
  input: (value: string) => void;
}

const describedBy = (id: string, hint?: string, error?: string, extra?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;

function labelText(t: Strings, field: FieldBase): TemplateResult {
  // A no-break space: an ordinary one, next to Lit's markers or at the span's start, is left out of Chromium's name ("Ages(optional)").
  return html`${field.label}${field.optional ? html`<span class="optional">\u00a0${t.formOptional}</span>` : nothing}`;
}

function hintAndError(t: Strings, field: FieldBase): TemplateResult {
  return html`${field.hint ? html`<div class="hint" id="${field.id}-hint">${field.hint}</div>` : nothing}
    ${field.error
      ? html`<p class="error-message" id="${field.id}-error" part="field-error"><span class="visually-hidden">${t.formErrorPrefix}</span> ${field.error}</p>`
      : nothing}`;
}

export function textField(t: Strings, field: TextFieldOptions): TemplateResult {
  return html`<div class="field ${field.error ? 'field--error' : ''}">
    <label class="label" for=${field.id}>${labelText(t, field)}</label>
    ${hintAndError(t, field)}
    <input
      class="input ${field.width ? `input--w${field.width}` : ''}"
      part="input"
      id=${field.id}
      name=${field.id}
      type=${field.type ?? 'text'}
      autocomplete=${ifDefined(field.autocomplete)}
      inputmode=${ifDefined(field.inputmode)}
      spellcheck=${field.spellcheck === false ? 'false' : nothing}
      aria-describedby=${ifDefined(describedBy(field.id, field.hint, field.error))}
      aria-invalid=${field.error ? 'true' : nothing}
      .value=${live(field.value)}
      @input=${(event: Event) => field.input((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

export interface TextAreaOptions extends FieldBase {
  value: string;
  /** The character count's limit. */
  max: number;
  /** What screen readers hear after a pause in the typing (the element sets it; empty at first). */
  spokenCount: string;
  input: (value: string) => void;
}

/** A text area with GOV.UK's character count: the visible count follows each key, the spoken one waits. */
export function textArea(t: Strings, field: TextAreaOptions): TemplateResult {
  const left = field.max - characterCount(field.value);
  const number = (n: number) => formatNumber(n, t.$code);
  const count = left >= 0 ? t.formCharactersLeft(left, number(left)) : t.formCharactersOver(-left, number(-left));
  return html`<div class="field ${field.error ? 'field--error' : ''}">
    <label class="label" for=${field.id}>${labelText(t, field)}</label>
    ${hintAndError(t, field)}
    <textarea
      class="textarea ${left < 0 ? 'textarea--over' : ''}"
      part="textarea"
      id=${field.id}
      name=${field.id}
      rows="5"
      aria-describedby=${describedBy(field.id, field.hint, field.error, `${field.id}-count`)!}
      aria-invalid=${field.error ? 'true' : nothing}
      .value=${live(field.value)}
      @input=${(event: Event) => field.input((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <!-- The field's description is the count as it stands, so a parent coming back to the box hears what is left
         (a fixed "You have 1,200 characters remaining" was wrong once they had typed); while they type, the polite
         region below speaks it after a pause. -->
    <div class="hint count ${left < 0 ? 'count--over' : ''}" id="${field.id}-count">${count}</div>
    <div class="visually-hidden" aria-live="polite">${field.spokenCount}</div>
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
  /** Shown under the choice while it is picked (a conditional reveal). */
  reveal?: TemplateResult;
}

export interface ChoiceGroupOptions extends FieldBase {
  type: 'radio' | 'checkbox';
  choices: readonly Choice[];
  selected: readonly string[];
  /** A checkbox that unticks the others (and is unticked by them), after an "or". */
  exclusive?: Choice;
  /** A smaller legend, for a group inside a larger question. */
  small?: boolean;
  /** Lays short choices side by side (GOV.UK's inline radios and checkboxes). */
  inline?: boolean;
  /** Drawn between the hint and the choices (a search box that narrows them). */
  before?: TemplateResult | typeof nothing;
  change: (selected: string[]) => void;
}

/** The id of a group's choice: the error summary links to the first. */
export const choiceId = (groupId: string, index: number) => (index === 0 ? groupId : `${groupId}-${index + 1}`);

export function choiceGroup(t: Strings, group: ChoiceGroupOptions): TemplateResult {
  const all = group.exclusive ? [...group.choices, group.exclusive] : group.choices;
  const pick = (value: string, checked: boolean) => {
    if (group.type === 'radio') return group.change([value]);
    if (checked && value === group.exclusive?.value) return group.change([value]);
    const kept = group.selected.filter((v) => v !== value && v !== group.exclusive?.value);
    group.change(checked ? [...kept, value] : kept);
  };
  const item = (choice: Choice, index: number) => {
    const id = choiceId(group.id, index);
    const checked = group.selected.includes(choice.value);
    return html`${choice === group.exclusive ? html`<div class="choices__divider">${t.formOr}</div>` : nothing}
      <div class="choice">
        <input
          class="choice__input"
          id=${id}
          name=${group.id}
          type=${group.type}
          .value=${choice.value}
          .checked=${live(checked)}
          aria-controls=${choice.reveal ? `${id}-reveal` : nothing}
          @change=${(event: Event) => pick(choice.value, (event.target as HTMLInputElement).checked)}
        />
        <label class="choice__label" for=${id}>${choice.label}</label>
      </div>
      ${choice.reveal ? html`<div class="choice__reveal" id="${id}-reveal" ?hidden=${!checked}>${choice.reveal}</div>` : nothing}`;
  };
  return html`<div class="field ${group.error ? 'field--error' : ''}">
    <fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(group.id, group.hint, group.error))}>
      <legend class="legend ${group.small ? 'legend--small' : ''}">${labelText(t, group)}</legend>
      ${hintAndError(t, group)} ${group.before ?? nothing}
      <div class="choices choices--${group.type} ${group.inline ? 'choices--inline' : ''}">${all.map(item)}</div>
    </fieldset>
  </div>`;
}

export interface SummaryError {
  /** The control to focus. */
  id: string;
  message: string;
}

/**
 * "There is a problem", with a link to each field. Its links move focus to the field (an in-page
 * `#id` cannot reach inside a shadow root), scrolling its label or legend into view.
 */
export function errorSummary(
  t: Strings,
  errors: readonly SummaryError[],
  follow: (id: string) => void,
  options: { general?: string; level?: number } = {},
): TemplateResult {
  const { general, level = 2 } = options;
  // No list when the receiver named no answer asked here: an empty one is read as "list, 0 items".
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      ${heading(level, 'error-summary__title', t.formErrorSummaryTitle)}
      ${general ? html`<p>${general}</p>` : nothing}
      ${errors.length
        ? html`<ul class="error-summary__list">
            ${errors.map(
              (error) => html`<li>
                <a
                  href="#${error.id}"
                  @click=${(event: Event) => {
                    event.preventDefault();
                    follow(error.id);
                  }}
                  >${error.message}</a
                >
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>
  </div>`;
}

/**
 * Where an error summary's link goes: focus on the answer's control, with its question's legend or
 * label scrolled into view (GOV.UK's summary links do the same), not just the box.
 */
export function focusAnswer(root: ParentNode, id: string): void {
  const control = root.querySelector<HTMLElement>(`#${id}`);
  if (!control) return;
  const legend = control.closest('fieldset')?.querySelector('legend');
  const label = root.querySelector(`label[for="${id}"]`);
  (legend ?? label ?? control).scrollIntoView?.({ block: 'start' });
  control.focus({ preventScroll: true });
}

/**
 * A field that people never see or hear but simple bots fill in: an answer in it means the
 * form thanks the sender and sends nothing.
 */
export function honeypot(t: Strings, value: string, input: (value: string) => void): TemplateResult {
  // Hidden where it stands (.visually-hidden), never moved off-screen: moved either way, it makes the page scroll
  // sideways in one of the two directions a page and the form can each have.
  return html`<div class="honeypot visually-hidden" aria-hidden="true">
    <label for="pc-leave-empty">${t.formHoneypot}</label>
    <!-- Not "website" or "url": a password manager's autofill must never fill it for a real person. -->
    <input id="pc-leave-empty" name="pc-leave-empty" type="text" tabindex="-1" autocomplete="off" .value=${live(value)} @input=${(event: Event) => input((event.target as HTMLInputElement).value)} />
  </div>`;
}
