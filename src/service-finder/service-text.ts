/**
 * A service's facts in the parent's words, as its card shows them: age ranges ("0 to 4
 * years", "Under 1"), cost and distance in miles. The words only the panels use (age bands,
 * language names) are panel-text.ts's, in the panels' chunks. Pure functions of a
 * `FinderEnglish` and a locale, so they are tested without a DOM.
 */
import type { AgeRange, Cost } from '../data/feed-schema.js';
import type { FinderEnglish } from './strings/en-GB.js';
import { kmToMiles } from './units.js';

export type Num = (value: number) => string;

/** A whole number of years in words ("2 years"). */
export function years(t: FinderEnglish, n: number, num: Num): string {
  return t.finderAgeYears(n, num(n));
}

function months(t: FinderEnglish, n: number, num: Num): string {
  return t.finderAgeMonths(n, num(n));
}

/**
 * An age range in words. Ranges are whole months, inclusive: 0–59 months is "0 to 4
 * years" (a child is 4 until the month they turn 5); 0–11 is "Under 1", 0–23 "Under 2";
 * 60 and over is "5 years and over"; months are kept below two years ("6 to 18 months").
 * `undefined` when the range says nothing (all ages).
 */
export function ageRangeText(range: AgeRange | undefined, t: FinderEnglish, num: Num): string | undefined {
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

/** "Free", "Free: bring a snack" style pair; `undefined` when the feed says nothing. */
export function costText(cost: Cost | undefined, t: FinderEnglish): { label: string; details?: string } | undefined {
  if (!cost) return undefined;
  if (cost.free) return cost.details ? { label: t.finderFree, details: cost.details } : { label: t.finderFree };
  return { label: cost.details ?? t.finderPaid };
}

/** A straight-line distance in miles, one decimal under 10 miles: "1.2 miles", "14 miles". */
export function distanceText(km: number, t: FinderEnglish, locale: string): string {
  const miles = kmToMiles(km);
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // Never "0 miles": a place that close is under the smallest distance shown.
  return rounded === 0 ? t.finderMilesUnder(format.format(0.1)) : t.finderMiles(rounded, format.format(rounded));
}
