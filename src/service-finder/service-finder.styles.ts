import { css } from 'lit';

/**
 * Narrow first (one column, filters behind a disclosure); from 46em of the widget's own
 * width (a container query, so it fits a sidebar or a full page alike; em of the widget's
 * base size, like every length here, never rem) the filters sit beside the results.
 * Logical properties only, so Arabic mirrors.
 */
export const serviceFinderStyles = css`
  :host {
    --_finder-sidebar: var(--pc-finder-sidebar-width, 17em);
  }
  .finder {
    container-type: inline-size;
    display: grid;
    gap: var(--_space);
  }
  .search {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-block-start: 5px solid var(--_brand);
    /* Its coloured bar stays straight, whatever --pc-radius says. */
    border-radius: 0 0 var(--_radius) var(--_radius);
    background: var(--_surface);
  }
  .field {
    display: grid;
    gap: 0.25em;
    align-content: start;
  }
  .field__label {
    font-weight: 700;
  }
  .field__hint,
  .card__org,
  .sort-note,
  .more p {
    color: var(--_text-secondary);
  }
  .near-me {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0;
  }
  .field--error {
    padding-inline-start: 0.75em;
    border-inline-start: 5px solid var(--_error);
  }
  .field__error {
    color: var(--_error);
    font-weight: 700;
  }
  .input {
    width: 100%;
    min-height: 2.75em;
    padding: 0.3em 0.5em;
    border: 2px solid var(--_border);
    border-radius: 0;
    background: var(--_surface);
  }
  .input--postcode {
    max-width: 10em;
  }
  .field--error .input {
    border-color: var(--_error);
  }
  .search__actions,
  .contact,
  .tags,
  .chips ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    padding: 0;
    list-style: none;
  }
  .search__message {
    font-weight: 600;
  }
  .skip {
    justify-self: start;
  }
  .finder__layout {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  .filters__body {
    display: none;
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  /* A phone's filters: a full-height sheet (a modal dialog) with "Show N results" at its foot. */
  dialog.sheet[open] {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    box-sizing: border-box;
    width: 100%;
    max-width: 100%;
    height: 100%;
    max-height: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: var(--_surface);
    color: var(--_text);
  }
  /* A narrow finder on a wide screen (a sidebar): the sheet comes in from the side, not across it all. */
  @media (min-width: 40em) {
    dialog.sheet[open] {
      width: min(100%, 28em);
      margin-inline-start: auto;
    }
  }
  .sheet::backdrop {
    background: color-mix(in srgb, var(--_text) 60%, transparent);
  }
  .sheet__head,
  .sheet__foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    padding: 0.75em var(--_space);
    background: var(--_surface);
  }
  .sheet__head {
    border-block-end: 1px solid var(--_border-subtle);
  }
  .sheet__foot {
    border-block-start: 1px solid var(--_border-subtle);
  }
  .sheet__foot .button {
    flex: 1;
  }
  .sheet__title {
    margin: 0;
    font-size: 1.5em;
  }
  .sheet .filters__body {
    display: grid;
    gap: var(--_space);
    align-content: start;
    overflow-y: auto;
    border-radius: 0;
  }
  @container (min-width: 46em) {
    .search {
      grid-template-columns: 1fr auto;
      align-items: end;
    }
    .search__actions,
    .search__message {
      grid-column: 1 / -1;
    }
    .finder__layout {
      grid-template-columns: var(--_finder-sidebar) minmax(0, 1fr);
    }
    .filters__toggle {
      display: none;
    }
    .filters__body {
      display: grid;
      gap: var(--_space);
      margin: 0;
    }
  }
  .finder__main {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  .count {
    font-weight: 700;
    font-size: 1.1875em;
  }
  .results {
    display: grid;
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-inline-start: 5px solid var(--_brand);
    /* A coloured bar stays straight, whatever --pc-radius says: only the other side is rounded. */
    border-radius: var(--_radius);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    background: var(--_surface);
    content-visibility: auto;
    contain-intrinsic-size: auto 14em;
  }
  /* A printed list (for a parent without the internet) must show every card, not just those near the screen. */
  @media print {
    .card {
      content-visibility: visible;
    }
  }
  .card__open {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .card__open:hover {
    text-decoration-thickness: 0.15em;
  }
  .card__open:focus-visible {
    outline: var(--_focus-width) solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .tags li {
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-size: 0.875em;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 0.75em;
  }
  .fact {
    display: contents;
  }
  .fact dt {
    font-weight: 700;
  }
  .fact dd {
    margin: 0;
  }
  .plain {
    padding: 0;
    list-style: none;
  }
  .contact__label {
    font-weight: 700;
  }
  .more {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  @media (forced-colors: active) {
    .card__open {
      color: LinkText;
    }
  }
`;
