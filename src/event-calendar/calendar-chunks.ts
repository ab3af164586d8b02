/**
 * The calendar's lazy chunks: what a parent needs once they open a session (its detail view,
 * the .ics writer with the calendar links) or the filters (their form). The detail view and
 * the filter form share one chunk (calendar-panels.ts): both are prefetched together, and with
 * a third chunk importing Lit, Rolldown moves Lit out of the all-in-one entry into a chunk of
 * its own, a second request before anything renders.
 * @internal One object so tests can stand in a failed fetch.
 */
export const calendarChunks = {
  panels: () => import('./calendar-panels.js'),
  exporter: () => import('./calendar-export.js'),
};
