import { css } from 'lit';

/** The service detail dialog: loaded with its view (service-detail.ts), not with the finder. */
export const serviceDetailStyles = css`
  .detail {
    width: min(44em, calc(100% - 1em));
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
  @media (forced-colors: active) {
    .detail {
      border: 2px solid CanvasText;
    }
  }
`;
