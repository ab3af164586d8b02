import { css } from 'lit';

export const eventCalendarStyles = css`
  .cal {
    display: grid;
    gap: var(--_space);
    /* The month grid swaps titles for counts when the widget itself is narrow, whatever the page width. */
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .toolbar__title {
    flex: 1 1 100%;
  }
  .toolbar__group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .toolbar__group + .toolbar__group {
    margin-inline-start: auto;
  }
  .button[aria-pressed='true'] {
    background: var(--_brand);
    color: var(--_brand-text);
  }
  .chevron {
    width: 0.6em;
    height: 0.6em;
    margin-inline-start: 0.2em;
    border: solid currentColor;
    border-width: 0 0 0.18em 0.18em;
    transform: rotate(45deg);
  }
  .chevron--next,
  [dir='rtl'] .chevron {
    margin-inline: 0 0.2em;
    transform: rotate(-135deg);
  }
  [dir='rtl'] .chevron--next {
    margin-inline: 0.2em 0;
    transform: rotate(45deg);
  }
  .cal__message {
    font-weight: 600;
  }
  .muted,
  .session__place,
  .day__none,
  .more p {
    color: var(--_text-secondary);
  }

  /* Filters */
  .filters {
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
  }
  .filters summary {
    padding: 0.625em 0.75em;
    font-weight: 600;
    cursor: pointer;
  }
  .filters__message {
    padding: 0 0.75em 0.75em;
  }
  /* Month grid */
  .grid {
    display: grid;
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .grid__row {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  .grid__weekday {
    padding: 0.25em 0.125em;
    background: var(--_surface-alt);
    font-size: 0.875em;
    font-weight: 600;
    text-align: center;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .cell {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    min-width: 0;
    min-height: 6.5em;
    padding: 0.25em;
    border-block-start: 1px solid var(--_border-subtle);
    border-inline-start: 1px solid var(--_border-subtle);
    background: var(--_surface);
    cursor: pointer;
  }
  .cell:first-child {
    border-inline-start: 0;
  }
  .cell:focus-visible {
    outline-offset: calc(var(--_focus-width) * -1);
  }
  .cell--outside {
    background: var(--_surface-alt);
    color: var(--_text-secondary);
  }
  .cell[aria-selected='true'] {
    box-shadow: inset 0 0 0 3px var(--_brand);
  }
  .cell__number {
    align-self: flex-start;
    min-width: 1.75em;
    padding-inline: 0.25em;
    border-radius: 1em;
    font-weight: 600;
    text-align: center;
  }
  .cell[aria-current='date'] .cell__number {
    background: var(--_brand);
    color: var(--_brand-text);
  }
  /* A flex column, not a grid: as grid items every clipped title was measured twice (about
     a third of the month's layout time at 4× CPU); stretched flex items are measured once. */
  .cell__titles {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
  }
  .chip {
    overflow: hidden;
    padding: 0.0625em 0.25em;
    border-inline-start: 3px solid var(--_brand);
    /* Its coloured bar stays straight, whatever --pc-radius says. */
    border-radius: var(--_radius);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    background: var(--_surface-alt);
    font-size: 0.8125em;
    line-height: 1.35;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .chip--cancelled {
    border-inline-start-color: var(--_error);
    text-decoration: line-through;
  }
  .chip--more {
    border: 0;
    background: none;
    color: var(--_text-secondary);
  }
  .cell__count {
    display: none;
  }
  @container (max-width: 40em) {
    .cell {
      align-items: center;
      min-height: 3.25em;
      padding-inline: 0;
    }
    .cell__number {
      align-self: center;
    }
    .cell__titles {
      display: none;
    }
    .cell__count {
      display: grid;
      place-items: center;
      min-width: 1.5em;
      height: 1.5em;
      border-radius: 1em;
      background: var(--_text);
      color: var(--_surface);
      /* 14 px digits on a phone: 12 px in a small dark circle was hard to read. */
      font-size: 0.875em;
      font-weight: 700;
    }
    /* Only cancelled sessions that day: their number struck through, like a cancelled title. */
    .cell__count--cancelled {
      background: var(--_surface);
      color: var(--_error);
      box-shadow: inset 0 0 0 2px var(--_error);
      text-decoration: line-through;
    }
    .grid__weekday {
      font-size: 0.75em;
    }
  }
  .weekday--narrow {
    display: none;
  }
  /* A 320 px phone: a column is ~41 px, too narrow for some languages' short names (Arabic's is the
     whole name: "الخميس" was cut to "الخمي…"). The narrow one shows; a screen reader hears the long. */
  @container (max-width: 22em) {
    .weekday--short {
      display: none;
    }
    .weekday--narrow {
      display: inline;
    }
  }

  /* Days and sessions (week, list, the open day under the grid) */
  .days {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .day__title {
    margin-block-end: 0.5em;
    padding-block-end: 0.25em;
    border-block-end: 2px solid var(--_border-subtle);
    font-size: 1em;
  }
  /* "Showing 20 of 5,000 sessions" and "Show more" under a long day or list. */
  .more {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    margin-block-start: 0.75em;
  }
  /* The list's own "Show more days", set apart from its last day's "Show more sessions". */
  .cal__body > .more {
    padding-block-start: 0.75em;
    border-block-start: 2px solid var(--_border-subtle);
  }
  .day--open {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .sessions {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .session {
    display: grid;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_brand);
  }
  .session--cancelled {
    border-inline-start-color: var(--_error);
  }
  .session__open {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
    min-height: 2em;
    padding: 0.25em 0 0;
    border: 0;
    background: none;
    color: var(--_link);
    text-align: start;
    cursor: pointer;
  }
  .session__time {
    color: var(--_text);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .session__title {
    font-weight: 600;
    text-decoration: underline;
  }
  .session--cancelled .session__title {
    text-decoration: line-through;
  }
  .badge {
    padding: 0 0.375em;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.8125em;
  }

  @media (forced-colors: active) {
    .cell[aria-current='date'] .cell__number,
    .cell__count {
      border: 1px solid CanvasText;
    }
    /* The view shown, in the system's selection colours: a border alone read as weaker than the others'. */
    .button[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
      box-shadow: none;
    }
    /* Drawn inside the cell: the cells after it covered its right and bottom edges. */
    .cell[aria-selected='true'] {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
  }
`;
