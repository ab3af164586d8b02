/**
 * The calendar's three views as small render helpers sharing one session template:
 *  - month: a WAI-ARIA grid of days (the element handles its keys); titles on wide screens,
 *    a count on narrow ones (a container query switches);
 *  - week: the seven days as a list, each with its sessions;
 *  - list: an agenda of the days in the range that have sessions.
 * What a day draws of a busy feed is bounded by list-window.ts; `renderBody` picks the view.
 * Buttons carry `data-occ` (an occurrence key) and cells `data-date`; the element listens once
 * on the wrapper instead of binding a handler per item.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarEnglish } from './strings/en-GB.js';
import { heading, isolated } from '../ui/states.js';
import { formatIsoDate, parseIsoDate, type CalendarDate, type WeekdayNumber } from '../time/calendar-date.js';
import type { CalendarFormat } from './calendar-format.js';
import { monthWeeks, weekDays, weekdayOrder, type GridDay } from './date-grid.js';
import type { DaysWindow, DrawnDay } from './list-window.js';
import type { Occurrence } from './occurrences.js';
import type { VisibleRange } from './range.js';

export interface ViewContext {
  t: CalendarEnglish;
  fmt: CalendarFormat;
  /** Heading level of a day's title. */
  level: number;
  /** Sessions after filtering, by every date they cover. */
  byDate: Map<string, Occurrence[]>;
  /** The month-grid day whose sessions are listed under the grid. */
  openKey?: string;
  /** The venue's name (the event's own location, else its service's), or "Online" for a session with no place that parents join online. */
  placeOf(occurrence: Occurrence): string | undefined;
}

export interface MonthState {
  /** The cell in the tab order (roving tabindex). */
  activeKey: string;
  todayKey: string;
  /** Column order, 0 = Sunday. */
  weekdays: number[];
}

/** How many titles a month cell shows before "+N more" (the cell opens the day under the grid). */
const CELL_TITLES = 3;

function sessionCount(ctx: ViewContext, count: number): string {
  return ctx.t.calendarSessions(count, ctx.fmt.number(count));
}

/**
 * One session: a button that opens the detail, the venue under it. Cancelled ones stay, marked.
 * Feed text is isolated inside its line (`<bdi>`), so the line keeps the calendar's direction: an
 * English venue in an Arabic calendar lines up with its session instead of at the far side.
 */
function renderSession(o: Occurrence, ctx: ViewContext): TemplateResult {
  const place = ctx.placeOf(o);
  return html`<li class="session ${o.cancelled ? 'session--cancelled' : ''}">
    <button type="button" class="session__open" part="session" data-occ=${o.key}>
      <span class="session__time">${ctx.fmt.times(o)}</span>
      <span class="session__title">${isolated(o.event.title)}</span>
      ${o.cancelled ? html`<strong class="badge">${ctx.t.calendarCancelled}</strong>` : nothing}
    </button>
    ${place ? html`<span class="session__place">${isolated(place)}</span>` : nothing}
  </li>`;
}

/**
 * What is drawn of something long, and a button for more (the element handles `data-more`, for
 * the day it is in, else the list): "Showing 20 of 5,000 sessions", "Show more sessions".
 */
function renderShowMore(ctx: ViewContext, { shown, total }: DrawnDay | DaysWindow, label: string): TemplateResult {
  return html`<div class="more">
    <p>${ctx.t.calendarShowing(ctx.fmt.number(shown), sessionCount(ctx, total))}</p>
    <button type="button" class="button button--secondary" data-more>${label}</button>
  </div>`;
}

/** A day's title and the sessions drawn of it (list-window.ts), or "No sessions on this day". */
function renderDay(day: DrawnDay, ctx: ViewContext, className = 'day'): TemplateResult {
  const { key, sessions, total } = day;
  return html`<div class=${className} data-day=${key}>
    ${heading(ctx.level, 'day__title', ctx.fmt.date(parseIsoDate(key)!))}
    ${total
      ? html`<ul class="sessions">${sessions.map((o) => renderSession(o, ctx))}</ul>`
      : html`<p class="day__none">${ctx.t.calendarEmptyDay}</p>`}
    ${sessions.length < total ? renderShowMore(ctx, day, ctx.t.calendarShowMore) : nothing}
  </div>`;
}

/**
 * Week: every day, empty ones included, so "nothing on Tuesday" is said, not guessed.
 * List: the days with sessions, as many as the window holds, then "Show more days".
 */
export function renderDays(win: DaysWindow, ctx: ViewContext): TemplateResult {
  return html`<div class="days">${win.days.map((d) => renderDay(d, ctx))}</div>
    ${win.more ? renderShowMore(ctx, win, ctx.t.calendarShowMoreDays) : nothing}`;
}

function renderCell(day: GridDay, ctx: ViewContext, state: MonthState): TemplateResult {
  const sessions = ctx.byDate.get(day.key) ?? [];
  // Cancelled sessions are counted apart: "1 session" on a day whose only one is off would send a parent out.
  const running = sessions.filter((o) => !o.cancelled).length;
  const cancelled = sessions.length - running;
  const label = ctx.t.calendarDayLabel(
    ctx.fmt.date(day.date),
    sessionCount(ctx, running) + (cancelled ? `, ${ctx.t.calendarCancelledCount(cancelled, ctx.fmt.number(cancelled))}` : ''),
  );
  const classes = `cell${day.inMonth ? '' : ' cell--outside'}${sessions.length ? ' cell--busy' : ''}`;
  // The cell's name is its hidden text ("Wednesday 25 November, 2 sessions"); what it shows is
  // hidden from assistive technology. (An aria-label would not match the visible text.)
  return html`<div
    role="gridcell"
    class=${classes}
    part="day"
    data-date=${day.key}
    tabindex=${day.key === state.activeKey ? 0 : -1}
    aria-current=${day.key === state.todayKey ? 'date' : nothing}
    aria-selected=${day.key === ctx.openKey ? 'true' : nothing}
  >
    <span class="visually-hidden">${label}</span>
    <span class="cell__number" aria-hidden="true">${ctx.fmt.date(day.date, { day: 'numeric' })}</span>
    ${sessions.length
      ? html`<span class="cell__count ${running ? '' : 'cell__count--cancelled'}" aria-hidden="true">${ctx.fmt.number(running || cancelled)}</span>
          <span class="cell__titles" aria-hidden="true">
            ${sessions.slice(0, CELL_TITLES).map(
              (o) => html`<span class="chip ${o.cancelled ? 'chip--cancelled' : ''}" data-occ=${o.key} dir="auto">${o.event.title}</span>`,
            )}
            ${sessions.length > CELL_TITLES
              ? html`<span class="chip chip--more">${ctx.t.calendarMore(sessions.length - CELL_TITLES, ctx.fmt.number(sessions.length - CELL_TITLES))}</span>`
              : nothing}
          </span>`
      : nothing}
  </div>`;
}

/** Month: the WAI-ARIA grid; keys are handled by the element on the wrapper. */
export function renderMonth(weeks: GridDay[][], ctx: ViewContext, state: MonthState, label: string, open?: DrawnDay): TemplateResult {
  return html`<div role="grid" class="grid" aria-label=${label}>
      <div role="row" class="grid__row">
        ${state.weekdays.map(
          (w) => html`<div role="columnheader" class="grid__weekday">
            <span class="weekday--short" aria-hidden="true">${ctx.fmt.weekday(w, 'short')}</span>
            <span class="weekday--narrow" aria-hidden="true">${ctx.fmt.weekday(w, 'narrow')}</span>
            <span class="visually-hidden">${ctx.fmt.weekday(w, 'long')}</span>
          </div>`,
        )}
      </div>
      ${weeks.map((week) => html`<div role="row" class="grid__row">${week.map((day) => renderCell(day, ctx, state))}</div>`)}
    </div>
    ${open ? renderDay(open, ctx, 'day day--open') : nothing}`;
}

/** The days drawn of those shown: the week's seven, the list's days with sessions, the month's opened day. */
export function drawnDayKeys(range: VisibleRange, firstDay: WeekdayNumber, byDate: Map<string, Occurrence[]>, openKey?: string): string[] {
  if (range.view === 'week') return weekDays(range.anchor, firstDay).map((d) => d.key);
  if (range.view === 'list') return [...byDate.keys()].filter((k) => k >= range.startKey && k < range.endKey).sort();
  return openKey ? [openKey] : [];
}

/** What the body needs beyond the views' context. */
export interface BodyContext extends ViewContext {
  range: VisibleRange;
  today: CalendarDate;
  firstDay: WeekdayNumber;
  /** The dates shown in words (the grid's name). */
  label: string;
  /** What is drawn of the days (`drawnDayKeys`). */
  win: DaysWindow;
  /** Sessions the view counts; with none, `empty` says so (under the month's grid, or instead of the days). */
  counted: number;
  empty: unknown;
}

/** The view's body: the month grid (and the opened day), the week's or the list's days, or `empty`. */
export function renderBody(ctx: BodyContext): unknown {
  const { range, today, firstDay, win } = ctx;
  if (range.view === 'month') {
    const { anchor } = range;
    const state = { activeKey: formatIsoDate(anchor), todayKey: formatIsoDate(today), weekdays: weekdayOrder(firstDay) };
    return [renderMonth(monthWeeks(anchor.year, anchor.month, { firstDay }), ctx, state, ctx.label, win.days[0]), ctx.counted ? nothing : ctx.empty];
  }
  return ctx.counted ? renderDays(win, ctx) : ctx.empty;
}
