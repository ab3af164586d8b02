/**
 * schema.org `Event` JSON-LD → native feed events. Councils, schools and OpenActive publishers
 * already speak it: a single Event, a list, an `@graph`, an `ItemList`, or an OpenActive RPDE
 * page (`items[].data`). Detected by shape; never throws on junk — anything unusable becomes a
 * Diagnostic and is left out.
 *
 * Mapping (native field ← schema.org):
 *  - id ← identifier / @id / url (hashed when not id-safe); title ← name; description ← description
 *    (HTML tags stripped: it is shown as text, never as HTML)
 *  - start/end ← startDate/endDate; a value with an offset (`+01:00`, `Z`) is converted to the
 *    programme's wall time, one without is taken as wall time already; date-only = all-day
 *  - recurrence ← eventSchedule (one native event per Schedule): repeatFrequency P1W/P2W/P1M/P1D…,
 *    byDay (schema.org URL, name or iCal `WE` / `1SA` / `-1FR`), byMonthWeek, byMonthDay,
 *    startTime/endTime/duration, startDate, endDate → until, exceptDate → exclude, repeatCount → count,
 *    scheduleTimezone (converted to the programme zone, with a warning)
 *  - cancelled ← eventStatus EventCancelled (EventPostponed too, with a warning); EventRescheduled
 *    is kept as published, with a warning
 *  - location ← Place name, PostalAddress (UK postcode split out), geo
 *  - cost ← offers (price 0 = free) / isAccessibleForFree; ageRange ← typicalAgeRange ("0-5",
 *    "1-", years → months) or OpenActive ageRange; bookingUrl ← url (http(s) only) or an offer's url
 *  - categories ← keywords / about, as id slugs
 *  - fields missing on an OpenActive ScheduledSession are taken from its superEvent.
 */
import type { AdapterOptions, Converted, FeedAdapter } from '../types.js';
import { FeedError, type Diagnostic } from '../../data/errors.js';
import { EventSchema, type Cost, type Feed, type FeedEvent, type Location, type Recurrence, type Weekday } from '../../data/feed-schema.js';
import { isWebUrl } from '../../data/safe-url.js';
import { BIDI_REMOVED, formatPath, preview, problemText, removalText, repairText, shortenedText } from '../../data/format.js';
import { feedText } from '../../text/markup.js';
import { read } from '../../data/schema-kit.js';
import {
  addDays,
  atTime,
  compareDates,
  formatIsoDate,
  formatTimeOfDay,
  isSameDate,
  parseIsoDate,
  type CalendarDate,
  type TimeOfDay,
} from '../../time/calendar-date.js';
import {
  asList,
  durationSeconds,
  parseAgeRange,
  parseIsoDuration,
  parseScheduleDay,
  parseSchemaDateTime,
  parseSchemaTime,
  shortHash,
  slugId,
  termOf,
  textOf,
  type SchemaDateTime,
} from './values.js';
import { MAX_SERIES_SESSION_DAYS } from '../../data/feed-limits.js';
import { isValidTimeZone, todayIn, toInstant, toWallTime, utcWallTime } from '../../time/zoned-time.js';
import {
  collect,
  isJsonLdEventShape,
  isObject,
  join,
  typesOf,
  type Collected,
  type FoundNode,
  type JsonNode,
} from './detect.js';

export { isJsonLdEventShape };

export interface JsonLdOptions {
  /** Programme timezone: times with offsets are converted to wall time here. Default Europe/London. */
  timezone?: string;
  /** Locale for prices written into cost details (`£3.50`). Default en-GB. */
  locale?: string;
  /** Start of schedules that give no start date (`YYYY-MM-DD`). Default: today in the programme zone. */
  today?: string | CalendarDate;
}

export interface JsonLdResult {
  events: FeedEvent[];
  diagnostics: Diagnostic[];
}

/** Types that usually only group sessions: without dates of their own they are skipped quietly. */
const SERIES_TYPES = new Set(['EventSeries', 'SessionSeries', 'HeadlineEvent', 'CourseInstance']);
const ALL_DAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

// ---------------------------------------------------------------------------------------------

interface Context {
  timezone: string;
  locale: string;
  today: CalendarDate;
  diagnostics: Diagnostic[];
  usedIds: Set<string>;
  byId: Map<string, JsonNode>;
}

/** A local date with an optional time, in the programme zone. */
interface LocalValue {
  date: CalendarDate;
  time?: TimeOfDay;
}

/**
 * Replaces a reference by the node it names, when the document has it: a bare
 * `{ "@id": … }` object, or a string that is some node's `@id` (OpenActive's `superEvent`).
 */
function resolve(value: unknown, ctx: Context): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length <= 2) {
    return ctx.byId.get(value['@id']) ?? value;
  }
  if (typeof value === 'string') return ctx.byId.get(value) ?? value;
  return value;
}

/** A schema.org date-time as programme wall time: values with an offset are converted. */
function toLocal(value: SchemaDateTime, timezone: string): LocalValue {
  if (!value.time) return { date: value.date };
  if (value.offsetMs === undefined) return { date: value.date, time: value.time };
  const utc = Date.UTC(value.date.year, value.date.month - 1, value.date.day, value.time.hour, value.time.minute, value.time.second);
  const wall = toWallTime(utc - value.offsetMs, timezone);
  return { date: wall, time: wall };
}

function formatLocal(value: LocalValue): string {
  const date = formatIsoDate(value.date);
  return value.time ? `${date}T${formatTimeOfDay(value.time)}` : date;
}

/** The first instant past the last date a calendar can show (31 December 9999). */
const AFTER_9999 = Date.UTC(10000, 0, 1);

/** Adds seconds to a wall time as a clock would read it (no zone: wall-clock arithmetic); undefined past 9999. */
function addSeconds(value: LocalValue, seconds: number): LocalValue | undefined {
  const t = value.time ?? { hour: 0, minute: 0, second: 0 };
  const ms = Date.UTC(value.date.year, value.date.month - 1, value.date.day, t.hour, t.minute, t.second) + seconds * 1000;
  if (!(ms < AFTER_9999)) return undefined;
  const wall = utcWallTime(ms);
  return { date: wall, time: wall };
}

function compareLocal(a: LocalValue, b: LocalValue): number {
  const t = (x: LocalValue) => (x.time ? x.time.hour * 3600 + x.time.minute * 60 + x.time.second : 0);
  return compareDates(a.date, b.date) || t(a) - t(b);
}

function readDate(value: unknown, ctx: Context): LocalValue | undefined {
  const parsed = parseSchemaDateTime(value);
  return parsed ? toLocal(parsed, ctx.timezone) : undefined;
}

// --- Shared fields ---------------------------------------------------------------------------

type Fields = Partial<Pick<FeedEvent, 'description' | 'location' | 'cost' | 'ageRange' | 'bookingUrl' | 'categories' | 'cancelled'>>;

function readLocation(raw: unknown, ctx: Context): Location | undefined {
  const candidates = asList(raw).map((item) => resolve(item, ctx));
  const place =
    candidates.find((c) => isObject(c) && !typesOf(c).includes('VirtualLocation')) ??
    candidates.find((c) => typeof c === 'string');
  if (typeof place === 'string') return place.trim() ? { name: place.trim().slice(0, 200) } : undefined;
  if (!isObject(place)) return undefined;
  const location: Location = {};
  const name = textOf(place['name']);
  if (name) location.name = name.slice(0, 200);
  const address = resolve(place['address'], ctx);
  const parts: string[] = [];
  if (isObject(address)) {
    for (const key of ['streetAddress', 'addressLocality', 'addressRegion']) {
      const part = textOf(address[key]);
      if (part && !parts.includes(part)) parts.push(part);
    }
    const postcode = textOf(address['postalCode']);
    if (postcode && /^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/.test(postcode)) location.postcode = postcode.toUpperCase();
    else if (postcode) parts.push(postcode);
  } else {
    const text = textOf(address);
    if (text) parts.push(text);
  }
  if (parts.length) location.address = parts.join(', ').slice(0, 500);
  const geo = resolve(place['geo'], ctx);
  const lat = Number(textOf(isObject(geo) ? geo['latitude'] : place['latitude']));
  const lng = Number(textOf(isObject(geo) ? geo['longitude'] : place['longitude']));
  if (Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && (lat || lng)) {
    location.lat = lat;
    location.lng = lng;
  }
  return Object.keys(location).length ? location : undefined;
}

function readCost(node: JsonNode, parent: JsonNode | undefined, ctx: Context): { cost?: Cost; offerUrl?: string } {
  const offers = asList(field(node, parent, 'offers'))
    .map((o) => resolve(o, ctx))
    .filter(isObject);
  const offerUrl = offers.map((o) => textOf(o['url'])).find((u) => isWebUrl(u));
  const prices: { name?: string; amount: number; currency: string }[] = [];
  for (const offer of offers) {
    const raw = textOf(offer['price']);
    if (raw === undefined) continue;
    const amount = /^free$/i.test(raw) ? 0 : Number(raw.replace(/[£$€,\s]/g, ''));
    if (!Number.isFinite(amount) || amount < 0) continue;
    const name = textOf(offer['name']);
    prices.push({ ...(name ? { name } : {}), amount, currency: textOf(offer['priceCurrency'])?.toUpperCase() || 'GBP' });
  }
  const free = field(node, parent, 'isAccessibleForFree');
  const freeFlag = free === true || textOf(free)?.toLowerCase() === 'true' ? true : free === false || textOf(free)?.toLowerCase() === 'false' ? false : undefined;
  const paid = prices.filter((p) => p.amount > 0);
  const out: { cost?: Cost; offerUrl?: string } = offerUrl ? { offerUrl } : {};
  if (paid.length) {
    const details = paid
      .map((p) => {
        let amount: string;
        try {
          amount = new Intl.NumberFormat(ctx.locale, { style: 'currency', currency: p.currency }).format(p.amount);
        } catch {
          amount = `${p.amount} ${p.currency}`;
        }
        return p.name ? `${p.name}: ${amount}` : amount;
      })
      .join(', ')
      .slice(0, 500);
    out.cost = { free: false, details };
  } else if (prices.length || freeFlag !== undefined) {
    out.cost = { free: freeFlag ?? true };
  }
  return out;
}

function field(node: JsonNode, parent: JsonNode | undefined, key: string): unknown {
  const own = node[key];
  return own !== undefined && own !== null ? own : parent?.[key];
}

function readFields(found: FoundNode, parent: JsonNode | undefined, title: string, ctx: Context): Fields {
  const { node, path } = found;
  const fields: Fields = {};
  const warn = (key: string, message: string, action: Diagnostic['action'] = 'warning') =>
    ctx.diagnostics.push({ path: join(path, key), message, action, item: title });

  const description = textOf(field(node, parent, 'description'));
  if (description) {
    const { text, bidi, cut, more } = feedText(description, 5000, true);
    const key = node['description'] !== undefined ? 'description' : 'superEvent.description';
    if (bidi) warn(key, `${BIDI_REMOVED} (got ${preview(description)})`);
    if (cut !== undefined) warn(key, shortenedText(5000, cut, more));
    if (text) fields.description = text;
  }

  const status = termOf(field(node, parent, 'eventStatus'));
  if (status === 'EventCancelled') fields.cancelled = true;
  else if (status === 'EventPostponed') {
    fields.cancelled = true;
    warn('eventStatus', 'EventPostponed: shown as cancelled until new dates are published');
  } else if (status === 'EventRescheduled') {
    warn('eventStatus', 'EventRescheduled: shown at its published (new) dates');
  }

  const location = readLocation(field(node, parent, 'location'), ctx);
  if (location) fields.location = location;

  const { cost, offerUrl } = readCost(node, parent, ctx);
  if (cost) fields.cost = cost;

  const ageSource = field(node, parent, 'typicalAgeRange') ?? field(node, parent, 'ageRange');
  if (ageSource !== undefined) {
    const ageRange = parseAgeRange(ageSource);
    if (ageRange) fields.ageRange = ageRange;
    else warn(node['typicalAgeRange'] !== undefined ? 'typicalAgeRange' : 'ageRange', `not an age range we can read (got ${JSON.stringify(ageSource).slice(0, 60)})`, 'dropped');
  }

  const url = textOf(field(node, parent, 'url'));
  if (url && isWebUrl(url)) fields.bookingUrl = url;
  else if (url) warn('url', `must be an absolute http: or https: URL (got "${url.slice(0, 60)}")`, 'dropped');
  if (!fields.bookingUrl && offerUrl) fields.bookingUrl = offerUrl;

  const labels = [
    ...asList(field(node, parent, 'keywords')).flatMap((k) => (typeof k === 'string' ? k.split(',') : [textOf(k) ?? ''])),
    ...asList(field(node, parent, 'about')).map((a) => {
      const thing = resolve(a, ctx);
      return isObject(thing) ? (textOf(thing['name']) ?? '') : (textOf(thing) ?? '');
    }),
  ];
  const categories = [...new Set(labels.map((l) => slugId(l)).filter((s): s is string => !!s))].slice(0, 20);
  if (categories.length) fields.categories = categories;
  return fields;
}

// --- Dates and schedules ---------------------------------------------------------------------

interface Timing {
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

function readOneOff(found: FoundNode, parent: JsonNode | undefined, title: string, ctx: Context): Timing | undefined {
  const { node, path } = found;
  const start = readDate(node['startDate'], ctx);
  if (!start) return undefined;
  const timing: Timing = { start };
  const endRaw = node['endDate'];
  let end = endRaw !== undefined ? readDate(endRaw, ctx) : undefined;
  if (endRaw !== undefined && !end) {
    ctx.diagnostics.push({ path: join(path, 'endDate'), message: 'not a date we can read', action: 'dropped', item: title });
  }
  if (!end && start.time) {
    const raw = field(node, parent, 'duration');
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

function readSchedule(
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

  // Series start: the schedule's startDate, else the event's, else today.
  const eventStart = readDate(node['startDate'], ctx);
  const scheduleStart = readDate(schedule['startDate'], ctx);
  let startDate = scheduleStart?.date ?? eventStart?.date;
  if (!startDate) {
    startDate = ctx.today;
    warn('startDate', `no start date; the schedule is shown from ${formatIsoDate(ctx.today)}`);
  }

  const startTime = parseSchemaTime(schedule['startTime']) ?? scheduleStart?.time ?? eventStart?.time;
  if (schedule['startTime'] !== undefined && !parseSchemaTime(schedule['startTime'])) {
    warn('startTime', 'not a time we can read', 'dropped');
  }
  const start: LocalValue = startTime ? { date: startDate, time: startTime } : { date: startDate };

  // End: endTime (crossing midnight when not after the start), else a duration, else the first session's length.
  let end: LocalValue | undefined;
  const endTime = parseSchemaTime(schedule['endTime']);
  if (startTime && endTime) {
    const crosses = endTime.hour * 3600 + endTime.minute * 60 + endTime.second <= startTime.hour * 3600 + startTime.minute * 60 + startTime.second;
    end = { date: crosses ? addDays(startDate, 1) : startDate, time: endTime };
  } else if (startTime) {
    const own = schedule['duration'] !== undefined;
    const raw = own ? schedule['duration'] : field(node, parent, 'duration');
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

// --- Assembly --------------------------------------------------------------------------------

/** An id-safe, stable id for a node. */
function idFor(node: JsonNode, parent: JsonNode | undefined, title: string, start: string, ctx: Context): string {
  const raw = textOf(node['identifier']) ?? textOf(node['@id']) ?? textOf(node['url']);
  let base: string;
  if (raw && /^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/.test(raw)) base = raw;
  else if (raw) base = `ld-${shortHash(raw)}`;
  else base = `ld-${shortHash(`${textOf(parent?.['@id']) ?? ''}|${title}|${start}`)}`;
  let id = base;
  for (let n = 2; ctx.usedIds.has(id); n++) id = `${base}-${n}`;
  ctx.usedIds.add(id);
  return id;
}

/** Validates against the native schema, dropping optional parts that fail; skips if required ones do. */
function finalise(candidate: Record<string, unknown>, path: string, title: string, ctx: Context): FeedEvent | undefined {
  const { value, problems, removed, repaired } = read(EventSchema, candidate);
  if (!value) {
    const [problem] = problems;
    ctx.diagnostics.push({ path, message: `${formatPath('', problem.keys) || 'event'}: ${problemText(problem)}`, action: 'skipped', item: title });
    return undefined;
  }
  for (const removal of removed) {
    ctx.diagnostics.push({ path: join(path, formatPath('', removal.keys)), message: removalText(removal), action: 'dropped', item: title });
  }
  for (const repair of repaired) {
    ctx.diagnostics.push({ path: join(path, formatPath('', repair.keys)), message: repairText(repair), action: 'warning', item: title });
  }
  return value;
}

function mapNode(found: FoundNode, ctx: Context): FeedEvent[] {
  const { node, path } = found;
  const superEvent = resolve(node['superEvent'], ctx);
  const parent = found.parent ?? (isObject(superEvent) ? superEvent : undefined);
  // Dates are never inherited: a session is an event only with dates of its own.
  const schedules = asList(node['eventSchedule'])
    .map((s) => resolve(s, ctx))
    .filter(isObject);

  const hasOwnDates = node['startDate'] !== undefined || schedules.length > 0;
  const rawTitle = textOf(field(node, parent, 'name'));
  if (!hasOwnDates) {
    // Series that only group sessions (listed as their subEvents or separately) are not events themselves.
    const groups = typesOf(node).some((t) => SERIES_TYPES.has(t)) || node['subEvent'] !== undefined;
    if (!groups) ctx.diagnostics.push({ path, message: 'has no startDate or eventSchedule', action: 'skipped', item: rawTitle });
    return [];
  }
  const cleanTitle = rawTitle ? feedText(rawTitle, 200) : undefined;
  const title = cleanTitle?.text;
  if (!title) {
    const got = rawTitle ? ` (got ${preview(rawTitle)}: nothing visible is left once markup and invisible characters are removed)` : '';
    ctx.diagnostics.push({ path: join(path, 'name'), message: `has no name${got}`, action: 'skipped' });
    return [];
  }
  const nameWarning = (message: string) => ctx.diagnostics.push({ path: join(path, 'name'), message, action: 'warning', item: title });
  if (cleanTitle.bidi) nameWarning(`${BIDI_REMOVED} (got ${preview(rawTitle)})`);
  if (cleanTitle.cut !== undefined) nameWarning(shortenedText(200, cleanTitle.cut, cleanTitle.more));

  const timings: { timing: Timing; path: string }[] = [];
  if (schedules.length) {
    const schedulePath = join(path, 'eventSchedule');
    schedules.forEach((schedule, i) => {
      const p = schedules.length > 1 || Array.isArray(node['eventSchedule']) ? `${schedulePath}[${i}]` : schedulePath;
      const timing = readSchedule(schedule, p, found, parent, title, ctx);
      if (timing) timings.push({ timing, path: p });
    });
  } else {
    const timing = readOneOff(found, parent, title, ctx);
    if (!timing) {
      ctx.diagnostics.push({ path: join(path, 'startDate'), message: 'not a date we can read', action: 'skipped', item: title });
      return [];
    }
    timings.push({ timing, path });
  }
  if (!timings.length) return [];

  const fields = readFields(found, parent, title, ctx);
  const out: FeedEvent[] = [];
  const firstStart = formatLocal(timings[0]!.timing.start);
  const baseId = idFor(node, parent, title, firstStart, ctx);
  timings.forEach(({ timing }, i) => {
    const id = timings.length > 1 ? `${baseId.slice(0, 120)}-${i + 1}` : baseId;
    const candidate: Record<string, unknown> = {
      id,
      title,
      start: formatLocal(timing.start),
      allDay: !timing.start.time,
      // Shared by the events of one node's schedules: `finalise` reads each into a copy of its own.
      ...fields,
    };
    if (timing.end) candidate['end'] = formatLocal(timing.end);
    if (timing.recurrence) candidate['recurrence'] = timing.recurrence;
    const event = finalise(candidate, path, title, ctx);
    if (event) out.push(event);
  });
  return out;
}

/** An event's name for diagnostics, read as safely as anything can be from a node that broke a reader. */
function nameOf(node: JsonNode): string | undefined {
  try {
    return feedText(textOf(node['name']) ?? '', 80).text ?? textOf(node['identifier']) ?? textOf(node['@id']);
  } catch {
    return undefined;
  }
}

function todayFrom(option: JsonLdOptions['today'], timezone: string): CalendarDate {
  if (typeof option === 'string') return parseIsoDate(option) ?? todayIn(timezone);
  return option ?? todayIn(timezone);
}

/**
 * Converts schema.org Event JSON-LD to native feed events plus diagnostics. Never throws:
 * anything that is not an event, or cannot be read, is reported and left out.
 */
export function jsonLdToEvents(json: unknown, options: JsonLdOptions = {}): JsonLdResult {
  let collected: Collected;
  try {
    collected = collect(json);
  } catch (error) {
    return { events: [], diagnostics: [{ path: '', message: `not readable JSON-LD: ${String(error)}`, action: 'skipped' }] };
  }
  return eventsOf(collected, options);
}

/** The events of a walked document (`collect`): the one walk serves detection, the zone and the conversion. */
function eventsOf(collected: Collected, options: JsonLdOptions): JsonLdResult {
  const timezone = options.timezone && isValidTimeZone(options.timezone) ? options.timezone : 'Europe/London';
  const diagnostics: Diagnostic[] = [];
  const ctx: Context = {
    timezone,
    locale: options.locale || 'en-GB',
    today: todayFrom(options.today, timezone),
    diagnostics,
    usedIds: new Set(),
    byId: collected.byId,
  };
  const events: FeedEvent[] = [];
  for (const found of collected.found) {
    // One event no reader expected costs that event, not the rest: its partial output and
    // diagnostics are discarded and one diagnostic names it.
    const mark = diagnostics.length;
    try {
      for (const event of mapNode(found, ctx)) events.push(event);
    } catch (error) {
      diagnostics.length = mark;
      const diagnostic: Diagnostic = { path: found.path, message: `could not be read (${String(error).slice(0, 200)})`, action: 'skipped' };
      const name = nameOf(found.node);
      if (name) diagnostic.item = name;
      diagnostics.push(diagnostic);
    }
  }
  if (!collected.found.length) {
    diagnostics.push({ path: '', message: 'no schema.org Event found', action: 'skipped' });
  }
  return { events, diagnostics };
}

/** The first valid `scheduleTimezone` of the document's events, if any. */
function documentTimezone({ found }: Collected): string | undefined {
  for (const { node } of found) {
    for (const schedule of asList(node['eventSchedule'])) {
      const zone = isObject(schedule) ? textOf(schedule['scheduleTimezone']) : undefined;
      if (zone && isValidTimeZone(zone)) return zone;
    }
  }
  return undefined;
}

/**
 * A feed adapter for `format="jsonld"` / auto-detection: wraps the events in a native feed.
 * The programme zone is the document's first `scheduleTimezone`, else Europe/London; the
 * programme name is the first organizer's name, else the source.
 */
export const jsonLdAdapter: FeedAdapter = {
  name: 'jsonld',
  detect: isJsonLdEventShape,
  convert: (data, options) => toNativeFeed(collect(data), options),
};

/** The document's events in the native model, under a programme named after their organiser. */
function toNativeFeed(collected: Collected, options: AdapterOptions): Converted {
  const timezone = documentTimezone(collected) ?? 'Europe/London';
  const { events, diagnostics } = eventsOf(collected, { timezone });
  const first = collected.found[0]?.node;
  const organizer = first ? asList(first['organizer'])[0] : undefined;
  const organizerName = isObject(organizer) ? textOf(organizer['name']) : textOf(organizer);
  const name = (organizerName && feedText(organizerName, 200).text) || options.source || 'schema.org events';
  const feed: Feed = {
    version: '1.0',
    programme: { name: name.slice(0, 200), timezone, locale: 'en-GB', areas: [], categories: [] },
    services: [],
    events,
    forms: {},
  };
  return { feed, diagnostics };
}

/**
 * What the calendar's lazy adapter (jsonld-lazy.ts) runs on a document its cheap shape test
 * took for JSON-LD: the conversion, or "not a feed" with the reason when it has no events.
 * The document is walked once, for the test and the conversion both.
 */
export function convertEventsDocument(data: unknown, options: AdapterOptions): Converted {
  const collected = isObject(data) || Array.isArray(data) ? collectSafely(data) : undefined;
  if (!collected?.found.length) {
    throw new FeedError('not-a-feed', `${options.source || 'The document'} is JSON-LD but has no schema.org Event (or subtype) in it.`);
  }
  return toNativeFeed(collected, options);
}

/** `collect`, or undefined for a document it cannot walk (as `isJsonLdEventShape` answers false for it). */
function collectSafely(data: unknown): Collected | undefined {
  try {
    return collect(data);
  } catch {
    return undefined;
  }
}
