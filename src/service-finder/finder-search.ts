/**
 * The finder's search pipeline, without a DOM and without the search engine itself (the
 * element loads the search index with `import()`): limit to the site's categories, match the
 * query, apply the filters and, once the filter panel's chunk is in, count the filter options.
 * Placing results near the parent is the "near me" chunk's (`near-me.ts`), passed in as `place`.
 */
import type { Service } from '../data/feed-schema.js';
import { applyFilters, type FacetProgramme, type ServiceFilters } from './filters.js';
import type { FacetOptions, filterAndCount } from './facet-counts.js';
import type { PlacedService } from './distance.js';
import { nameOrderKey, orderByKeys } from '../text/fold.js';
import type { QueryReading } from './query-filters.js';

/** What the finder needs of `ServiceIndex`, so this file does not import the search index. */
export interface Searcher {
  search(query: string): Service[];
  /** The filters the query's words mean, against the finder's categories, and the words left. */
  read(query: string, categories?: readonly { id: string; label: string }[]): QueryReading;
  /** A spelling the directory holds for a word it does not ("nrsery" → "nursery"). */
  suggest(word: string): string | undefined;
}

/** Services in name order: the order of an empty query, the same as `ServiceIndex.byName`. */
export function byName(services: readonly Service[]): Service[] {
  return orderByKeys(services.map(nameOrderKey)).map((position) => services[position]);
}

/** Category ids from the `categories` attribute: "send, stay-and-play" → ["send", "stay-and-play"]. */
export function parseCategoryList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The services (and the programme's category list) a site limited the finder to; all when `ids` is empty. */
export function limitToCategories<T extends FacetProgramme>(
  services: readonly Service[],
  programme: T,
  ids: readonly string[],
): { services: readonly Service[]; programme: T } {
  if (ids.length === 0) return { services, programme };
  const wanted = new Set(ids);
  return {
    services: services.filter((service) => (service.categories ?? []).some((id) => wanted.has(id))),
    programme: { ...programme, categories: (programme.categories ?? []).filter((c) => wanted.has(c.id)) },
  };
}

export interface SearchRequest {
  /** The services to search, in name order (see `byName`). */
  services: readonly Service[];
  programme: FacetProgramme;
  filters: ServiceFilters;
  /** Needed only when `filters.query` has words. */
  searcher?: Searcher;
  /** Orders the filtered services near the parent (see `placer` in near-me.ts); name order without it. */
  place?: (services: readonly Service[]) => PlacedService[];
  /** Filters and counts the options in one pass (`filterAndCount`, from the panel's chunk); without it, only filters. */
  count?: typeof filterAndCount;
}

export interface SearchResult {
  results: PlacedService[];
  /** The filter panel's options with counts; absent until its chunk has arrived. */
  options?: FacetOptions;
}

/** The services a search may return, as a set: made once per list, not on every keystroke. */
const allowedSets = new WeakMap<readonly Service[], Set<Service>>();

/**
 * Runs one search. `undefined` when the query has words and the search engine has not
 * loaded yet (the caller shows the results once it has).
 */
export function runSearch(request: SearchRequest): SearchResult | undefined {
  const { services, filters, programme } = request;
  let matches: readonly Service[] = services;
  if (filters.query.trim()) {
    if (!request.searcher) return undefined;
    let allowed = allowedSets.get(services);
    if (!allowed) allowedSets.set(services, (allowed = new Set(services)));
    matches = request.searcher.search(filters.query).filter((service) => allowed.has(service));
  }
  const { filtered, options } = request.count
    ? request.count(matches, filters, programme, services)
    : { filtered: applyFilters(matches, filters), options: undefined };
  const results = request.place ? request.place(filtered) : filtered.map((service) => ({ service }));
  return { results, options };
}
