/**
 * `SearchEngine`: the finder's current search (the words and the filters) and its results.
 * The list for an empty query renders from the entry file alone; the search engine
 * (search-index.ts, needed for typed words) is a chunk fetched when the browser is idle after
 * the first results, or at once when a search needs it first. Its index is built once per feed,
 * in slices while idle, so the first keystroke never waits for it. A search that waits for the
 * engine or its index keeps the last results on screen meanwhile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed, Programme, Service } from '../data/feed-schema.js';
import { whenIdle } from '../internal/idle.js';
import { LazyChunk } from '../internal/lazy-chunk.js';
import type { PlacedService } from './distance.js';
import type { filterAndCount } from './facet-counts.js';
import type { ListFilter } from './filter-panel.js';
import type { DeadEndSearch } from './dead-ends.js';
import { emptyFilters, type ServiceFilters } from './filters.js';
import { byName, limitToCategories, parseCategoryList, runSearch, type Searcher, type SearchResult } from './finder-search.js';
import type { QueryReading, ReadPhrase } from './query-filters.js';
import type { ServiceIndex } from './search-index.js';

type Engine = typeof import('./search-index.js');

export interface SearchEngineOptions {
  /** Fetches search-index.ts. */
  load: () => Promise<Engine>;
  /** The category ids the site limits the finder to (its `categories` attribute). */
  categories: () => string | undefined;
  /** The parent changed the search (`typed`: by typing words): a new search, from page 1. */
  changed: (typed: boolean) => void;
  /** Words read as a filter were taken out of the search box (its chip was removed): show `query` there. */
  rewrote: (query: string) => void;
}

/** A feed made ready to search: limited to the site's categories, in name order, with its labels. */
export interface Prepared {
  feed: Feed;
  limit: string;
  services: readonly Service[];
  programme: Programme;
  categoryLabels: Map<string, string>;
  areaLabels: Map<string, string>;
  /** A local postcode for the postcode box's hint: the programme's own, else the first service's. */
  postcodeExample?: string;
}

/** What else a search's results depend on. */
export interface SearchContext {
  /** Orders the filtered services near the parent (see `ParentLocation.place`). */
  place?: (services: readonly Service[]) => PlacedService[];
  /** What `place` depends on: a new key is a new search. */
  placeKey: readonly unknown[];
  /** Filters and counts the options in one pass, once the filter panel's chunk is in. */
  count?: typeof filterAndCount;
}

export class SearchEngine implements ReactiveController {
  #filters: ServiceFilters = emptyFilters();
  /** A search needed the engine and its fetch failed: the results area offers "Try again". */
  #failed = false;
  #prefetched = false;
  /** A search has asked for the engine since its fetch under way began (or began it). */
  #asked = false;
  readonly #engine: LazyChunk<Engine>;
  readonly #indexes = new WeakMap<Feed, ServiceIndex>();
  #prepared?: Prepared;
  #memo?: { key: unknown[]; result?: SearchResult };
  /** The latest results: what is on screen, and what announcements and `pc-search` report. */
  #shown?: SearchResult;
  /** What the words mean, for the query and categories it was read with. */
  #reading?: { query: string; searcher: Searcher; programme: Programme; reading: QueryReading };
  /** The filters the shown search ran with: the ticks and what the words said. */
  #effective?: { filters: ServiceFilters; reading?: QueryReading; effective: ServiceFilters };

  readonly #host: ReactiveControllerHost & { readonly isConnected: boolean };
  readonly #options: SearchEngineOptions;

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }, options: SearchEngineOptions) {
    this.#host = host;
    this.#options = options;
    this.#engine = new LazyChunk(options.load);
    host.addController(this);
  }

  /** The current search: the words and the filters. Setting it (the address's) starts a new search. */
  get filters(): ServiceFilters {
    return this.#filters;
  }

  set filters(filters: ServiceFilters) {
    this.#filters = filters;
    this.#failed = false;
    this.#host.requestUpdate();
  }

  /** The parent's words, as a new search unless they are the same. */
  search(query: string, typed: boolean): boolean {
    if (query === this.#filters.query) return false;
    this.#change({ ...this.#filters, query }, typed);
    return true;
  }

  /**
   * The filters the search runs with: the parent's ticks, and what their words said ("free on
   * saturday" ticks Free and Saturday). The panel and the chips show these.
   */
  get effective(): ServiceFilters {
    return this.#effective?.effective ?? this.#filters;
  }

  /** What the words were read to mean, once the search engine has read them. */
  get reading(): QueryReading | undefined {
    return this.#reading?.query === this.#filters.query ? this.#reading.reading : undefined;
  }

  /** The phrases of the words that set this filter value ("saturday" for Saturday). */
  #phrasesFor(filter: ReadPhrase['filter'] | ListFilter, value?: string): ReadPhrase[] {
    return (this.reading?.phrases ?? []).filter((p) => p.filter === filter && (value === undefined || p.values.includes(value)));
  }

  /** Takes words read as filters out of the search box: the parent removed what they meant. */
  #forget(phrases: readonly ReadPhrase[], filters = this.#filters): void {
    const query = this.reading!.queryWithout(phrases);
    this.#change({ ...filters, query });
    this.#options.rewrote(query);
  }

  /** Ticks or unticks a value of a filter; unticking one the words set takes those words out. */
  toggle = (filter: ListFilter, value: string): void => {
    const list = this.#filters[filter] as string[];
    const read = this.#phrasesFor(filter, value);
    const without = { ...this.#filters, [filter]: list.filter((v) => v !== value) };
    if (read.length) this.#forget(read, without);
    else this.#change(list.includes(value) ? without : { ...this.#filters, [filter]: [...list, value] });
  };

  toggleFree = (): void => {
    const read = this.#phrasesFor('freeOnly');
    if (read.length) this.#forget(read, { ...this.#filters, freeOnly: false });
    else this.#change({ ...this.#filters, freeOnly: !this.#filters.freeOnly });
  };

  /** A whole new search (a way out of no results): its words shown in the box. */
  replace = (filters: ServiceFilters): void => {
    this.#change(filters);
    this.#options.rewrote(filters.query);
  };

  /** What the shown search was made of, to find ways out when it found nothing (dead-ends.ts). */
  deadEnd(prepared: Prepared): DeadEndSearch {
    const searcher = this.#reading?.query === this.#filters.query ? this.#reading.searcher : undefined;
    return { services: prepared.services, programme: prepared.programme, filters: this.#filters, effective: this.effective, searcher };
  }

  /** Clears the filters, keeping the words that are not filters. */
  clearFilters(): void {
    const read = (this.reading?.phrases ?? []).filter((p) => p.filter !== 'nearMe');
    const cleared = { ...emptyFilters(), query: this.#filters.query };
    if (read.length) this.#forget(read, cleared);
    else this.#change(cleared);
  }

  #change(filters: ServiceFilters, typed = false): void {
    this.filters = filters;
    this.#options.changed(typed);
  }

  /** The engine's chunk could not load for a search: show the error with "Try again" (`retry`). */
  get failed(): boolean {
    return this.#failed;
  }

  /** The latest results shown. */
  get shown(): SearchResult | undefined {
    return this.#shown;
  }

  /** After the first results: fetch the engine while the parent reads, so typing never waits. */
  hostUpdated(): void {
    if (this.#prefetched || !this.#shown) return;
    this.#prefetched = true;
    whenIdle(() => {
      if (this.#host.isConnected) this.#load(true);
    });
  }

  /** Fetches the engine again after a failure; the error goes from the screen at once, not when a fetch under way ends. */
  retry = (): void => {
    this.#load();
    this.#host.requestUpdate();
  };

  /** The feed made ready to search, kept while the feed and the site's categories stay the same. */
  prepare(feed: Feed): Prepared {
    const limit = this.#options.categories() ?? '';
    if (this.#prepared?.feed !== feed || this.#prepared.limit !== limit) {
      const limited = limitToCategories(feed.services, feed.programme, parseCategoryList(limit));
      this.#prepared = {
        feed,
        limit,
        services: byName(limited.services),
        programme: limited.programme,
        categoryLabels: new Map((feed.programme.categories ?? []).map((c) => [c.id, c.label])),
        areaLabels: new Map((feed.programme.areas ?? []).map((a) => [a.id, a.label])),
        postcodeExample: postcodeExample(feed),
      };
    }
    return this.#prepared;
  }

  /**
   * The current search's results, run again only when something it depends on changed.
   * While words wait for the engine or its index: the last results, or `undefined` before any.
   */
  results(prepared: Prepared, context: SearchContext): SearchResult | undefined {
    const searcher = this.#filters.query.trim() ? this.#searcher(prepared.feed) : undefined;
    const filters = this.#effectiveWith(searcher, prepared.programme);
    const key = [prepared, filters, ...context.placeKey, searcher, searcher?.complete, context.count];
    if (!this.#memo || key.length !== this.#memo.key.length || key.some((part, i) => part !== this.#memo!.key[i])) {
      this.#memo = {
        key,
        result: runSearch({
          services: prepared.services,
          programme: prepared.programme,
          filters,
          searcher,
          place: context.place,
          count: context.count,
        }),
      };
      if (this.#memo.result) this.#shown = this.#memo.result;
    }
    return this.#memo.result ?? this.#shown;
  }

  /** The filters to search with: the words read (by `searcher`, once it is in) added to the ticks. */
  #effectiveWith(searcher: Searcher | undefined, programme: Programme): ServiceFilters {
    const query = this.#filters.query;
    if (searcher && (this.#reading?.query !== query || this.#reading.searcher !== searcher || this.#reading.programme !== programme)) {
      this.#reading = { query, searcher, programme, reading: searcher.read(query, programme.categories) };
    }
    const reading = searcher ? this.reading : undefined;
    if (this.#effective?.filters !== this.#filters || this.#effective.reading !== reading) {
      this.#effective = { filters: this.#filters, reading, effective: reading ? reading.filtersWith(this.#filters) : this.#filters };
    }
    return this.#effective.effective;
  }

  /**
   * Fetches the engine's chunk once. A failed fetch asked for by a search shows an error with
   * "Try again"; a failed prefetch is forgotten (the first search asks again).
   */
  #load(prefetch = false): void {
    if (this.#engine.value) return;
    if (!prefetch) this.#failed = false;
    if (this.#engine.loading) {
      // A search or "Try again" while the idle prefetch (which may come late) is under way: if that
      // fails, this asks again with a fetch of its own, so the parent's press is never lost.
      this.#asked ||= !prefetch;
      return;
    }
    this.#asked = !prefetch;
    void this.#engine.load().then((engine) => {
      // Once, not in a loop: the search's own fetch shows the error if it fails too.
      if (!engine && prefetch && this.#asked) return this.#load();
      // Build the index before the first keystroke, not during it, and in slices: 5,000
      // services take ~200 ms on a phone-speed CPU, which must not hold up a tap or a key.
      if (engine && prefetch) whenIdle(() => this.#prepared && this.#searcher(this.#prepared.feed, true));
      // A failed prefetch never hides or shows an error: the parent's "Try again" stays where it is.
      if (engine) this.#failed = false;
      else if (this.#asked) this.#failed = true;
      this.#host.requestUpdate();
    });
  }

  /**
   * The feed's index once it can answer, built on first need; `inSlices` for the build while
   * idle (a search meanwhile waits for it to finish, a few hundred milliseconds at most).
   */
  #searcher(feed: Feed, inSlices = false): ServiceIndex | undefined {
    const engine = this.#engine.value;
    if (!engine) {
      // Not again on every render after a failure: only on "Try again" or a new search.
      if (!this.#failed) this.#load();
      return undefined;
    }
    let index = this.#indexes.get(feed);
    if (!index) {
      index = new engine.ServiceIndex(feed.services, { programme: feed.programme, inSlices });
      this.#indexes.set(feed, index);
      void index.searchable.then(() => this.#host.requestUpdate());
      // Descriptions of big directories arrive later: search again with them.
      void index.ready.then(() => this.#host.requestUpdate());
    }
    return index.isSearchable ? index : undefined;
  }
}

/** The programme's example postcode, else the first service's, as the hint shows it ("nb14aa" → "NB1 4AA"). */
function postcodeExample(feed: Feed): string | undefined {
  const postcode = feed.programme.postcodeExample ?? feed.services.find((service) => service.location?.postcode)?.location?.postcode;
  // The feed's schema has checked it is a full postcode: only case and spacing are left to set. (normalisePostcode
  // in text/postcode.ts reads any input, but travels in the "near me" chunk: 0.2 KB more here.)
  // A no-break space: a narrow hint, above all a right-to-left one, broke it as "NB1" and "4AA" a line below.
  return postcode?.toUpperCase().replace(/\s+/g, '').replace(/(\d[A-Z]{2})$/, '\u00a0$1');
}
