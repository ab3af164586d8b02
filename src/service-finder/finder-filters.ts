/**
 * The finder's filters: beside the results on a wide finder; on a narrow one (a phone) behind a
 * "Filters" button that opens them as a full-height sheet (a modal dialog) ending in "Show N
 * results". The body is drawn from the filter panel's chunk once it is in (with its counts), and
 * only where it shows: a closed sheet's checkboxes are not drawn on each keystroke where nobody sees them.
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
  /** The sheet is open (a narrow finder). */
  open: boolean;
  /** How many services the filters give, for "Show N results". */
  total: number;
  /** The filters sit behind their button (a narrow finder). */
  collapsible: boolean;
  /** The filter panel's chunk: drawn from once in; "Try again" when it could not load. */
  chunk: LazyPanels<FilterPanelChunk>;
  /** The filter panel's options and handlers, once the search has counted them. */
  panel?: FilterPanelContext;
  onRetry: () => void;
  onToggleOpen: () => void;
  /** "Show N results": close the sheet and go to the results. */
  onShowResults: () => void;
  /** The sheet closed (its button, Escape or "Show N results"). */
  onSheetClosed: () => void;
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
  const bodyBox = html`<div class="filters__body on-grey" id="filter-body" tabindex="-1">${body}</div>`;
  return html`<div class="filters" part="filter-panel">
    <button
      type="button"
      class="button button--secondary filters__toggle"
      aria-haspopup="dialog"
      @click=${ctx.onToggleOpen}
    >
      ${t.finderFilters}${ctx.selected ? html` <span class="filters__badge">(${ctx.num(ctx.selected)})</span>` : nothing}
    </button>
    ${ctx.collapsible && open
      ? html`<dialog class="sheet" part="filter-sheet" aria-labelledby="sheet-title" @close=${ctx.onSheetClosed}>
          <div class="sheet__head">
            <h2 class="sheet__title" id="sheet-title">${t.finderFilters}</h2>
            <button type="button" class="button button--secondary" @click=${closeSheet}>${t.finderClose}</button>
          </div>
          ${bodyBox}
          <div class="sheet__foot">
            <button type="button" class="button" part="show-results" @click=${ctx.onShowResults}>
              ${t.finderShowResults(ctx.total, ctx.num(ctx.total))}
            </button>
          </div>
        </dialog>`
      : bodyBox}
  </div>`;
}

/** Closes the sheet the button is in (its `close` event tells the finder). */
function closeSheet(event: Event): void {
  (event.currentTarget as HTMLElement).closest('dialog')?.close();
}
