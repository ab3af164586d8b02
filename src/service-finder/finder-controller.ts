/**
 * Everything `<pc-service-finder>` does once its feed is in: the search form, filters,
 * results, detail view, "near me", URL sync and events, so the element itself stays a
 * small shell. The list renders from the entry file alone; the search engine (needed only
 * for a typed query) and the detail view (only when a service is opened) are lazy chunks
 * fetched when the browser is idle after the first results, or at once when needed first.
 * The filter panel's body and counts are a chunk fetched beside the feed where the panel
 * shows beside the results, and at idle where it sits behind its button. URL sync is a
 * chunk fetched on connect, only with `sync-url`.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FeedView } from '../context/feed-controller.js';
import type { Feed, Programme, Service } from '../data/feed-schema.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { Translation } from '../i18n/translation.js';
import { emit } from '../internal/emit.js';
import { whenIdle } from '../internal/idle.js';
import { addChunkStyles } from '../internal/chunk-styles.js';
import { LazyChunk } from '../internal/lazy-chunk.js';
import { inRems } from '../internal/rems.js';
import { FeedError } from '../data/errors.js';
import { renderEmpty, renderError, renderLoading } from '../ui/states.js';
import type { LatLng, PlacedService } from './distance.js';
import type { FilterPanelContext, ListFilter } from './filter-panel.js';
import { emptyFilters, hasActiveFilters, selectedCount, type ServiceFilters } from './filters.js';
import { byName, limitToCategories, parseCategoryList, runSearch, type SearchResult } from './finder-search.js';
import type { ServiceIndex } from './search-index.js';
import { renderCard, type CardContext } from './service-card.js';
import { finderChunks } from './finder-chunks.js';

type ReadyView = Extract<FeedView, { status: 'ready' }>;
type NearMe = typeof import('./near-me.js');
type FinderPanels = typeof import('./finder-panels.js');

/** What the controller reads from `<pc-service-finder>`. */
export interface FinderHost extends ReactiveControllerHost, HTMLElement {
  readonly pageSize: number;
  readonly syncUrl: boolean;
  readonly geocoder?: string;
  readonly categories?: string;
  readonly headingLevel: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Typing pause before a search runs (and `pc-search` fires). */
export const TYPING_DELAY = 250;
/** Typing pause before the count is announced: long enough not to talk over each keystroke. */
export const ANNOUNCE_DELAY = 1000;
const GEOCODE_TIMEOUT = 10_000;
/** The finder's width (rem) from which its stylesheet puts the filters beside the results (its container query). */
const PANEL_BESIDE_FROM_REM = 46;
/** A full UK postcode as a word of the query ("NB1 4AA", "nb14aa"). */
const POSTCODE_IN_QUERY = /(^|\s)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?=\s|$)/i;

interface Prepared {
  feed: Feed;
  limit: string;
  services: readonly Service[];
  programme: Programme;
  categoryLabels: Map<string, string>;
  areaLabels: Map<string, string>;
}

export class FinderController implements ReactiveController {
  #filters: ServiceFilters = emptyFilters();
  #queryText = '';
  #postcodeText = '';
  /** Applied postcode (normalised), for the district order or a geocoded origin. */
  #postcode?: string;
  #origin?: LatLng;
  /** `here` for the device's location, else the postcode the origin was looked up from. */
  #originFrom?: string;
  #postcodeError?: 'invalid' | 'not-found';
  #locationState?: 'locating' | 'failed';
  #pages = 1;
  #selected?: PlacedService;
  #openerId?: string;
  #filtersOpen = false;
  /** The filters sit behind their button (narrow finder); unknown until the first layout. */
  #panelCollapsible = false;
  #resizeObserver?: ResizeObserver;
  #announcement = '';
  #announceDelay?: number;
  #typingTimer?: ReturnType<typeof setTimeout>;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #geocodeAbort?: AbortController;
  readonly #indexes = new WeakMap<Feed, ServiceIndex>();
  readonly #engine = new LazyChunk(() => finderChunks.searchEngine());
  /** A search needed the engine and its fetch failed: the results area offers "Try again". */
  #engineFailed = false;
  #enginePrefetched = false;
  /** The detail view and the filter panel's body, one chunk. */
  readonly #panels = new LazyChunk(() => finderChunks.panels());
  /** Opening a service needed the panels and their fetch failed: an alert says so. */
  #detailFailed = false;
  /** The shown filters needed the panels and their fetch failed: the panel says so and offers "Try again". */
  #panelFailed = false;
  #prepared?: Prepared;
  #memo?: { key: unknown[]; result?: SearchResult };
  /** The latest result: what is on screen, and what announcements and `pc-search` report. */
  #shown?: SearchResult;
  #reported?: SearchResult;
  #emittedKey?: string;
  #afterUpdate?: () => void;
  readonly #onPopState = () => this.#readUrl();
  readonly #urlState = new LazyChunk(() => finderChunks.urlState());
  /** With `sync-url`, until the URL has been read: results wait, so no search runs on defaults. */
  #urlPending = false;
  readonly #nearMe = new LazyChunk(() => finderChunks.nearMe());
  /** The "near me" chunk failed to load for the last postcode or location: an alert says so. */
  #nearMeFailed = false;
  /** The postcode waiting for the "near me" chunk; a newer one (or clearing it) replaces it. */
  #postcodeWaiting?: { text: string; fromSubmit: boolean; page: number };

  readonly #host: FinderHost;
  readonly #localize: LocalizeController;

  constructor(
    host: FinderHost,
    localize: LocalizeController,
  ) {
    this.#host = host;
    this.#localize = localize;
    host.addController(this);
  }

  hostConnected(): void {
    // Wide enough for the filters to show beside the results: fetch them now, beside the feed.
    if (this.#panelsBeside(this.#host.getBoundingClientRect().width)) this.#loadPanels();
    this.#watchPanelToggle();
    if (!this.#host.syncUrl) return;
    window.addEventListener('popstate', this.#onPopState);
    if (this.#urlState.value) {
      this.#readUrl();
      return;
    }
    this.#urlPending = true;
    // Without its chunk the finder still works; the address just does not follow it.
    void this.#urlState.load().then(() => {
      this.#urlPending = false;
      this.#readUrl();
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    window.removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#typingTimer);
    clearTimeout(this.#announceTimer);
    this.#geocodeAbort?.abort();
  }

  /**
   * On a narrow finder the filters sit behind a "Filters" button. Whether they do is the
   * stylesheet's call (a container query); the observer reads it from the button, so a closed
   * panel's checkboxes are not drawn on each keystroke where nobody can see them.
   */
  #watchPanelToggle(): void {
    if (typeof ResizeObserver === 'undefined') {
      this.#loadPanels();
      return;
    }
    this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      if (this.#panelsBeside(entry?.contentRect.width ?? 0)) this.#loadPanels();
      const toggle = this.#root.querySelector<HTMLElement>('.filters__toggle');
      const collapsible = !!toggle && getComputedStyle(toggle).display !== 'none';
      // Re-render in a task: a change inside the callback would resize again in the same frame.
      if (collapsible !== this.#panelCollapsible) {
        setTimeout(() => {
          this.#panelCollapsible = collapsible;
          this.#host.requestUpdate();
        });
      }
    });
    this.#resizeObserver.observe(this.#host);
  }

  /** Whether a finder this wide (px) shows its filters beside the results, as its stylesheet decides. */
  #panelsBeside(width: number): boolean {
    return inRems(width) >= PANEL_BESIDE_FROM_REM;
  }

  hostUpdated(): void {
    const after = this.#afterUpdate;
    this.#afterUpdate = undefined;
    after?.();
    this.#report();
  }

  // -------------------------------------------------------------------------
  // State changes

  get #root(): HTMLElement | DocumentFragment {
    return this.#host.renderRoot;
  }

  #focus(selector: string): void {
    this.#afterUpdate = () => this.#root.querySelector<HTMLElement>(selector)?.focus();
  }

  /** A new search: page 1, the URL, and an announcement once it has run. */
  #change(filters: ServiceFilters, typed = false): void {
    this.#filters = filters;
    this.#engineFailed = false;
    this.#pages = 1;
    this.#announceDelay = typed ? ANNOUNCE_DELAY - TYPING_DELAY : 150;
    this.#writeUrl();
    this.#host.requestUpdate();
  }

  #readUrl(): void {
    const urlState = this.#urlState.value;
    if (!urlState) return;
    const state = urlState.readUrlState(new URLSearchParams(location.search));
    this.#filters = state.filters;
    this.#queryText = state.filters.query;
    this.#pages = state.page ?? 1;
    if (state.postcode) this.#applyPostcode(state.postcode, false, this.#pages);
    else if (this.#originFrom !== 'here') this.#applyPostcode('', false, this.#pages);
    this.#host.requestUpdate();
  }

  #writeUrl(): void {
    const urlState = this.#urlState.value;
    if (!this.#host.syncUrl || !urlState) return;
    const params = urlState.writeUrlState(new URLSearchParams(location.search), {
      filters: this.#filters,
      // A postcode still waiting for "near me" is the parent's choice all the same.
      postcode: this.#postcode ?? this.#postcodeWaiting?.text.trim(),
      page: this.#pages,
    }).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  }

  /** Applies a postcode (or clears it with ''); `page` is the results page to show after (the URL's, or 1). */
  #applyPostcode(text: string, fromSubmit: boolean, page = 1): void {
    this.#geocodeAbort?.abort();
    const trimmed = text.trim();
    const nearMe = this.#nearMe.value;
    const earlier = this.#postcodeWaiting;
    this.#postcodeWaiting = undefined;
    this.#nearMeFailed = false;
    if (trimmed && !nearMe) {
      // Postcodes are read by the "near me" chunk: fetch it, then apply the latest one asked for.
      // The same postcode asked twice (the box's change, then Search) keeps the Search's focus move.
      const waiting = { text, fromSubmit: fromSubmit || (earlier?.text === text && earlier.fromSubmit), page };
      this.#postcodeWaiting = waiting;
      this.#postcodeText = text;
      void this.#nearMe.load().then((module) => {
        if (this.#postcodeWaiting !== waiting) return;
        this.#nearMeFailed = !module;
        if (module) this.#applyPostcode(waiting.text, waiting.fromSubmit, waiting.page);
        else this.#host.requestUpdate();
      });
      this.#host.requestUpdate();
      return;
    }
    this.#postcodeError = undefined;
    this.#postcode = undefined;
    if (this.#originFrom !== 'here' || trimmed) {
      this.#origin = undefined;
      this.#originFrom = undefined;
    }
    const parts = trimmed ? nearMe!.parsePostcode(trimmed, { allowOutward: !this.#host.geocoder }) : undefined;
    if (trimmed && !parts) {
      this.#postcodeError = 'invalid';
      if (fromSubmit) this.#focus('#pc');
    } else if (parts) {
      this.#postcodeText = parts.normalised;
      this.#postcode = parts.normalised;
      this.#locationState = undefined;
      if (this.#host.geocoder) void this.#geocode(this.#host.geocoder, parts.normalised);
    }
    this.#pages = page;
    this.#writeUrl();
    this.#host.requestUpdate();
  }

  /** Looks the postcode up with the site's geocoder; until it answers, the district order stands. */
  async #geocode(template: string, postcode: string): Promise<void> {
    const abort = new AbortController();
    this.#geocodeAbort = abort;
    const timer = setTimeout(() => abort.abort(), GEOCODE_TIMEOUT);
    try {
      const { lookupPostcode } = await import('./geocode.js');
      const outcome = await lookupPostcode(template, postcode, { signal: abort.signal });
      if (abort.signal.aborted) return;
      if (outcome.ok) {
        this.#origin = outcome.point;
        this.#originFrom = postcode;
      } else if (outcome.reason !== 'network') {
        this.#postcodeError = 'not-found';
        this.#postcode = undefined;
        this.#writeUrl();
      }
      this.#host.requestUpdate();
    } catch {
      // Replaced by a newer look-up, or timed out: the district order stands.
    } finally {
      clearTimeout(timer);
    }
  }

  #onQueryInput = (event: Event): void => {
    this.#queryText = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typingTimer);
    clearTimeout(this.#announceTimer);
    this.#typingTimer = setTimeout(() => this.#runQuery(true), TYPING_DELAY);
  };

  /**
   * Runs the typed query. A full postcode in it (the whole query while typing; anywhere in
   * it on Search) moves to the empty postcode box: parents type where they see a box.
   */
  #runQuery(typed: boolean): void {
    const found = this.#postcodeText.trim() || this.#originFrom ? null : POSTCODE_IN_QUERY.exec(this.#queryText);
    if (found && (!typed || found[0].trim() === this.#queryText.trim())) {
      this.#queryText = this.#queryText.replace(found[0], ' ').replace(/\s+/g, ' ').trim();
      // Set directly: the box may still show text the last render never saw.
      this.#root.querySelector<HTMLInputElement>('#q')!.value = this.#queryText;
      this.#applyPostcode(found[0], !typed);
    }
    if (this.#queryText !== this.#filters.query) this.#change({ ...this.#filters, query: this.#queryText }, typed);
    // Pressing Search always says how many were found, even when nothing changed.
    else if (!typed) this.#announceSoon(150);
  }

  #onPostcodeInput = (event: Event): void => {
    this.#postcodeText = (event.target as HTMLInputElement).value;
  };

  #onPostcodeChange = (): void => {
    if (this.#postcodeText.trim() !== (this.#postcode ?? '')) this.#applyPostcode(this.#postcodeText, false);
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    clearTimeout(this.#typingTimer);
    const form = event.currentTarget as HTMLFormElement;
    this.#queryText = (form.elements.namedItem('q') as HTMLInputElement).value;
    this.#postcodeText = (form.elements.namedItem('postcode') as HTMLInputElement).value;
    this.#applyPostcode(this.#postcodeText, true);
    this.#runQuery(false);
  };

  /** The open filter panel is dozens of Tab stops: keyboard users can go past it (GOV.UK's skip link). */
  #skipToResults = (event: Event): void => {
    event.preventDefault();
    this.#root.querySelector<HTMLElement>('#count')?.focus();
  };

  #onUseLocation = (): void => {
    const geolocation = navigator.geolocation;
    if (this.#locationState === 'locating') return;
    this.#nearMeFailed = false;
    this.#locationState = geolocation ? 'locating' : 'failed';
    this.#host.requestUpdate();
    // Fetched while the browser asks the parent's permission.
    if (geolocation) void this.#nearMe.load();
    geolocation?.getCurrentPosition(
      ({ coords }) => void this.#nearMe.load().then((nearMe) => this.#placeHere(coords, nearMe)),
      () => {
        this.#locationState = 'failed';
        this.#host.requestUpdate();
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  #placeHere(coords: GeolocationCoordinates, nearMe: NearMe | undefined): void {
    const point = { lat: coords.latitude, lng: coords.longitude };
    this.#nearMeFailed = !nearMe;
    if (!nearMe) {
      this.#locationState = undefined;
    } else if (!nearMe.isLatLng(point)) {
      this.#locationState = 'failed';
    } else {
      this.#geocodeAbort?.abort();
      this.#locationState = undefined;
      this.#origin = point;
      this.#originFrom = 'here';
      this.#postcode = undefined;
      this.#postcodeText = '';
      this.#postcodeError = undefined;
      this.#pages = 1;
      this.#writeUrl();
    }
    this.#host.requestUpdate();
  }

  /** A parent in the postcode box will likely need "near me": fetched while they type. */
  #prefetchNearMe = (): void => void this.#nearMe.load();

  #toggle = (filter: ListFilter, value: string): void => {
    const list = this.#filters[filter] as string[];
    this.#change({ ...this.#filters, [filter]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] });
  };

  #toggleFree = (): void => this.#change({ ...this.#filters, freeOnly: !this.#filters.freeOnly });

  #toggleFiltersOpen = (): void => {
    this.#filtersOpen = !this.#filtersOpen;
    if (this.#filtersOpen) this.#loadPanels();
    this.#host.requestUpdate();
  };

  /** Fetches the panels once; after a failure the filter panel offers "Try again". */
  #loadPanels = (): void => {
    if (this.#panels.value || this.#panels.loading) return;
    this.#panelFailed = false;
    void this.#fetchPanels().then((module) => {
      this.#panelFailed = !module;
      this.#host.requestUpdate();
    });
  };

  /** The panels chunk, whichever need asks first: both panels' styles join the element's as it arrives. */
  #fetchPanels(): Promise<FinderPanels | undefined> {
    return this.#panels.load().then((module) => {
      if (module) {
        addChunkStyles(this.#host, module.filterPanelStyles);
        addChunkStyles(this.#host, module.serviceDetailStyles);
        this.#panelFailed = false;
      }
      return module;
    });
  }

  #clearFilters = (): void => {
    this.#change({ ...emptyFilters(), query: this.#filters.query });
    this.#focus('#count');
  };

  #showMore = (): void => {
    const first = this.#pages * this.#pageSize;
    this.#pages += 1;
    this.#writeUrl();
    this.#afterUpdate = () => this.#root.querySelectorAll<HTMLElement>('.card__open')[first]?.focus();
    this.#host.requestUpdate();
  };

  #open = (placed: PlacedService, opener: HTMLElement): void => {
    if (!emit(this.#host, 'pc-service-select', { service: placed.service }, { cancelable: true })) return;
    this.#openerId = opener.dataset.id;
    void this.#fetchPanels().then((module) => {
      this.#detailFailed = !module;
      if (module) {
        this.#selected = placed;
        this.#afterUpdate = () => {
          const dialog = this.#root.querySelector('dialog');
          if (dialog && !dialog.open) dialog.showModal();
          this.#root.querySelector<HTMLElement>('#detail-title')?.focus();
        };
      }
      this.#host.requestUpdate();
    });
  };

  #onDetailClosed = (): void => {
    this.#selected = undefined;
    const id = this.#openerId ?? '';
    this.#afterUpdate = () =>
      [...this.#root.querySelectorAll<HTMLElement>('.card__open')].find((button) => button.dataset.id === id)?.focus();
    this.#host.requestUpdate();
  };

  #announceSoon(delay: number): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const total = this.#shown?.results.length ?? 0;
      const text = this.#localize.t.finderResults(total, new Intl.NumberFormat(this.#localize.intlLocale).format(total));
      // The same words twice in a row are not read again by some screen readers.
      this.#announcement = this.#announcement === text ? `${text}\u00a0` : text;
      this.#host.requestUpdate();
    }, delay);
  }

  /** After a new search has rendered: `pc-search`, and the announcement for a parent's change. */
  #report(): void {
    const shown = this.#shown;
    if (!shown || shown === this.#reported) return;
    this.#reported = shown;
    const key = JSON.stringify(this.#filters);
    if (key === this.#emittedKey) return;
    this.#emittedKey = key;
    const filters = structuredClone(this.#filters);
    emit(this.#host, 'pc-search', { query: filters.query, filters, total: shown.results.length });
    if (this.#announceDelay !== undefined) this.#announceSoon(this.#announceDelay);
    this.#announceDelay = undefined;
  }

  // -------------------------------------------------------------------------
  // Searching

  get #pageSize(): number {
    const size = Math.floor(Number(this.#host.pageSize));
    return size >= 1 ? size : 10;
  }

  #prepare(feed: Feed): Prepared {
    const limit = this.#host.categories ?? '';
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
   * Fetches the search engine's chunk once. A failed fetch asked for by a search shows an
   * error with "Try again"; a failed prefetch is forgotten (the first search asks again).
   */
  #loadEngine = (prefetch = false): void => {
    if (this.#engine.value || this.#engine.loading) return;
    this.#engineFailed = false;
    void this.#engine.load().then((engine) => {
      // Build the index before the first keystroke, not during it, and in slices: 5,000
      // services take ~200 ms on a phone-speed CPU, which must not hold up a tap or a key.
      if (engine && prefetch) whenIdle(() => this.#prepared && this.#searcher(this.#prepared.feed, true));
      this.#engineFailed = !engine && !prefetch;
      this.#host.requestUpdate();
    });
  };

  /** After the first results: fetch the engine while the parent reads, so typing never waits. */
  #prefetchEngine(): void {
    if (this.#enginePrefetched) return;
    this.#enginePrefetched = true;
    whenIdle(() => {
      if (!this.#host.isConnected) return;
      this.#loadEngine(true);
      this.#loadPanels();
    });
  }

  /** The feed's index, built on first need; descriptions of big directories arrive later. */
  /**
   * The feed's index once it can answer, built on first need; `inSlices` for the build while
   * idle (a search meanwhile waits for it to finish, a few hundred milliseconds at most).
   */
  #searcher(feed: Feed, inSlices = false): ServiceIndex | undefined {
    const engine = this.#engine.value;
    if (!engine) {
      // Not again on every render after a failure: only on "Try again" or a new search.
      if (!this.#engineFailed) this.#loadEngine();
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

  #search(prepared: Prepared): SearchResult | undefined {
    const searcher = this.#filters.query.trim() ? this.#searcher(prepared.feed) : undefined;
    const count = this.#panels.value?.filterAndCount;
    const key = [prepared, this.#filters, this.#origin, this.#postcode, searcher, searcher?.complete, count];
    if (!this.#memo || key.some((part, i) => part !== this.#memo!.key[i])) {
      this.#memo = {
        key,
        result: runSearch({
          services: prepared.services,
          programme: prepared.programme,
          filters: this.#filters,
          searcher,
          place: this.#nearMe.value?.placer({ origin: this.#origin, postcode: this.#postcode }),
          count,
        }),
      };
      if (this.#memo.result) this.#shown = this.#memo.result;
    }
    return this.#memo.result ?? this.#shown;
  }

  // -------------------------------------------------------------------------
  // Rendering

  render(view: ReadyView): TemplateResult {
    const t = this.#localize.t;
    const prepared = this.#prepare(view.feed);
    const level = this.#host.headingLevel;
    if (prepared.services.length === 0) return renderEmpty(t.emptyHeading, undefined, undefined, level);
    const result = this.#urlPending ? undefined : this.#search(prepared);
    if (result) this.#prefetchEngine();
    const format = new Intl.NumberFormat(this.#localize.intlLocale);
    const num = (value: number) => format.format(value);
    const ctx: CardContext = {
      t,
      locale: t.$code,
      headingLevel: level,
      categoryLabels: prepared.categoryLabels,
      areaLabels: prepared.areaLabels,
      num,
    };
    const options = result?.options;
    const panel: FilterPanelContext | undefined = options && {
      t,
      locale: t.$code,
      num,
      filters: this.#filters,
      options,
      onToggle: this.#toggle,
      onToggleFree: this.#toggleFree,
      onClear: this.#clearFilters,
    };
    return html`<div class="finder">
      ${this.#renderForm(t)}
      ${result && !this.#panelCollapsible
        ? html`<a class="skip visually-hidden-focusable" href="#count" @click=${this.#skipToResults}>${t.finderSkipToResults}</a>`
        : nothing}
      <div class="finder__layout">
        ${result ? this.#renderPanel(t, num, panel) : nothing}
        <div class="finder__main">
          ${this.#detailFailed ? html`<p class="search__message" role="alert">${t.errorNetwork}</p>` : nothing}
          ${this.#engineFailed
            ? renderError(t, new FeedError('network', 'The search engine could not load.'), () => this.#loadEngine(), level)
            : result
              ? this.#renderResults(t, result, ctx, panel)
              : renderLoading(t, 2)}
        </div>
      </div>
      ${this.#selected && this.#panels.value
        ? this.#panels.value.renderDetail(this.#selected, {
            ...ctx,
            relativeTime: (date) => this.#localize.relativeTime(date),
            onClose: this.#onDetailClosed,
          })
        : nothing}
      <p class="visually-hidden" role="status">${this.#announcement}</p>
    </div>`;
  }

  #renderForm(t: Translation): TemplateResult {
    const error = this.#postcodeError && (this.#postcodeError === 'invalid' ? t.finderPostcodeError : t.finderPostcodeNotFound);
    return html`<form class="search" part="search-box" role="search" novalidate @submit=${this.#onSubmit}>
      <div class="field field--query">
        <label class="field__label" for="q">${t.finderSearchLabel}</label>
        <p class="field__hint" id="q-hint">${t.finderSearchHint}</p>
        <input
          class="input"
          id="q"
          name="q"
          type="search"
          part="search-input"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby="q-hint"
          .value=${this.#queryText}
          @input=${this.#onQueryInput}
        />
      </div>
      <div class="field field--postcode ${error ? 'field--error' : ''}" @focusin=${this.#prefetchNearMe}>
        <label class="field__label" for="pc">${t.finderPostcodeLabel}</label>
        <p class="field__hint" id="pc-hint">${t.finderPostcodeHint}</p>
        ${error
          ? html`<p class="field__error" id="pc-error" part="postcode-error">
              <span class="visually-hidden">${t.finderErrorPrefix}</span> ${error}
            </p>`
          : nothing}
        <input
          class="input input--postcode"
          id="pc"
          name="postcode"
          part="postcode-input"
          autocomplete="postal-code"
          autocapitalize="characters"
          spellcheck="false"
          aria-describedby=${error ? 'pc-hint pc-error' : 'pc-hint'}
          aria-invalid=${error ? 'true' : nothing}
          .value=${this.#postcodeText}
          @input=${this.#onPostcodeInput}
          @change=${this.#onPostcodeChange}
        />
      </div>
      <div class="search__actions">
        <button type="submit" class="button" part="search-button">${t.finderSearch}</button>
        <button type="button" class="button button--secondary" part="location-button" @click=${this.#onUseLocation}>
          ${t.finderUseLocation}
        </button>
      </div>
      ${this.#nearMeFailed
        ? html`<p class="search__message" role="alert">${t.errorNetwork}</p>`
        : this.#locationState === 'failed'
        ? html`<p class="search__message" role="alert">${t.finderLocationError}</p>`
        : this.#locationState === 'locating'
          ? html`<p class="search__message" role="status">${t.finderLocating}</p>`
          : nothing}
    </form>`;
  }

  /**
   * The filters: a disclosure button (shown by the stylesheet on a narrow finder) and the body,
   * drawn from the panel's chunk once it is in (with its counts), and only where it shows.
   */
  #renderPanel(t: Translation, num: (value: number) => string, panel: FilterPanelContext | undefined): TemplateResult {
    const open = this.#filtersOpen;
    const selected = selectedCount(this.#filters);
    const module = this.#panels.value;
    let body: unknown = nothing;
    if (open || !this.#panelCollapsible) {
      body =
        module && panel
          ? module.renderFilterBody(panel)
          : this.#panelFailed
            ? html`<p class="search__message" role="alert">${t.errorNetwork}</p>
                <button type="button" class="button button--secondary" @click=${this.#loadPanels}>${t.retry}</button>`
            : html`<div class="skeleton" aria-hidden="true">
                <span class="skeleton__line skeleton__line--title"></span>
                <span class="skeleton__line"></span>
                <span class="skeleton__line skeleton__line--short"></span>
              </div>`;
    }
    return html`<div class="filters ${open ? 'filters--open' : ''}" part="filter-panel">
      <button
        type="button"
        class="button button--secondary filters__toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="filter-body"
        @click=${this.#toggleFiltersOpen}
      >
        ${t.finderFilters}${selected ? html` <span class="filters__badge">(${num(selected)})</span>` : nothing}
      </button>
      <div class="filters__body" id="filter-body">${body}</div>
    </div>`;
  }

  #renderResults(t: Translation, result: SearchResult, ctx: CardContext, panel: FilterPanelContext | undefined): TemplateResult {
    const total = result.results.length;
    const visible = Math.min(total, this.#pages * this.#pageSize);
    const module = this.#panels.value;
    const sortNote = this.#origin
      ? t.finderNearest(this.#originFrom === 'here' ? t.finderYourLocation : (this.#originFrom ?? ''))
      : this.#postcode
        ? t.finderInDistrict(this.#nearMe.value?.parsePostcode(this.#postcode, { allowOutward: true })?.district ?? this.#postcode)
        : '';
    return html`<div class="results-bar">
        <p class="count" id="count" part="count" tabindex="-1">${t.finderResults(total, ctx.num(total))}</p>
        ${sortNote ? html`<p class="sort-note">${sortNote}</p>` : nothing}
      </div>
      ${module && panel ? module.renderChips(panel, () => this.#focus('#count')) : nothing}
      ${total === 0
        ? renderEmpty(
            t.finderEmptyHeading,
            t.finderEmptyMessage,
            hasActiveFilters(this.#filters) ? { label: t.finderClearFilters, onClick: this.#clearFilters } : undefined,
            this.#host.headingLevel,
          )
        : html`<ul class="results" part="results" aria-labelledby="count">
              ${result.results.slice(0, visible).map((placed) => renderCard(placed, ctx, this.#open))}
            </ul>
            ${visible < total
              ? html`<div class="more">
                  <p>${t.finderShowing(ctx.num(visible), ctx.num(total))}</p>
                  <button type="button" class="button button--secondary" part="show-more" @click=${this.#showMore}>
                    ${t.finderShowMore}
                  </button>
                </div>`
              : nothing}`}`;
  }
}
