/**
 * What a parent sees when nothing matches: never a dead end. Ways out, each with the number
 * of services it gives (another spelling, a category the words name,
 * each filter taken away), then the programme's own contact details. In the filter panel's
 * chunk; before it arrives the finder shows its plain "no services" message.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '../data/feed-schema.js';
import { heading, sentenceWith } from '../ui/states.js';
import { deadEndRoutes, type DeadEndRoutes, type DeadEndSearch } from './dead-ends.js';
import { filterValueLabel, type FilterPanelContext, type ListFilter } from './filter-panel.js';
import { panelText } from './panel-text.js';
import { contactList } from './service-card.js';
import type { ServiceFilters } from './filters.js';

export interface NoResultsContext {
  panel: FilterPanelContext;
  search: DeadEndSearch;
  headingLevel: number;
  /** Category labels by id, for categories with no option in the panel. */
  categoryLabels: ReadonlyMap<string, string>;
  /** The programme's name and contact details, from the feed. */
  programme: { name?: string; contact?: Contact };
  /** Runs a way out's search instead (its words and ticks). */
  onSearch: (filters: ServiceFilters) => void;
  onClearFilters: () => void;
  /** Runs after any way out was taken (to move focus to the count). */
  onDone: () => void;
}

/** Routes are worked out once per search: each is a search of its own. */
const routesOf = new WeakMap<DeadEndSearch['effective'], { searcher: unknown; routes: DeadEndRoutes }>();

function routesFor(search: DeadEndSearch): DeadEndRoutes {
  const known = routesOf.get(search.effective);
  if (known && known.searcher === search.searcher) return known.routes;
  const routes = deadEndRoutes(search);
  routesOf.set(search.effective, { searcher: search.searcher, routes });
  return routes;
}

export function renderNoResults(ctx: NoResultsContext): TemplateResult {
  const { panel } = ctx;
  const t = panelText(panel.t);
  const num = panel.num;
  const routes = routesFor(ctx.search);
  const take = (action: () => void) => () => {
    action();
    ctx.onDone();
  };
  // The labels hold feed text or the parent's words: isolated, so either direction reads right.
  const route = (sentence: (value: string) => string, value: string, total: number, action: () => void, withoutFilters = false) =>
    html`<li>
      <button type="button" class="link-button" @click=${take(action)}>${sentenceWith(sentence, value)}</button>
      <span class="route__count"
        >(${withoutFilters ? t.finderServiceCountWithoutFilters(total, num(total)) : t.finderServiceCount(total, num(total))})</span
      >
    </li>`;
  const remove = (filter: ListFilter | 'freeOnly', value: string) =>
    filter === 'freeOnly' ? panel.onToggleFree() : panel.onToggle(filter, value);
  const labelOf = (filter: ListFilter | 'freeOnly', value: string) =>
    filter === 'categories' && ctx.categoryLabels.has(value) ? ctx.categoryLabels.get(value)! : filterValueLabel(panel, filter, value);
  const items = [
    ...routes.spellings.map((r) => route(t.finderDidYouMean, r.words, r.total, () => ctx.onSearch(r.to), r.withoutFilters)),
    ...routes.categories.map((r) =>
      route(t.finderSeeCategory, ctx.categoryLabels.get(r.id) ?? r.id, r.total, () => ctx.onSearch(r.to), r.withoutFilters),
    ),
    ...routes.filters.map((r) => route(t.finderRemoveFilter, labelOf(r.filter, r.value), r.total, () => remove(r.filter, r.value))),
    ...(routes.clearAll ? [route(() => t.finderClearFilters, '', routes.clearAll, ctx.onClearFilters)] : []),
  ];
  const contact = contactList(ctx.programme.contact, t, ctx.programme.name);
  return html`<div class="state state--empty on-grey" part="empty">
    ${heading(ctx.headingLevel, 'state__heading', t.finderEmptyHeading)}
    ${items.length
      ? html`<p class="state__message">${t.finderTryInstead}</p>
          <ul class="routes">${items}</ul>`
      : html`<p class="state__message">${t.finderEmptyMessage}</p>`}
    ${contact === nothing
      ? nothing
      : html`<p class="state__message">${ctx.programme.name ? sentenceWith(t.finderAskProgramme, ctx.programme.name) : t.finderAskUs}</p>
          ${contact}`}
  </div>`;
}
