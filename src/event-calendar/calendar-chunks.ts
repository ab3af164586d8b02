/**
 * The calendar's lazy chunks, one per thing a parent opens: a session's detail view (its dialog),
 * the filter form, and "Add to your calendar" (the .ics writer with the calendar links). Each
 * panel chunk brings its own styles. They are separate chunks while Lit and the data layer stay
 * in the entry file: scripts/build.mjs keeps every module the entry imports statically in the
 * entry's chunk (Rolldown's `codeSplitting` group of `$initial` modules).
 */

import type { LazyPanels } from '../controllers/lazy-panels.js';

/**
 * How the calendar fetches each chunk. Nothing swaps them at run time: a test (or a story) that needs
 * a chunk to fail or wait defines a subclass of the element with its own `chunks` (see
 * `PcEventCalendar.chunks`).
 */
export interface CalendarChunks {
  readonly detail: () => Promise<typeof import('./calendar-detail.js')>;
  readonly filterForm: () => Promise<typeof import('./calendar-filter-form.js')>;
  readonly exporter: () => Promise<typeof import('./calendar-export.js')>;
}

/** The two panels a parent opens, each fetched on need or at idle by the shared `LazyPanels`, its styles added as it arrives. */
export interface CalendarPanels {
  readonly detail: LazyPanels<Awaited<ReturnType<CalendarChunks['detail']>>>;
  readonly filterForm: LazyPanels<Awaited<ReturnType<CalendarChunks['filterForm']>>>;
}

/** The shipped chunks. */
export const CALENDAR_CHUNKS: CalendarChunks = Object.freeze({
  detail: () => import('./calendar-detail.js'),
  filterForm: () => import('./calendar-filter-form.js'),
  exporter: () => import('./calendar-export.js'),
});
