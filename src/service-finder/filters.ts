/**
 * The finder's filters (category, child's age, free, day, language, accessibility, area,
 * drop-in/booking) and which services pass them. The option lists with counts that the
 * filter panel is built from are facet-counts.ts's, in the panel's chunk.
 *
 * Within one filter, any selected value matches (Urdu OR Polish); across filters, all
 * must match (Urdu AND free). Accessibility is the exception: every selected need must be
 * met, because a parent who needs step-free access *and* a hearing loop needs both.
 */
import type { Programme, Service, Weekday } from '../data/feed-schema.js';

/** The child's age as a parent picks it. */
export type AgeBand = 'under-1' | '1' | '2' | '3' | '4' | '5-plus';
export type BookingKind = 'drop-in' | 'booking' | 'referral';

export const AGE_BANDS: readonly AgeBand[] = ['under-1', '1', '2', '3', '4', '5-plus'];
export const BOOKING_KINDS: readonly BookingKind[] = ['drop-in', 'booking', 'referral'];
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Each age band in whole months, inclusive ("2" = 24–35 months). */
export const AGE_BAND_MONTHS: Readonly<Record<AgeBand, { min: number; max: number }>> = {
  'under-1': { min: 0, max: 11 },
  '1': { min: 12, max: 23 },
  '2': { min: 24, max: 35 },
  '3': { min: 36, max: 47 },
  '4': { min: 48, max: 59 },
  '5-plus': { min: 60, max: Number.POSITIVE_INFINITY },
};

export interface ServiceFilters {
  /** Free text, for the search index (`applyFilters` ignores it). */
  query: string;
  /** Category ids (programme.categories). */
  categories: string[];
  ages: AgeBand[];
  freeOnly: boolean;
  days: Weekday[];
  /** Language names, compared without regard to case or spacing. */
  languages: string[];
  /** Accessibility feature strings, compared without regard to case or spacing. */
  accessibility: string[];
  /** Area ids (programme.areas). */
  areas: string[];
  booking: BookingKind[];
}

/** The programme lists that label and order the category and area options. */
export type FacetProgramme = Pick<Programme, 'categories' | 'areas'>;

export function emptyFilters(): ServiceFilters {
  return { query: '', categories: [], ages: [], freeOnly: false, days: [], languages: [], accessibility: [], areas: [], booking: [] };
}

/**
 * The filters `failedFilters` tests, in order: `FILTER_ORDER[i]` is bit `1 << i`. The first
 * `EITHER_OR` are alternatives (any ticked value matches); "free only" and accessibility
 * needs (all must be met) are not.
 */
export const FILTER_ORDER = ['categories', 'areas', 'booking', 'ages', 'days', 'languages', 'freeOnly', 'accessibility'] as const;
export const EITHER_OR = 6;
export type EitherOrFilter = (typeof FILTER_ORDER)[0 | 1 | 2 | 3 | 4 | 5];

/** True when any filter other than the query is set (to offer "clear filters"). */
export function hasActiveFilters(filters: ServiceFilters): boolean {
  return selectedCount(filters) > 0;
}

/** How many values are ticked across the filters ("Filters (3)"). */
export function selectedCount(filters: ServiceFilters): number {
  return FILTER_ORDER.reduce((n, key) => n + (key === 'freeOnly' ? Number(filters.freeOnly) : filters[key].length), 0);
}

/** The comparison key of a free-text value: "  British  Sign Language" → "british sign language". */
export function textKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** True when the service's age range overlaps the band. A service with no range is for all ages. */
export function ageMatches(service: Service, band: AgeBand): boolean {
  const range = service.ageRange;
  if (!range) return true;
  const { min, max } = AGE_BAND_MONTHS[band];
  const serviceMin = range.minMonths ?? 0;
  const serviceMax = range.maxMonths ?? Number.POSITIVE_INFINITY;
  return serviceMin <= max && serviceMax >= min;
}

/** Compiled form of the filters, so checking each service is cheap. */
export interface Compiled {
  categories: Set<string>;
  ages: AgeBand[];
  freeOnly: boolean;
  days: Set<Weekday>;
  languages: Set<string>;
  accessibility: string[];
  areas: Set<string>;
  booking: Set<string>;
  /** Is any filter set? Without one, every service passes at once. */
  any: boolean;
  /** `textKey`, memoised: services repeat the same few language and feature strings. */
  key: (value: string) => string;
}

export function memoTextKey(): (value: string) => string {
  const keys = new Map<string, string>();
  return (value) => {
    let key = keys.get(value);
    if (key === undefined) keys.set(value, (key = textKey(value)));
    return key;
  };
}

export function compile(filters: ServiceFilters): Compiled {
  return {
    categories: new Set(filters.categories),
    ages: filters.ages.filter((band) => band in AGE_BAND_MONTHS),
    freeOnly: filters.freeOnly,
    days: new Set(filters.days),
    languages: new Set(filters.languages.map(textKey)),
    accessibility: filters.accessibility.map(textKey),
    areas: new Set(filters.areas),
    booking: new Set(filters.booking),
    any: hasActiveFilters(filters),
    key: memoTextKey(),
  };
}

/** One test per filter in `FILTER_ORDER`: true when the filter is not set or the service meets it. */
const CHECKS: ((service: Service, f: Compiled) => boolean)[] = [
  (service, f) => !f.categories.size || (service.categories ?? []).some((id) => f.categories.has(id)),
  (service, f) => !f.areas.size || (!!service.area && f.areas.has(service.area)),
  (service, f) => !f.booking.size || (!!service.booking && f.booking.has(service.booking)),
  (service, f) => !f.ages.length || f.ages.some((band) => ageMatches(service, band)),
  (service, f) => !f.days.size || (service.schedule ?? []).some((session) => session.byDay.some((day) => f.days.has(day))),
  (service, f) => !f.languages.size || (service.languages ?? []).some((lang) => f.languages.has(f.key(lang))),
  (service, f) => !f.freeOnly || service.cost?.free === true,
  (service, f) =>
    !f.accessibility.length || f.accessibility.every((need) => (service.accessibility ?? []).some((offered) => f.key(offered) === need)),
];

/** The filters the service fails, as bits; it stops looking after `limit` of them. */
export function failedFilters(service: Service, f: Compiled, limit: number): number {
  let failed = 0;
  let count = 0;
  for (let i = 0; f.any && i < CHECKS.length; i++) {
    if (CHECKS[i](service, f)) continue;
    failed |= 1 << i;
    if (++count === limit) break;
  }
  return failed;
}

/** True when one service passes every filter (the query is not checked here). */
export function matchesFilters(service: Service, filters: ServiceFilters): boolean {
  return !failedFilters(service, compile(filters), 1);
}

/**
 * The services that pass every filter, in their given order (so search ranking is kept).
 * `filters.query` is not applied here: search with `ServiceIndex` first.
 */
export function applyFilters(services: readonly Service[], filters: ServiceFilters): Service[] {
  const compiled = compile(filters);
  return services.filter((service) => !failedFilters(service, compiled, 1));
}
