/**
 * "Filter sessions": a disclosure whose form (its own chunk, fetched by the shared LazyPanels) is drawn only while
 * open, so a closed one counts nothing. A form that cannot be fetched says so inside the open
 * disclosure, and the next opening asks again.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FilterFormContext } from './filter-form.js';
import type { CalendarPanels } from './calendar-chunks.js';
import type { Occurrence } from './occurrences.js';

/** The form's context, with the sessions it counts worked out only when it is drawn. */
export interface FilterPanelContext extends Omit<FilterFormContext, 'occurrences'> {
  occurrences: () => readonly Occurrence[];
}

export class FilterPanel {
  readonly #host: ReactiveControllerHost;
  readonly #panels: CalendarPanels;
  #open = false;
  /** The form could not be fetched while the disclosure was open. */
  #failed = false;

  constructor(host: ReactiveControllerHost, panels: CalendarPanels) {
    this.#host = host;
    this.#panels = panels;
  }

  render(ctx: FilterPanelContext): TemplateResult {
    const { t } = ctx;
    const form = this.#panels.filterForm.value;
    return html`<details class="filters" part="filters" ?open=${this.#open} @toggle=${this.#onToggle}>
      <summary>${t.calendarFilters}</summary>
      ${!this.#open
        ? nothing
        : form
          ? form.renderFilterForm({ ...ctx, occurrences: ctx.occurrences() })
          : this.#failed
            ? html`<p class="cal__message filters__message" role="alert">${t.errorPartUnavailable}</p>`
            : html`<p class="muted filters__message" role="status">${t.loading}</p>`}
    </details>`;
  }

  readonly #onToggle = (e: Event): void => {
    // Toggle events coalesce (close then reopen fast gives one): act on the state now.
    this.#open = (e.currentTarget as HTMLDetailsElement).open;
    if (this.#open && !this.#panels.filterForm.value) {
      this.#failed = false;
      void this.#panels.filterForm.load().then((module) => {
        // (A form that arrives updates the host itself.)
        if (module || !this.#open) return;
        this.#failed = true;
        this.#host.requestUpdate();
      });
    }
    this.#host.requestUpdate();
  };
}
