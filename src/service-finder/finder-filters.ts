/**
 * The finder's filters: a disclosure button (shown by the stylesheet on a narrow finder) and
 * the body, drawn from the filter panel's chunk once it is in (with its counts), and only where it
 * shows: a closed panel's checkboxes are not drawn on each keystroke where nobody sees them.
 * Until the chunk arrives a placeholder holds its place; if it could not load, "Try again".
 * A pure template function.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LazyPanels } from '../controllers/lazy-panels.js';
import type { FinderEnglish } from './strings/en-GB.js';
import type { FilterPanelContext } from './filter-panel.js';

type FilterPanelChunk = typeof import('./finder-filter-panel.js');

export interface FiltersContext {
  t: FinderEnglish;
  num: (value: number) => string;
  /** How many values are ticked (the button's badge). */
  selected: number;
  /** The disclosure is open (a narrow finder). */
  open: boolean;
  /** The filters sit behind their button (a narrow finder). */
  collapsible: boolean;
  /** The filter panel's chunk: drawn from once in; "Try again" when it could not load. */
  chunk: LazyPanels<FilterPanelChunk>;
  /** The filter panel's options and handlers, once the search has counted them. */
  panel?: FilterPanelContext;
  onRetry: () => void;
  onToggleOpen: () => void;
}

export function renderFilters(ctx: FiltersContext): TemplateResult {
  const { t, open } = ctx;
  const chunk = ctx.chunk.value;
  let body: unknown = nothing;
  if (open || !ctx.collapsible) {
    body =
      chunk && ctx.panel
        ? chunk.renderFilterBody(ctx.panel)
        : ctx.chunk.failed
          ? html`<p class="search__message" role="alert">${t.errorPartUnavailable}</p>
              <button type="button" class="button button--secondary" @click=${ctx.onRetry}>${t.retry}</button>`
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
      @click=${ctx.onToggleOpen}
    >
      ${t.finderFilters}${ctx.selected ? html` <span class="filters__badge">(${ctx.num(ctx.selected)})</span>` : nothing}
    </button>
    <div class="filters__body" id="filter-body">${body}</div>
  </div>`;
}
