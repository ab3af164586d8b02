import { css } from 'lit';

/**
 * The forms' look, after the GOV.UK Design System: bold visible labels, hints in grey, a red bar
 * beside a question with an error, 2px borders that thicken on focus, large ticks and a
 * revealed question set in under its choice. Sizes in em of the widget's base size.
 */
export const formStyles = css`
  .form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    max-inline-size: 40em;
  }
  .field {
    display: grid;
    gap: 0.35em;
    min-inline-size: 0;
  }
  .field--error {
    padding-inline-start: 0.9em;
    border-inline-start: 5px solid var(--_error);
  }
  .label,
  .legend {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .legend {
    padding: 0;
    margin-block-end: 0.35em;
  }
  .legend--small {
    font-size: 1em;
  }
  .fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    color: var(--_text-secondary);
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
  }
  .input,
  .textarea {
    inline-size: 100%;
    min-block-size: 2.5em;
    padding: 0.3em 0.4em;
    border: 2px solid var(--_border);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
  }
  .input--w10 {
    max-inline-size: 11em;
  }
  .input--w20 {
    max-inline-size: 20em;
  }
  .input--w30 {
    max-inline-size: 29em;
  }
  .textarea {
    display: block;
    resize: vertical;
  }
  .field--error .input,
  .field--error .textarea,
  .textarea--over {
    border-color: var(--_error);
  }
  .input:focus-visible,
  .textarea:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  .count--over {
    color: var(--_error);
    font-weight: 700;
  }
  .choices {
    display: grid;
    gap: 0.4em;
  }
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.5em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-block-size: 2.75em;
    padding-block: 0.25em;
  }
  .choice__input {
    flex: none;
    inline-size: 1.6em;
    block-size: 1.6em;
    margin: 0;
    accent-color: var(--_brand);
    cursor: pointer;
  }
  .choice__label {
    padding-block-start: 0.1em;
    cursor: pointer;
  }
  .choice__reveal {
    margin-inline-start: 0.75em;
    padding-inline-start: 1.4em;
    border-inline-start: 4px solid var(--_border-subtle);
    padding-block: 0.25em 0.75em;
  }
  .choices__divider {
    padding-block: 0.2em;
    text-align: start;
  }
  .error-summary {
    padding: var(--_space);
    border: 5px solid var(--_error);
    background: var(--_surface);
  }
  .error-summary:focus-visible,
  .error-summary:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: none;
  }
  .error-summary__title {
    margin-block-end: 0.5em;
  }
  .error-summary__list {
    display: grid;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary__list a,
  .error-summary__list a:visited {
    color: var(--_error);
    font-weight: 700;
  }
  .panel {
    display: grid;
    gap: 0.75em;
    max-inline-size: 40em;
    padding: var(--_space);
    border-inline-start: 5px solid var(--_brand);
    background: var(--_surface-alt);
  }
  /* A panel or the summary focused by the form: GOV.UK's yellow outline alone, no inner ring. */
  .panel:focus,
  .panel:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: none;
  }
  .panel--success {
    border-inline-start-color: var(--_success);
  }
  .panel--warning {
    border-inline-start-color: var(--_text-secondary);
    background: var(--_warning-surface);
  }
  .panel--error {
    border-inline-start-color: var(--_error);
    background: var(--_surface);
  }
  .panel,
  .field--error,
  .choice__reveal {
    /* The coloured bars stay straight, whatever --pc-radius says. */
    border-radius: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  /* "Sending…": the colours stay (a faded button would fail contrast); only the pointer says wait. */
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  /* The answers while they are sent (FormFlow locks them): the boxes greyed, as read-only; the text keeps its contrast. */
  .input[readonly],
  .textarea[readonly] {
    background: var(--_surface-alt);
    cursor: progress;
  }
  .choice__input[aria-disabled],
  .choice__input[aria-disabled] + .choice__label {
    cursor: progress;
  }
  @media (forced-colors: active) {
    .field--error,
    .panel,
    .error-summary {
      border-color: CanvasText;
    }
  }
`;
