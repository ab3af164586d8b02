/**
 * Questions about one series rather than a range of dates: its dates between two days, is a
 * date one of them, its first and last dates, and its occurrence on a given day. The .ics
 * export asks them (and tests); the calendar's views never do, so they travel in the export
 * chunk, not the entry (0.3 KB gzipped).
 */
import type { FeedEvent } from '../data/feed-schema.js';
import { daysBetween, formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber, type CalendarDate } from '../time/calendar-date.js';
import { buildOccurrence, eventTiming, resolveTimeZone, type ExpandOptions, type Occurrence } from './occurrences.js';
import { iterateSeries, type RecurrenceRule, type SeriesDate } from './recurrence.js';

/** The series' dates in [from, to) — `to` exclusive. */
export function seriesDatesBetween(
  rule: RecurrenceRule,
  start: CalendarDate,
  from: CalendarDate,
  to: CalendarDate,
): SeriesDate[] {
  const end = toDayNumber(to);
  const out: SeriesDate[] = [];
  if (toDayNumber(from) >= end) return out;
  for (const item of iterateSeries(rule, start, from)) {
    if (toDayNumber(item.date) >= end) break;
    out.push(item);
  }
  return out;
}

/** Whether `date` is one of the series' dates (before exclusions). */
export function isSeriesDate(rule: RecurrenceRule, start: CalendarDate, date: CalendarDate): boolean {
  return seriesDatesBetween(rule, start, date, fromDayNumber(toDayNumber(date) + 1)).length > 0;
}

/** The first date of the series, or `undefined` if the rule never produces one. */
export function firstSeriesDate(rule: RecurrenceRule, start: CalendarDate): CalendarDate | undefined {
  for (const item of iterateSeries(rule, start)) return item.date;
  return undefined;
}

/**
 * The last date of a bounded series (`until` or `count`), or `undefined` for an endless one.
 * For `count` this walks at most `count` dates (≤ 1000 by the schema).
 */
export function lastSeriesDate(rule: RecurrenceRule, start: CalendarDate): CalendarDate | undefined {
  if (rule.count === undefined && !rule.until) return undefined;
  let last: CalendarDate | undefined;
  if (rule.count === undefined) {
    // Only `until`: start near it rather than walking the whole series.
    const from = fromDayNumber(Math.max(toDayNumber(start), toDayNumber(rule.until!) - 400));
    for (const item of iterateSeries(rule, start, from)) last = item.date;
    if (last) return last;
  }
  for (const item of iterateSeries(rule, start)) last = item.date;
  return last;
}

/**
 * The occurrence of `event` starting on `date` (`YYYY-MM-DD`), e.g. to reopen one from a
 * link; `undefined` when the event does not happen that day (or the date is excluded).
 */
export function findOccurrence(
  event: FeedEvent,
  date: string | CalendarDate,
  options: ExpandOptions = {},
): Occurrence | undefined {
  const timeZone = resolveTimeZone(options.timeZone);
  const timing = eventTiming(event);
  const day = typeof date === 'string' ? parseIsoDate(date) : date;
  if (!timing || !day) return undefined;
  if (!timing.rule) {
    return daysBetween(timing.startDate, day) === 0 ? buildOccurrence(event, timing, day, 0, timeZone) : undefined;
  }
  if (timing.excluded.has(formatIsoDate(day)) || !isSeriesDate(timing.rule, timing.startDate, day)) return undefined;
  for (const item of iterateSeries(timing.rule, timing.startDate, day)) {
    return buildOccurrence(event, timing, item.date, item.index, timeZone);
  }
  return undefined;
}
