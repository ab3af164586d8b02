/**
 * Dates and times in words for the calendar, through `Intl` (so Arabic gets Arabic digits and
 * month names). Occurrence times are shown in the PROGRAMME's zone, never the browser's; when
 * the two differ, times carry the zone's short name ("10:00–12:00 GMT").
 *
 * Formatters are cached for the page, by locale and options: building an `Intl` formatter
 * costs far more than using one, a month view formats hundreds of dates and numbers, and a
 * second calendar on the page (or a new `CalendarFormat` for the same locale and zone) reuses them.
 */
import type { CalendarEnglish } from './strings/en-GB.js';
import type { CalendarDate } from '../time/calendar-date.js';
import type { Occurrence } from './occurrences.js';
import { browserTimeZone } from '../time/zoned-time.js';

type Options = Intl.DateTimeFormatOptions;

export const LONG_DATE: Options = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const DAY_MONTH: Options = { weekday: 'long', day: 'numeric', month: 'long' };
export const TIME: Options = { hour: 'numeric', minute: '2-digit' };

/** Midnight UTC of a calendar date: formatted with `timeZone: 'UTC'`, it reads as that date everywhere. */
const utc = (date: CalendarDate) => Date.UTC(date.year, date.month - 1, date.day);

const sameZone = (a: string, b: string) => a.replace(/^Etc\/(UTC|GMT)$/, 'UTC') === b.replace(/^Etc\/(UTC|GMT)$/, 'UTC');

/** Every calendar's formatters, by locale and options (the options include the zone). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export class CalendarFormat {
  /** True when the browser's zone differs from the programme's: times then carry a zone name. */
  readonly showZone: boolean;
  #zoneName?: string;

  constructor(
    readonly locale: string,
    readonly timeZone: string,
    readonly t: CalendarEnglish,
  ) {
    this.showZone = !sameZone(browserTimeZone(), timeZone);
  }

  /** A cached formatter: dates in UTC (calendar dates), or `zoned` instants in the programme's zone. */
  formatter(options: Options, zoned = false): Intl.DateTimeFormat {
    const full: Options = zoned
      ? { ...options, timeZone: this.timeZone, ...(this.showZone ? { timeZoneName: 'short' } : {}) }
      : { ...options, timeZone: 'UTC' };
    const key = this.locale + JSON.stringify(full);
    let formatter = dateFormats.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(this.locale, full);
      dateFormats.set(key, formatter);
    }
    return formatter;
  }

  /** A calendar date, e.g. "Wednesday 25 November" (default) or with other fields. */
  date(date: CalendarDate, options: Options = DAY_MONTH): string {
    return this.formatter(options).format(utc(date));
  }

  /** "November 2026". */
  month(date: CalendarDate): string {
    return this.date(date, { month: 'long', year: 'numeric' });
  }

  /** Two dates as one range: "23–29 November 2026". */
  dateRange(first: CalendarDate, last: CalendarDate, options: Options = { day: 'numeric', month: 'long', year: 'numeric' }): string {
    return this.formatter(options).formatRange(utc(first), utc(last));
  }

  /** Weekday name for 0 = Sunday … 6 = Saturday (1 January 2023 was a Sunday). */
  weekday(day: number, width: 'long' | 'short' | 'narrow'): string {
    return this.date({ year: 2023, month: 1, day: 1 + day }, { weekday: width });
  }

  /** Short times for lists: "10:00–12:00", "All day". */
  times(occurrence: Occurrence): string {
    if (occurrence.allDay) return this.t.calendarAllDay;
    const formatter = this.formatter(TIME, true);
    return occurrence.hasEnd ? formatter.formatRange(occurrence.start, occurrence.end) : formatter.format(occurrence.start);
  }

  /** The programme zone's everyday name ("United Kingdom Time"), for the "All times are…" note. */
  zoneName(): string {
    if (this.#zoneName === undefined) {
      try {
        const parts = new Intl.DateTimeFormat(this.locale, { timeZone: this.timeZone, timeZoneName: 'longGeneric' }).formatToParts();
        this.#zoneName = parts.find((p) => p.type === 'timeZoneName')?.value ?? this.timeZone;
      } catch {
        this.#zoneName = this.timeZone;
      }
    }
    return this.#zoneName;
  }

  number(value: number): string {
    return this.numberFormat('', {}).format(value);
  }

  /** A cached number format, under `key` (one per set of options). */
  numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    const full = `${this.locale} ${key}`;
    let format = numberFormats.get(full);
    if (!format) numberFormats.set(full, (format = new Intl.NumberFormat(this.locale, options)));
    return format;
  }
}
