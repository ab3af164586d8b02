import { css } from 'lit';

export const feedStatusStyles = css`
  .summary {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .summary__area,
  .summary__updated {
    color: var(--_text-secondary);
  }
  .summary__counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    padding: 0;
    list-style: none;
    font-weight: 600;
  }
  .summary__skipped {
    padding-inline-start: 0.5em;
    border-inline-start: 4px solid var(--_error);
  }
`;
