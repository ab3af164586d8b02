import { css } from 'lit';

/** The filter panel's fieldsets and the selected-filter chips: loaded with them (filter-panel.ts). */
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
`;
