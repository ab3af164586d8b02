/**
 * The finder's results: the count (the live region's target and the skip link's), how they
 * are ordered, the chips of the filters set, the cards up to the pages shown and "Show more
 * results", or the empty state. A pure template function.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderEmpty } from '../ui/states.js';
import type { PlacedService } from './distance.js';
import type { SearchResult } from './finder-search.js';
import { renderCard, type CardContext } from './service-card.js';

export interface ResultsContext {
  card: CardContext;
  result: SearchResult;
  /** How many results to show (the pages shown times the page size). */
  visible: number;
  /** How the results are ordered ("Sorted by distance from NB1 4AA"), or ''. */
  sortNote: string;
  /** The chips of the filters set, once the filter panel's chunk is in. */
  chips: unknown;
  /** The ways out of no results, once the filter panel's chunk is in (no-results.ts). */
  noResults?: TemplateResult;
  /** "Clear filters" in the plain empty state, when any filter is set. */
  onClearFilters?: () => void;
  /** The parent typed "near me" and has not said where they are: offer "Use my location". */
  onUseLocation?: () => void;
  onOpen: (placed: PlacedService, opener: HTMLElement) => void;
  onShowMore: () => void;
}

export function renderResults(ctx: ResultsContext): TemplateResult {
  const { card, result } = ctx;
  const { t, num } = card;
  const total = result.results.length;
  const visible = Math.min(total, ctx.visible);
  return html`<div class="results-bar">
      <p class="count" id="count" part="count" tabindex="-1">${t.finderResults(total, num(total))}</p>
      ${ctx.sortNote ? html`<p class="sort-note">${ctx.sortNote}</p>` : nothing}
    </div>
    ${ctx.onUseLocation
      ? html`<p class="near-me">
          ${t.finderNearMeHint}
          <button type="button" class="button button--secondary" @click=${ctx.onUseLocation}>${t.finderUseLocation}</button>
        </p>`
      : nothing}
    ${ctx.chips}
    ${total === 0
      ? ctx.noResults ?? renderEmpty(
          t.finderEmptyHeading,
          t.finderEmptyMessage,
          ctx.onClearFilters ? { label: t.finderClearFilters, onClick: ctx.onClearFilters } : undefined,
          card.headingLevel,
        )
      : html`<ul class="results" part="results" aria-labelledby="count">
            ${result.results.slice(0, visible).map((placed) => renderCard(placed, card, ctx.onOpen))}
          </ul>
          ${visible < total
            ? html`<div class="more">
                <p>${t.finderShowing(num(visible), num(total))}</p>
                <button type="button" class="button button--secondary" part="show-more" @click=${ctx.onShowMore}>
                  ${t.finderShowMore}
                </button>
              </div>`
            : nothing}`}`;
}
