import { css } from 'lit';

/** The session detail dialog: loaded with its view (occurrence-detail.ts), not with the calendar. */
export const occurrenceDetailStyles = css`
  .detail {
    width: min(100% - 1em, 40em);
    /* The browser's own cap on a modal dialog (100% - 6px - 2em) would leave a 320 px phone 22 px less. */
    max-width: none;
    max-height: calc(100% - 2em);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .detail::backdrop {
    background: color-mix(in srgb, var(--_text) 55%, transparent);
  }
  .detail__body {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
  }
  .detail__head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
  }
  /* The title wraps beside it: "Close" never breaks into letters on a phone. */
  .detail__close {
    flex: none;
  }
  .detail__cancelled {
    padding: 0.5em 0.75em;
    border-inline-start: 5px solid var(--_error);
    background: var(--_surface-alt);
    font-weight: 700;
  }
  .facts {
    display: grid;
    gap: 0.5em;
  }
  dt {
    font-weight: 700;
  }
  .detail__text {
    white-space: pre-line;
  }
  .links {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .detail__subtitle {
    margin-block-end: 0.5em;
    font-size: 1em;
  }
`;
