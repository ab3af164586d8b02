/**
 * Open Referral UK adapter, part 2: HSDS schedules (RFC 5545 style `freq`, `interval`, `byday`
 * with nth-weekday codes, `dtstart`, `opens_at`/`closes_at`), and ORUK v1's and Outpost's
 * `regular_schedules` (a `weekday` each), into native opening sessions, with a fallback note
 * when some cannot be read. Apart from the other field readers (fields.ts, places.ts) because it
 * is the one that reads a rule language rather than a value; loaded only with the converter.
 */
import { ISO_DATE_PATTERN, type OpeningSession, type Weekday } from '../../data/feed-schema.js';
import { preview, type PathKey } from '../../data/format.js';
import { parseFeedDate } from '../../data/feed-date.js';
import { addDays, addMonths, formatIsoDate, parseIsoDate } from '../../time/calendar-date.js';
import { dateIn } from '../../time/date-in.js';
import { asArray, asObject, field, plain, toNumber, type Context, type Json, type Where } from './read.js';

const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** ORUK v1's and Outpost's `weekday`: a name ("Monday", "mon") or ISO number (1 = Monday … 7 = Sunday). */
function weekdayOf(value: unknown): Weekday | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*[1-7]\s*$/.test(value))) {
    const n = Number(value);
    return Number.isInteger(n) && n >= 1 && n <= 7 ? WEEKDAYS[n - 1] : undefined;
  }
  if (typeof value !== 'string') return undefined;
  // A day's name or its start, from two letters (each day's first two letters are its code: "tu", "th").
  const name = value.trim().toLowerCase();
  const index = name.length >= 2 ? DAY_NAMES.findIndex((day) => day.startsWith(name)) : -1;
  return index >= 0 ? WEEKDAYS[index] : undefined;
}

/** "09:00:00Z" → "09:00" (UK wall time), "9:30" → "09:30"; undefined when not a time. */
function wallTime(value: unknown, ctx: Context, where: Where, keys: readonly PathKey[]): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  const match = TIME.exec(text);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  if (!match || hours > 23 || minutes > 59) {
    ctx.report(where, keys, `must be a time as HH:MM (got ${preview(value)})`, 'dropped');
    return undefined;
  }
  if (match[4]) ctx.reportOffsetTime(where, keys, text);
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** `freq` as RFC 5545 writes it (`WEEKLY`), or as Outpost's API does (`week`); '' when absent. */
function frequencyOf(value: unknown): string {
  const freq = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return ({ WEEK: 'WEEKLY', MONTH: 'MONTHLY', DAY: 'DAILY' } as Record<string, string>)[freq] ?? freq;
}

/** A field with something in it: Outpost writes the fields a schedule does not use as null. */
const given = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/** The longest interval a session can have (as in the native contract). */
const MAX_INTERVAL = 52;

/**
 * `dtstart`, the first session's date, as YYYY-MM-DD: a date, or a date-time (Outpost writes the
 * day's UK midnight in UTC, `2026-06-07T23:00:00.000Z`, which is 8 June in London).
 */
function startDateOf(value: unknown, ctx: Context, where: Where, keys: readonly PathKey[]): string | undefined {
  if (!given(value)) return undefined;
  const day = dayOf(value);
  if (day && ISO_DATE_PATTERN.test(day)) return day;
  const problem = day ? 'must be a date with a four-digit year' : 'must be a date as YYYY-MM-DD';
  ctx.report(where, keys, `${problem} (got ${preview(value)}); shown without which weeks it runs`, 'dropped');
  return undefined;
}

/** The day a date or date-time names (for an instant, the day it fell on in London, which can be in year 10000). */
function dayOf(value: unknown): string | undefined {
  const date = typeof value === 'string' ? parseFeedDate(value) : undefined;
  if (!date) return undefined;
  return formatIsoDate(date.offset === undefined ? dateIn('UTC', date.wall) : dateIn('Europe/London', date.wall - date.offset * 60_000));
}

/** How often a schedule repeats: its `freq` as RFC 5545 writes it, and its `interval` (1 when absent; undefined when not a number). */
function repeatOf(schedule: Json): { freq: string; rawInterval: unknown; interval: number | undefined } {
  const rawInterval = field(schedule, 'interval');
  return { freq: frequencyOf(field(schedule, 'freq')), rawInterval, interval: given(rawInterval) ? toNumber(rawInterval) : 1 };
}

/**
 * The last day a schedule with RFC 5545's `count` can run: `count` times from `dtstart`, every
 * `interval` days, weeks or months by its `freq` (weekly when absent), worked out generously (as if
 * once in each), so opening times still running are never hidden. `undefined` without a usable
 * count and first day.
 */
function lastDayByCount(schedule: Json, { freq, interval }: ReturnType<typeof repeatOf>): string | undefined {
  const count = field(schedule, 'count');
  const times = given(count) ? toNumber(count) : undefined;
  const dtstart = field(schedule, 'dtstart');
  const first = given(dtstart) ? dayOf(dtstart) : undefined;
  const date = first && ISO_DATE_PATTERN.test(first) ? parseIsoDate(first) : undefined;
  if (!date || times === undefined || !Number.isInteger(times) || times < 1) return undefined;
  const steps = (times - 1) * (interval !== undefined && Number.isInteger(interval) && interval > 1 ? Math.min(interval, MAX_INTERVAL) : 1);
  const last = freq === 'MONTHLY' ? addMonths(date, steps) : addDays(date, freq === 'DAILY' ? steps : steps * 7);
  return formatIsoDate(last);
}

interface ScheduleResult {
  sessions: OpeningSession[];
  /** Text to show when some opening times could not be read. */
  note?: string;
}

/** HSDS schedules (RFC 5545 style) → native sessions. */
export function mapSchedules(
  list: unknown,
  ctx: Context,
  where: Where,
  keys: readonly PathKey[],
  applies: (schedule: Json | undefined) => boolean = () => true,
): ScheduleResult {
  const sessions: OpeningSession[] = [];
  let fallbackNote: string | undefined;
  let lost = false;
  asArray(list).forEach((raw, index) => {
    const schedule = asObject(raw);
    if (!applies(schedule)) return;
    const at = [...keys, index];
    if (!schedule) return;
    // Times that have ended (the UK profile's valid_to, RFC 5545's until) are over: neither shown nor described.
    for (const key of ['valid_to', 'until']) {
      const ended = ctx.endedOn(field(schedule, key));
      if (ended === undefined) continue;
      ctx.report(where, [...at, key], `ended on ${ended}: these opening times are over and are not shown`, 'dropped');
      return;
    }
    const repeat = repeatOf(schedule);
    const { freq, rawInterval, interval } = repeat;
    // HSDS 3's `count`: it runs that many times from `dtstart`, so a six-week course is over six weeks on.
    const endedByCount = ctx.endedOn(lastDayByCount(schedule, repeat));
    if (endedByCount !== undefined) {
      ctx.report(where, [...at, 'count'], `ran ${preview(field(schedule, 'count'))} times from ${preview(field(schedule, 'dtstart'))}, so ended by ${endedByCount}: these opening times are over and are not shown`, 'dropped');
      return;
    }
    const description = ctx.text(field(schedule, 'description'), 300, where, [...at, 'description']);
    fallbackNote ??= description;
    if (freq && !['WEEKLY', 'MONTHLY', 'DAILY'].includes(freq)) {
      ctx.report(where, [...at, 'freq'], `frequency ${preview(field(schedule, 'freq'))} cannot be shown as regular opening times`, 'dropped');
      lost = true;
      return;
    }
    // Every `interval` weeks or months: shown as such ("every other Monday"), never as every week.
    const unit = freq === 'MONTHLY' ? 'months' : freq === 'DAILY' ? 'days' : 'weeks';
    if (interval === undefined || !Number.isInteger(interval) || interval < 1 || interval > MAX_INTERVAL) {
      ctx.report(where, [...at, 'interval'], `must be a whole number of ${unit} from 1 to ${MAX_INTERVAL} (got ${preview(rawInterval)}), so these opening times cannot be shown`, 'dropped');
      lost = true;
      return;
    }
    if (freq === 'DAILY' && interval > 1) {
      ctx.report(where, [...at, 'interval'], `repeats every ${interval} days, which regular opening times on days of the week cannot show`, 'dropped');
      lost = true;
      return;
    }
    // Outpost: a monthly schedule on a date (`bymonthday: 15`) carries that date's weekday too, which is not when it runs.
    const bymonthday = field(schedule, 'bymonthday');
    if (freq === 'MONTHLY' && given(bymonthday) && !given(field(schedule, 'byday'))) {
      ctx.report(where, [...at, 'bymonthday'], `repeats on day ${preview(bymonthday)} of the month, which regular opening times on days of the week cannot show`, 'dropped');
      lost = true;
      return;
    }
    const startDate = interval > 1 ? startDateOf(field(schedule, 'dtstart'), ctx, where, [...at, 'dtstart']) : undefined;

    // byday: "MO,WE" (weekly) or "1SA,-1FR" (nth weekday of the month).
    const weeksByDay = new Map<Weekday, Set<number>>();
    const plainDays = new Set<Weekday>();
    const byday = field(schedule, 'byday');
    const tokens = typeof byday === 'string' ? byday.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean) : [];
    if (given(byday) && typeof byday !== 'string') {
      ctx.report(where, [...at, 'byday'], `must be text such as "MO,WE" (got ${preview(byday)})`, 'dropped');
    }
    // ORUK v1 and Outpost: one `weekday` per regular schedule, instead of `byday` (which Outpost writes as null).
    const weekday = field(schedule, 'weekday');
    if (!given(byday) && given(weekday)) {
      const day = weekdayOf(weekday);
      if (day) plainDays.add(day);
      else ctx.report(where, [...at, 'weekday'], `is not a day of the week (got ${preview(weekday)})`, 'dropped');
    }
    for (const token of tokens.slice(0, 50)) {
      const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token);
      const week = match?.[1] ? Number(match[1]) : undefined;
      if (!match || (week !== undefined && (week === 0 || week < -5 || week > 5))) {
        ctx.report(where, [...at, 'byday'], `day ${preview(token)} is not a weekday code such as MO or 1SA`, 'dropped');
        continue;
      }
      const day = match[2] as Weekday;
      if (week === undefined) plainDays.add(day);
      else weeksByDay.set(day, (weeksByDay.get(day) ?? new Set()).add(week));
    }
    if (tokens.length === 0 && freq === 'DAILY') WEEKDAYS.forEach((day) => plainDays.add(day));
    if (plainDays.size === 0 && weeksByDay.size === 0) {
      if (tokens.length === 0 && !given(weekday)) {
        ctx.report(where, [...at, 'byday'], 'has no days of the week, so it cannot be shown as regular opening times', 'dropped');
      }
      lost = true;
      return;
    }

    const opensAt = wallTime(field(schedule, 'opens_at'), ctx, where, [...at, 'opens_at']);
    if (!opensAt) {
      if (field(schedule, 'opens_at') === undefined) ctx.report(where, [...at, 'opens_at'], 'is required for opening times', 'dropped');
      lost = true;
      return;
    }
    const closesAt = wallTime(field(schedule, 'closes_at'), ctx, where, [...at, 'closes_at']);
    const note = ctx.text(field(schedule, 'notes'), 200, where, [...at, 'notes']);
    const base = (): Pick<OpeningSession, 'interval' | 'startDate' | 'opensAt' | 'closesAt' | 'note'> => ({
      ...(interval > 1 ? { interval } : {}),
      ...(startDate ? { startDate } : {}),
      opensAt,
      ...(closesAt && closesAt > opensAt ? { closesAt } : {}),
      ...(note ? { note } : {}),
    });

    // In RFC 5545 a MONTHLY rule with plain days means every such day: weekly, unless only every few months.
    if (plainDays.size > 0 && freq === 'MONTHLY' && interval > 1) {
      ctx.report(where, [...at, 'byday'], `every ${WEEKDAYS.filter((d) => plainDays.has(d)).join(', ')} of every ${interval} months cannot be shown as regular opening times`, 'dropped');
      lost = true;
    } else if (plainDays.size > 0) {
      sessions.push({ frequency: 'weekly', byDay: WEEKDAYS.filter((d) => plainDays.has(d)), ...base() });
    }
    // Days with the same weeks of the month share a session ("1SA,1SU" → 1st Sat and Sun).
    const groups = new Map<string, { days: Weekday[]; weeks: number[] }>();
    for (const day of WEEKDAYS) {
      const weeks = weeksByDay.get(day);
      if (!weeks) continue;
      const sorted = [...weeks].sort((a, b) => (a > 0 ? a : 10 + a) - (b > 0 ? b : 10 + b));
      const key = sorted.join(',');
      const group = groups.get(key) ?? { days: [], weeks: sorted };
      group.days.push(day);
      groups.set(key, group);
    }
    for (const { days, weeks } of groups.values()) {
      sessions.push({ frequency: 'monthly', byDay: days, weekOfMonth: weeks, ...base() });
    }
  });
  return lost || sessions.length === 0 ? { sessions, note: fallbackNote } : { sessions };
}

/**
 * Where a service, place or service-at-location keeps its opening times: `schedules` (HSDS 3), else
 * `regular_schedules` (ORUK v1, Outpost), else `regular_schedule` (the ORUK v1 reference API's
 * service-at-location: one place's own times).
 */
export function scheduleList(o: Json | undefined): { list: unknown; key: 'schedules' | 'regular_schedules' | 'regular_schedule' } {
  for (const key of ['schedules', 'regular_schedules'] as const) {
    const list = field(o, key);
    if (list !== undefined && list !== null) return { list, key };
  }
  return { list: field(o, 'regular_schedule'), key: 'regular_schedule' };
}

/**
 * The place a service's schedule is for, when it names one: the UK profile and HSDS 3 keep a
 * place's own opening times on the service, each with its `service_at_location_id` (or `location_id`).
 */
export function scheduleSite(schedule: Json | undefined): string | undefined {
  return plain(field(schedule, 'service_at_location_id')) ?? plain(field(schedule, 'location_id'));
}

/** Two readings of opening times as one: the sessions of both, and the note of the first that has one. */
export function joinSchedules(first: ScheduleResult, second: ScheduleResult): ScheduleResult {
  if (!second.sessions.length && !second.note) return first;
  if (!first.sessions.length && !first.note) return second;
  const sessions = [...first.sessions, ...second.sessions];
  const note = first.note ?? second.note;
  return note ? { sessions, note } : { sessions };
}
