/**
 * The calendar's lazy chunks, needed only once a parent opens a session: its detail view,
 * and the .ics writer with the calendar links.
 * @internal One object so tests can stand in a failed fetch.
 */
export const calendarChunks = {
  detailView: () => import('./occurrence-detail.js'),
  exporter: () => import('./calendar-export.js'),
};
