/**
 * Which calendar dates a recurring event falls on. Pure date arithmetic: times and timezones
 * are applied later (occurrences.ts), so a "Wednesdays" series is a list of Wednesdays
 * whatever the clocks do.
 *
 * Semantics follow RFC 5545 (WKST=MO), as `rrule` would:
 *  - The series starts on the event's start date; dates before it never occur. A start date
 *    that does not itself match the rule is not an occurrence (it only anchors the series).
 *  - weekly: on `byDay` (default: the start's weekday) in every `interval`-th week, weeks
 *    counted from the Monday of the start's week.
 *  - monthly: every `interval`-th month counted from the start's month, on
 *      · `weekOfMonth` × `byDay` ("1st Saturday" = [1] × [SA], "last Friday" = [-1] × [FR];
 *        `byDay` defaults to the start's weekday); months without that day are skipped;
 *      · `byDay` alone: every such weekday of the month (RFC 5545's FREQ=MONTHLY;BYDAY=SA);
 *      · `byMonthDay` (negative counts from the end), intersected with the weekday rule if
 *        both are given (Friday the 13th); months lacking the day (31st) are skipped;
 *      · nothing: the start's day of the month.
 *  - `until` is an inclusive date; `count` counts from the first occurrence, and exclusions
 *    are removed afterwards (an excluded date still uses up one of the `count`).
 */
import type { Recurrence } from '../data/feed-schema.js';
import {
  daysInMonth,
  fromDayNumber,
  monthDay,
  nthWeekdayOfMonth,
  parseIsoDate,
  toDayNumber,
  weekdayNumber,
  weekdayOf,
  type CalendarDate,
  type WeekdayNumber,
} from '../time/calendar-date.js';

/** A recurrence with defaults applied and dates parsed, ready to expand. */
export interface RecurrenceRule {
  frequency: 'weekly' | 'monthly';
  interval: number;
  /** Weekdays, sorted Monday-first. For weekly rules never empty. */
  byDay: WeekdayNumber[];
  /** Monthly only: 1–5 / -1…-5. Empty when not used. */
  weekOfMonth: number[];
  /** Monthly only: 1–31 / -1…-31. Empty when not used. */
  byMonthDay: number[];
  /** Last possible date, inclusive. */
  until?: CalendarDate;
  /** Maximum number of occurrences, counted before exclusions. */
  count?: number;
}

/** One date of a series and its 0-based position in it (counted before exclusions). */
export interface SeriesDate {
  date: CalendarDate;
  index: number;
}

const mondayFirst = (w: WeekdayNumber) => (w + 6) % 7;

function sortWeekdays(days: WeekdayNumber[]): WeekdayNumber[] {
  return [...new Set(days)].sort((a, b) => mondayFirst(a) - mondayFirst(b));
}

/** Applies the feed's defaults to a recurrence, relative to the series' start date. */
export function normaliseRule(recurrence: Recurrence, start: CalendarDate): RecurrenceRule {
  const interval = Number.isInteger(recurrence.interval) && recurrence.interval! >= 1 ? recurrence.interval! : 1;
  const explicitDays = sortWeekdays((recurrence.byDay ?? []).map(weekdayNumber).filter((w) => w >= 0));
  const startWeekday = weekdayOf(start);
  const rule: RecurrenceRule = {
    frequency: recurrence.frequency === 'monthly' ? 'monthly' : 'weekly',
    interval,
    byDay: explicitDays,
    weekOfMonth: [],
    byMonthDay: [],
  };
  if (rule.frequency === 'weekly') {
    if (!rule.byDay.length) rule.byDay = [startWeekday];
  } else {
    rule.weekOfMonth = [...new Set(recurrence.weekOfMonth ?? [])].filter((n) => Number.isInteger(n) && n !== 0 && n >= -5 && n <= 5);
    rule.byMonthDay = [...new Set(recurrence.byMonthDay ?? [])].filter((n) => Number.isInteger(n) && n !== 0 && n >= -31 && n <= 31);
    if (rule.weekOfMonth.length && !rule.byDay.length) rule.byDay = [startWeekday];
    if (!rule.byDay.length && !rule.byMonthDay.length) rule.byMonthDay = [start.day];
  }
  const until = recurrence.until ? parseIsoDate(recurrence.until) : undefined;
  if (until) rule.until = until;
  if (recurrence.count !== undefined && Number.isInteger(recurrence.count) && recurrence.count >= 1) {
    rule.count = recurrence.count;
  }
  return rule;
}

/** The dates a monthly rule picks in one month, in order. */
export function monthlyDatesIn(rule: RecurrenceRule, year: number, month: number): CalendarDate[] {
  let days: number[] | undefined;
  if (rule.weekOfMonth.length) {
    days = [];
    for (const n of rule.weekOfMonth) {
      for (const w of rule.byDay) {
        const d = nthWeekdayOfMonth(year, month, w, n);
        if (d) days.push(d.day);
      }
    }
  } else if (rule.byDay.length) {
    days = [];
    const first = weekdayOf({ year, month, day: 1 });
    for (let day = 1, length = daysInMonth(year, month); day <= length; day++) {
      if (rule.byDay.includes(((first + day - 1) % 7) as WeekdayNumber)) days.push(day);
    }
  }
  if (rule.byMonthDay.length) {
    const byDate = rule.byMonthDay.map((n) => monthDay(year, month, n)?.day).filter((d): d is number => d !== undefined);
    days = days ? days.filter((d) => byDate.includes(d)) : byDate;
  }
  return [...new Set(days)].sort((a, b) => a - b).map((day) => ({ year, month, day }));
}

/** Months in 400 Gregorian years, after which month lengths and weekdays repeat. */
const CYCLE_MONTHS = 4800;
/** Each month of a 400-year cycle (from 2000) as its shape: weekday of its 1st × 4 + (its length − 28). */
let cycleShapes: number[] | undefined;

/**
 * How many dates a monthly rule picks in its first `steps` months from `firstMonth` (a month
 * index), without building them: the dates in a month depend only on its shape, and shapes
 * repeat every 4800 months, so whatever the interval, 4800 of the rule's months are counted
 * once and at most 4800 more are looked up: the work never grows with the distance.
 */
function monthlyCount(rule: RecurrenceRule, firstMonth: number, steps: number): number {
  const shapes = (cycleShapes ??= Array.from({ length: CYCLE_MONTHS }, (_, m) => {
    const year = 2000 + Math.floor(m / 12);
    return weekdayOf({ year, month: (m % 12) + 1, day: 1 }) * 4 + daysInMonth(year, (m % 12) + 1) - 28;
  }));
  // Every shape occurs in the cycle: the rule's dates in its first month of each shape.
  const counts = Array.from({ length: 28 }, (_, shape) => {
    const m = shapes.indexOf(shape);
    return monthlyDatesIn(rule, 2000 + Math.floor(m / 12), (m % 12) + 1).length;
  });
  const sum = (n: number) => {
    let total = 0;
    for (let k = 0; k < n; k++) total += counts[shapes[(firstMonth + k * rule.interval) % CYCLE_MONTHS]!]!;
    return total;
  };
  const cycles = Math.floor(steps / CYCLE_MONTHS);
  return (cycles && cycles * sum(CYCLE_MONTHS)) + sum(steps % CYCLE_MONTHS);
}

/** How many weekly-series dates fall in [start, before): closed form, no iteration. */
function weeklyCountBefore(rule: RecurrenceRule, startDay: number, weekZero: number, before: number): number {
  let total = 0;
  for (const w of rule.byDay) {
    const offset = mondayFirst(w);
    const firstWeek = weekZero + offset >= startDay ? 0 : rule.interval;
    const lastWeek = Math.ceil((before - weekZero - offset) / 7) - 1;
    if (lastWeek < firstWeek) continue;
    total += Math.floor(lastWeek / rule.interval) - firstWeek / rule.interval + 1;
  }
  return total;
}

function* weeklyDates(rule: RecurrenceRule, start: CalendarDate, from?: CalendarDate): Generator<SeriesDate> {
  const startDay = toDayNumber(start);
  const weekZero = startDay - mondayFirst(weekdayOf(start));
  const lower = Math.max(startDay, from ? toDayNumber(from) : startDay);
  // Jump straight to the first active week at or after `lower`.
  let week = Math.floor((lower - weekZero) / 7);
  week = Math.ceil(week / rule.interval) * rule.interval;
  let index = weeklyCountBefore(rule, startDay, weekZero, weekZero + week * 7);
  for (;;) {
    for (const w of rule.byDay) {
      const dayNumber = weekZero + week * 7 + mondayFirst(w);
      if (dayNumber < startDay) continue;
      if (dayNumber >= lower) yield { date: fromDayNumber(dayNumber), index };
      index++;
    }
    week += rule.interval;
  }
}

/** Months with no date in a row before a monthly rule is treated as exhausted. */
const MAX_EMPTY_MONTHS = 600;

function* monthlyDates(rule: RecurrenceRule, start: CalendarDate, from?: CalendarDate): Generator<SeriesDate> {
  const startDay = toDayNumber(start);
  const lower = Math.max(startDay, from ? toDayNumber(from) : startDay);
  const firstMonth = start.year * 12 + (start.month - 1);
  // Jump to the first active month at or after `lower`'s: the months before it are counted, not
  // visited, so the work is bounded by the range asked for, not by how long ago the series began.
  // (A series that began less than ~8 years of its months ago is stepped through, as that is cheaper.)
  const lowerDate = fromDayNumber(lower);
  let steps = Math.ceil((lowerDate.year * 12 + lowerDate.month - 1 - firstMonth) / rule.interval);
  if (steps < 100) steps = 0;
  let index = 0;
  if (steps) {
    // Dates of the start month before the start date are not in the series.
    const early = monthlyDatesIn(rule, start.year, start.month).filter((d) => d.day < start.day).length;
    index = monthlyCount(rule, firstMonth, steps) - early;
  }
  let monthIndex = firstMonth + steps * rule.interval;
  let empty = 0;
  while (empty < MAX_EMPTY_MONTHS) {
    const year = Math.floor(monthIndex / 12);
    const dates = monthlyDatesIn(rule, year, monthIndex - year * 12 + 1);
    let found = false;
    for (const date of dates) {
      const dayNumber = toDayNumber(date);
      if (dayNumber < startDay) continue;
      found = true;
      if (dayNumber >= lower) yield { date, index };
      index++;
    }
    empty = found ? 0 : empty + 1;
    monthIndex += rule.interval;
  }
}

/**
 * Every date of the series in order, with its index, starting at `from` when given (earlier
 * dates are skipped but still counted, so indexes and `count` stay right). Stops at `until`
 * or after `count` dates; otherwise unbounded — the caller stops iterating.
 */
export function* iterateSeries(rule: RecurrenceRule, start: CalendarDate, from?: CalendarDate): Generator<SeriesDate> {
  const until = rule.until ? toDayNumber(rule.until) : Infinity;
  const source = rule.frequency === 'weekly' ? weeklyDates(rule, start, from) : monthlyDates(rule, start, from);
  for (const item of source) {
    if (rule.count !== undefined && item.index >= rule.count) return;
    if (toDayNumber(item.date) > until) return;
    yield item;
  }
}
