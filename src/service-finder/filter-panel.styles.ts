import { css } from 'lit';

/** The filter panel's fieldsets, the selected-filter chips and the ways out of no results: loaded with them (filter-panel.ts, no-results.ts). */
export const filterPanelStyles = css`
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-block-end: 0.25em;
    padding: 0;
    font-weight: 700;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding-block: 0.2em;
  }
  .check input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_brand);
  }
  .check label {
    cursor: pointer;
  }
  .check__count {
    color: var(--_text-secondary);
  }
  /* The panel's title shows beside the results; on a phone the sheet has its own. */
  .filters__title {
    display: none;
    font-weight: 700;
    font-size: 1.1875em;
  }
  @container (min-width: 46em) {
    .filters__title {
      display: block;
    }
  }
  .chips {
    display: grid;
    gap: 0.5em;
  }
  .chip {
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    border: 2px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .filters__none {
    margin: 0;
    color: var(--_text-secondary);
  }
  .routes {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A way out reads as a link (GOV.UK's search pages) but acts in place, so it is a button. */
  .link-button {
    min-height: 1.5em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: max(3px, 0.1875em, 0.12em);
  }
  .route__count {
    color: var(--_text-secondary);
  }
`;
