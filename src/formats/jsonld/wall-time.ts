/**
 * Wall-time arithmetic for the JSON-LD converter: a date with an optional time in the programme
 * zone (`LocalValue`), read from schema.org values (offsets converted), written out, compared and
 * moved on by a duration as a clock would read it. Apart because it is plain date maths that the
 * one-off dates, the schedules and the event assembly all need, with no schema.org in it.
 */
import { compareDates, formatIsoDate, formatTimeOfDay, type CalendarDate, type TimeOfDay } from '../../time/calendar-date.js';
import { toWallTime, utcWallTime } from '../../time/zoned-time.js';
import { parseSchemaDateTime, type SchemaDateTime } from './values.js';
import type { Context } from './context.js';

/** A local date with an optional time, in the programme zone. */
export interface LocalValue {
  date: CalendarDate;
  time?: TimeOfDay;
}

/** A schema.org date-time as programme wall time: values with an offset are converted. */
function toLocal(value: SchemaDateTime, timezone: string): LocalValue {
  if (!value.time) return { date: value.date };
  if (value.offsetMs === undefined) return { date: value.date, time: value.time };
  const utc = Date.UTC(value.date.year, value.date.month - 1, value.date.day, value.time.hour, value.time.minute, value.time.second);
  const wall = toWallTime(utc - value.offsetMs, timezone);
  return { date: wall, time: wall };
}

export function formatLocal(value: LocalValue): string {
  const date = formatIsoDate(value.date);
  return value.time ? `${date}T${formatTimeOfDay(value.time)}` : date;
}

/** The first instant past the last date a calendar can show (31 December 9999). */
const AFTER_9999 = Date.UTC(10000, 0, 1);

/** Adds seconds to a wall time as a clock would read it (no zone: wall-clock arithmetic); undefined past 9999. */
export function addSeconds(value: LocalValue, seconds: number): LocalValue | undefined {
  const t = value.time ?? { hour: 0, minute: 0, second: 0 };
  const ms = Date.UTC(value.date.year, value.date.month - 1, value.date.day, t.hour, t.minute, t.second) + seconds * 1000;
  if (!(ms < AFTER_9999)) return undefined;
  const wall = utcWallTime(ms);
  return { date: wall, time: wall };
}

export function compareLocal(a: LocalValue, b: LocalValue): number {
  const t = (x: LocalValue) => (x.time ? x.time.hour * 3600 + x.time.minute * 60 + x.time.second : 0);
  return compareDates(a.date, b.date) || t(a) - t(b);
}

/** A schema.org date or date-time as programme wall time; undefined when it cannot be read. */
export function readDate(value: unknown, ctx: Context): LocalValue | undefined {
  const parsed = parseSchemaDateTime(value);
  return parsed ? toLocal(parsed, ctx.timezone) : undefined;
}
