/**
 * A session's facts in words for its detail view: when, and for which ages. Only the detail
 * reads them, so they travel in its chunk rather than in CalendarFormat (in the entry).
 */
import type { AgeRange } from '../data/feed-schema.js';
import { parseIsoDate } from '../time/calendar-date.js';
import { LONG_DATE, TIME, type CalendarFormat } from './calendar-format.js';
import type { Occurrence } from './occurrences.js';
import type { CalendarDetailText } from './strings/detail.en-GB.js';

/** "Wednesday 25 November 2026, 10:00–12:00" (with the zone when it differs), or the all-day dates. */
export function sessionWhen(fmt: CalendarFormat, occurrence: Occurrence): string {
  if (occurrence.allDay) {
    const first = parseIsoDate(occurrence.occurrenceDate)!;
    const last = parseIsoDate(occurrence.lastDate)!;
    return occurrence.lastDate === occurrence.occurrenceDate
      ? fmt.t.calendarDayLabel(fmt.date(first, LONG_DATE), fmt.t.calendarAllDay)
      : fmt.dateRange(first, last, LONG_DATE);
  }
  const formatter = fmt.formatter({ ...LONG_DATE, ...TIME }, true);
  return occurrence.hasEnd ? formatter.formatRange(occurrence.start, occurrence.end) : formatter.format(occurrence.start);
}

const unit = (fmt: CalendarFormat, value: number, name: 'year' | 'month'): string =>
  fmt.numberFormat(name, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);

const age = (fmt: CalendarFormat, months: number): string =>
  months % 12 === 0 && months > 0 ? unit(fmt, months / 12, 'year') : unit(fmt, months, 'month');

/** An age range in words: "0 to 3 years", "18 months to 5 years", "5 years and over". */
export function ageRangeWords(fmt: CalendarFormat, t: CalendarDetailText, range: AgeRange | undefined): string | undefined {
  const min = range?.minMonths ?? 0;
  const max = range?.maxMonths;
  if (max === undefined) return min > 0 ? t.calendarAgeFrom(age(fmt, min)) : undefined;
  // Maxima are inclusive: 47 months is "up to 3 years (and 11 months)", so it reads "3 years".
  const toYears = (max + 1) % 12 === 0 && max > 11 ? (max + 1) / 12 - 1 : max % 12 === 0 && max > 0 ? max / 12 : undefined;
  const to = toYears === undefined ? unit(fmt, max, 'month') : unit(fmt, toYears, 'year');
  // "0 to 3 years", "6 to 9 months": the unit once when both ends share it.
  const from =
    min === 0 || (toYears !== undefined) === (min % 12 === 0) ? fmt.number(toYears === undefined ? min : min / 12) : age(fmt, min);
  return t.calendarAgeFromTo(from, to);
}
