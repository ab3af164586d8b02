/**
 * The finder's view once its feed is in: the search form, the skip link, the filters beside
 * (or behind their button above) the results, the detail view of an open service and the live
 * region, laid out from what the element and its controllers know. A pure template function;
 * the form, the filters and the results are drawn by their own (finder-form.ts, finder-filters.ts,
 * finder-results.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LazyPanels } from '../controllers/lazy-panels.js';
import { FeedError } from '../data/errors.js';
import { renderError, renderLoading } from '../ui/states.js';
import type { Announcer } from './announcer.js';
import type { PlacedService } from './distance.js';
import type { FilterPanelContext } from './filter-panel.js';
import { hasActiveFilters, selectedCount } from './filters.js';
import { renderFilters } from './finder-filters.js';
import { postcodeErrorText, renderSearchForm } from './finder-form.js';
import { renderResults } from './finder-results.js';
import type { SearchResult } from './finder-search.js';
import type { ParentLocation } from './parent-location.js';
import type { SearchEngine } from './search-engine.js';
import type { CardContext } from './service-card.js';
import type { DeadEndSearch } from './dead-ends.js';
import type { Programme } from '../data/feed-schema.js';

export interface FinderView {
  card: CardContext;
  /** What the search box holds. */
  query: string;
  /** A local postcode for the postcode box's hint, from the feed. */
  postcodeExample?: string;
  /** The search: its filters, whether its engine failed, and the filter panel's actions. */
  search: SearchEngine;
  /** The results, or none yet (the loading state shows). */
  result?: SearchResult;
  /** Where the parent is: the postcode box, and how the results are ordered. */
  place: ParentLocation;
  /** How many results to show (the pages shown times the page size). */
  visible: number;
  /** The filter panel's chunk (the filters' body, counts and chips). */
  filterPanel: LazyPanels<typeof import('./finder-filter-panel.js')>;
  /** The detail view's chunk. */
  detail: LazyPanels<typeof import('./finder-detail.js')>;
  /** The filters sit behind their button (a narrow finder). */
  collapsible: boolean;
  filtersOpen: boolean;
  detailFailed: boolean;
  /** The open service. */
  selected?: PlacedService;
  /** The feed has a feedback form: the detail view offers "Tell us what you think". */
  takesFeedback?: boolean;
  /** What the search was made of, for the ways out of no results. */
  deadEnd: () => DeadEndSearch;
  /** The programme's name and contact details, offered when nothing matches. */
  programme: Pick<Programme, 'name' | 'contact'>;
  announcer: Announcer;
  on: {
    submit: (event: SubmitEvent) => void;
    queryInput: (event: Event) => void;
    clearFilters: () => void;
    /** A chip was removed: focus goes to the count. */
    chipRemoved: () => void;
    toggleFiltersOpen: () => void;
    /** "Show N results" in the phone's filter sheet. */
    showResults: () => void;
    sheetClosed: () => void;
    /** "Try again" in the filter panel: focus waits on the panel's box. */
    retryFilterPanel: () => void;
    /** "Try again" where the search engine could not load: focus follows (`RetryFocus`). */
    retrySearch: () => void;
    skipToResults: (event: Event) => void;
    open: (placed: PlacedService, opener: HTMLElement) => void;
    showMore: () => void;
    closeDetail: () => void;
    relativeTime: (date: Date) => string;
  };
}

/** How the results are ordered by the parent's place ("Services in NB1 first"), or '': shown, and announced after Search. */
export function sortNoteText(t: FinderView['card']['t'], place: ParentLocation): string {
  const order = place.order;
  if (!order) return '';
  return 'nearest' in order ? t.finderNearest(order.nearest === 'here' ? t.finderYourLocation : order.nearest) : t.finderInDistrict(order.district);
}

/**
 * What the live region says once a search has run: how many were found. After Search (`example` given,
 * the feed's example postcode or ''; not while typing) also what the postcode box says, its error,
 * which a parent still in the box would not otherwise hear, and how the results are now ordered.
 */
export function searchAnnouncement(t: FinderView['card']['t'], total: number, num: (n: number) => string, place: ParentLocation, example?: string): string {
  const count = t.finderResults(total, num(total));
  if (example === undefined) return count;
  const error = postcodeErrorText(t, place, example || undefined);
  return [error && `${t.finderErrorPrefix} ${error}`, count, sortNoteText(t, place)].filter(Boolean).join('. ');
}

export function renderFinderView(v: FinderView): TemplateResult {
  const { result, search, on } = v;
  const detail = v.detail.value;
  // The detail view's chunk works out the next date of an opening every few weeks: the cards show it once it is here.
  const card: CardContext = detail ? { ...v.card, nextDate: detail.nextDates(v.card.timeZone) } : v.card;
  const { t, num } = card;
  // The ticks and what the words said ("free on saturday"): the panel and chips show both.
  const filters = search.effective;
  const filterPanel = v.filterPanel.value;
  const panel: FilterPanelContext | undefined = result?.options && {
    t,
    locale: card.locale,
    num,
    filters,
    options: result.options,
    onToggle: search.toggle,
    onToggleFree: search.toggleFree,
    headingLevel: card.headingLevel,
    onClear: on.clearFilters,
  };
  const sortNote = sortNoteText(t, v.place);
  return html`<div class="finder">
    ${renderSearchForm({
      t,
      query: v.query,
      place: v.place,
      postcodeExample: v.postcodeExample,
      onSubmit: on.submit,
      onQueryInput: on.queryInput,
    })}
    ${result && !v.collapsible
      ? html`<a class="skip visually-hidden-focusable" href="#count" @click=${on.skipToResults}>${t.finderSkipToResults}</a>`
      : nothing}
    <div class="finder__layout">
      ${result
        ? renderFilters({
            t,
            num,
            selected: selectedCount(filters),
            open: v.filtersOpen,
            collapsible: v.collapsible,
            chunk: v.filterPanel,
            panel,
            total: result.results.length,
            onRetry: on.retryFilterPanel,
            onToggleOpen: on.toggleFiltersOpen,
            onShowResults: on.showResults,
            onSheetClosed: on.sheetClosed,
          })
        : nothing}
      <div class="finder__main">
        ${v.detailFailed ? html`<p class="search__message" role="alert">${t.errorPartUnavailable}</p>` : nothing}
        ${search.failed
          ? renderError(t, new FeedError('chunk', 'The search engine could not load.'), on.retrySearch, card.headingLevel)
          : result
            ? renderResults({
                card,
                result,
                visible: v.visible,
                sortNote,
                chips: filterPanel && panel ? filterPanel.renderChips(panel, on.chipRemoved) : nothing,
                noResults:
                  filterPanel && panel && result.results.length === 0
                    ? filterPanel.renderNoResults({
                        panel,
                        search: v.deadEnd(),
                        headingLevel: card.headingLevel,
                        categoryLabels: card.categoryLabels,
                        programme: v.programme,
                        onSearch: search.replace,
                        onClearFilters: () => search.clearFilters(),
                        onDone: on.chipRemoved,
                      })
                    : undefined,
                onClearFilters: hasActiveFilters(filters) ? on.clearFilters : undefined,
                // "near me" typed before the parent has said where they are: offer their location.
                onUseLocation: search.reading?.nearMe && !v.place.given ? v.place.useDevice : undefined,
                onOpen: on.open,
                onShowMore: on.showMore,
              })
            : renderLoading(t, 2)}
      </div>
    </div>
    ${v.selected && detail
      ? detail.renderDetail(v.selected, { ...card, relativeTime: on.relativeTime, onClose: on.closeDetail, takesFeedback: v.takesFeedback })
      : nothing}
    ${v.announcer.render()}
  </div>`;
}
