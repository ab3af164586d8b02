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
import { emptyFilters, type ServiceFilters } from './filters.js';
import { byName, limitToCategories, parseCategoryList, runSearch, type SearchResult } from './finder-search.js';
import type { ServiceIndex } from './search-index.js';

type Engine = typeof import('./search-index.js');

export interface SearchEngineOptions {
  /** Fetches search-index.ts. */
  load: () => Promise<Engine>;
  /** The category ids the site limits the finder to (its `categories` attribute). */
  categories: () => string | undefined;
  /** The parent changed the search (`typed`: by typing words): a new search, from page 1. */
  changed: (typed: boolean) => void;
}

/** A feed made ready to search: limited to the site's categories, in name order, with its labels. */
export interface Prepared {
  feed: Feed;
  limit: string;
  services: readonly Service[];
  programme: Programme;
  categoryLabels: Map<string, string>;
  areaLabels: Map<string, string>;
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
  readonly #engine: LazyChunk<Engine>;
  readonly #indexes = new WeakMap<Feed, ServiceIndex>();
  #prepared?: Prepared;
  #memo?: { key: unknown[]; result?: SearchResult };
  /** The latest results: what is on screen, and what announcements and `pc-search` report. */
  #shown?: SearchResult;

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

  /** Ticks or unticks a value of a filter. */
  toggle = (filter: ListFilter, value: string): void => {
    const list = this.#filters[filter] as string[];
    this.#change({ ...this.#filters, [filter]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] });
  };

  toggleFree = (): void => this.#change({ ...this.#filters, freeOnly: !this.#filters.freeOnly });

  /** Clears the filters, keeping the words. */
  clearFilters(): void {
    this.#change({ ...emptyFilters(), query: this.#filters.query });
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

  /** Fetches the engine again after a failure. */
  retry = (): void => this.#load();

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
    const key = [prepared, this.#filters, ...context.placeKey, searcher, searcher?.complete, context.count];
    if (!this.#memo || key.length !== this.#memo.key.length || key.some((part, i) => part !== this.#memo!.key[i])) {
      this.#memo = {
        key,
        result: runSearch({
          services: prepared.services,
          programme: prepared.programme,
          filters: this.#filters,
          searcher,
          place: context.place,
          count: context.count,
        }),
      };
      if (this.#memo.result) this.#shown = this.#memo.result;
    }
    return this.#memo.result ?? this.#shown;
  }

  /**
   * Fetches the engine's chunk once. A failed fetch asked for by a search shows an error with
   * "Try again"; a failed prefetch is forgotten (the first search asks again).
   */
  #load(prefetch = false): void {
    if (this.#engine.value || this.#engine.loading) return;
    this.#failed = false;
    void this.#engine.load().then((engine) => {
      // Build the index before the first keystroke, not during it, and in slices: 5,000
      // services take ~200 ms on a phone-speed CPU, which must not hold up a tap or a key.
      if (engine && prefetch) whenIdle(() => this.#prepared && this.#searcher(this.#prepared.feed, true));
      this.#failed = !engine && !prefetch;
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
