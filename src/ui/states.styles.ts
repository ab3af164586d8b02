import { css } from 'lit';

export const stateStyles = css`
  .state {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    justify-items: start;
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  .state--error {
    border-inline-start: 5px solid var(--_error);
    /* The coloured bar stays straight, whatever --pc-radius says. */
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    background: var(--_surface);
  }
  .state--loading {
    justify-items: stretch;
    padding: 0;
  }
  .skeleton {
    display: grid;
    gap: var(--_space);
  }
  .skeleton__block {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
  }
  .skeleton__line {
    display: block;
    height: 0.875em;
    border-radius: var(--_radius);
    background: var(--_skeleton);
    animation: pc-pulse 1.6s ease-in-out infinite;
  }
  .skeleton__line--title {
    width: 45%;
    height: 1.25em;
  }
  .skeleton__line--short {
    width: 30%;
  }
  .stale-notice {
    margin-block-end: var(--_space);
    padding: 0.5em 0.75em;
    border-inline-start: 5px solid var(--_text-secondary);
    background: var(--_warning-surface);
    color: var(--_text);
  }
  @keyframes pc-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (forced-colors: active) {
    .skeleton__line {
      background: GrayText;
    }
    .state--error,
    .stale-notice {
      border: 1px solid CanvasText;
    }
  }
`;
