/**
 * The events `<pc-event-calendar>` fires, one class each, with their public detail types. They
 * bubble and cross shadow roots (`PcEvent`), so a page can listen on `document`.
 */
import { PcEvent } from '../internal/pc-event.js';
import type { Occurrence } from './occurrences.js';
import type { CalendarView } from './range.js';

/**
 * `detail` of `pc-event-select`: the session a parent opened, as the calendar holds it (read-only).
 *  - `event`: the feed event it is a session of (title, location, booking, …);
 *  - `start` / `end`: `Date` instants, `end` exclusive (equal to `start` when the feed gave no end:
 *    `hasEnd` is then false; an all-day session ends at midnight after its last day);
 *  - `startLocal` / `endLocal`: wall-clock date and time in `timeZone`, the programme's zone;
 *  - `occurrenceDate` / `lastDate`: its first and last day there, `YYYY-MM-DD`;
 *  - `allDay`, `cancelled` (the session or its whole event), `recurring`, and `index`, its place
 *    in the series (0 for a one-off);
 *  - `key`: `eventId@YYYY-MM-DD`, unique in the calendar.
 */
export type OccurrenceSummary = Readonly<Occurrence>;

/** `detail` of `pc-range-change`: the dates shown, `YYYY-MM-DD` with `end` exclusive, and the view. */
export interface RangeChangeDetail {
  start: string;
  end: string;
  view: CalendarView;
}

/** A parent opened a session. Cancelable: `preventDefault()` keeps the built-in detail dialog shut. */
export class PcEventSelectEvent extends PcEvent<OccurrenceSummary> {
  constructor(detail: OccurrenceSummary) {
    super('pc-event-select', detail, { cancelable: true });
  }
}

/** The dates shown changed (and once when the calendar first shows them). */
export class PcRangeChangeEvent extends PcEvent<RangeChangeDetail> {
  constructor(detail: RangeChangeDetail) {
    super('pc-range-change', detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'pc-event-select': PcEventSelectEvent;
    'pc-range-change': PcRangeChangeEvent;
  }
  /** The events bubble out of shadow roots (`composed`): a site may listen on the document. */
  interface DocumentEventMap {
    'pc-event-select': PcEventSelectEvent;
    'pc-range-change': PcRangeChangeEvent;
  }
}
