/**
 * A service's facts in the parent's words: age ranges ("0 to 4 years", "Under 1"), cost,
 * distance in miles and language names from codes. Pure functions of a `Translation` and a locale, so they are tested without a DOM.
 */
import type { AgeRange, Cost } from '../data/feed-schema.js';
import type { Translation } from '../i18n/translation.js';
import { AGE_BAND_MONTHS, type AgeBand } from './filters.js';
import { kmToMiles } from './units.js';

type Num = (value: number) => string;

function years(t: Translation, n: number, num: Num): string {
  return t.finderAgeYears(n, num(n));
}

function months(t: Translation, n: number, num: Num): string {
  return t.finderAgeMonths(n, num(n));
}

/**
 * An age range in words. Ranges are whole months, inclusive: 0–59 months is "0 to 4
 * years" (a child is 4 until the month they turn 5); 0–11 is "Under 1", 0–23 "Under 2";
 * 60 and over is "5 years and over"; months are kept below two years ("6 to 18 months").
 * `undefined` when the range says nothing (all ages).
 */
export function ageRangeText(range: AgeRange | undefined, t: Translation, num: Num): string | undefined {
  if (!range) return undefined;
  const min = range.minMonths ?? 0;
  const max = range.maxMonths;
  const minInYears = min % 12 === 0 || min >= 24;
  const lower = minInYears ? years(t, Math.floor(min / 12), num) : months(t, min, num);
  if (max === undefined) return min === 0 ? undefined : t.finderAgeFrom(lower);
  if (min === 0 && (max === 11 || max === 23)) return t.finderAgeUnder((max + 1) / 12, num((max + 1) / 12));
  const maxInYears = max >= 24 || (minInYears && (max + 1) % 12 === 0);
  const top = Math.floor(max / 12);
  if (minInYears && maxInYears) {
    const bottom = Math.floor(min / 12);
    return bottom === top ? years(t, top, num) : t.finderAgeRange(num(bottom), years(t, top, num));
  }
  if (!maxInYears && (min === 0 || !minInYears)) return t.finderAgeRange(num(min), months(t, max, num));
  return t.finderAgeRange(lower, maxInYears ? years(t, top, num) : months(t, max, num));
}

/** A filter's age band: "Under 1", "2 years", "5 years and over". */
export function ageBandText(band: AgeBand, t: Translation, num: Num): string {
  if (band === 'under-1') return t.finderAgeUnder(1, num(1));
  const year = AGE_BAND_MONTHS[band].min / 12;
  return band === '5-plus' ? t.finderAgeFrom(years(t, year, num)) : years(t, year, num);
}

/** "Free", "Free: bring a snack" style pair; `undefined` when the feed says nothing. */
export function costText(cost: Cost | undefined, t: Translation): { label: string; details?: string } | undefined {
  if (!cost) return undefined;
  if (cost.free) return cost.details ? { label: t.finderFree, details: cost.details } : { label: t.finderFree };
  return { label: cost.details ?? t.finderPaid };
}

/** A straight-line distance in miles, one decimal under 10 miles: "1.2 miles", "14 miles". */
export function distanceText(km: number, t: Translation, locale: string): string {
  const miles = kmToMiles(km);
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  return t.finderMiles(rounded, new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(rounded));
}

const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const languageNames = new Map<string, Intl.DisplayNames | null>();

/**
 * A language's name in the parent's language when the feed gives a code ("ur" → "Urdu",
 * "الأردية"); names the feed writes out ("Polish") are shown as written.
 */
export function languageName(value: string, locale: string): string {
  const trimmed = value.trim();
  if (!LANGUAGE_CODE.test(trimmed)) return trimmed;
  let names = languageNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    languageNames.set(locale, names);
  }
  try {
    return names?.of(trimmed) ?? trimmed;
  } catch {
    return trimmed;
  }
}
