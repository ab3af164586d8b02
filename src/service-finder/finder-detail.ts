/**
 * The chunk opening a service brings: its detail view (a dialog), with that view's styles
 * (`styles`, added to the finder's shadow root as the chunk arrives) and British English
 * (strings/panels.en-GB.ts, laid under the finder's strings: `panelText`); and the next date of
 * an opening every few weeks (next-session.ts), which the cards show too once it is here.
 * Fetched when the browser is idle after the first results, or when a parent opens a service.
 */
export { renderDetail, serviceDetailStyles as styles } from './service-detail.js';
export { nextDates } from './next-session.js';
