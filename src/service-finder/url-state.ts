/**
 * The finder's search in the page's query string (the `sync-url` attribute), so a parent
 * can share or bookmark it. Every key carries a prefix (`pc-q`, `pc-cat`, …) so the host
 * page's own parameters are never touched, and two finders on a page can use two prefixes.
 *
 *   const params = writeUrlState(new URLSearchParams(location.search), state);
 *   history.replaceState(null, '', `?${params}`);
 *   const state = readUrlState(new URLSearchParams(location.search));
 *
 * Reading is defensive: a link can be edited by anyone, so unknown or malformed values
 * are ignored, never thrown on.
 */
import type { Weekday } from '../data/feed-schema.js';
import { AGE_BANDS, BOOKING_KINDS, emptyFilters, WEEKDAYS, type AgeBand, type BookingKind, type ServiceFilters } from './filters.js';
import { parsePostcode } from '../text/postcode.js';

export const DEFAULT_URL_PREFIX = 'pc';

/** The part of the finder's state that lives in the URL. */
export interface FinderUrlState {
  filters: ServiceFilters;
  /** Full postcode ("NB1 4AA") or outward code ("NB1"), normalised. */
  postcode?: string;
  /** 1-based result page; 1 is left out of the URL. */
  page?: number;
}

/** Parameter names after the prefix, in the order they are written. */
const KEYS = {
  query: 'q',
  categories: 'cat',
  ages: 'age',
  freeOnly: 'free',
  days: 'day',
  languages: 'lang',
  accessibility: 'access',
  areas: 'area',
  booking: 'book',
  postcode: 'postcode',
  page: 'page',
} as const;

const MAX_QUERY = 200;
const MAX_TEXT = 120;
const MAX_VALUES = 50;
const MAX_PAGE = 10_000;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

function name(prefix: string, key: string): string {
  return `${prefix}-${key}`;
}

/** Every parameter name the finder owns for a prefix (to clear them). */
export function urlStateKeys(prefix = DEFAULT_URL_PREFIX): string[] {
  return Object.values(KEYS).map((key) => name(prefix, key));
}

/**
 * A copy of `params` with the finder's keys replaced by `state`. Other parameters keep
 * their values and order; empty filters, page 1 and no postcode write nothing.
 */
export function writeUrlState(params: URLSearchParams, state: FinderUrlState, prefix = DEFAULT_URL_PREFIX): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const key of urlStateKeys(prefix)) out.delete(key);
  const { filters } = state;
  const set = (key: string, value: string) => out.append(name(prefix, key), value);
  const query = filters.query.trim();
  if (query) set(KEYS.query, query.slice(0, MAX_QUERY));
  for (const id of unique(filters.categories)) set(KEYS.categories, id);
  for (const band of unique(filters.ages)) set(KEYS.ages, band);
  if (filters.freeOnly) set(KEYS.freeOnly, '1');
  for (const day of unique(filters.days)) set(KEYS.days, day);
  for (const lang of unique(filters.languages.map((l) => l.trim()).filter(Boolean))) set(KEYS.languages, lang);
  for (const need of unique(filters.accessibility.map((a) => a.trim()).filter(Boolean))) set(KEYS.accessibility, need);
  for (const id of unique(filters.areas)) set(KEYS.areas, id);
  for (const kind of unique(filters.booking)) set(KEYS.booking, kind);
  const postcode = state.postcode ? parsePostcode(state.postcode, { allowOutward: true }) : undefined;
  if (postcode) set(KEYS.postcode, postcode.normalised);
  if (state.page && Number.isInteger(state.page) && state.page > 1) set(KEYS.page, String(Math.min(state.page, MAX_PAGE)));
  return out;
}

export interface ReadUrlStateOptions {
  prefix?: string;
  /** When given, category ids outside this list are ignored. */
  categories?: readonly string[];
  /** When given, area ids outside this list are ignored. */
  areas?: readonly string[];
}

/** The finder's state from `params`; anything missing, unknown or malformed is left at its default. */
export function readUrlState(params: URLSearchParams, options: ReadUrlStateOptions = {}): FinderUrlState {
  const prefix = options.prefix ?? DEFAULT_URL_PREFIX;
  const all = (key: string) => params.getAll(name(prefix, key)).slice(0, MAX_VALUES);
  const knownCategories = options.categories ? new Set(options.categories) : undefined;
  const knownAreas = options.areas ? new Set(options.areas) : undefined;
  const isId = (value: string, known?: Set<string>) => ID.test(value) && (!known || known.has(value));
  const text = (value: string) => value.trim().replace(/\s+/g, ' ');

  const filters = emptyFilters();
  filters.query = text(params.get(name(prefix, KEYS.query)) ?? '').slice(0, MAX_QUERY);
  filters.categories = unique(all(KEYS.categories).filter((v) => isId(v, knownCategories)));
  filters.ages = unique(all(KEYS.ages).filter((v): v is AgeBand => (AGE_BANDS as readonly string[]).includes(v)));
  filters.freeOnly = ['1', 'true', 'yes'].includes((params.get(name(prefix, KEYS.freeOnly)) ?? '').toLowerCase());
  filters.days = unique(all(KEYS.days).map((v) => v.toUpperCase()).filter((v): v is Weekday => (WEEKDAYS as readonly string[]).includes(v)));
  filters.languages = unique(all(KEYS.languages).map(text).filter((v) => v && v.length <= MAX_TEXT));
  filters.accessibility = unique(all(KEYS.accessibility).map(text).filter((v) => v && v.length <= MAX_TEXT));
  filters.areas = unique(all(KEYS.areas).filter((v) => isId(v, knownAreas)));
  filters.booking = unique(all(KEYS.booking).filter((v): v is BookingKind => (BOOKING_KINDS as readonly string[]).includes(v)));

  const state: FinderUrlState = { filters };
  const postcode = parsePostcode(params.get(name(prefix, KEYS.postcode)) ?? '', { allowOutward: true });
  if (postcode) state.postcode = postcode.normalised;
  const pageText = params.get(name(prefix, KEYS.page)) ?? '';
  const page = /^\d{1,5}$/.test(pageText) ? Number(pageText) : NaN;
  if (page >= 1 && page <= MAX_PAGE) state.page = page;
  return state;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
