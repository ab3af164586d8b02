/**
 * The calendar's two panels a parent opens, as one chunk: a session's details and the filter
 * form. Both are fetched together when the browser is idle after the first render.
 */
export { occurrenceDetailStyles, renderDetail } from './occurrence-detail.js';
export { filterFormStyles, renderFilterForm } from './filter-form.js';
