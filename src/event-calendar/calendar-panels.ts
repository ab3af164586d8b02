/**
 * The calendar's two panels a parent opens, as one chunk: a session's details (in their dialog)
 * and the filter form. Both are fetched together when the browser is idle after the first render, and bring
 * their British English with them.
 */
import { registerStrings } from '../i18n/registry.js';
import { calendarPanelsEnGB } from './strings/panels.en-GB.js';

registerStrings(calendarPanelsEnGB);

export { occurrenceDetailStyles } from './occurrence-detail.js';
export { SessionDialog } from './session-dialog.js';
export { filterFormStyles, renderFilterForm } from './filter-form.js';
