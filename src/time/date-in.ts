/**
 * The calendar date in a timezone at an instant: today's date in the programme's zone, or the day
 * an instant fell on there. One Intl call, without zoned-time.ts's wall-time machinery, for code
 * that needs only the date (the finder's next session, a converter's first date).
 */
import type { CalendarDate } from './calendar-date.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws a RangeError for a zone the browser does not know. */
export function dateIn(timeZone: string, at: number = Date.now()): CalendarDate {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}
