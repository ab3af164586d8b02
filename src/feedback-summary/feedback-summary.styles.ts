import { css } from 'lit';

export const feedbackSummaryStyles = css`
  .summary,
  .notes-section {
    display: grid;
    gap: var(--_space);
  }
  .notes-section {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  /* Lines a reader can follow on a wide page. */
  .summary__not-enough,
  .notes {
    max-inline-size: 40em;
  }
  .summary__not-enough {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .services,
  .notes,
  .ratings {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .services {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
    gap: var(--_space);
  }
  .tally {
    display: grid;
    align-content: start;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .tally--single {
    max-inline-size: 34em;
  }
  .tally__responses,
  .note__meta {
    color: var(--_text-secondary);
  }
  .ratings {
    display: grid;
    gap: 0.25em;
  }
  /* Word, bar, count: the words in a column of their own, so the bars start level. */
  .rating {
    display: grid;
    grid-template-columns: minmax(0, 11em) minmax(3em, 1fr) 2.5em;
    align-items: center;
    gap: 0.5em;
  }
  .rating__bar {
    display: block;
    block-size: 0.875em;
    border: 1px solid var(--_border-subtle);
    background: var(--_surface-alt);
  }
  .rating__fill {
    display: block;
    block-size: 100%;
    inline-size: var(--share, 0%);
    background: var(--_brand);
  }
  .rating__count {
    font-weight: 700;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .notes {
    display: grid;
    gap: var(--_space);
  }
  /* The bar on the side keeps square corners, whatever --pc-radius says. */
  .note {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_brand);
  }
  /* A separator to see; the space before it is in the text. */
  .note__service::before {
    content: '· ';
  }
  .note__body {
    display: grid;
    gap: 0.25em;
  }
  .note__body dt {
    font-weight: 700;
  }
  .note__body dd {
    margin: 0;
    white-space: pre-line;
  }
  .more {
    justify-self: start;
  }
  @media (forced-colors: active) {
    .rating__bar {
      border-color: CanvasText;
    }
    .rating__fill {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
