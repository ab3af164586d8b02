/**
 * The next date of an opening that runs every few weeks or months ("every other Monday"), so a
 * parent can tell which weeks: counted from its first date (`startDate`), as RFC 5545 counts an
 * interval (weeks from Monday, months by the calendar). Pure: the caller gives today's date in
 * the programme's timezone.
 */
import type { Weekday } from '../data/feed-schema.js';
import {
  compareDates,
  fromDayNumber,
  nthWeekdayOfMonth,
  parseIsoDate,
  startOfWeek,
  toDayNumber,
  weekdayNumber,
  weekdayOf,
  type CalendarDate,
} from '../time/calendar-date.js';
import { dateIn } from '../time/date-in.js';
import type { NextDate } from './schedule-text.js';

export interface Repeating {
  frequency: 'weekly' | 'monthly';
  /** Every how many weeks or months. */
  interval: number;
  /** YYYY-MM-DD of the first session. */
  startDate?: string;
  days: readonly Weekday[];
  /** Monthly: which weeks of the month (1–5, -1 = last…); none means every such weekday. */
  weeks: readonly number[];
}

/** Months a search looks ahead: enough for any interval, and for a 5th weekday most months lack. */
const MONTHS_AHEAD = 120;

/**
 * The first session on or after `today` (and not before the first one), or `undefined` when the
 * opening repeats every week or month, or its first date is not known: then the weeks it runs in
 * cannot be told, and nothing is claimed.
 */
export function nextSessionDate(session: Repeating, today: CalendarDate): CalendarDate | undefined {
  const start = session.startDate ? parseIsoDate(session.startDate) : undefined;
  const { interval } = session;
  if (!start || interval < 2 || !session.days.length) return undefined;
  const from = compareDates(today, start) > 0 ? today : start;
  const days = new Set(session.days.map(weekdayNumber));

  if (session.frequency === 'weekly') {
    const firstWeek = toDayNumber(startOfWeek(start));
    const first = toDayNumber(from);
    for (let n = first; n < first + 7 * interval; n++) {
      const date = fromDayNumber(n);
      if (days.has(weekdayOf(date)) && Math.floor((n - firstWeek) / 7) % interval === 0) return date;
    }
    return undefined;
  }

  const startMonth = start.year * 12 + start.month - 1;
  let month = from.year * 12 + from.month - 1;
  month += (interval - ((month - startMonth) % interval)) % interval;
  for (let end = month + MONTHS_AHEAD; month < end; month += interval) {
    const year = Math.floor(month / 12);
    let next: CalendarDate | undefined;
    for (const day of days) {
      for (const week of session.weeks.length ? session.weeks : [1, 2, 3, 4, 5]) {
        const date = nthWeekdayOfMonth(year, (month % 12) + 1, day, week);
        if (date && compareDates(date, from) >= 0 && (!next || compareDates(date, next) < 0)) next = date;
      }
    }
    if (next) return next;
  }
  return undefined;
}

/** Today in the programme's timezone (in London's when the browser does not know that zone). */
export function programmeToday(timeZone: string): CalendarDate {
  try {
    return dateIn(timeZone);
  } catch {
    return dateIn('Europe/London');
  }
}

/** Next dates counted from today in the programme's timezone, which is worked out once, on first need. */
export function nextDates(timeZone: string): NextDate {
  let today: CalendarDate | undefined;
  return (line) => nextSessionDate(line, (today ??= programmeToday(timeZone)));
}
