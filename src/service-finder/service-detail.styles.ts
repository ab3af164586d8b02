import { css } from 'lit';

/** The service detail dialog: loaded with its view (service-detail.ts), not with the finder. */
export const serviceDetailStyles = css`
  .detail {
    width: min(44em, calc(100% - 1em));
    /* The browser's own cap on a modal dialog (100% - 6px - 2em) would leave a 320 px phone 22 px less. */
    max-width: none;
    max-height: calc(100% - 1em);
    padding: var(--_space);
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow: auto;
  }
  .detail[open] {
    display: grid;
    gap: var(--_space);
  }
  .detail::backdrop {
    background: color-mix(in srgb, var(--_text) 60%, transparent);
  }
  .detail__checked {
    color: var(--_text-secondary);
  }
  .detail__head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: start;
    gap: 0.5em 1em;
  }
  .detail__title {
    font-size: 1.5em;
  }
  /* Focus is put on the title for screen readers; it is not a control, so no ring. */
  .detail__title:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .detail__description {
    white-space: pre-line;
  }
  /* On a phone, labels beside values left the values ~140 px at 320 px: a phone number and an email
     address broke across lines. Each label above its value there, as the calendar's detail has them. */
  @media (max-width: 30em) {
    .facts--detail {
      grid-template-columns: minmax(0, 1fr);
    }
    .facts--detail dd:not(:last-child) {
      margin-block-end: 0.5em;
    }
  }
  @media (forced-colors: active) {
    .detail {
      border: 2px solid CanvasText;
    }
  }
`;
