/**
 * IANA timezones without a library. `Intl.DateTimeFormat({timeZone})` already carries the
 * browser's tz database; we only need two operations on top of it:
 *
 *  - instant → wall time in a zone (what does a clock in London read at this moment?)
 *  - wall time in a zone → instant (when, in absolute time, is 10:00 in London on 25 Nov?)
 *
 * A Temporal polyfill or a tz library would add tens of KB to an embed that must stay small.
 *
 * Disambiguation follows Temporal's `'compatible'` mode, which is also what RFC 5545 requires:
 *  - a wall time skipped by a spring-forward gap (01:30 in London on 29 March 2026) is read
 *    with the offset from before the gap, so it lands *later* by the gap's length (02:30 BST);
 *  - a wall time that happens twice at a fall-back overlap (01:30 on 25 October 2026) takes the
 *    *earlier* instant (01:30 BST, not 01:30 GMT).
 */
import { atTime, type CalendarDate, type WallTime } from './calendar-date.js';

const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: constructing an Intl.DateTimeFormat is far slower than using one. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Names Intl rejected, so a bad `timezone` attribute costs one exception, not one per call. */
const invalidZones = new Set<string>();

/** True when the browser knows this IANA zone name. */
export function isValidTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string' || !timeZone || invalidZones.has(timeZone)) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    invalidZones.add(timeZone);
    return false;
  }
}

/** The zone the browser itself is in, e.g. `America/New_York`. */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The zone's UTC offset at an instant, in milliseconds, straight from Intl (uncached). */
export function offsetAtExact(epochMs: number, timeZone: string): number {
  const seconds = Math.floor(epochMs / 1000) * 1000;
  const parts = formatterFor(timeZone).formatToParts(new Date(seconds));
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of parts) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        // Some engines have printed midnight as "24" even with h23.
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = /^B/i.test(part.value);
        break;
    }
  }
  if (bc) year = 1 - year;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC maps years 0–99 to 1900–1999; correct for that rare case.
  const fixed = year >= 0 && year < 100 ? new Date(asUtc).setUTCFullYear(year) : asUtc;
  return fixed - seconds;
}

/** The cache's unit of time: a week, since no zone changes its offset twice within one. */
const SPAN_MS = 7 * MS_PER_DAY;

interface SpanOffsets {
  /** Offset at the span's first second. */
  start: number;
  /** Offset at the span's last second. */
  end: number;
  /** When they differ: the first instant (ms) with the `end` offset. */
  change: number;
}

/** Per zone, per week since 1970: the offsets at its first and last second, and when it changed. */
const spanCache = new Map<string, Map<number, SpanOffsets>>();
const SPAN_CACHE_LIMIT = 2000;

function spanOffsets(span: number, timeZone: string): SpanOffsets {
  const spanStart = span * SPAN_MS;
  const start = offsetAtExact(spanStart, timeZone);
  const end = offsetAtExact(spanStart + SPAN_MS - 1000, timeZone);
  let change = spanStart;
  if (start !== end) {
    // Binary search to the second: the first second that has the new offset.
    let lo = spanStart / 1000;
    let hi = (spanStart + SPAN_MS - 1000) / 1000;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAtExact(mid * 1000, timeZone) === start) lo = mid;
      else hi = mid;
    }
    change = hi * 1000;
  }
  return { start, end, change };
}

/**
 * The zone's UTC offset at an instant, in milliseconds (London in summer: 3 600 000).
 *
 * Cached per week, with the moment of any change in it (zones do not change twice in a week),
 * so after the first look at a week no `formatToParts` call (~20 µs each) is needed:
 * expanding hundreds of events costs a few dozen Intl calls the first time and none after.
 */
export function offsetAt(epochMs: number, timeZone: string): number {
  let zone = spanCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    spanCache.set(timeZone, zone);
  }
  const span = Math.floor(epochMs / SPAN_MS);
  let entry = zone.get(span);
  if (!entry) {
    if (zone.size > SPAN_CACHE_LIMIT) zone.clear();
    entry = spanOffsets(span, timeZone);
    zone.set(span, entry);
  }
  return epochMs < entry.change ? entry.start : entry.end;
}

/** The UTC fields of a millisecond timestamp as a wall time (wall-clock arithmetic without a zone). */
export function utcWallTime(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The wall-clock reading in `timeZone` at an instant. */
export function toWallTime(instant: Date | number, timeZone: string): WallTime {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return utcWallTime(ms + offsetAt(ms, timeZone));
}

/** Milliseconds of a wall time read as if it were UTC. */
function wallAsUtc(wall: WallTime): number {
  const ms = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wall.year >= 0 && wall.year < 100 ? new Date(ms).setUTCFullYear(wall.year) : ms;
}

/** How a wall time maps onto instants in a zone. */
export interface WallTimeResolution {
  /** The instant chosen ('compatible' disambiguation, see the module comment). */
  instant: Date;
  /** `gap`: the wall time never happened (clocks sprang forward); `overlap`: it happened twice. */
  kind: 'normal' | 'gap' | 'overlap';
}

/**
 * Resolves a wall time in a zone to an instant, reporting gaps and overlaps.
 * Candidates are the offsets a day before and a day after: any transition near the wall time
 * lies between them (zones do not change twice within two days).
 */
export function resolveWallTime(wall: WallTime, timeZone: string): WallTimeResolution {
  const utc = wallAsUtc(wall);
  const before = offsetAt(utc - MS_PER_DAY, timeZone);
  const after = offsetAt(utc + MS_PER_DAY, timeZone);
  const withBefore = utc - before;
  const beforeFits = offsetAt(withBefore, timeZone) === before;
  // The common case (no change within a day either side) needs one check and no arrays.
  const afterFits = before !== after && offsetAt(utc - after, timeZone) === after;
  if (beforeFits && afterFits) return { instant: new Date(Math.min(withBefore, utc - after)), kind: 'overlap' };
  if (beforeFits) return { instant: new Date(withBefore), kind: 'normal' };
  if (afterFits) return { instant: new Date(utc - after), kind: 'normal' };
  // Gap: keep the pre-transition offset, which moves the time forward by the gap's length.
  return { instant: new Date(withBefore), kind: 'gap' };
}

/** The instant at which a zone's clocks read `wall` (gaps shift forward, overlaps take the earlier). */
export function toInstant(wall: WallTime, timeZone: string): Date {
  return resolveWallTime(wall, timeZone).instant;
}

/** The instant a calendar day begins in a zone (usually midnight; later if midnight was skipped). */
export function startOfDayInstant(date: CalendarDate, timeZone: string): Date {
  return toInstant(atTime(date), timeZone);
}

/** Today's date in a zone. */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  const wall = toWallTime(now, timeZone);
  return { year: wall.year, month: wall.month, day: wall.day };
}

