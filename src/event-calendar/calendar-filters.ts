/**
 * The calendar's filters (type of session, area, child's age, free only) and the counts shown
 * next to each choice. Pure: events and occurrences in, booleans and numbers out. An event
 * without its own area takes the area of the service that runs it (`serviceId`).
 */
import type { AgeRange, FeedEvent } from '../data/feed-schema.js';
import type { WeekdayNumber } from '../time/calendar-date.js';

export interface CalendarFilters {
  /** Category ids; an event matches when it has any of them. Empty: every category. */
  categories: string[];
  /** Area id; empty: every area. */
  area: string;
  /** Child's age in whole years, 0 (under 1) to 5 (5 and over); -1: any age. */
  age: number;
  freeOnly: boolean;
}

export const NO_FILTERS: CalendarFilters = { categories: [], area: '', age: -1, freeOnly: false };

/** The age filter's choices, in years: 0 = under 1 … 5 = 5 and over. */
export const AGE_YEARS = [0, 1, 2, 3, 4, 5] as const;

export function hasFilters(filters: CalendarFilters): boolean {
  return filters.categories.length > 0 || !!filters.area || filters.age >= 0 || filters.freeOnly;
}

/**
 * True when an event's age range overlaps the band (2 = 24–35 months; 5 = 60 months and over).
 * An event with no age range is for everyone.
 */
export function ageOverlaps(range: AgeRange | undefined, years: number): boolean {
  if (!range || years < 0) return true;
  const from = years * 12;
  const to = years >= 5 ? Infinity : from + 11;
  return (range.minMonths ?? 0) <= to && (range.maxMonths ?? Infinity) >= from;
}

/** An event's area: its own, else its service's. */
export type AreaOf = (event: FeedEvent) => string | undefined;

export type Facet = 'categories' | 'area' | 'age' | 'free';

/** Does the event pass every filter (except `ignore`, when counting that facet's choices)? */
export function matchesFilters(event: FeedEvent, filters: CalendarFilters, areaOf: AreaOf, ignore?: Facet): boolean {
  if (ignore !== 'categories' && filters.categories.length && !filters.categories.some((c) => event.categories?.includes(c)))
    return false;
  if (ignore !== 'area' && filters.area && areaOf(event) !== filters.area) return false;
  if (ignore !== 'age' && !ageOverlaps(event.ageRange, filters.age)) return false;
  if (ignore !== 'free' && filters.freeOnly && event.cost?.free !== true) return false;
  return true;
}

/** `"stay-and-play, libraries send"` → `['stay-and-play', 'libraries', 'send']`. */
export function parseIdList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

const DAY_NAMES: Record<string, WeekdayNumber> = { sunday: 0, monday: 1, saturday: 6 };

/** `first-day`: `monday` / `sunday` / `saturday` or 0–6 (0 = Sunday); anything else is Monday. */
export function parseFirstDay(value: string | null | undefined): WeekdayNumber {
  const text = (value ?? '').trim().toLowerCase();
  if (/^[0-6]$/.test(text)) return Number(text) as WeekdayNumber;
  return DAY_NAMES[text] ?? 1;
}
