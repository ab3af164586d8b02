/**
 * The filter panel's body: one fieldset of checkboxes per filter, each option with the number
 * of services it would give, and the selected filters as chips to remove. In its own chunk
 * (finder-filter-panel.ts): the finder's entry draws the results (filtered, not counted) and the
 * panel's frame, and the body once the chunk is in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Weekday } from '../data/feed-schema.js';
import type { FinderEnglish } from './strings/en-GB.js';
import type { FacetOption, FacetOptions } from './facet-counts.js';
import type { AgeBand, BookingKind, ServiceFilters } from './filters.js';
import { weekdayName } from './schedule-text.js';
import { ageBandText, languageName, panelText } from './panel-text.js';
import { heading } from '../ui/states.js';
export { filterAndCount } from './facet-counts.js';
export { filterPanelStyles } from './filter-panel.styles.js';

/** The filters a parent ticks boxes for (the query and "free only" are handled apart). */
export type ListFilter = 'categories' | 'ages' | 'days' | 'languages' | 'accessibility' | 'areas' | 'booking';

export interface FilterPanelContext {
  /** The finder's strings: the panel's own English is laid under them here (`panelText`). */
  t: FinderEnglish;
  locale: string;
  num: (value: number) => string;
  filters: ServiceFilters;
  options: FacetOptions;
  onToggle: (filter: ListFilter, value: string) => void;
  onToggleFree: () => void;
  onClear: () => void;
  /** The level of the finder's headings (`heading-level`): the panel's title is one, beside the results'. */
  headingLevel: number;
}

interface Group {
  filter: ListFilter;
  legend: string;
  options: FacetOption[];
  label: (option: FacetOption) => string;
}

/** Every filter's options with display labels in the parent's language. */
function groups(ctx: FilterPanelContext): Group[] {
  const { locale, num, options } = ctx;
  const t = panelText(ctx.t);
  const asIs = (option: FacetOption) => option.label ?? option.value;
  return [
    { filter: 'categories', legend: t.finderFilterCategory, options: options.categories, label: asIs },
    { filter: 'ages', legend: t.finderFilterAge, options: options.ages, label: (o) => ageBandText(o.value as AgeBand, t, num) },
    { filter: 'days', legend: t.finderFilterDay, options: options.days, label: (o) => weekdayName(o.value as Weekday, locale) },
    { filter: 'languages', legend: t.finderFilterLanguage, options: options.languages, label: (o) => languageName(asIs(o), locale) },
    { filter: 'accessibility', legend: t.finderFilterAccess, options: options.accessibility, label: asIs },
    { filter: 'areas', legend: t.finderFilterArea, options: options.areas, label: asIs },
    { filter: 'booking', legend: t.finderFilterBooking, options: options.booking, label: (o) => t.finderBooking(o.value as BookingKind) },
  ];
}

/** A ticked box and its label: the label (often the feed's own words) isolated from its count. */
function checkbox(id: string, label: string, count: number, checked: boolean, onChange: () => void, num: (n: number) => string): TemplateResult {
  return html`<div class="check">
    <input type="checkbox" id=${id} .checked=${checked} @change=${onChange} />
    <label for=${id}><bdi>${label}</bdi> <span class="check__count">(${num(count)})</span></label>
  </div>`;
}

/** A filter value's label in the parent's language ("Saturday", "Free only"). */
export function filterValueLabel(ctx: FilterPanelContext, filter: ListFilter | 'freeOnly', value: string): string {
  if (filter === 'freeOnly') return panelText(ctx.t).finderFreeOnly;
  const group = groups(ctx).find((g) => g.filter === filter)!;
  return group.label(group.options.find((o) => o.value === value) ?? { value, count: 0 });
}

/** The selected filters as removable chips, in panel order. */
function selectedFilters(ctx: FilterPanelContext): { label: string; remove: () => void }[] {
  const chips: { label: string; remove: () => void }[] = [];
  if (ctx.filters.freeOnly) chips.push({ label: panelText(ctx.t).finderFreeOnly, remove: ctx.onToggleFree });
  for (const group of groups(ctx)) {
    for (const value of ctx.filters[group.filter]) {
      const option = group.options.find((o) => o.value === value) ?? { value, count: 0 };
      chips.push({ label: group.label(option), remove: () => ctx.onToggle(group.filter, value) });
    }
  }
  return chips;
}

/** The panel's fieldsets, and "Clear filters" once something is ticked. */
export function renderFilterBody(ctx: FilterPanelContext): TemplateResult {
  const { filters, options, num } = ctx;
  const t = panelText(ctx.t);
  const offered = groups(ctx).some((group) => group.options.length > 0) || options.free > 0 || filters.freeOnly;
  return html`${heading(ctx.headingLevel, 'filters__title', t.finderFilters)}
    ${offered ? nothing : html`<p class="filters__none">${t.finderNoFilterOptions}</p>`}
    ${options.free > 0 || filters.freeOnly
      ? html`<fieldset>
          <legend>${t.finderCost}</legend>
          ${checkbox('f-free', t.finderFreeOnly, options.free, filters.freeOnly, ctx.onToggleFree, num)}
        </fieldset>`
      : nothing}
    ${groups(ctx)
      .filter((group) => group.options.length > 0)
      .map(
        (group) => html`<fieldset>
          <legend>${group.legend}</legend>
          ${group.options.map((option, i) =>
            checkbox(
              `f-${group.filter}-${i}`,
              group.label(option),
              option.count,
              (filters[group.filter] as string[]).includes(option.value),
              () => ctx.onToggle(group.filter, option.value),
              num,
            ),
          )}
        </fieldset>`,
      )}
    ${selectedFilters(ctx).length
      ? html`<button type="button" class="button button--secondary" part="clear-filters" @click=${ctx.onClear}>
          ${t.finderClearFilters}
        </button>`
      : nothing}`;
}

/** The selected filters above the results; `onRemoved` runs after a chip's filter is removed (to move focus). */
export function renderChips(ctx: FilterPanelContext, onRemoved: () => void): TemplateResult | typeof nothing {
  const { num } = ctx;
  const t = panelText(ctx.t);
  const chips = selectedFilters(ctx);
  if (!chips.length) return nothing;
  return html`<div class="chips">
    <p class="chips__title">${t.finderSelected(chips.length, num(chips.length))}</p>
    <ul>
      ${chips.map(
        (chip) => html`<li>
          <button
            type="button"
            class="chip"
            @click=${() => {
              chip.remove();
              onRemoved();
            }}
          >
            <span class="visually-hidden">${t.finderRemoveFilter(chip.label)}</span>
            <span aria-hidden="true"><bdi>${chip.label}</bdi> ×</span>
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}
