/**
 * The option lists with counts that the filter panel is built from: what ticking each box
 * would give. Counting is most of a keystroke's work over thousands of services, and only
 * the panel shows it, so it travels in the panel's chunk (filter-panel.ts).
 */
import type { Service, Weekday } from '../data/feed-schema.js';
import {
  AGE_BANDS,
  BOOKING_KINDS,
  EITHER_OR,
  FILTER_ORDER,
  WEEKDAYS,
  ageMatches,
  compile,
  emptyFilters,
  failedFilters,
  memoTextKey,
  textKey,
  type AgeBand,
  type BookingKind,
  type EitherOrFilter,
  type FacetProgramme,
  type ServiceFilters,
} from './filters.js';
import { idWords } from '../text/fold.js';

/** One choice of a filter, with how many of the given services it would match. */
export interface FacetOption<T extends string = string> {
  value: T;
  /**
   * Display text from the feed (category label, area label, language as written). Absent
   * for ages, days and booking: the widget words those in the parent's language.
   */
  label?: string;
  count: number;
}

export interface FacetOptions {
  /** In the programme's category order, then any unknown ids. */
  categories: FacetOption[];
  ages: FacetOption<AgeBand>[];
  /** Monday to Sunday. */
  days: FacetOption<Weekday>[];
  /** Most offered first. Values are `textKey`s. */
  languages: FacetOption[];
  /** Most offered first. Values are `textKey`s. */
  accessibility: FacetOption[];
  /** In the programme's area order, then any unknown ids. */
  areas: FacetOption[];
  booking: FacetOption<BookingKind>[];
  /** How many services are free. */
  free: number;
  /** How many services were counted. */
  total: number;
}

/** One filter's counts for the services counted, and the feed's wording of each value. */
interface Counter {
  readonly counts: Map<string, number>;
  readonly labels: Map<string, string>;
}

/** The filters a service is counted under, in `FacetOptions` order. */
const FACETS = ['categories', 'ages', 'days', 'languages', 'accessibility', 'areas', 'booking'] as const;
type Facet = (typeof FACETS)[number];

/** Every facet value seen on the page, numbered once (per facet, value → n), so a count is an array slot. */
const numbers = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
const numbered: [facet: Facet, value: string][] = [];
/** Which service (by `facetsOf` call) each value number was last added for: a service counts a value once. */
const addedFor: number[] = [];
let servicesRead = 0;

/** `textKey`, remembered for the page: thousands of services repeat a few language and feature strings. */
const keyOf = memoTextKey();

/** What a service is counted under: each value once, with the feed's wording for free-text ones. */
interface ServiceFacets {
  values: number[];
  labels: (string | undefined)[];
  free: boolean;
}

/**
 * Worked out once per service object (feeds are read-only once validated): counting then
 * touches only numbers on each keystroke, over thousands of services.
 */
const facetsByService = new WeakMap<Service, ServiceFacets>();

function facetsOf(service: Service): ServiceFacets {
  let facets = facetsByService.get(service);
  if (facets) return facets;
  const values: number[] = [];
  const labels: (string | undefined)[] = [];
  const thisService = ++servicesRead;
  const add = (facet: Facet, value: string, label?: string): void => {
    const known = numbers[facet];
    let n = known.get(value);
    if (n === undefined) known.set(value, (n = numbered.push([facet, value]) - 1));
    // A service that repeats "Urdu" (or has two sessions on a Monday) counts once, however long its lists.
    if (addedFor[n] === thisService) return;
    addedFor[n] = thisService;
    values.push(n);
    labels.push(label);
  };
  for (const id of service.categories ?? []) add('categories', id);
  for (const band of AGE_BANDS) if (ageMatches(service, band)) add('ages', band);
  for (const session of service.schedule ?? []) for (const day of session.byDay) add('days', day);
  for (const lang of service.languages ?? []) add('languages', keyOf(lang), lang.trim());
  for (const feature of service.accessibility ?? []) add('accessibility', keyOf(feature), feature.trim());
  if (service.area) add('areas', service.area);
  if (service.booking) add('booking', service.booking);
  facets = { values, labels, free: service.cost?.free === true };
  facetsByService.set(service, facets);
  return facets;
}

/** Options in a fixed order (ages, days, booking), keeping those with a count or selected. */
function fixedOptions<T extends string>(order: readonly T[], counter: Counter, selected: readonly string[]): FacetOption<T>[] {
  return order
    .filter((value) => counter.counts.has(value) || selected.includes(value))
    .map((value) => ({ value, count: counter.counts.get(value) ?? 0 }));
}

/**
 * Options in the order of a known list (programme categories/areas). An id the list lacks is
 * a feed mistake (reported in the console), not a choice to offer a parent; only when the
 * programme lists none are ids offered, made readable ("early-years" → "Early years").
 * A selected value always stays, so it can be removed.
 */
function listedOptions(
  known: readonly { id: string; label: string }[],
  counter: Counter,
  selected: readonly string[],
): FacetOption[] {
  const out: FacetOption[] = [];
  const seen = new Set<string>();
  for (const { id, label } of known) {
    seen.add(id);
    const count = counter.counts.get(id) ?? 0;
    if (count > 0 || selected.includes(id)) out.push({ value: id, label, count });
  }
  const rest = (known.length ? selected : [...counter.counts.keys(), ...selected]).filter((id) => !seen.has(id));
  for (const id of [...new Set(rest)].sort()) {
    const words = idWords(id);
    out.push({ value: id, label: words[0].toUpperCase() + words.slice(1), count: counter.counts.get(id) ?? 0 });
  }
  return out;
}

/**
 * The longest accessibility value offered as a filter; longer ones are notes, shown on the service.
 * Room for the SEND Code of Practice's longest area of need, as Outpost directories list it:
 * "Social, emotional and mental health difficulties" (48).
 */
const FEATURE_MAX_CHARS = 60;
const FEATURE_MAX_WORDS = 6;

/**
 * The accessibility values a directory's filter offers: short phrases ("Hearing loop") that more
 * than one service gives. A sentence ("Uneven ground; all-terrain buggy path to the meeting
 * point") is one service's note, shown on it, not a need a parent can tick.
 */
const offeredByDirectory = new WeakMap<readonly Service[], Set<string>>();

export function offeredFeatures(directory: readonly Service[]): Set<string> {
  let offered = offeredByDirectory.get(directory);
  if (offered) return offered;
  const services = new Map<string, number>();
  for (const service of directory) {
    for (const key of new Set((service.accessibility ?? []).map(keyOf))) services.set(key, (services.get(key) ?? 0) + 1);
  }
  offered = new Set(
    [...services].filter(
      ([key, count]) => count > 1 && key.length <= FEATURE_MAX_CHARS && key.split(' ').length <= FEATURE_MAX_WORDS && !/[.;:!?]/.test(key),
    ).map(([key]) => key),
  );
  offeredByDirectory.set(directory, offered);
  return offered;
}

/** Free-text options (languages, accessibility): most common first, then alphabetical. */
function textOptions(counter: Counter, selected: readonly string[]): FacetOption[] {
  for (const value of selected) {
    const key = textKey(value);
    if (!counter.counts.has(key)) {
      counter.counts.set(key, 0);
      counter.labels.set(key, value.trim());
    }
  }
  return [...counter.counts.entries()]
    .map(([value, count]) => ({ value, label: counter.labels.get(value) ?? value, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en-GB'));
}

/**
 * What each filter could offer for these services, with counts, in one pass. Pass the
 * services the counts should describe (all of them, or the current search's matches).
 * Values in `selected` are kept even with a count of 0, so a ticked box never vanishes.
 */
export function facetOptions(
  services: readonly Service[],
  programme?: FacetProgramme,
  selected: ServiceFilters = emptyFilters(),
): FacetOptions {
  const all = services.map(facetsOf); // numbers any new values before counting
  const counted = tally();
  let free = 0;
  for (const facets of all) {
    if (facets.free) free += 1;
    counted.add(facets);
  }
  return counted.options(programme, selected, free, services.length);
}

/**
 * The services that pass every filter (in their given order), and option counts that say
 * what ticking a box would give. Within a filter any ticked value matches, so a filter's
 * own options are counted as if it were not set ("Monday (4)" stays 4 after ticking
 * Tuesday); every other filter applies. Accessibility needs all apply together, so its
 * counts are those of the results. One pass over the services: one that fails only
 * filter K still counts towards K's own options.
 */
export function filterAndCount(
  services: readonly Service[],
  filters: ServiceFilters,
  programme?: FacetProgramme,
  directory: readonly Service[] = services,
): { filtered: Service[]; options: FacetOptions } {
  const compiled = compile(filters);
  const all = services.map(facetsOf); // numbers any new values before counting
  const counted = tally();
  const own = (FILTER_ORDER.slice(0, EITHER_OR) as EitherOrFilter[]).flatMap((key, i) => (filters[key].length ? [{ key, bit: 1 << i, tally: tally() }] : []));
  const filtered: Service[] = [];
  let free = 0;
  services.forEach((service, i) => {
    const failed = failedFilters(service, compiled, 2);
    if (failed === 0) {
      filtered.push(service);
      if (all[i].free) free += 1;
      counted.add(all[i]);
    }
    for (const o of own) if (failed === 0 || failed === o.bit) o.tally.add(all[i]);
  });
  const options = counted.options(programme, filters, free, filtered.length);
  for (const o of own) Object.assign(options, { [o.key]: o.tally.options(programme, filters, 0, 0)[o.key] });
  const offered = offeredFeatures(directory);
  const ticked = new Set(filters.accessibility.map(textKey));
  options.accessibility = options.accessibility.filter((option) => offered.has(option.value) || ticked.has(option.value));
  return { filtered, options };
}

/** Counts of the services' numbered facet values. */
function tally() {
  const counts = new Uint32Array(numbered.length);
  // The first counted service's wording labels a free-text value.
  const labels: (string | undefined)[] = [];
  return {
    // Runs for every service on every keystroke: a plain loop.
    add(facets: ServiceFacets): void {
      for (let i = 0; i < facets.values.length; i++) {
        const n = facets.values[i];
        if (counts[n]++ === 0) labels[n] = facets.labels[i];
      }
    },
    options(programme: FacetProgramme | undefined, selected: ServiceFilters, free: number, total: number): FacetOptions {
      const counter = {} as Record<Facet, Counter>;
      for (const facet of FACETS) counter[facet] = { counts: new Map(), labels: new Map() };
      numbered.forEach(([facet, value], n) => {
        if (!counts[n]) return;
        counter[facet].counts.set(value, counts[n]);
        if (labels[n] !== undefined) counter[facet].labels.set(value, labels[n]);
      });
      const { categories, ages, days, languages, accessibility, areas, booking } = counter;
      return {
        categories: listedOptions(programme?.categories ?? [], categories, selected.categories),
        ages: fixedOptions(AGE_BANDS, ages, selected.ages),
        days: fixedOptions(WEEKDAYS, days, selected.days),
        languages: textOptions(languages, selected.languages),
        accessibility: textOptions(accessibility, selected.accessibility),
        areas: listedOptions(programme?.areas ?? [], areas, selected.areas),
        booking: fixedOptions(BOOKING_KINDS, booking, selected.booking),
        free,
        total,
      };
    },
  };
}
