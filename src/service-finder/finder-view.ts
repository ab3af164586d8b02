/**
 * The finder's view once its feed is in: the search form, the skip link, the filters beside
 * (or behind their button above) the results, the detail view of an open service and the live
 * region, laid out from what the element and its controllers know. A pure template function;
 * the form, the filters and the results are drawn by their own (finder-form.ts, finder-filters.ts,
 * finder-results.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FeedError } from '../data/errors.js';
import { renderError, renderLoading } from '../ui/states.js';
import type { PlacedService } from './distance.js';
import type { FilterPanelContext, ListFilter } from './filter-panel.js';
import { hasActiveFilters, selectedCount, type ServiceFilters } from './filters.js';
import { renderFilters } from './finder-filters.js';
import { renderSearchForm, type SearchFormContext } from './finder-form.js';
import { renderResults } from './finder-results.js';
import type { SearchResult } from './finder-search.js';
import type { Order } from './parent-location.js';
import type { CardContext } from './service-card.js';

type FinderPanels = typeof import('./finder-panels.js');

export interface FinderView {
  card: CardContext;
  form: SearchFormContext;
  filters: ServiceFilters;
  /** The results, or none yet (the loading state shows). */
  result?: SearchResult;
  /** How the results are ordered, if by place. */
  order?: Order;
  /** How many results to show (the pages shown times the page size). */
  visible: number;
  /** The panels' chunk (filters' body and counts, detail view), once it is in. */
  panels?: FinderPanels;
  panelsFailed: boolean;
  /** The filters sit behind their button (a narrow finder). */
  collapsible: boolean;
  filtersOpen: boolean;
  engineFailed: boolean;
  detailFailed: boolean;
  /** The open service. */
  selected?: PlacedService;
  /** The live region (Announcer). */
  live: TemplateResult;
  on: {
    toggle: (filter: ListFilter, value: string) => void;
    toggleFree: () => void;
    clearFilters: () => void;
    /** A chip was removed: focus goes to the count. */
    chipRemoved: () => void;
    toggleFiltersOpen: () => void;
    retryPanels: () => void;
    retryEngine: () => void;
    skipToResults: (event: Event) => void;
    open: (placed: PlacedService, opener: HTMLElement) => void;
    showMore: () => void;
    closeDetail: () => void;
    relativeTime: (date: Date) => string;
  };
}

export function renderFinderView(v: FinderView): TemplateResult {
  const { card, result, panels, on } = v;
  const { t, num } = card;
  const panel: FilterPanelContext | undefined = result?.options && {
    t,
    locale: card.locale,
    num,
    filters: v.filters,
    options: result.options,
    onToggle: on.toggle,
    onToggleFree: on.toggleFree,
    onClear: on.clearFilters,
  };
  const order = v.order;
  const sortNote = !order
    ? ''
    : 'nearest' in order
      ? t.finderNearest(order.nearest === 'here' ? t.finderYourLocation : order.nearest)
      : t.finderInDistrict(order.district);
  return html`<div class="finder">
    ${renderSearchForm(v.form)}
    ${result && !v.collapsible
      ? html`<a class="skip visually-hidden-focusable" href="#count" @click=${on.skipToResults}>${t.finderSkipToResults}</a>`
      : nothing}
    <div class="finder__layout">
      ${result
        ? renderFilters({
            t,
            num,
            selected: selectedCount(v.filters),
            open: v.filtersOpen,
            collapsible: v.collapsible,
            panels,
            panel,
            failed: v.panelsFailed,
            onRetry: on.retryPanels,
            onToggleOpen: on.toggleFiltersOpen,
          })
        : nothing}
      <div class="finder__main">
        ${v.detailFailed ? html`<p class="search__message" role="alert">${t.errorNetwork}</p>` : nothing}
        ${v.engineFailed
          ? renderError(t, new FeedError('network', 'The search engine could not load.'), on.retryEngine, card.headingLevel)
          : result
            ? renderResults({
                card,
                result,
                visible: v.visible,
                sortNote,
                chips: panels && panel ? panels.renderChips(panel, on.chipRemoved) : nothing,
                onClearFilters: hasActiveFilters(v.filters) ? on.clearFilters : undefined,
                onOpen: on.open,
                onShowMore: on.showMore,
              })
            : renderLoading(t, 2)}
      </div>
    </div>
    ${v.selected && panels
      ? panels.renderDetail(v.selected, { ...card, relativeTime: on.relativeTime, onClose: on.closeDetail })
      : nothing}
    ${v.live}
  </div>`;
}
