import { css } from 'lit';

/** The filter form: loaded with it (filter-form.ts) when a parent first opens "Filter sessions". */
export const filterFormStyles = css`
  .filters form {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: 0 0.75em 0.75em;
  }
  fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.25em 1em;
    min-width: 0;
    width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  .field {
    padding: 0;
    font-weight: 600;
  }
  .filters__row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
  }
  .field {
    display: grid;
    gap: 0.25em;
    max-width: 100%;
  }
  select {
    max-width: 100%;
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 400;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding-block: 0.25em;
  }
  .check input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_brand);
  }
`;
