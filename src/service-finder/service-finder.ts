/**
 * `<pc-service-finder>`: the element. It holds the parent's choices (the page of results, the
 * open service and filters) and ties its controllers together: the search (search-engine.ts),
 * where the parent is (parent-location.ts), the address (url-sync.ts), the live region
 * (announcer.ts), its own width (ContainerWidth), the filters' sheet on a phone (filter-sheet.ts), the detail view's opening (detail-opener.ts) and the panels' chunks (LazyPanels: the filter
 * panel and the detail view). The form, the filters and the results are drawn by the pure
 * template functions beside it.
 *
 * Over 400 lines because the class's JSDoc (about 50 lines of parts, tokens and events) is the public API
 * that custom-elements.json is made from, and belongs on the class; the code itself is under 400.
 */
import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { FeedView } from '../context/feed-controller.js';
import { ContainerWidth } from '../controllers/container-width.js';
import { LazyPanels } from '../controllers/lazy-panels.js';
import { RetryFocus } from '../controllers/retry-focus.js';
import type { Feed } from '../data/feed-schema.js';
import { PcFeedElement } from '../internal/feed-element.js';
import { inEms } from '../internal/ems.js';
import { baseStyles } from '../theme/base.styles.js';
import { renderEmpty, renderIncompleteNotice } from '../ui/states.js';
import { stateStyles } from '../ui/states.styles.js';
import { Announcer } from './announcer.js';
import { PcSearchEvent, PcServiceSelectEvent } from './events.js';
import { FINDER_CHUNKS, type FinderChunks } from './finder-chunks.js';
import { FilterSheet } from './filter-sheet.js';
import { DetailOpener } from './detail-opener.js';
import { renderFinderView, searchAnnouncement } from './finder-view.js';
import type { SearchResult } from './finder-search.js';
import { ParentLocation } from './parent-location.js';
import { SearchEngine } from './search-engine.js';
import { serviceFinderStyles } from './service-finder.styles.js';
import type { FinderUrlState } from './url-state.js';
import { UrlSync } from './url-sync.js';
import { finderEnglish, type FinderEnglish } from './strings/en-GB.js';


/**
 * Typing pause before `pc-search` fires for typed words: a site's analytics hears the search the
 * parent settled on, not every keystroke. The results themselves update on every keystroke.
 */
export const SEARCH_EVENT_DELAY = 1000;
/** Typing pause before the count is announced: long enough not to talk over each keystroke. */
export const ANNOUNCE_DELAY = 1000;
/** The finder's width (em of its base size) from which its stylesheet puts the filters beside the results (its container query). */
const PANELS_BESIDE_FROM_EM = 46;
/** A full UK postcode as a word of the query ("NB1 4AA", "nb14aa"). */
const POSTCODE_IN_QUERY = /(^|\s)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?=\s|$)/i;

/**
 * A directory of local family services a parent can search in their own words (typos and
 * everyday synonyms are fine), filter by their child's age, cost, day, language,
 * accessibility, area and how to go, and sort by distance from a postcode or their
 * location. Each result opens a detail view with everything the feed knows.
 *
 * Reads the native feed or Open Referral UK (a static service list or a live API base
 * URL). Postcodes are looked up only with a geocoder the site opts into; without one,
 * services in the parent's postcode district come first and no request leaves the page.
 *
 * @summary Search, filter and sort local family services; open one for the details.
 * @tagname pc-service-finder
 * @fires {PcSearchEvent} pc-search - After each search (for typed words, once typing pauses): `detail` is a `SearchDetail`, `{ query, filters, total }`.
 * @fires {PcServiceSelectEvent} pc-service-select - When a parent opens a service: `detail` is a `ServiceSelectDetail`, `{ service }`. Cancelable: call `preventDefault()` to show the service your own way instead of the built-in detail view.
 * @csspart base - The wrapper around everything.
 * @csspart search-box - The search form.
 * @csspart search-input - The search text box.
 * @csspart postcode-input - The postcode text box.
 * @csspart postcode-error - The postcode's error message.
 * @csspart search-button - The "Search" button.
 * @csspart location-button - The "Use my location" button.
 * @csspart filter-panel - The filters (beside the results when wide; behind a "Filters" button when narrow).
 * @csspart filter-sheet - The filters on a narrow finder (a phone): a full-height modal sheet.
 * @csspart show-results - The sheet's "Show N results" button.
 * @csspart clear-filters - The "Clear filters" button in the filter panel.
 * @csspart count - The number of services found.
 * @csspart results - The list of result cards.
 * @csspart result-card - One result.
 * @csspart result-open - The service name button that opens the detail view.
 * @csspart show-more - The "Show more results" button.
 * @csspart detail - The detail view (a modal dialog).
 * @csspart detail-close - The detail view's "Close" button.
 * @csspart feedback-button - The detail view's "Tell us what you think" button (when the feed has a feedback form), which opens `<pc-feedback-card>` in its place.
 * @csspart empty - The message shown when nothing matches.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart retry-button - The "Try again" button in the error box.
 * @csspart stale-notice - The notice shown when the data is a saved copy.
 * @csspart incomplete-notice - The notice shown when part of a live directory could not be loaded (a page failed or timed out).
 * @cssprop [--pc-finder-sidebar-width=17em] - Width of the filter panel beside the results on wide layouts.
 * @cssprop [--pc-colour-brand=#1d70b8] - Buttons and the result cards' accent.
 * @cssprop [--pc-colour-text=#0b0c0c] - Text colour.
 * @cssprop [--pc-colour-text-secondary=#505a5f] - Hints, organisation names and counts.
 * @cssprop [--pc-colour-surface=#ffffff] - Card and dialog background.
 * @cssprop [--pc-colour-surface-alt=#f3f2f1] - Filter panel and tag background.
 * @cssprop [--pc-colour-border=#505a5f] - Text box borders.
 * @cssprop [--pc-colour-border-subtle=#b1b4b6] - Card borders.
 * @cssprop [--pc-colour-error=#d4351c] - Postcode error.
 * @cssprop [--pc-colour-focus=#ffdd00] - Focus highlight.
 * @cssprop [--pc-font-size=max(1rem, 16px)] - Base text size: everything inside is sized from it (a page's `html { font-size: 62.5% }` does not shrink it).
 * @cssprop [--pc-radius=4px] - Corner radius (never of the coloured bars on a side).
 * @cssprop [--pc-space=1em] - Base spacing.
 */
export class PcServiceFinder extends PcFeedElement<FinderEnglish> {
  static override properties: PropertyDeclarations = {
    pages: { state: true, attribute: false },
    pageSize: { attribute: 'page-size', type: Number },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    geocoder: {},
    categories: {},
  };

  static override styles = [baseStyles, stateStyles, serviceFinderStyles];

  /**
   * Loads the finder's lazy chunks. A subclass may bring its own (a test's that fail or wait).
   * @internal
   */
  protected static readonly chunks: FinderChunks = FINDER_CHUNKS;

  readonly #chunks = (this.constructor as typeof PcServiceFinder).chunks;
  readonly #search = new SearchEngine(this, {
    load: () => this.#chunks.searchEngine(),
    categories: () => this.categories,
    changed: (typed) => this.#changed(typed),
    rewrote: (query) => this.#showQuery(query),
  });
  readonly #place = new ParentLocation(this, {
    load: () => this.#chunks.nearMe(),
    geocoder: () => this.geocoder,
    moved: (change) => this.#moved(change),
  });
  readonly #address = new UrlSync(this, {
    enabled: () => this.syncUrl,
    load: () => this.#chunks.address(),
    read: (state) => this.#readAddress(state),
  });
  /** Keeps focus with the parent across the search engine's "Try again": loading, then the count or the new "Try again". */
  readonly #searchRetryFocus = new RetryFocus(this, () => (this.#search.failed ? 'error' : this.#search.shown ? 'ready' : 'loading'));
  /** The filter panel's body, counts and chips. */
  readonly #filterPanel = new LazyPanels(this, {
    load: () => this.#chunks.filterPanel(),
    styles: (chunk) => [chunk.styles],
    prefetchWhen: () => !!this.#search.shown,
  });
  /** A service's detail view. */
  readonly #detail = new LazyPanels(this, {
    load: () => this.#chunks.detail(),
    styles: (chunk) => [chunk.styles],
    prefetchWhen: () => !!this.#search.shown,
  });
  /**
   * Whether the filters sit behind their "Filters" button (a narrow finder). The stylesheet
   * decides (a container query); this reads it from the button. A finder wide enough for the
   * filters beside the results fetches them at once, beside the feed.
   */
  readonly #width = new ContainerWidth(this, {
    initial: false,
    layout: () => {
      const toggle = this.renderRoot.querySelector<HTMLElement>('.filters__toggle');
      return !!toggle && getComputedStyle(toggle).display !== 'none';
    },
    measured: (width) => {
      if (typeof ResizeObserver === 'undefined' || inEms(width, this) >= PANELS_BESIDE_FROM_EM) void this.#filterPanel.load();
    },
  });
  readonly #announcer = new Announcer(this);
  /** A service's detail view, opened from its card. */
  readonly #opener = new DetailOpener(this, {
    root: () => this.renderRoot,
    load: () => this.#detail.load(),
    select: (placed) => this.dispatchEvent(new PcServiceSelectEvent({ service: placed.service })),
  });
  /** The filters on a narrow finder: a sheet opened from their button. */
  readonly #sheet = new FilterSheet(this, {
    root: () => this.renderRoot,
    opened: () => void this.#filterPanel.load(),
    focus: (selector) => this.#focus(selector),
  });

  /** The results page shown: "Show more results" adds one. */
  private pages = 1;

  /** How many results to show before "Show more results". */
  pageSize = 10;

  /** Keep the search, filters, postcode and page in the page's address, to share or bookmark. */
  syncUrl = false;

  /** Postcode look-up URL with `{postcode}`, e.g. `https://api.postcodes.io/postcodes/{postcode}`. None by default. */
  geocoder?: string;

  /** Category ids to limit the finder to, separated by spaces or commas. All when empty. */
  categories?: string;

  /** The search box's words: ahead of the search while the parent types. */
  #queryText = '';
  /** `pc-search` for typed words, waiting for a pause in the typing. */
  #searchEventTimer?: ReturnType<typeof setTimeout>;
  /** The last change was typed words: its `pc-search` waits for a pause. */
  #typedChange = false;
  /** How long after the next search renders to announce its count (set by the parent's change). */
  #announceDelay?: number;
  /** Focus to move once the next update has rendered. */
  #afterUpdate?: () => void;
  #reported?: SearchResult;
  #emittedKey?: string;
  /** The feed's example postcode, as the last render showed it: the postcode error's wording. */
  #postcodeExample?: string;

  constructor() {
    super(finderEnglish);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchEventTimer);
  }

  protected override updated(): void {
    const after = this.#afterUpdate;
    this.#afterUpdate = undefined;
    after?.();
    this.#report();
  }

  get #pageSize(): number {
    const size = Math.floor(Number(this.pageSize));
    return size >= 1 ? size : 10;
  }

  #focus(selector: string): void {
    this.#afterUpdate = () => this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** A new search: page 1, the address, and an announcement once it has run. */
  #changed(typed: boolean): void {
    this.pages = 1;
    this.#announceDelay = typed ? ANNOUNCE_DELAY : 150;
    this.#typedChange = typed;
    this.#writeAddress();
  }

  /** Puts words in the search box (set directly: the box may hold text the last render never saw). */
  #showQuery(query: string): void {
    this.#queryText = query;
    const box = this.renderRoot.querySelector<HTMLInputElement>('#q');
    if (box) box.value = query;
  }

  #readAddress(state: FinderUrlState): void {
    this.#search.filters = state.filters;
    this.#queryText = state.filters.query;
    this.pages = state.page ?? 1;
    this.#place.fromAddress(state.postcode, this.pages);
  }

  #writeAddress(): void {
    this.#address.write({ filters: this.#search.filters, postcode: this.#place.postcode, page: this.pages });
  }

  /** The parent's place changed: the page it asked for (1 for a new place), and the address. */
  #moved({ page, refused, located }: { page?: number; refused?: boolean; located?: boolean }): void {
    if (page !== undefined) this.pages = page;
    if (refused) this.#focus('#pc');
    // "Use my location" worked: take the parent to the results, nearest first (on a phone, below the form).
    if (located) this.#focus('#count');
    this.#writeAddress();
  }

  #announceCount(delay: number, typed = false): void {
    const num = new Intl.NumberFormat(this.localize.intlLocale).format;
    this.#announcer.announce(() => searchAnnouncement(this.t, this.#search.shown?.results.length ?? 0, num, this.#place, typed ? undefined : this.#postcodeExample ?? ''), delay);
  }

  /** Focus on the count (or, in the phone's sheet, on "Show N results") says how many were found: no announcement too. */
  #focusOnCount(selector = '#count'): void {
    this.#announceDelay = undefined;
    this.#announcer.cancel();
    this.#focus(selector);
  }

  /** After a new search has rendered: `pc-search`, and the announcement for a parent's change. */
  #report(): void {
    const shown = this.#search.shown;
    if (!shown || shown === this.#reported) return;
    this.#reported = shown;
    const key = JSON.stringify(this.#search.filters);
    clearTimeout(this.#searchEventTimer);
    if (key !== this.#emittedKey) {
      const filters = structuredClone(this.#search.filters);
      const fire = () => {
        this.#emittedKey = key;
        this.dispatchEvent(new PcSearchEvent({ query: filters.query, filters, total: shown.results.length }));
      };
      if (this.#typedChange) this.#searchEventTimer = setTimeout(fire, SEARCH_EVENT_DELAY);
      else fire();
    }
    if (this.#announceDelay !== undefined) this.#announceCount(this.#announceDelay, this.#typedChange);
    this.#announceDelay = undefined;
  }

  /** Every keystroke searches: a search takes a few milliseconds, a timer would only add waiting. */
  #handleQueryInput = (event: Event): void => {
    this.#queryText = (event.target as HTMLInputElement).value;
    this.#announcer.cancel();
    this.#runQuery(true);
  };

  /**
   * Runs the typed query. A full postcode in it (the whole query while typing; anywhere in
   * it on Search) moves to the empty postcode box: parents type where they see a box.
   */
  #runQuery(typed: boolean): void {
    const found = this.#place.given ? null : POSTCODE_IN_QUERY.exec(this.#queryText);
    if (found && (!typed || found[0].trim() === this.#queryText.trim())) {
      this.#showQuery(this.#queryText.replace(found[0], ' ').replace(/\s+/g, ' ').trim());
      this.#place.apply(found[0], !typed);
    }
    // Pressing Search always says how many were found, even when nothing changed.
    if (!this.#search.search(this.#queryText, typed) && !typed) this.#announceCount(150);
  }

  #handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    this.#queryText = (form.elements.namedItem('q') as HTMLInputElement).value;
    this.#place.text = (form.elements.namedItem('postcode') as HTMLInputElement).value;
    this.#place.apply(this.#place.text, true);
    this.#runQuery(false);
  };

  /** The open filter panel is dozens of Tab stops: keyboard users can go past it (GOV.UK's skip link). */
  #handleSkipToResults = (event: Event): void => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#count')?.focus();
  };

  #handleClearFilters = (): void => {
    this.#search.clearFilters();
    // In the phone's sheet, a modal, the count is behind it: focus stays in the sheet, on what to do next.
    this.#focusOnCount(this.#sheet.open ? '[part="show-results"]' : '#count');
  };

  #handleChipRemoved = (): void => this.#focusOnCount();

  // Its "Try again" makes way for the panel: focus waits on the panel's box, not on the page's body.
  #handleRetryFilterPanel = (): void => {
    if (this.matches(':focus-within')) this.renderRoot.querySelector<HTMLElement>('#filter-body')?.focus();
    void this.#filterPanel.load();
  };

  #handleRetrySearch = (): void => {
    this.#searchRetryFocus.retried();
    this.#search.retry();
  };

  #relativeTime = (date: Date): string => this.localize.relativeTime(date);

  #handleShowMore = (): void => {
    const first = this.pages * this.#pageSize;
    this.pages += 1;
    this.#writeAddress();
    this.#afterUpdate = () => this.renderRoot.querySelectorAll<HTMLElement>('.card__open')[first]?.focus();
  };

  protected override renderReady(view: Extract<FeedView, { status: 'ready' }>) {
    // Part of the list could not be loaded (a live API's page failed): show the rest, and say so.
    const incomplete = renderIncompleteNotice(view.diagnostics, { passing: this.t.finderIncomplete, lasting: this.t.finderIncompleteLasting });
    return html`${incomplete}${this.#renderFinder(view.feed)}`;
  }

  #renderFinder(feed: Feed): TemplateResult {
    const t = this.t;
    const level = this.headingLevel;
    const prepared = this.#search.prepare(feed);
    this.#postcodeExample = prepared.postcodeExample;
    if (prepared.services.length === 0) return renderEmpty(t.emptyHeading, undefined, undefined, level);
    const counter = this.#filterPanel.value?.filterAndCount;
    const place = this.#place;
    const result = this.#address.pending
      ? undefined
      : this.#search.results(prepared, { place: place.place, placeKey: place.key, count: counter });
    const format = new Intl.NumberFormat(this.localize.intlLocale);
    const { categoryLabels, areaLabels } = prepared;
    return renderFinderView({
      card: { t, locale: t.$code, headingLevel: level, categoryLabels, areaLabels, num: (value) => format.format(value), timeZone: feed.programme.timezone },
      query: this.#queryText,
      postcodeExample: prepared.postcodeExample,
      search: this.#search,
      result,
      place,
      visible: this.pages * this.#pageSize,
      filterPanel: this.#filterPanel,
      detail: this.#detail,
      collapsible: this.#width.layout,
      filtersOpen: this.#sheet.open,
      detailFailed: this.#opener.failed,
      selected: this.#opener.selected,
      takesFeedback: feed.takesFeedback,
      deadEnd: () => this.#search.deadEnd(prepared),
      programme: feed.programme,
      announcer: this.#announcer,
      on: {
        submit: this.#handleSubmit,
        queryInput: this.#handleQueryInput,
        clearFilters: this.#handleClearFilters,
        chipRemoved: this.#handleChipRemoved,
        toggleFiltersOpen: this.#sheet.show,
        showResults: this.#sheet.showResults,
        sheetClosed: this.#sheet.closed,
        retryFilterPanel: this.#handleRetryFilterPanel,
        retrySearch: this.#handleRetrySearch,
        skipToResults: this.#handleSkipToResults,
        open: this.#opener.open,
        showMore: this.#handleShowMore,
        closeDetail: this.#opener.closed,
        relativeTime: this.#relativeTime,
      },
    });
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'pc-service-finder': PcServiceFinder;
  }
}
