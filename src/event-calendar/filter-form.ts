/**
 * The "Filter sessions" form: type of session, area, child's age and free only, each choice
 * with the number of sessions it would show. A chunk fetched when the browser is idle after
 * the first render, or when a parent opens the filters: a closed form is never drawn.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '../data/feed-schema.js';
import { withEnglish } from '../i18n/registry.js';
import { sentenceWith } from '../ui/states.js';
import { AGE_YEARS, hasFilters, parseIdList, type AreaOf, type CalendarFilters } from './calendar-filters.js';
import type { CalendarFormat } from './calendar-format.js';
import { countChoices } from './filter-counts.js';
import type { Occurrence } from './occurrences.js';
import type { CalendarEnglish } from './strings/en-GB.js';
import { calendarFilterFormEnGB, type CalendarFilterFormText } from './strings/filter-form.en-GB.js';

export { filterFormStyles } from './filter-form.styles.js';

export interface FilterFormContext {
  /** The calendar's strings: the form's own English is laid under them here. */
  t: CalendarEnglish;
  fmt: CalendarFormat;
  feed: Feed;
  filters: CalendarFilters;
  /** The sessions the counts are about (the month shown, not its neighbouring days). */
  occurrences: readonly Occurrence[];
  areaOf: AreaOf;
  /** The element's `categories` attribute: only these types are offered. */
  categories?: string;
  /** The element's `area` attribute: set, the area choice is not offered. */
  area?: string;
  /** The filters as the form now sets them. */
  onChange: (filters: CalendarFilters) => void;
  onClear: () => void;
}

/** The filters a change of the form sets. */
function readForm(form: HTMLFormElement): CalendarFilters {
  const data = new FormData(form);
  return {
    categories: data.getAll('category').map(String),
    area: String(data.get('area') ?? ''),
    age: Number(data.get('age') ?? -1),
    freeOnly: data.has('free'),
  };
}

export function renderFilterForm(ctx: FilterFormContext): TemplateResult {
  const { fmt, filters: f } = ctx;
  const t: CalendarFilterFormText = withEnglish(ctx.t, calendarFilterFormEnGB);
  const counts = countChoices(ctx.occurrences, f, ctx.areaOf);
  // A type's name is the feed's own words: isolated in its label, which is one flex item (an <option> holds text only).
  const count = (label: string, n: number | undefined) => t.calendarOptionCount(label, fmt.number(n ?? 0));
  const limit = parseIdList(ctx.categories);
  const categories = ctx.feed.programme.categories.filter((c) => !limit.length || limit.includes(c.id));
  const areas = ctx.area ? [] : ctx.feed.programme.areas;
  return html`<form @change=${(e: Event) => ctx.onChange(readForm(e.currentTarget as HTMLFormElement))} @submit=${(e: Event) => e.preventDefault()}>
    ${categories.length > 1
      ? html`<fieldset>
          <legend>${t.calendarFilterType}</legend>
          ${categories.map(
            (c) => html`<label class="check">
              <input type="checkbox" name="category" value=${c.id} .checked=${f.categories.includes(c.id)} />
              <span>${sentenceWith((label) => count(label, counts.categories.get(c.id)), c.label)}</span>
            </label>`,
          )}
        </fieldset>`
      : nothing}
    <div class="filters__row">
      ${areas.length
        ? html`<label class="field">
            ${t.calendarFilterArea}
            <select name="area">
              <option value="" .selected=${!f.area}>${t.calendarAllAreas}</option>
              ${areas.map((a) => html`<option value=${a.id} .selected=${f.area === a.id}>${count(a.label, counts.areas.get(a.id))}</option>`)}
            </select>
          </label>`
        : nothing}
      <label class="field">
        ${t.calendarFilterAge}
        <select name="age">
          <option value="-1" .selected=${f.age < 0}>${t.calendarAnyAge}</option>
          ${AGE_YEARS.map(
            (y, i) => html`<option value=${y} .selected=${f.age === y}>${count(t.calendarAgeBand(y, fmt.number(y)), counts.ages[i])}</option>`,
          )}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" name="free" .checked=${f.freeOnly} />
        ${count(t.calendarFreeOnly, counts.free)}
      </label>
    </div>
    ${hasFilters(f) ? html`<button type="button" class="button button--secondary" @click=${ctx.onClear}>${t.calendarClearFilters}</button>` : nothing}
  </form>`;
}
