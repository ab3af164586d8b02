/**
 * The chunk opening "Filter sessions" brings: the filter form, with its styles (`styles`, added
 * to the calendar's shadow root as the chunk arrives) and British English (strings/filter-form.en-GB.ts,
 * laid under the calendar's strings by the form: `withEnglish`). Fetched when the
 * browser is idle after the first render, or when a parent opens the filters.
 */
export { filterFormStyles as styles, renderFilterForm } from './filter-form.js';
