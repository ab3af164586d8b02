/**
 * Plain calendar dates ({year, month, day}) and wall-clock times, with arithmetic that never
 * touches the browser's local timezone. Everything goes through `Date.UTC`, where every day is
 * exactly 24 hours long, so "add 7 days" cannot turn into 6 days 23 hours across a clock change.
 */
import type { Weekday } from '../data/feed-schema.js';

/** A day on the calendar. `month` is 1–12 (not JavaScript's 0–11). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock reading in some timezone: what a clock on the wall would show. */
export interface WallTime extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
}

/** Time of day as hour/minute/second. */
export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
}

/** Day-of-week number as JavaScript counts it: 0 = Sunday … 6 = Saturday. */
export type WeekdayNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** RFC 5545 weekday codes indexed by `WeekdayNumber`. */
export const WEEKDAY_CODES: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const MS_PER_DAY = 86_400_000;

/** `MO` → 1 … `SU` → 0. */
export function weekdayNumber(code: Weekday): WeekdayNumber {
  return WEEKDAY_CODES.indexOf(code) as WeekdayNumber;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Days in 400 Gregorian years: the calendar (weekdays too) repeats after them. */
export const DAYS_PER_400_YEARS = 146_097;

/** Days since 1970-01-01: a single integer that makes date arithmetic and comparison trivial. */
export function toDayNumber(date: CalendarDate): number {
  // 400 years later, then back: Date.UTC reads years 0–99 as 1900–1999.
  return Math.floor(Date.UTC(date.year + 400, date.month - 1, date.day) / MS_PER_DAY) - DAYS_PER_400_YEARS;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds whole months, clamping the day to the target month's length:
 * 31 January + 1 month → 28 (or 29) February, never 3 March.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): WeekdayNumber {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as WeekdayNumber;
}

/** Negative when a is earlier, 0 when the same day, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function isSameDate(a: CalendarDate, b: CalendarDate): boolean {
  return compareDates(a, b) === 0;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** The first day of the week containing `date`, for weeks starting on `firstDay` (1 = Monday). */
export function startOfWeek(date: CalendarDate, firstDay: WeekdayNumber = 1): CalendarDate {
  return addDays(date, -((weekdayOf(date) - firstDay + 7) % 7));
}

/**
 * The nth given weekday of a month: n = 1 first … 5 fifth, -1 last … -5 fifth from last.
 * `undefined` when the month has no such day (most months have no fifth Saturday).
 */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: WeekdayNumber,
  n: number,
): CalendarDate | undefined {
  if (n === 0 || n > 5 || n < -5) return undefined;
  const length = daysInMonth(year, month);
  let day: number;
  if (n > 0) {
    const firstWeekday = weekdayOf({ year, month, day: 1 });
    day = 1 + ((weekday - firstWeekday + 7) % 7) + (n - 1) * 7;
  } else {
    const lastWeekday = weekdayOf({ year, month, day: length });
    day = length - ((lastWeekday - weekday + 7) % 7) + (n + 1) * 7;
  }
  return day >= 1 && day <= length ? { year, month, day } : undefined;
}

/** The last given weekday of a month ("last Friday"). */
export function lastWeekdayOfMonth(year: number, month: number, weekday: WeekdayNumber): CalendarDate {
  return nthWeekdayOfMonth(year, month, weekday, -1)!;
}

/** Day `n` of a month, counting from the end when negative (-1 = last day); `undefined` if absent. */
export function monthDay(year: number, month: number, n: number): CalendarDate | undefined {
  const length = daysInMonth(year, month);
  const day = n > 0 ? n : length + 1 + n;
  return n !== 0 && day >= 1 && day <= length ? { year, month, day } : undefined;
}

/** Zero-padded digits: `pad(7)` → `07`, `pad(26, 4)` → `0026`. */
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Two digits without padStart: day keys are made for every session and cell of a view. */
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DD`: the key used for days throughout the calendar. */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${year >= 1000 && year <= 9999 ? year : pad(year, 4)}-${two(month)}-${two(day)}`;
}

/** `HH:MM` (seconds only when non-zero). */
export function formatTimeOfDay(time: TimeOfDay): string {
  return `${pad(time.hour)}:${pad(time.minute)}${time.second ? `:${pad(time.second)}` : ''}`;
}

/** `YYYY-MM-DDTHH:MM` (seconds only when non-zero), the feed's local date-time form. */
export function formatLocalDateTime(wall: WallTime): string {
  return `${formatIsoDate(wall)}T${formatTimeOfDay(wall)}`;
}

/** Parses `YYYY-MM-DD`, rejecting impossible dates such as 2026-02-30. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(date) ? date : undefined;
}

export function isValidDate(date: CalendarDate): boolean {
  return (
    Number.isInteger(date.year) &&
    Number.isInteger(date.month) &&
    Number.isInteger(date.day) &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month)
  );
}

/** Parses `HH:MM` or `HH:MM:SS` (24-hour). */
export function parseTimeOfDay(text: string): TimeOfDay | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(text);
  return m ? { hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3] ?? 0) } : undefined;
}

/**
 * Parses the feed's local date-time: `YYYY-MM-DD` (no time: an all-day value) or
 * `YYYY-MM-DDTHH:MM[:SS]`. Offsets are not accepted: feed times are wall times.
 */
export function parseLocalDateTime(text: string): { date: CalendarDate; time?: TimeOfDay } | undefined {
  const [datePart, timePart] = text.split('T');
  const date = parseIsoDate(datePart ?? '');
  if (!date) return undefined;
  if (timePart === undefined) return { date };
  const time = parseTimeOfDay(timePart);
  return time ? { date, time } : undefined;
}

/** A date plus a time of day as one wall-time value. */
export function atTime(date: CalendarDate, time: TimeOfDay = { hour: 0, minute: 0, second: 0 }): WallTime {
  return { year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute, second: time.second };
}

/** Just the date of a wall time (drops the clock reading). */
export function dateOf(value: CalendarDate): CalendarDate {
  return { year: value.year, month: value.month, day: value.day };
}
