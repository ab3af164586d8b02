/**
 * Turns feed events (one-off or recurring) into concrete occurrences inside a window, in the
 * PROGRAMME's timezone (default Europe/London) — never the browser's. A "Wednesdays 10:00–12:00"
 * series is 10:00–12:00 London wall time every week, before and after the clocks change, and
 * each occurrence carries the exact instants (`start`/`end`) for links and `.ics` files.
 *
 * Feed conventions this module settles:
 *  - `start` without a time, or `allDay: true`, is an all-day event. An all-day `end` is the
 *    LAST day (inclusive): a holiday club 2026-07-20 … 2026-07-24 runs Monday to Friday.
 *    The occurrence's `end` instant is then the following midnight (exclusive), like ICS.
 *  - A timed event without `end` (or with an `end` not after `start`) has no duration:
 *    `end` equals `start` and `hasEnd` is false.
 *  - A duration is kept in wall-clock terms: 22:00 → 02:00 the next day stays 22:00 → 02:00
 *    on every date of the series, across clock changes.
 *  - A wall time skipped by a spring-forward gap moves forward (see zoned-time.ts);
 *    `startLocal`/`endLocal` then show the real clock reading (02:30, not 01:30).
 */
import { MAX_SERIES_SESSION_DAYS } from '../data/feed-limits.js';
import type { FeedEvent } from '../data/feed-schema.js';
import { isNewReport } from '../data/report-once.js';
import {
  addDays,
  atTime,
  daysBetween,
  formatIsoDate,
  parseIsoDate,
  parseLocalDateTime,
  toDayNumber,
  type CalendarDate,
  type TimeOfDay,
  type WallTime,
} from '../time/calendar-date.js';
import { iterateSeries, normaliseRule, type RecurrenceRule } from './recurrence.js';
import { isValidTimeZone, resolveWallTime, startOfDayInstant, toWallTime } from '../time/zoned-time.js';

export const DEFAULT_TIME_ZONE = 'Europe/London';

/** The zone to expand in: the given one when the browser knows it, else Europe/London. */
export function resolveTimeZone(timeZone?: string): string {
  return timeZone && isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
}

/** One concrete time an event happens. */
export interface Occurrence {
  /** Unique across a calendar: `eventId@YYYY-MM-DD`. */
  key: string;
  eventId: string;
  event: FeedEvent;
  /** The instant it starts (for all-day: the day's start in the programme zone). */
  start: Date;
  /** The instant it ends (exclusive). Equals `start` when the event has no end. */
  end: Date;
  /** Wall-clock start in the programme zone. */
  startLocal: WallTime;
  /** Wall-clock end in the programme zone (for all-day: midnight after the last day). */
  endLocal: WallTime;
  allDay: boolean;
  /** False for a timed event the feed gave no end for. */
  hasEnd: boolean;
  /** The whole event is cancelled, or this date is in `recurrence.cancelled`. Shown, not hidden. */
  cancelled: boolean;
  /** The date it starts on in the programme zone, `YYYY-MM-DD`. */
  occurrenceDate: string;
  /** The last date it covers in the programme zone, `YYYY-MM-DD` (inclusive). */
  lastDate: string;
  /** 0-based position in the series, counted before exclusions; 0 for a one-off event. */
  index: number;
  recurring: boolean;
  /** The programme timezone the wall times are in. */
  timeZone: string;
}

/** A window bound: an instant, or a calendar date (`YYYY-MM-DD`) meaning its start in the programme zone. */
export type DateBound = Date | string | CalendarDate;

export interface ExpandOptions {
  /** IANA timezone of the programme. Default (and fallback for names the browser does not know) `Europe/London`. */
  timeZone?: string;
}

/** An event's timing, parsed once and reused for every expansion. */
export interface EventTiming {
  startDate: CalendarDate;
  /** `startDate` as a day number (`toDayNumber`), for cheap window tests. */
  startDay: number;
  /** Undefined for all-day events. */
  startTime?: TimeOfDay;
  allDay: boolean;
  /** Whole days from an occurrence's start date to its end date (for all-day: to its last day). */
  endDayOffset: number;
  /** Undefined for all-day events and timed events without an end. */
  endTime?: TimeOfDay;
  hasEnd: boolean;
  rule?: RecurrenceRule;
  /** `YYYY-MM-DD` dates removed from the series. */
  excluded: Set<string>;
  /** `YYYY-MM-DD` dates kept but shown as cancelled. */
  cancelledDates: Set<string>;
}

const timings = new WeakMap<FeedEvent, EventTiming | null>();


const timeValue = (t: TimeOfDay) => t.hour * 3600 + t.minute * 60 + t.second;

function dateSet(values: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const value of values ?? []) {
    const date = typeof value === 'string' ? parseIsoDate(value) : undefined;
    if (date) out.add(formatIsoDate(date));
  }
  return out;
}

function computeTiming(event: FeedEvent): EventTiming | undefined {
  const start = typeof event.start === 'string' ? parseLocalDateTime(event.start) : undefined;
  if (!start) return undefined;
  const end = typeof event.end === 'string' ? parseLocalDateTime(event.end) : undefined;
  const allDay = event.allDay === true || !start.time;
  const timing: EventTiming = {
    startDate: start.date,
    startDay: toDayNumber(start.date),
    allDay,
    endDayOffset: 0,
    hasEnd: false,
    excluded: dateSet(event.recurrence?.exclude),
    cancelledDates: dateSet(event.recurrence?.cancelled),
  };
  if (allDay) {
    if (end) {
      timing.endDayOffset = Math.max(0, daysBetween(start.date, end.date));
      timing.hasEnd = true;
    }
  } else {
    timing.startTime = start.time!;
    if (end) {
      const days = daysBetween(start.date, end.date);
      // A date-only end on a timed event means "until the end of that day".
      const endTime = end.time ?? { hour: 0, minute: 0, second: 0 };
      const endDays = end.time ? days : days + 1;
      if (endDays > 0 || (endDays === 0 && timeValue(endTime) > timeValue(start.time!))) {
        timing.endDayOffset = endDays;
        timing.endTime = endTime;
        timing.hasEnd = true;
      }
    }
  }
  if (event.recurrence) {
    if (timing.endDayOffset > MAX_SERIES_SESSION_DAYS) {
      throw new RangeError(`its end ${event.end} makes each session of the series ${timing.endDayOffset} days long (at most ${MAX_SERIES_SESSION_DAYS})`);
    }
    timing.rule = normaliseRule(event.recurrence, start.date);
  }
  return timing;
}

/**
 * The parsed timing of an event, or `undefined` if its start is unreadable. Cached per event
 * object: feed events are treated as immutable (a changed event must be a new object).
 * @throws RangeError when the event cannot be shown (see `MAX_SERIES_SESSION_DAYS`).
 */
export function eventTiming(event: FeedEvent): EventTiming | undefined {
  let timing = timings.get(event);
  if (timing === undefined) {
    timing = computeTiming(event) ?? null;
    timings.set(event, timing);
  }
  return timing ?? undefined;
}

/** The instant a window bound stands for, or NaN when it is unreadable. */
export function boundToInstant(bound: DateBound, timeZone: string): number {
  if (bound instanceof Date) return bound.getTime();
  const date = typeof bound === 'string' ? parseIsoDate(bound) : bound;
  return date ? startOfDayInstant(date, timeZone).getTime() : NaN;
}

function wallInstant(wall: WallTime, timeZone: string): { instant: Date; local: WallTime } {
  const resolved = resolveWallTime(wall, timeZone);
  // Only a skipped (gap) wall time reads differently on the clock once resolved.
  return { instant: resolved.instant, local: resolved.kind === 'gap' ? toWallTime(resolved.instant, timeZone) : wall };
}

/** @internal The occurrence of a series on `date` (its `index`th), for series-lookup.ts. */
export function buildOccurrence(
  event: FeedEvent,
  timing: EventTiming,
  date: CalendarDate,
  index: number,
  timeZone: string,
): Occurrence {
  const occurrenceDate = formatIsoDate(date);
  let start: { instant: Date; local: WallTime };
  let end: { instant: Date; local: WallTime };
  let lastDate: CalendarDate;
  if (timing.allDay) {
    start = wallInstant(atTime(date), timeZone);
    const after = addDays(date, timing.endDayOffset + 1);
    end = wallInstant(atTime(after), timeZone);
    lastDate = addDays(date, timing.endDayOffset);
  } else {
    start = wallInstant(atTime(date, timing.startTime), timeZone);
    if (timing.hasEnd) {
      const endDate = addDays(date, timing.endDayOffset);
      end = wallInstant(atTime(endDate, timing.endTime), timeZone);
      const endsAtMidnight = timing.endTime!.hour === 0 && timing.endTime!.minute === 0 && timing.endTime!.second === 0;
      lastDate = endsAtMidnight && timing.endDayOffset > 0 ? addDays(endDate, -1) : endDate;
    } else {
      end = start;
      lastDate = date;
    }
  }
  return {
    key: `${event.id}@${occurrenceDate}`,
    eventId: event.id,
    event,
    start: start.instant,
    end: end.instant,
    startLocal: start.local,
    endLocal: end.local,
    allDay: timing.allDay,
    hasEnd: timing.hasEnd,
    cancelled: event.cancelled === true || timing.cancelledDates.has(occurrenceDate),
    occurrenceDate,
    lastDate: formatIsoDate(lastDate),
    index,
    recurring: !!timing.rule,
    timeZone,
  };
}

function overlaps(occurrence: Occurrence, from: number, to: number): boolean {
  const start = occurrence.start.getTime();
  const end = occurrence.end.getTime();
  return start < to && (end > from || (end === start && start >= from));
}

/** A window resolved once: its instants and the programme-zone dates it touches. */
interface ResolvedWindow {
  from: number;
  to: number;
  firstDate: CalendarDate;
  lastDate: CalendarDate;
  /** The two dates as day numbers. */
  firstDay: number;
  lastDay: number;
  timeZone: string;
}

function resolveWindow(rangeStart: DateBound, rangeEnd: DateBound, timeZone: string): ResolvedWindow | undefined {
  const from = boundToInstant(rangeStart, timeZone);
  const to = boundToInstant(rangeEnd, timeZone);
  if (!(from < to)) return undefined; // also false for NaN
  const firstDate = toWallTime(from, timeZone);
  const lastDate = toWallTime(to - 1, timeZone);
  return { from, to, firstDate, lastDate, firstDay: toDayNumber(firstDate), lastDay: toDayNumber(lastDate), timeZone };
}

function expandResolved(event: FeedEvent, window: ResolvedWindow): Occurrence[] {
  const timing = eventTiming(event);
  if (!timing) return [];
  const { from, to, timeZone } = window;

  if (!timing.rule) {
    // Cheap date test first: most one-off events of a year are nowhere near a month's window.
    if (timing.startDay > window.lastDay + 1) return [];
    if (timing.startDay + timing.endDayOffset < window.firstDay - 1) return [];
    const occurrence = buildOccurrence(event, timing, timing.startDate, 0, timeZone);
    return overlaps(occurrence, from, to) ? [occurrence] : [];
  }

  // Candidate dates: the window's dates in the zone, widened by the event's length (an
  // occurrence that started days earlier may still be running) and a day for zone slop.
  const firstDate = addDays(window.firstDate, -(timing.endDayOffset + 1));
  const out: Occurrence[] = [];
  for (const item of iterateSeries(timing.rule, timing.startDate, firstDate)) {
    if (toDayNumber(item.date) > window.lastDay) break;
    if (timing.excluded.size && timing.excluded.has(formatIsoDate(item.date))) continue;
    const occurrence = buildOccurrence(event, timing, item.date, item.index, timeZone);
    if (overlaps(occurrence, from, to)) out.push(occurrence);
  }
  return out;
}

/**
 * The occurrences of one event that overlap [rangeStart, rangeEnd), in order. An occurrence
 * that began before the window but is still running inside it is included. Excluded dates are
 * left out; cancelled ones are included with `cancelled: true`. Never throws: an event with
 * an unreadable start, or an unreadable bound, gives no occurrences; one that cannot be
 * expanded gives none and is reported once (`reportLeftOut`).
 */
export function expandEvent(
  event: FeedEvent,
  rangeStart: DateBound,
  rangeEnd: DateBound,
  options: ExpandOptions = {},
): Occurrence[] {
  const window = resolveWindow(rangeStart, rangeEnd, resolveTimeZone(options.timeZone));
  try {
    return window ? expandResolved(event, window) : [];
  } catch (error) {
    reportLeftOut(event, error);
    return [];
  }
}

/** Says once, on the console, which event is left out of the calendar and why. */
function reportLeftOut(event: FeedEvent, error: unknown): void {
  const message = `Event "${event?.id}" ("${event?.title}") is left out of the calendar: ${error instanceof Error ? error.message : error}.`;
  if (isNewReport(`event ${event?.id}`, message)) console.warn(`[parent-champion-widgets] ${message}`);
}

/** Sort order: start, then all-day first, then end, then title and id (stable across runs). */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return (
    a.start.getTime() - b.start.getTime() ||
    Number(b.allDay) - Number(a.allDay) ||
    a.end.getTime() - b.end.getTime() ||
    (a.event.title < b.event.title ? -1 : a.event.title > b.event.title ? 1 : 0) ||
    (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0)
  );
}

/** All occurrences of many events overlapping [rangeStart, rangeEnd), sorted by `compareOccurrences`. */
export function expandEvents(
  events: readonly FeedEvent[],
  rangeStart: DateBound,
  rangeEnd: DateBound,
  options: ExpandOptions = {},
): Occurrence[] {
  const window = resolveWindow(rangeStart, rangeEnd, resolveTimeZone(options.timeZone));
  const out: Occurrence[] = [];
  if (!window) return out;
  for (const event of events) {
    // One event that cannot be expanded is left out (and reported once), never the calendar.
    try {
      for (const occurrence of expandResolved(event, window)) out.push(occurrence);
    } catch (error) {
      reportLeftOut(event, error);
    }
  }
  return out.sort(compareOccurrences);
}

/** Groups occurrences by every date they cover (`YYYY-MM-DD`), for month and week grids. */
export function occurrencesByDate(occurrences: readonly Occurrence[]): Map<string, Occurrence[]> {
  const byDate = new Map<string, Occurrence[]>();
  const add = (key: string, occurrence: Occurrence) => {
    const list = byDate.get(key);
    if (list) list.push(occurrence);
    else byDate.set(key, [occurrence]);
  };
  for (const occurrence of occurrences) {
    // Most sessions fit in a day: no date arithmetic for them.
    if (occurrence.lastDate === occurrence.occurrenceDate) {
      add(occurrence.occurrenceDate, occurrence);
      continue;
    }
    let day = parseIsoDate(occurrence.occurrenceDate);
    // A last date past 9999 does not parse: the occurrence is then shown on its first day only.
    const last = parseIsoDate(occurrence.lastDate) ?? day;
    // Cap very long events so a year-long "term" does not flood a map.
    for (let i = 0; day && last && i < 366 && daysBetween(day, last) >= 0; i++, day = addDays(day, 1)) add(formatIsoDate(day), occurrence);
  }
  return byDate;
}
