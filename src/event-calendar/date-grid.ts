/**
 * Month and week grids and keyboard movement over them, on plain calendar dates.
 * Movement follows the WAI-ARIA grid / date-picker pattern: arrows move by day and week,
 * Home/End to the week's ends (with Control: the month's), Page Up/Down by month (with Shift:
 * by year).
 */
import {
  addDays,
  addMonths,
  daysBetween,
  formatIsoDate,
  startOfWeek,
  weekdayOf,
  type CalendarDate,
  type WeekdayNumber,
} from '../time/calendar-date.js';

/** One cell of a month grid. */
export interface GridDay {
  date: CalendarDate;
  /** `YYYY-MM-DD`. */
  key: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: WeekdayNumber;
  /** False for the leading/trailing days of the neighbouring months. */
  inMonth: boolean;
}

export interface MonthGridOptions {
  /** First column: 1 = Monday (default), 0 = Sunday, 6 = Saturday. */
  firstDay?: WeekdayNumber;
  /** Always six rows, so the grid does not change height from month to month. Default false. */
  fixedWeeks?: boolean;
}

/** Column order of weekdays for a first day: Monday-first → [1, 2, 3, 4, 5, 6, 0]. */
export function weekdayOrder(firstDay: WeekdayNumber = 1): WeekdayNumber[] {
  return Array.from({ length: 7 }, (_, i) => ((firstDay + i) % 7) as WeekdayNumber);
}

function gridDay(date: CalendarDate, month: number): GridDay {
  return { date, key: formatIsoDate(date), weekday: weekdayOf(date), inMonth: date.month === month };
}

/** The seven days of the week containing `date`. */
export function weekDays(date: CalendarDate, firstDay: WeekdayNumber = 1): GridDay[] {
  const first = startOfWeek(date, firstDay);
  return Array.from({ length: 7 }, (_, i) => gridDay(addDays(first, i), date.month));
}

/** The weeks (rows of 7 days) covering a month: 4–6 rows, or always 6 with `fixedWeeks`. */
export function monthWeeks(year: number, month: number, options: MonthGridOptions = {}): GridDay[][] {
  const firstDay = options.firstDay ?? 1;
  const firstOfMonth = { year, month, day: 1 };
  const gridStart = startOfWeek(firstOfMonth, firstDay);
  const nextMonth = addMonths(firstOfMonth, 1);
  const rows = options.fixedWeeks ? 6 : Math.ceil(daysBetween(gridStart, nextMonth) / 7);
  const weeks: GridDay[][] = [];
  for (let row = 0; row < rows; row++) {
    weeks.push(Array.from({ length: 7 }, (_, i) => gridDay(addDays(gridStart, row * 7 + i), month)));
  }
  return weeks;
}

/**
 * The date a grid key moves to, or `undefined` for keys the grid ignores: arrows by day and
 * week (in right-to-left layouts the left arrow goes to the next day, as it visually should),
 * Home/End to the week's ends, and with Control to the month's first and last days (the grid
 * pattern's first and last cells, kept inside the month the grid shows: its leading and trailing
 * days belong to other months), Page Up/Down by month and with Shift by year. Months and years
 * clamp: 31 January + 1 month → 28/29 February.
 */
export function dateForKey(
  date: CalendarDate,
  key: string,
  {
    shiftKey = false,
    ctrlKey = false,
    rtl = false,
    firstDay = 1,
  }: { shiftKey?: boolean; ctrlKey?: boolean; rtl?: boolean; firstDay?: WeekdayNumber } = {},
): CalendarDate | undefined {
  if (ctrlKey && (key === 'Home' || key === 'End')) {
    const firstOfMonth = { year: date.year, month: date.month, day: 1 };
    return key === 'Home' ? firstOfMonth : addDays(addMonths(firstOfMonth, 1), -1);
  }
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      return addDays(date, (key === 'ArrowRight') !== rtl ? 1 : -1);
    case 'ArrowDown':
    case 'ArrowUp':
      return addDays(date, key === 'ArrowDown' ? 7 : -7);
    case 'Home':
      return startOfWeek(date, firstDay);
    case 'End':
      return addDays(startOfWeek(date, firstDay), 6);
    case 'PageDown':
    case 'PageUp':
      return addMonths(date, (key === 'PageDown' ? 1 : -1) * (shiftKey ? 12 : 1));
  }
  return undefined;
}
