/**
 * RFC 5545 `.ics` files: one occurrence, or a whole series with its RRULE, EXDATEs and a
 * VTIMEZONE for the programme zone, so phones add "Wednesdays 10:00" and keep it at 10:00
 * London time through every clock change.
 *
 * Choices worth knowing:
 *  - UID is stable: `eventId@host` for an event or series; a single occurrence of a series is
 *    `eventId-YYYYMMDD@host`, so adding one session and later the series do not collide.
 *  - A series' DTSTART is its first real occurrence (RFC 5545 wants DTSTART to match the rule).
 *  - Cancelled dates of a series become override VEVENTs (RECURRENCE-ID + STATUS:CANCELLED);
 *    excluded dates become EXDATEs.
 *  - Times are written with TZID and a generated VTIMEZONE; a UTC programme uses `Z` times.
 *  - Text is escaped, lines are folded at 75 octets without splitting a UTF-8 character,
 *    and lines end with CRLF.
 */
import type { FeedEvent } from '../data/feed-schema.js';
import { isWebUrl } from '../data/safe-url.js';
import {
  addDays,
  atTime,
  compareDates,
  pad,
  parseIsoDate,
  WEEKDAY_CODES,
  type CalendarDate,
  type WallTime,
} from '../time/calendar-date.js';
import { DEFAULT_TIME_ZONE, eventTiming, type Occurrence } from './occurrences.js';
import type { RecurrenceRule } from './recurrence.js';
import { findOccurrence, firstSeriesDate, isSeriesDate, lastSeriesDate } from './series-lookup.js';
import { buildVTimezone, formatIcsLocal, isUtcZone } from './vtimezone.js';
import { isValidTimeZone, toInstant, toWallTime } from '../time/zoned-time.js';

export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';
export const DEFAULT_UID_HOST = 'parent-champion-widgets';
export const DEFAULT_PRODID = '-//Parent Champion Widgets//Event Calendar//EN';

export interface IcsOptions {
  /** Programme timezone; defaults to the occurrence's zone, else Europe/London. */
  timeZone?: string;
  /** Right-hand side of UIDs, e.g. the site's host name. Default `parent-champion-widgets`. */
  uidHost?: string;
  prodId?: string;
  /** DTSTAMP (when the file was made). Default now; fixed in tests. */
  now?: Date;
  /** The programme's names for its category ids (`bodypump` → "Bodypump™"), written as the CATEGORIES a calendar app shows. */
  categoryLabels?: ReadonlyMap<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Text and lines

/** Escapes TEXT values: backslash, semicolon, comma and newlines; drops other control characters. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line to at most 75 octets per physical line, never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74; // continuation lines begin with a space, which counts
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Joins content lines into a file: folded, CRLF-terminated. */
export function serializeIcs(lines: readonly string[]): string {
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** A download name from a title: `Stay and Play` → `stay-and-play.ics`. */
export function icsFileName(title: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'event'}.ics`;
}

// ---------------------------------------------------------------------------------------------
// Values


/** `YYYYMMDD`. */
function formatIcsDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}

/** UTC `YYYYMMDDTHHMMSSZ`. */
export function formatIcsUtc(instant: Date): string {
  return `${formatIcsLocal(toWallTime(instant, 'UTC'))}Z`;
}

function uidHost(options: IcsOptions): string {
  const host = (options.uidHost ?? '').replace(/[^A-Za-z0-9.-]/g, '');
  return host || DEFAULT_UID_HOST;
}

function zoneOf(options: IcsOptions, fallback?: string): string {
  const zone = options.timeZone || fallback || DEFAULT_TIME_ZONE;
  return isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

/** Writes date-time properties for one zone: `NAME;TZID=zone:local`, `NAME:utcZ` or `NAME;VALUE=DATE:date`. */
class DateWriter {
  readonly utc: boolean;

  constructor(readonly timeZone: string) {
    this.utc = isUtcZone(timeZone);
  }

  dateTime(name: string, wall: WallTime): string {
    if (this.utc) return `${name}:${formatIcsLocal(wall)}Z`;
    return `${name};TZID=${this.timeZone}:${formatIcsLocal(wall)}`;
  }

  date(name: string, date: CalendarDate): string {
    return `${name};VALUE=DATE:${formatIcsDate(date)}`;
  }
}

function locationText(event: FeedEvent): string | undefined {
  const l = event.location;
  if (!l) return undefined;
  const text = [l.name, l.address, l.postcode].filter((s) => typeof s === 'string' && s.trim()).join(', ');
  return text || undefined;
}

/** SUMMARY, DESCRIPTION, LOCATION, GEO, URL, CATEGORIES of an event (by their names in `labels`, where it has them). */
function describe(event: FeedEvent, labels?: ReadonlyMap<string, string>): string[] {
  const lines = [`SUMMARY:${escapeIcsText(event.title)}`];
  const url = isWebUrl(event.bookingUrl) ? event.bookingUrl!.trim() : undefined;
  // Many apps ignore URL, so the booking link is repeated at the end of the description.
  const description = [event.description, url].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
  const location = locationText(event);
  if (location) lines.push(`LOCATION:${escapeIcsText(location)}`);
  const { lat, lng } = event.location ?? {};
  if (typeof lat === 'number' && typeof lng === 'number') lines.push(`GEO:${lat};${lng}`);
  if (url) lines.push(`URL:${url}`);
  const categories = (event.categories ?? []).filter(Boolean).map((id) => labels?.get(id) ?? id);
  if (categories.length) lines.push(`CATEGORIES:${categories.map(escapeIcsText).join(',')}`);
  return lines;
}

function calendarLines(timeZones: string[], fromYear: number, toYear: number, options: IcsOptions): string[] {
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${options.prodId ?? DEFAULT_PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const zone of timeZones) {
    if (!isUtcZone(zone)) lines.push(...buildVTimezone(zone, fromYear, toYear));
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// One occurrence

/** The `.ics` text for one occurrence (no RRULE). */
export function occurrenceToIcs(occurrence: Occurrence, options: IcsOptions = {}): string {
  const zone = zoneOf(options, occurrence.timeZone);
  const { lines, years } = occurrenceEvent(occurrence, zone, options);
  return serializeIcs([...calendarLines([zone], years[0], years[1], options), ...lines, 'END:VCALENDAR']);
}

/** One occurrence's VEVENT in `zone`, and the years it spans (for the VTIMEZONE). */
function occurrenceEvent(occurrence: Occurrence, zone: string, options: IcsOptions): { lines: string[]; years: [number, number] } {
  const writer = new DateWriter(zone);
  const event = occurrence.event;
  const host = uidHost(options);
  const compactDate = occurrence.occurrenceDate.replace(/-/g, '');
  const uid = occurrence.recurring ? `${event.id}-${compactDate}@${host}` : `${event.id}@${host}`;
  // Wall times are re-read in the file's zone, in case it differs from the expansion's.
  const startLocal = toWallTime(occurrence.start, zone);
  const endLocal = toWallTime(occurrence.end, zone);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${formatIcsUtc(options.now ?? new Date())}`,
  ];
  if (occurrence.allDay) {
    const first = parseIsoDate(occurrence.occurrenceDate)!;
    const last = parseIsoDate(occurrence.lastDate)!;
    lines.push(writer.date('DTSTART', first), writer.date('DTEND', addDays(last, 1)));
  } else {
    lines.push(writer.dateTime('DTSTART', startLocal));
    if (occurrence.hasEnd) lines.push(writer.dateTime('DTEND', endLocal));
  }
  lines.push(...describe(event, options.categoryLabels));
  if (occurrence.cancelled) lines.push('STATUS:CANCELLED');
  lines.push('END:VEVENT');
  return { lines, years: [startLocal.year, endLocal.year] };
}

// ---------------------------------------------------------------------------------------------
// A whole series

/** The RRULE value (without `RRULE:`) for a rule; `until` written as the zone's end of that day, in UTC. */
export function buildRrule(rule: RecurrenceRule, start: CalendarDate, timeZone: string, allDay: boolean): string {
  const parts = [`FREQ=${rule.frequency === 'monthly' ? 'MONTHLY' : 'WEEKLY'}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  const days = rule.byDay.map((w) => WEEKDAY_CODES[w]!);
  if (rule.frequency === 'monthly' && rule.weekOfMonth.length) {
    parts.push(`BYDAY=${rule.weekOfMonth.flatMap((n) => days.map((d) => `${n}${d}`)).join(',')}`);
  } else if (days.length) {
    parts.push(`BYDAY=${days.join(',')}`);
  }
  if (rule.frequency === 'monthly' && rule.byMonthDay.length) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.frequency === 'weekly' && rule.interval > 1) parts.push('WKST=MO');

  // RFC 5545 allows COUNT or UNTIL, not both: keep whichever ends the series first.
  let useCount = rule.count !== undefined;
  if (useCount && rule.until) {
    const lastByCount = lastSeriesDate({ ...rule, until: undefined }, start);
    useCount = !!lastByCount && compareDates(lastByCount, rule.until) <= 0;
  }
  if (useCount) {
    parts.push(`COUNT=${rule.count}`);
  } else if (rule.until) {
    if (allDay) {
      parts.push(`UNTIL=${formatIcsDate(rule.until)}`);
    } else {
      // The last second of the until date in the programme zone: inclusive of that day.
      const endOfDay = toInstant({ ...rule.until, hour: 23, minute: 59, second: 59 }, timeZone);
      parts.push(`UNTIL=${formatIcsUtc(endOfDay)}`);
    }
  }
  return parts.join(';');
}

/**
 * The sessions a series' publisher listed beside it, among `events` (the feed's): one-off events
 * with its title, at its time of day, on a date its schedule gives but leaves out. A booking system
 * (OpenActive) lists a series' next few sessions so, and the converter leaves those dates out of
 * the schedule: "every session" must add them back, or a parent's calendar lacks the very next ones.
 */
export function listedSessions(series: FeedEvent, events: readonly FeedEvent[], timeZone: string): Occurrence[] {
  const timing = eventTiming(series);
  if (!timing?.rule || !timing.excluded.size) return [];
  const time = series.start.slice(10);
  const sessions: Occurrence[] = [];
  for (const event of events) {
    const date = event.start.slice(0, 10);
    if (event.recurrence || event === series || event.title !== series.title || event.start.slice(10) !== time || !timing.excluded.has(date)) continue;
    const occurrence = findOccurrence(event, date, { timeZone });
    if (occurrence) sessions.push(occurrence);
  }
  return sessions;
}

/**
 * The `.ics` text for a whole event: for a recurring event its series (RRULE, EXDATEs,
 * cancelled dates as overrides) and the sessions listed beside it (`sessions`, see
 * `listedSessions`: each a VEVENT of its own, with the UID its own download gives it); for a
 * one-off event the same as its single occurrence.
 */
export function seriesToIcs(event: FeedEvent, options: IcsOptions & { sessions?: readonly Occurrence[] } = {}): string {
  const zone = zoneOf(options);
  const timing = eventTiming(event);
  if (!timing) {
    return serializeIcs([...calendarLines([], 1970, 1970, options), 'END:VCALENDAR']);
  }
  const rule = timing.rule;
  const first = rule ? firstSeriesDate(rule, timing.startDate) : undefined;
  if (!rule || !first) {
    // One-off, or a rule that never produces a date: the event as written, without a rule.
    const single = findOccurrence(rule ? { ...event, recurrence: undefined } : event, timing.startDate, { timeZone: zone })!;
    return occurrenceToIcs({ ...single, recurring: false }, { ...options, timeZone: zone });
  }

  const writer = new DateWriter(zone);
  const uid = `${event.id}@${uidHost(options)}`;
  const stamp = `DTSTAMP:${formatIcsUtc(options.now ?? new Date())}`;
  const lastDate = lastSeriesDate(rule, timing.startDate);
  const startOf = (date: CalendarDate): WallTime => atTime(date, timing.startTime);
  /** DTSTART/DTEND lines of the series' occurrence on `date`. */
  const times = (date: CalendarDate, prefix = 'DT'): string[] => {
    if (timing.allDay) {
      return [writer.date(`${prefix}START`, date), writer.date(`${prefix}END`, addDays(date, timing.endDayOffset + 1))];
    }
    const out = [writer.dateTime(`${prefix}START`, startOf(date))];
    if (timing.hasEnd) out.push(writer.dateTime(`${prefix}END`, atTime(addDays(date, timing.endDayOffset), timing.endTime)));
    return out;
  };
  const recurrenceId = (date: CalendarDate) =>
    timing.allDay ? writer.date('RECURRENCE-ID', date) : writer.dateTime('RECURRENCE-ID', startOf(date));
  const inSeries = (key: string) => {
    const date = parseIsoDate(key);
    return date && isSeriesDate(rule, timing.startDate, date) ? date : undefined;
  };

  const master = ['BEGIN:VEVENT', `UID:${uid}`, stamp, ...times(first)];
  master.push(`RRULE:${buildRrule(rule, timing.startDate, zone, timing.allDay)}`);
  const excluded = [...timing.excluded].sort().map(inSeries).filter((d): d is CalendarDate => !!d);
  for (const date of excluded) {
    master.push(timing.allDay ? writer.date('EXDATE', date) : writer.dateTime('EXDATE', startOf(date)));
  }
  master.push(...describe(event, options.categoryLabels));
  if (event.cancelled) master.push('STATUS:CANCELLED');
  master.push('END:VEVENT');

  const overrides: string[] = [];
  if (!event.cancelled) {
    for (const key of [...timing.cancelledDates].sort()) {
      const date = inSeries(key);
      if (!date || timing.excluded.has(key)) continue;
      overrides.push(
        'BEGIN:VEVENT',
        `UID:${uid}`,
        stamp,
        recurrenceId(date),
        ...times(date),
        ...describe(event, options.categoryLabels),
        'STATUS:CANCELLED',
        'END:VEVENT',
      );
    }
  }

  const listed = (options.sessions ?? []).map((session) => occurrenceEvent(session, zone, options));
  const fromYear = Math.min(first.year, ...listed.map(({ years }) => years[0]));
  const toYear = Math.max((lastDate ?? addDays(first, 366 * 3)).year + 1, ...listed.map(({ years }) => years[1]));
  return serializeIcs([...calendarLines([zone], fromYear, toYear, options), ...master, ...overrides, ...listed.flatMap(({ lines }) => lines), 'END:VCALENDAR']);
}

