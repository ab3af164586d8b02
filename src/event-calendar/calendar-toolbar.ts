/**
 * The calendar's toolbar: the heading naming the dates shown, previous / today / next, and the
 * view switcher. Buttons carry `data-step` and `data-view`; the element's handlers read them.
 */
import { html, type TemplateResult } from 'lit';
import type { CalendarEnglish } from './strings/en-GB.js';
import { heading } from '../ui/states.js';
import { VIEWS } from './navigation.js';
import type { CalendarView } from './range.js';

export interface ToolbarContext {
  t: CalendarEnglish;
  level: number;
  view: CalendarView;
  /** "November 2026", "23 November – 20 December 2026". */
  label: string;
  onStep: (e: Event) => void;
  onToday: () => void;
  onView: (e: Event) => void;
}

/** "Previous month", "Next week", "Next 4 weeks"… */
export function stepName(t: CalendarEnglish, view: CalendarView, direction: -1 | 1): string {
  if (view === 'list') return direction < 0 ? t.calendarPreviousFourWeeks : t.calendarNextFourWeeks;
  return direction < 0 ? t.calendarPrevious(view) : t.calendarNext(view);
}

export function renderToolbar({ t, level, view, label, onStep, onToday, onView }: ToolbarContext): TemplateResult {
  const names = { month: t.calendarViewMonth, week: t.calendarViewWeek, list: t.calendarViewList };
  // The chevrons are drawn in CSS and turned for right-to-left, where "previous" points right.
  return html`<div class="toolbar" part="toolbar">
    ${heading(level, 'toolbar__title', label, 'range-heading')}
    <div class="toolbar__group">
      <button type="button" class="button button--secondary" data-step="-1" aria-label=${stepName(t, view, -1)} @click=${onStep}>
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <button type="button" class="button button--secondary" @click=${onToday}>${t.calendarToday}</button>
      <button type="button" class="button button--secondary" data-step="1" aria-label=${stepName(t, view, 1)} @click=${onStep}>
        <span class="chevron chevron--next" aria-hidden="true"></span>
      </button>
    </div>
    <div class="toolbar__group" role="group" aria-label=${t.calendarViews}>
      ${VIEWS.map(
        (v) => html`<button type="button" class="button button--secondary" data-view=${v} aria-pressed=${v === view ? 'true' : 'false'} @click=${onView}>
          ${names[v]}
        </button>`,
      )}
    </div>
  </div>`;
}
