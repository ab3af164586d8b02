/**
 * The span of days each calendar view shows, and how "previous"/"next"/"today" move it.
 * Ranges are calendar dates in the programme zone with an exclusive end; pass them straight
 * to `expandEvents` (a date bound means that day's start in the programme zone).
 */
import {
  addDays,
  addMonths,
  daysBetween,
  formatIsoDate,
  startOfWeek,
  type CalendarDate,
  type WeekdayNumber,
} from '../time/calendar-date.js';

export type CalendarView = 'month' | 'week' | 'list';

/** Days the list (agenda) view covers from its anchor day: four weeks. (The "4 weeks" strings say so.) */
export const LIST_DAYS = 28;

export interface VisibleRange {
  view: CalendarView;
  /** The date the view was opened on (kept so month → week → month returns to the same day); the list's first day. */
  anchor: CalendarDate;
  /** First day shown. */
  start: CalendarDate;
  /** Day after the last day shown (exclusive). */
  end: CalendarDate;
  /** `YYYY-MM-DD` forms of start and end, handy for `pc-range-change` details. */
  startKey: string;
  endKey: string;
  /** Number of days shown. */
  days: number;
}

export interface RangeOptions {
  /** 1 = Monday (default), 0 = Sunday, 6 = Saturday. */
  firstDay?: WeekdayNumber;
  /** Month view: always six weeks. Default false (only the weeks the month touches). */
  fixedWeeks?: boolean;
}

function range(view: CalendarView, anchor: CalendarDate, start: CalendarDate, end: CalendarDate): VisibleRange {
  return {
    view,
    anchor,
    start,
    end,
    startKey: formatIsoDate(start),
    endKey: formatIsoDate(end),
    days: daysBetween(start, end),
  };
}

/**
 * What a view shows around `anchor`:
 *  - month: whole weeks covering the anchor's month (grid cells include neighbouring days);
 *  - week: the week containing the anchor;
 *  - list: four weeks from the anchor day itself, so a parent starts at today, not at sessions
 *    already over earlier in the month.
 */
export function visibleRange(view: CalendarView, anchor: CalendarDate, options: RangeOptions = {}): VisibleRange {
  const firstDay = options.firstDay ?? 1;
  const firstOfMonth = { year: anchor.year, month: anchor.month, day: 1 };
  const nextMonth = addMonths(firstOfMonth, 1);
  switch (view) {
    case 'week': {
      const start = startOfWeek(anchor, firstDay);
      return range(view, anchor, start, addDays(start, 7));
    }
    case 'list':
      return range(view, anchor, anchor, addDays(anchor, LIST_DAYS));
    default: {
      const start = startOfWeek(firstOfMonth, firstDay);
      const weeks = options.fixedWeeks ? 6 : Math.ceil(daysBetween(start, nextMonth) / 7);
      return range('month', anchor, start, addDays(start, weeks * 7));
    }
  }
}

/** The anchor one step back (-1) or forward (+1): a month, a week, or the list's four weeks. */
export function stepAnchor(view: CalendarView, anchor: CalendarDate, direction: -1 | 1): CalendarDate {
  if (view === 'list') return addDays(anchor, LIST_DAYS * direction);
  return view === 'week' ? addDays(anchor, 7 * direction) : addMonths(anchor, direction);
}

/**
 * The anchor to use when switching from `from` to `to`. Into the list from the month or week:
 * today when today is in that month (week), else its first day, so nothing the parent was
 * looking at is skipped. Every other switch keeps the anchor (list → month shows its month).
 */
export function switchAnchor(
  from: CalendarView,
  to: CalendarView,
  anchor: CalendarDate,
  today: CalendarDate,
  options: RangeOptions = {},
): CalendarDate {
  if (to !== 'list' || from === 'list') return anchor;
  const start =
    from === 'week' ? startOfWeek(anchor, options.firstDay ?? 1) : { year: anchor.year, month: anchor.month, day: 1 };
  const end = from === 'week' ? addDays(start, 7) : addMonths(start, 1);
  return daysBetween(start, today) >= 0 && daysBetween(today, end) > 0 ? today : start;
}

/** The range one step back or forward from `current`. */
export function stepRange(current: VisibleRange, direction: -1 | 1, options: RangeOptions = {}): VisibleRange {
  return visibleRange(current.view, stepAnchor(current.view, current.anchor, direction), options);
}

/** Whether a date is inside a range. */
export function rangeContains(current: VisibleRange, date: CalendarDate): boolean {
  return daysBetween(current.start, date) >= 0 && daysBetween(date, current.end) > 0;
}
