/**
 * When a JSON-LD event happens: a one-off `startDate`/`endDate` (with `duration`), or an
 * `eventSchedule` read into the native recurrence (repeatFrequency, byDay with iCal ordinals,
 * byMonthWeek, byMonthDay, start and end times, exceptDate, repeatCount, scheduleTimezone).
 * Apart because schedule-to-recurrence is the converter's largest and most intricate step, with
 * its own warnings; loaded only with the converter.
 */
import type { Diagnostic } from '../../data/errors.js';
import type { Recurrence, Weekday } from '../../data/feed-schema.js';
import { preview } from '../../data/format.js';
import { MAX_SERIES_SESSION_DAYS } from '../../data/feed-limits.js';
import { addDays, atTime, compareDates, formatIsoDate, isSameDate, type TimeOfDay } from '../../time/calendar-date.js';
import { isValidTimeZone, toInstant, toWallTime } from '../../time/zoned-time.js';
import { asList, durationSeconds, parseIsoDuration, parseScheduleDay, parseSchemaTime, termOf, textOf } from './values.js';
import { join, typesOf, type FoundNode, type JsonNode } from './detect.js';
import { sessionField, type Context } from './context.js';
import { addSeconds, compareLocal, readDate, type LocalValue } from './wall-time.js';

const ALL_DAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface Timing {
  start: LocalValue;
  end?: LocalValue;
  recurrence?: Recurrence;
}

type Repeat = { frequency: 'weekly' | 'monthly'; interval: number; daily?: boolean };

/** repeatFrequency → weekly/monthly + interval; `null` when present but unsupported. */
function readRepeat(value: unknown): Repeat | null | undefined {
  const text = termOf(value) ?? textOf(value);
  if (!text) return undefined;
  const words: Record<string, Repeat> = {
    daily: { frequency: 'weekly', interval: 1, daily: true },
    weekly: { frequency: 'weekly', interval: 1 },
    fortnightly: { frequency: 'weekly', interval: 2 },
    monthly: { frequency: 'monthly', interval: 1 },
    yearly: { frequency: 'monthly', interval: 12 },
    annually: { frequency: 'monthly', interval: 12 },
  };
  const word = words[text.toLowerCase()];
  if (word) return word;
  const d = parseIsoDuration(textOf(value));
  if (!d || d.hours || d.minutes || d.seconds) return null;
  const months = d.years * 12 + d.months;
  const days = d.weeks * 7 + d.days;
  if (months && !days) return { frequency: 'monthly', interval: months };
  if (days && !months) {
    if (days === 1) return { frequency: 'weekly', interval: 1, daily: true };
    if (days % 7 === 0) return { frequency: 'weekly', interval: days / 7 };
  }
  return null;
}

const intList = (value: unknown, min: number, max: number) =>
  asList(value)
    .map((x) => Number(textOf(x)))
    .filter((n) => Number.isInteger(n) && n !== 0 && n >= min && n <= max);

/** A whole day written as times: from midnight… */
const DAY_START = /^(\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** …to the last minute or second of a day (WordPress's The Events Calendar writes all-day events so). */
const DAY_END = /^(\d{4}-\d{2}-\d{2})T23:59(?::59(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** `startDate` and `endDate`, or their dates alone when together they span whole days: an all-day event on the days as written. */
function datesOf(node: JsonNode): [start: unknown, end: unknown] {
  const start = node['startDate'];
  const end = node['endDate'];
  const first = typeof start === 'string' ? DAY_START.exec(start.trim())?.[1] : undefined;
  const last = typeof end === 'string' ? DAY_END.exec(end.trim())?.[1] : undefined;
  return first && last ? [first, last] : [start, end];
}

export function readOneOff(found: FoundNode, parent: JsonNode | undefined, title: string, ctx: Context): Timing | undefined {
  const { node, path } = found;
  const [startRaw, endRaw] = datesOf(node);
  const start = readDate(startRaw, ctx);
  if (!start) return undefined;
  const timing: Timing = { start };
  let end = endRaw !== undefined ? readDate(endRaw, ctx) : undefined;
  if (endRaw !== undefined && !end) {
    ctx.diagnostics.push({ path: join(path, 'endDate'), message: 'not a date we can read', action: 'dropped', item: title });
  }
  if (!end && start.time) {
    const raw = sessionField(node, parent, 'duration');
    const duration = parseIsoDuration(raw);
    if (duration && durationSeconds(duration) > 0) {
      end = addSeconds(start, durationSeconds(duration));
      if (!end) {
        const message = `ends after the year 9999 (got ${preview(textOf(raw))}); the event is shown without an end`;
        ctx.diagnostics.push({ path: join(path, 'duration'), message, action: 'dropped', item: title });
      }
    }
  }
  if (end && !start.time) end = { date: end.date };
  if (end && compareLocal(end, start) < 0) {
    ctx.diagnostics.push({ path: join(path, 'endDate'), message: 'is before startDate', action: 'dropped', item: title });
    end = undefined;
  }
  if (end && start.time && end.time && compareLocal(end, start) === 0) end = undefined;
  if (end) timing.end = end;
  return timing;
}

export function readSchedule(
  schedule: JsonNode,
  path: string,
  found: FoundNode,
  parent: JsonNode | undefined,
  title: string,
  ctx: Context,
): Timing | undefined {
  const { node } = found;
  const warn = (key: string, message: string, action: Diagnostic['action'] = 'warning') =>
    ctx.diagnostics.push({ path: join(path, key), message, action, item: title });
  const skip = (key: string, message: string) => {
    warn(key, message, 'skipped');
    return undefined;
  };

  // Days: weekdays, possibly with iCal ordinals ("1SA").
  const days: Weekday[] = [];
  const ordinals: number[] = [];
  const pairs = new Set<string>();
  for (const raw of asList(schedule['byDay'])) {
    const parsed = parseScheduleDay(raw);
    if (!parsed) {
      warn('byDay', `not a day of the week (got ${JSON.stringify(raw).slice(0, 60)}); ignored`, 'dropped');
      continue;
    }
    if (!days.includes(parsed.day)) days.push(parsed.day);
    if (parsed.ordinal !== undefined) {
      if (!ordinals.includes(parsed.ordinal)) ordinals.push(parsed.ordinal);
      pairs.add(`${parsed.ordinal}${parsed.day}`);
    }
  }
  const weekOfMonth = [...new Set([...intList(schedule['byMonthWeek'], -5, 5), ...ordinals])];
  const byMonthDay = intList(schedule['byMonthDay'], -31, 31);
  if (schedule['byMonth'] !== undefined) warn('byMonth', 'byMonth is not supported; the schedule repeats in every month');

  let repeat = readRepeat(schedule['repeatFrequency']);
  if (repeat === null) return skip('repeatFrequency', `unsupported repeat (got ${JSON.stringify(schedule['repeatFrequency']).slice(0, 40)}); use P1W, P2W, P1M or P1D`);
  if (!repeat) {
    if (weekOfMonth.length || byMonthDay.length) repeat = { frequency: 'monthly', interval: 1 };
    else if (days.length) repeat = { frequency: 'weekly', interval: 1 };
  }
  if (repeat && repeat.interval > 52) return skip('repeatFrequency', 'repeats less often than every 52 weeks/months');
  if (repeat?.frequency === 'weekly' && (weekOfMonth.length || byMonthDay.length)) {
    warn('byMonthWeek', 'weeks or days of the month need a monthly repeatFrequency; ignored');
    weekOfMonth.length = 0;
    byMonthDay.length = 0;
  }
  if (pairs.size && pairs.size !== weekOfMonth.length * days.length) {
    warn('byDay', 'each ordinal applies to every listed day (e.g. 1MO,3WE → 1st and 3rd Monday and Wednesday)');
  }

  // Series start: the schedule's startDate, else the event's, else today (with a start time only).
  const eventStart = readDate(node['startDate'], ctx);
  const scheduleStart = readDate(schedule['startDate'], ctx);
  const startTime = parseSchemaTime(schedule['startTime']) ?? scheduleStart?.time ?? eventStart?.time;
  if (schedule['startTime'] !== undefined && !parseSchemaTime(schedule['startTime'])) {
    warn('startTime', 'not a time we can read', 'dropped');
  }
  let startDate = scheduleStart?.date ?? eventStart?.date;
  if (!startDate && repeat && !startTime) {
    // Days alone ("Mondays") place no session: an all-day series from today would be invented.
    return skip('startTime', 'repeats on days but has no startTime and no startDate, so no session can be placed: add both');
  }
  if (!startDate && typesOf(schedule).includes('PartialSchedule') && ctx.listsSessions?.has(node)) {
    // OpenActive: a PartialSchedule only sketches the pattern, and its series MUST list the sessions
    // themselves; without dates it would invent a year of them from today beside the real ones.
    return skip('startDate', 'is a PartialSchedule with no start date, and the series lists its sessions: those are shown, and none are made from it');
  }
  if (!startDate) {
    startDate = ctx.today;
    warn('startDate', `no start date; the schedule is shown from ${formatIsoDate(ctx.today)}`);
  }
  if (repeat && !startTime) warn('startTime', 'no startTime: each session is shown as all day');
  const start: LocalValue = startTime ? { date: startDate, time: startTime } : { date: startDate };

  // End: endTime (crossing midnight when not after the start), else a duration, else the first session's length.
  let end: LocalValue | undefined;
  const endTime = parseSchemaTime(schedule['endTime']);
  if (startTime && endTime) {
    const crosses = endTime.hour * 3600 + endTime.minute * 60 + endTime.second <= startTime.hour * 3600 + startTime.minute * 60 + startTime.second;
    end = { date: crosses ? addDays(startDate, 1) : startDate, time: endTime };
  } else if (startTime) {
    const own = schedule['duration'] !== undefined;
    const raw = own ? schedule['duration'] : sessionField(node, parent, 'duration');
    const duration = parseIsoDuration(raw);
    const eventEnd = readDate(node['endDate'], ctx);
    let seconds = duration ? durationSeconds(duration) : 0;
    // Sessions longer than the calendar shows of a series (occurrences.ts) would be left out there anyway.
    if (seconds > MAX_SERIES_SESSION_DAYS * 86_400) {
      const message = `makes each session longer than ${MAX_SERIES_SESSION_DAYS} days (got ${preview(textOf(raw))})`;
      ctx.diagnostics.push({ path: own ? join(path, 'duration') : join(found.path, 'duration'), message, action: 'skipped', item: title });
      return undefined;
    }
    if (!seconds && eventStart?.time && eventEnd?.time && isSameDate(eventStart.date, eventEnd.date)) {
      const t = (x: TimeOfDay) => x.hour * 3600 + x.minute * 60 + x.second;
      seconds = t(eventEnd.time) - t(eventStart.time);
    }
    if (seconds > 0) end = addSeconds(start, seconds);
  }

  // A schedule in another zone: move its wall times into the programme zone.
  const scheduleZone = textOf(schedule['scheduleTimezone']);
  if (scheduleZone && scheduleZone !== ctx.timezone) {
    if (!isValidTimeZone(scheduleZone)) {
      warn('scheduleTimezone', `unknown timezone "${scheduleZone.slice(0, 60)}"; times read as ${ctx.timezone}`);
    } else if (start.time) {
      const convert = (value: LocalValue): LocalValue => {
        const wall = toWallTime(toInstant(atTime(value.date, value.time), scheduleZone), ctx.timezone);
        return { date: wall, time: wall };
      };
      const moved = convert(start);
      if (!isSameDate(moved.date, start.date)) {
        return skip('scheduleTimezone', `in ${scheduleZone} the sessions fall on a different day in ${ctx.timezone}`);
      }
      start.time = moved.time!;
      if (end) end = convert(end);
      warn('scheduleTimezone', `times converted from ${scheduleZone} to ${ctx.timezone}; they may be an hour out around clock changes`);
    }
  }

  const timing: Timing = end ? { start, end } : { start };
  if (!repeat) return timing; // a Schedule with no repetition is a single date

  const recurrence: Recurrence = {
    frequency: repeat.frequency,
    interval: repeat.interval,
    exclude: [],
    cancelled: [],
  };
  const byDay = repeat.daily && !days.length ? ALL_DAYS : days;
  if (byDay.length) recurrence.byDay = byDay;
  if (repeat.frequency === 'monthly' && weekOfMonth.length) recurrence.weekOfMonth = weekOfMonth;
  if (repeat.frequency === 'monthly' && byMonthDay.length) recurrence.byMonthDay = byMonthDay;

  // The schedule's endDate ends the series; an event endDate on a later day than its startDate does too.
  const eventEndDate = readDate(node['endDate'], ctx);
  const eventEndsSeries = eventStart && eventEndDate && compareDates(eventEndDate.date, eventStart.date) > 0;
  const untilSource = schedule['endDate'] ?? (eventEndsSeries ? node['endDate'] : undefined);
  const until = readDate(untilSource, ctx);
  if (untilSource !== undefined && !until) warn('endDate', 'not a date we can read', 'dropped');
  if (until) recurrence.until = formatIsoDate(until.date);

  const exclude = new Set<string>();
  for (const raw of asList(schedule['exceptDate'])) {
    const date = readDate(raw, ctx);
    if (date) exclude.add(formatIsoDate(date.date));
    else warn('exceptDate', `not a date we can read (got ${JSON.stringify(raw).slice(0, 40)})`, 'dropped');
  }
  recurrence.exclude = [...exclude].sort();

  if (schedule['repeatCount'] !== undefined) {
    const count = Number(textOf(schedule['repeatCount']));
    if (Number.isInteger(count) && count >= 1 && count <= 1000) recurrence.count = count;
    else warn('repeatCount', 'must be a whole number from 1 to 1000', 'dropped');
  }
  timing.recurrence = recurrence;
  return timing;
}
