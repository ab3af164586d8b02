/**
 * The chunk a parent's first opened session brings: its detail view in a dialog, with that view's
 * styles (`styles`, added to the calendar's shadow root as the chunk arrives) and British English
 * (strings/detail.en-GB.ts, laid under the calendar's strings by the view: `withEnglish`).
 * Fetched when the browser is idle after the first render, or when a session is opened.
 */
export { occurrenceDetailStyles as styles } from './occurrence-detail.js';
export { SessionDialog } from './session-dialog.js';
