/**
 * The chunk a parent's first opened session brings: its detail view in a dialog, with that view's
 * styles (`styles`, added to the calendar's shadow root as the chunk arrives) and British English.
 * Fetched when the browser is idle after the first render, or when a session is opened.
 */
import { registerStrings } from '../i18n/registry.js';
import { calendarDetailEnGB } from './strings/detail.en-GB.js';

registerStrings(calendarDetailEnGB);

export { occurrenceDetailStyles as styles } from './occurrence-detail.js';
export { SessionDialog } from './session-dialog.js';
