/**
 * Readers for the loose values schema.org JSON-LD uses in the wild: strings or `{ "@value" }`
 * objects or arrays of either, ISO 8601 dates with or without offsets, durations, weekdays as
 * URLs / names / iCal codes, and age ranges as text. Each returns `undefined` for junk instead
 * of throwing.
 */
import type { AgeRange, Weekday } from '../../data/feed-schema.js';
import { isValidDate, type CalendarDate, type TimeOfDay } from '../../time/calendar-date.js';
import { asList, termOf, textOf } from './detect.js';

// The three readers detection needs live with it, in the entry bundle; re-exported here.
export { asList, termOf, textOf };

/** A schema.org Date / DateTime: the date, the time if any, and the UTC offset if one was written. */
export interface SchemaDateTime {
  date: CalendarDate;
  time?: TimeOfDay;
  /** Milliseconds east of UTC when the value carried `Z` or `±HH:MM`. */
  offsetMs?: number;
}

/** Parses `2026-11-25`, `2026-11-25T10:00`, `2026-11-25T10:00:00.000+01:00`, `…Z`. */
export function parseSchemaDateTime(value: unknown): SchemaDateTime | undefined {
  const text = textOf(value);
  const m = text
    ? /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text)
    : null;
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidDate(date)) return undefined;
  const result: SchemaDateTime = { date };
  if (m[4] !== undefined) {
    const time = { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) };
    if (time.hour > 23 || time.minute > 59 || time.second > 59) return undefined;
    result.time = time;
    if (m[7]) result.offsetMs = parseOffset(m[7]);
  }
  return result;
}

function parseOffset(text: string): number {
  if (/^z$/i.test(text)) return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0)) * 60_000;
}

/** Parses a schema.org Time: `10:00`, `10:00:00`, `T10:00`, `10:00:00+01:00` (the offset is ignored). */
export function parseSchemaTime(value: unknown): TimeOfDay | undefined {
  const text = textOf(value);
  const m = text ? /^T?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text) : null;
  if (!m) return undefined;
  const time = { hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3] ?? 0) };
  return time.hour <= 23 && time.minute <= 59 && time.second <= 59 ? time : undefined;
}

/** An ISO 8601 duration split into calendar parts (`P2W`, `P1M`, `PT1H30M`). */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export function parseIsoDuration(value: unknown): IsoDuration | undefined {
  const text = textOf(value);
  const m = text
    ? /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text)
    : null;
  if (!m || text === 'P' || /T$/i.test(text!)) return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: Math.floor(n(7)) };
}

/** A duration's length in seconds, for the clock parts and days/weeks only (no months/years). */
export function durationSeconds(d: IsoDuration): number {
  return ((d.weeks * 7 + d.days) * 24 + d.hours) * 3600 + d.minutes * 60 + d.seconds;
}

const DAY_NAMES: Record<string, Weekday> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};

/** A byDay entry: a weekday, optionally with an iCal ordinal (`1SA` = first Saturday). */
export interface ScheduleDay {
  day: Weekday;
  ordinal?: number;
}

/** Reads `https://schema.org/Wednesday`, `schema:Wednesday`, `Wednesday`, `WE`, `1SA`, `-1FR`. */
export function parseScheduleDay(value: unknown): ScheduleDay | undefined {
  const term = termOf(value);
  if (!term) return undefined;
  const named = DAY_NAMES[term.toLowerCase()];
  if (named) return { day: named };
  const m = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/i.exec(term);
  if (!m) return undefined;
  const day = m[2]!.toUpperCase() as Weekday;
  return m[1] ? { day, ordinal: Number(m[1]) } : { day };
}

const MAX_MONTHS = 300;

/**
 * An age range in months from `typicalAgeRange` text ("0-5", "1-", "5+", "18 months-3") or an
 * OpenActive QuantitativeValue in years. Years are whole years, inclusive: "0-5" is 0–71
 * months. An upper bound beyond the schema's 300 months means "no upper limit".
 */
export function parseAgeRange(value: unknown): AgeRange | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value) && !('@value' in value)) {
    const q = value as Record<string, unknown>;
    const min = Number(textOf(q['minValue']));
    const max = Number(textOf(q['maxValue']));
    const unit = /mon/i.test(textOf(q['unitCode']) ?? textOf(q['unitText']) ?? '') ? 'months' : 'years';
    return ageRangeFrom(
      Number.isFinite(min) && textOf(q['minValue']) !== undefined ? min : undefined,
      Number.isFinite(max) && textOf(q['maxValue']) !== undefined ? max : undefined,
      unit,
      unit,
    );
  }
  // Spaces tidied and the length capped first: the pattern has several `\s*` in a row, which
  // takes cubic time on a long run of spaces.
  const text = textOf(value)?.toLowerCase().replace(/\s+/g, ' ');
  if (!text || text.length > 40) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*(months?|m|years?|y|yrs?)?\s*(?:(\+|-|–|to)\s*(?:(\d+(?:\.\d+)?)\s*(months?|m|years?|y|yrs?)?)?)?\s*(years?|yrs?|months?)?$/.exec(
    text,
  );
  if (!m) return undefined;
  const trailing = m[6];
  const maxUnit = /^m/.test(m[5] ?? trailing ?? '') ? 'months' : 'years';
  const minUnit = m[2] ? (/^m/.test(m[2]) ? 'months' : 'years') : maxUnit;
  const min = Number(m[1]);
  const max = m[4] !== undefined ? Number(m[4]) : m[3] ? undefined : min;
  return ageRangeFrom(min, max, minUnit, maxUnit);
}

function ageRangeFrom(
  min: number | undefined,
  max: number | undefined,
  minUnit: 'months' | 'years',
  maxUnit: 'months' | 'years',
): AgeRange | undefined {
  const minMonths = min === undefined ? undefined : Math.floor(minUnit === 'years' ? min * 12 : min);
  // Whole years are inclusive: "up to 5" includes five-year-olds, i.e. up to 71 months.
  const maxMonths = max === undefined ? undefined : Math.floor(maxUnit === 'years' ? max * 12 + 11 : max);
  if (minMonths !== undefined && (minMonths < 0 || minMonths > MAX_MONTHS)) return undefined;
  const range: AgeRange = {};
  if (minMonths !== undefined) range.minMonths = minMonths;
  if (maxMonths !== undefined && maxMonths >= 0 && maxMonths <= MAX_MONTHS) range.maxMonths = maxMonths;
  if (range.minMonths !== undefined && range.maxMonths !== undefined && range.minMonths > range.maxMonths) return undefined;
  return range.minMonths === undefined && range.maxMonths === undefined ? undefined : range;
}

/** An id-safe slug for categories: `Stay & Play` → `stay-play`. */
export function slugId(text: string): string | undefined {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || undefined;
}

/** FNV-1a, base 36: short stable ids from long `@id` URLs. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
