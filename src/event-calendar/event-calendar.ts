import { html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedView } from '../context/feed-controller.js';
import { readFeedSections, registerAdapter } from '../data/adapters.js';
import { eventsSection, servicePlacesSection } from '../data/validate.js';
import type { Feed, FeedEvent, Location, Service } from '../data/feed-schema.js';
import { registerStrings } from '../i18n/registry.js';
import { define } from '../internal/define.js';
import { whenIdle } from '../internal/idle.js';
import { addChunkStyles } from '../internal/chunk-styles.js';
import { LazyChunk } from '../internal/lazy-chunk.js';
import { inRems } from '../internal/rems.js';
import { PcFeedElement } from '../internal/feed-element.js';
import { baseStyles } from '../theme/base.styles.js';
import { heading, renderEmpty, renderLoading } from '../ui/states.js';
import { stateStyles } from '../ui/states.styles.js';
import { addDays, formatIsoDate, parseIsoDate, type CalendarDate } from '../time/calendar-date.js';
import type { SessionDialog } from './session-dialog.js';
import {
  NO_FILTERS,
  hasFilters,
  matchesFilters,
  parseFirstDay,
  parseIdList,
  type AreaOf,
  type CalendarFilters,
} from './calendar-filters.js';
import { CalendarFormat } from './calendar-format.js';
import { renderDays, renderMonth, type ViewContext } from './calendar-views.js';
import { dateForKey, monthWeeks, weekDays, weekdayOrder } from './date-grid.js';
import { lazyJsonLdAdapter } from '../formats/jsonld/adapter.js';
import { PAGE, daysWindow } from './list-window.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { PcEventSelectEvent, PcRangeChangeEvent } from './events.js';
import { calendarEnGB } from './strings/en-GB.js';
import { calendarChunks, type CalendarChunks } from './calendar-chunks.js';
import { occurrencesByDate, resolveTimeZone, type Occurrence } from './occurrences.js';
import { expandSliced } from './sliced-expansion.js';
import { anchorFor, navigate, placeRange, viewFor, VIEWS, type CalendarMove, type Moved } from './navigation.js';
import type { CalendarView, VisibleRange } from './range.js';
import { todayIn } from '../time/zoned-time.js';

// schema.org Event JSON-LD is detected by shape for `format="auto"`; its converter loads only when needed.
registerAdapter(lazyJsonLdAdapter);
// This widget reads events, and of services only the place and booking of the events they run.
readFeedSections({ events: eventsSection, servicePlaces: servicePlacesSection });
// Its British English joins this bundle's default, so other widgets' bundles don't carry it.
registerStrings(calendarEnGB);

type ReadyView = Extract<FeedView, { status: 'ready' }>;

/** The feed's services by id, and each one's area. */
interface ServiceLookup {
  list: readonly Service[];
  byId: Map<string, Service>;
  areaOf: AreaOf;
}

/** What the last render showed, for the event handlers. */
interface Shown {
  range: VisibleRange;
  today: CalendarDate;
  byDate: Map<string, Occurrence[]>;
}

/**
 * A calendar of the feed's sessions and events: a month grid, a week, or an agenda list, with
 * filters, a detail panel and "Add to your calendar". Repeating sessions are expanded in the
 * programme's timezone, so "Wednesdays 10:00" stays at 10:00 across clock changes whatever the
 * parent's phone is set to. Reads the native feed or schema.org `Event` JSON-LD.
 *
 * @summary Month, week and list calendar of a Parent Champion feed's events.
 * @tagname pc-event-calendar
 * @fires {PcEventSelectEvent} pc-event-select - A parent opened a session. `detail` (`OccurrenceSummary`) is the occurrence (event, start, end, cancelled…). Cancelable: `preventDefault()` stops the built-in detail panel.
 * @fires {PcRangeChangeEvent} pc-range-change - The dates shown changed (also fired once when the calendar first shows). `detail` (`RangeChangeDetail`): `{ start, end, view }`, ISO dates, `end` exclusive.
 * @csspart base - The wrapper around everything.
 * @csspart calendar - The calendar (toolbar, filters and view).
 * @csspart toolbar - Previous / today / next and the view switcher.
 * @csspart range-heading - The heading naming the dates shown ("November 2026", "23 November – 20 December 2026").
 * @csspart filters - The collapsible filter form.
 * @csspart day - A day cell of the month grid.
 * @csspart session - The button that opens a session.
 * @csspart detail - The detail dialog.
 * @csspart detail-title - The session title in the detail dialog.
 * @csspart cancelled - The "This session is cancelled" notice.
 * @csspart booking-link - The booking link.
 * @csspart directions-link - The "Get directions" link under the facts (when the session has a place).
 * @csspart ics-link - The "Download this session (.ics)" link.
 * @csspart ics-series-link - The "Download every session (.ics)" link.
 * @csspart empty - The message shown when nothing is on.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart retry-button - The "Try again" button in the error box.
 * @csspart stale-notice - The notice shown when the data is a saved copy.
 * @cssprop [--pc-colour-brand=#1d70b8] - Today, the chosen view, session markers.
 * @cssprop [--pc-colour-brand-text=#ffffff] - Text on the brand colour.
 * @cssprop [--pc-colour-error=#d4351c] - Marks cancelled sessions.
 * @cssprop [--pc-colour-surface=#ffffff] - Day cells and the detail panel.
 * @cssprop [--pc-colour-surface-alt=#f3f2f1] - Weekday headings, days outside the month, the open day.
 * @cssprop [--pc-colour-border-subtle=#b1b4b6] - Grid lines.
 * @cssprop [--pc-colour-text=#0b0c0c] - Text colour.
 * @cssprop [--pc-colour-text-secondary=#505a5f] - Venues and quieter text.
 * @cssprop [--pc-colour-link=#1d70b8] - Session titles and links.
 * @cssprop [--pc-radius=0.25rem] - Corner radius.
 * @cssprop [--pc-space=1rem] - Base spacing.
 */
export class PcEventCalendar extends PcFeedElement {
  static override properties: PropertyDeclarations = {
    anchor: { state: true, attribute: false },
    narrow: { state: true, attribute: false },
    filters: { state: true, attribute: false },
    openKey: { state: true, attribute: false },
    view: {},
    date: {},
    categories: {},
    area: {},
    timezone: {},
    firstDay: { attribute: 'first-day' },
  };

  static override styles = [baseStyles, stateStyles, eventCalendarStyles];

  protected override skeletonRows = 4;

  /** The date the parent moved to; until then the `date` attribute (or today) is used. */
  private anchor?: CalendarDate;
  private narrow = false;
  private filters: CalendarFilters = NO_FILTERS;
  /** The month-grid day whose sessions are listed under the grid. */
  private openKey?: string;

  /** `month`, `week` or `list`. Default: `list` when the calendar is narrower than 40rem, else `month`. */
  view?: CalendarView;

  /** The date to open on, `YYYY-MM-DD`. Default: today in the programme's timezone. */
  date?: string;

  /** Category ids to limit the calendar to, comma or space separated. */
  categories?: string;

  /** An area id to limit the calendar to (an event's own area, else its service's). */
  area?: string;

  /** IANA timezone the feed's times are in; overrides the provider's and the feed's. */
  timezone?: string;

  /** First day of the week: `monday` (default), `sunday`, `saturday`, or 0–6 (0 = Sunday). */
  firstDay?: string;

  #resizeObserver?: ResizeObserver;
  #shown?: Shown;
  #emittedRange = '';
  /** Set by navigation and filters: the next render announces the range and its count. */
  #announceNext = false;
  #announcement = '';
  /** What the next render moves focus to (a grid cell, an opened day, the first session or day a "Show more" drew). */
  #focusTo?: () => HTMLElement | null | undefined;
  /** Sessions the list draws, and the days a parent asked more of (list-window.ts); "Show more" adds a page. */
  #listLimit = PAGE;
  #dayLimits = new Map<string, number>();
  /** Set by "Show more" (a day's key, or '' for the list): the next render announces what is shown ("Showing 120 of 5,000 sessions"). */
  #announceMore?: string;
  /** The session detail dialog, from its chunk once a session has been opened. */
  #dialog?: SessionDialog;
  /** The panels' chunks: each one's styles join the element's as it arrives, whichever need asked. */
  readonly #detail = new LazyChunk(() => this.#chunks.detail().then((module) => this.#styled(module)));
  readonly #filterForm = new LazyChunk(() => this.#chunks.filterForm().then((module) => this.#styled(module)));
  #filtersOpen = false;
  #filterFormFailed = false;
  #detailFailed = false;
  #detailPrefetched = false;
  #fmt?: CalendarFormat;
  #services?: ServiceLookup;
  #expansion?: { events: readonly FeedEvent[]; key: string; job: Generator<void, Occurrence[]>; occurrences?: Occurrence[] };
  /** The one timer that renders the next slice of a busy range's expansion. */
  #sliceTimer?: ReturnType<typeof setTimeout>;
  #filtered?: { all: Occurrence[]; filters: CalendarFilters; shown: Occurrence[]; byDate: Map<string, Occurrence[]> };
  /** Of a list of sessions (all, or the filters' choice), those in its month (`renderReady`). */
  #months = new WeakMap<Occurrence[], Occurrence[]>();

  readonly #chunks: CalendarChunks;

  /** `chunks`: how its lazy chunks are fetched (default: the shipped ones), for a test standing in a failed fetch. */
  constructor(chunks: CalendarChunks = calendarChunks) {
    super();
    this.#chunks = chunks;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured now so the first render already picks the right default view.
    this.narrow = this.#isNarrow(this.getBoundingClientRect().width);
    if (typeof ResizeObserver !== 'undefined') {
      // Re-rendering inside the observer's callback would resize the host again in the same
      // frame ("ResizeObserver loop" errors): apply the change in a task after this frame.
      this.#resizeObserver = new ResizeObserver(([entry]) => {
        const narrow = this.#isNarrow(entry?.contentRect.width ?? 0);
        if (narrow !== this.narrow) setTimeout(() => this.#setNarrow(narrow));
      });
      this.#resizeObserver.observe(this);
    }
    // Put back on the page before its range was expanded (a busy one is, in slices): carry on.
    if (!this.#expansion?.occurrences) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#clearSliceTimer();
    // A modal dialog removed while open can leave the page inert in some browsers.
    this.#dialog?.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('date')) this.anchor = undefined;
  }

  protected override updated(): void {
    const range = this.#shown?.range;
    if (range && !this.#detailPrefetched) {
      // While the parent reads the first sessions, fetch the detail view and filters they may open.
      this.#detailPrefetched = true;
      whenIdle(() => {
        if (!this.isConnected) return;
        this.#loadFilterForm();
        void this.#detail.load();
      });
    }
    if (range) {
      const key = `${range.view} ${range.startKey} ${range.endKey}`;
      if (key !== this.#emittedRange) {
        this.#emittedRange = key;
        // Made, then dispatched: the manifest's analyser would list a `dispatchEvent(new …)` again, nameless (`@fires` documents it).
        const event = new PcRangeChangeEvent({ start: range.startKey, end: range.endKey, view: range.view });
        this.dispatchEvent(event);
      }
    }
    const target = this.#focusTo?.();
    this.#focusTo = undefined;
    if (target) {
      // A day's title is not focusable by itself.
      if (target.tabIndex < 0) target.tabIndex = -1;
      target.focus();
    }
    this.#dialog?.hostUpdated();
  }

  #isNarrow(width: number): boolean {
    return width > 0 && inRems(width) < 40;
  }

  /** A resize that changes the default view moves the dates as the view switcher does, but says nothing. */
  #setNarrow(narrow: boolean): void {
    if (narrow === this.narrow) return;
    const from = this.#currentView;
    this.narrow = narrow;
    const to = this.#currentView;
    if (from !== to) this.#moved({ kind: 'view', view: to }, from);
  }

  get #currentView(): CalendarView {
    return viewFor(this.view, this.narrow);
  }

  #handleView(e: Event): void {
    const to = (e.currentTarget as HTMLElement).dataset['view'] as CalendarView;
    this.#move({ kind: 'view', view: to });
    this.view = to;
  }

  #handleStep(e: Event): void {
    this.#move({ kind: 'step', direction: Number((e.currentTarget as HTMLElement).dataset['step']) as -1 | 1 });
  }

  #handleToday(): void {
    this.#move({ kind: 'today' });
  }

  /** Moves the calendar (navigation.ts); a move announced closes the day listed under the grid. */
  #move(move: CalendarMove): void {
    const moved = this.#moved(move);
    if (moved?.announce) this.openKey = undefined;
    this.#announceNext = !!moved?.announce;
  }

  /**
   * Where a move takes the calendar from where it is (from the view `from`, else the one shown):
   * the anchor as already moved by a click the screen has not caught up with yet, else the one
   * shown. Nothing moves before the first render.
   */
  #moved(move: CalendarMove, from = this.#currentView): Moved | undefined {
    const shown = this.#shown;
    if (!shown) return undefined;
    const place = { view: from, anchor: this.anchor ?? shown.range.anchor };
    const moved = navigate(place, move, { today: shown.today, firstDay: parseFirstDay(this.firstDay) });
    this.anchor = moved.place.anchor;
    return moved;
  }

  /** Clicks anywhere in the view: a session opens its detail; a month-grid day lists its sessions; "Show more" draws a page more. */
  #handleBodyClick(e: MouseEvent): void {
    const target = e.target as HTMLElement;
    const session = target.closest<HTMLElement>('[data-occ]');
    const key = session?.dataset['occ'] ?? '';
    // Keys are `eventId@YYYY-MM-DD`: the session is in its first day's list.
    const occurrence = this.#shown?.byDate.get(key.slice(key.lastIndexOf('@') + 1))?.find((o) => o.key === key);
    const cell = target.closest<HTMLElement>('[data-date]');
    const more = target.closest<HTMLElement>('[data-more]');
    if (occurrence) this.#openOccurrence(occurrence, cell ?? session!);
    else if (cell) this.#openDay(cell.dataset['date']!);
    else if (more) this.#showMore(more);
  }

  /** "Show more" in a day (its sessions) or under the list (its days): a page more, focus on the first drawn, what is shown said. */
  #showMore(button: HTMLElement): void {
    const day = button.closest<HTMLElement>('[data-day]')?.dataset['day'] ?? '';
    const selector = day ? `[data-day="${day}"] .session__open` : '.cal__body .day__title';
    const from = this.renderRoot.querySelectorAll(selector).length;
    if (day) this.#dayLimits.set(day, from + PAGE);
    else this.#listLimit += PAGE;
    this.#announceMore = day;
    this.#focusTo = () => this.renderRoot.querySelectorAll<HTMLElement>(selector)[from];
    this.requestUpdate();
  }

  /** The WAI-ARIA grid keys: arrows (mirrored right-to-left), Home/End, Page Up/Down (+Shift), Enter/Space. */
  #handleGridKey(e: KeyboardEvent): void {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    const range = this.#shown?.range;
    if (!cell || !range) return;
    const key = cell.dataset['date']!;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#openDay(key);
      return;
    }
    const next = dateForKey(parseIsoDate(key)!, e.key, {
      shiftKey: e.shiftKey,
      rtl: this.localize.dir === 'rtl',
      firstDay: parseFirstDay(this.firstDay),
    });
    if (!next) return;
    e.preventDefault();
    // Moving within the month only moves focus (the cell's name is read); a new month is announced.
    this.#move({ kind: 'date', date: next });
    this.#focusTo = () => this.renderRoot.querySelector<HTMLElement>('.grid [tabindex="0"]');
  }

  #openDay(key: string): void {
    this.#move({ kind: 'date', date: parseIsoDate(key)! });
    this.openKey = key;
    this.#focusTo = () => this.renderRoot.querySelector<HTMLElement>('.day--open .day__title');
  }

  #openOccurrence(occurrence: Occurrence, opener: HTMLElement): void {
    const select = new PcEventSelectEvent(occurrence); // (made first, as for pc-range-change)
    if (!this.dispatchEvent(select)) return;
    void this.#detail.load().then((module) => {
      this.#detailFailed = !module;
      this.requestUpdate();
      if (!module) return;
      (this.#dialog ??= new module.SessionDialog(this, this.#chunks.exporter)).open(occurrence, opener);
    });
  }

  #handleFilterChange(filters: CalendarFilters): void {
    this.filters = filters;
    this.#announceNext = true;
  }

  #clearFilters(): void {
    this.filters = NO_FILTERS;
    this.#announceNext = true;
  }

  /** Clears what the last render showed, so handlers never act on a previous feed. */
  protected override render(): TemplateResult {
    this.#shown = undefined;
    return super.render();
  }

  protected override renderReady({ feed }: ReadyView): TemplateResult {
    const t = this.t;
    const zone = resolveTimeZone(this.timezone || this.feed.provider?.timezone || feed.programme.timezone);
    const fmt = this.#formatFor(zone);
    const today = todayIn(zone);
    const firstDay = parseFirstDay(this.firstDay);
    const view = this.#currentView;
    const anchor = anchorFor(this.anchor, this.date, today);
    const range = placeRange({ view, anchor }, firstDay);
    const { areaOf } = this.#serviceIndex(feed);

    // Undefined while a very busy range is still being expanded (a slice a task): "Loading…" meanwhile.
    const expanded = this.#expand(feed, zone, range, areaOf);
    const all = expanded ?? [];
    const { shown, byDate } = this.#filter(all, areaOf);
    // Counts and "nothing on" are about the month itself, not the neighbouring days in its grid.
    const monthKey = formatIsoDate(range.anchor).slice(0, 7);
    // Memoised per list (all, or the filters' choice), so key presses redo neither: a list is of
    // one range (an expansion), and a month grid's range of one month.
    const inMonth = (list: Occurrence[]) =>
      view !== 'month'
        ? list
        : (this.#months.get(list) ??
          this.#months.set(list, list.filter((o) => o.occurrenceDate.slice(0, 7) <= monthKey && o.lastDate.slice(0, 7) >= monthKey)).get(list)!);
    const counted = inMonth(shown);
    // The month by name; a week or the list's four weeks as a span ("23 November – 20 December 2026").
    const label = view === 'month' ? fmt.month(anchor) : fmt.dateRange(range.start, addDays(range.end, -1));
    if (this.#announceNext && expanded) {
      // A new range, view or filters: the list starts again at its first page.
      this.#announceNext = false;
      this.#listLimit = PAGE;
      this.#dayLimits.clear();
      this.#announcement = t.calendarRangeAnnouncement(label, t.calendarSessions(counted.length, fmt.number(counted.length)));
    }
    this.#shown = { range, today, byDate };

    const openKey = this.openKey;
    const ctx: ViewContext = {
      t,
      fmt,
      level: this.headingLevel + 1,
      byDate,
      openKey,
      placeOf: (o) => this.#locationOf(o, feed)?.name,
    };
    // What is drawn of the days shown: the week's seven, the list's days with sessions, the month's opened day.
    const win = daysWindow(
      view === 'week'
        ? weekDays(anchor, firstDay).map((d) => d.key)
        : view === 'list'
          ? [...byDate.keys()].filter((k) => k >= range.startKey && k < range.endKey).sort()
          : openKey
            ? [openKey]
            : [],
      byDate,
      view === 'list' ? this.#listLimit : Infinity,
      this.#dayLimits,
    );
    const more = this.#announceMore;
    if (more !== undefined) {
      const { shown, total } = win.days.find((d) => d.key === more) ?? win;
      this.#announceMore = undefined;
      this.#announcement = t.calendarShowing(fmt.number(shown), t.calendarSessions(total, fmt.number(total)));
    }
    const empty = counted.length ? nothing : this.#renderNothingOn(view);
    let body: unknown;
    if (!expanded) {
      body = renderLoading(t, this.skeletonRows);
    } else if (view === 'month') {
      body = [
        renderMonth(
          monthWeeks(anchor.year, anchor.month, { firstDay }),
          ctx,
          { activeKey: formatIsoDate(anchor), todayKey: formatIsoDate(today), weekdays: weekdayOrder(firstDay) },
          label,
          win.days[0],
        ),
        empty,
      ];
    } else if (counted.length === 0) {
      body = empty;
    } else {
      body = renderDays(win, ctx);
    }

    return html`<div class="cal" part="calendar">
      ${this.#renderToolbar(view, label)}
      ${fmt.showZone ? html`<p class="muted">${t.calendarTimesIn(fmt.zoneName())}</p>` : nothing}
      ${expanded ? this.#renderFilters(feed, () => inMonth(all), areaOf, fmt) : nothing}
      <p class="visually-hidden cal__live" role="status">${this.#announcement}</p>
      ${this.#detailFailed ? html`<p class="cal__message" role="alert">${t.errorNetwork}</p>` : nothing}
      <div class="cal__body" @click=${this.#handleBodyClick} @keydown=${this.#handleGridKey}>${body}</div>
      ${this.#dialog?.render({
        t,
        fmt,
        level: this.headingLevel,
        locationOf: (o) => this.#locationOf(o, feed),
        bookingOf: (o) => this.#serviceOf(o, feed)?.booking,
      }) ?? nothing}
    </div>`;
  }

  #renderToolbar(view: CalendarView, label: string): TemplateResult {
    const t = this.t;
    const names = { month: t.calendarViewMonth, week: t.calendarViewWeek, list: t.calendarViewList };
    // The chevrons are drawn in CSS and turned for right-to-left, where "previous" points right.
    return html`<div class="toolbar" part="toolbar">
      ${heading(this.headingLevel, 'toolbar__title', label, 'range-heading')}
      <div class="toolbar__group">
        <button type="button" class="button button--secondary" data-step="-1" aria-label=${this.#stepName(view, -1)} @click=${this.#handleStep}>
          <span class="chevron" aria-hidden="true"></span>
        </button>
        <button type="button" class="button button--secondary" @click=${this.#handleToday}>${t.calendarToday}</button>
        <button type="button" class="button button--secondary" data-step="1" aria-label=${this.#stepName(view, 1)} @click=${this.#handleStep}>
          <span class="chevron chevron--next" aria-hidden="true"></span>
        </button>
      </div>
      <div class="toolbar__group" role="group" aria-label=${t.calendarViews}>
        ${VIEWS.map(
          (v) => html`<button
            type="button"
            class="button button--secondary"
            data-view=${v}
            aria-pressed=${v === view ? 'true' : 'false'}
            @click=${this.#handleView}
          >
            ${names[v]}
          </button>`,
        )}
      </div>
    </div>`;
  }

  /** "Filter sessions": its form is drawn only while open, from a chunk fetched at idle or on opening. */
  #renderFilters(feed: Feed, occurrences: () => Occurrence[], areaOf: AreaOf, fmt: CalendarFormat): TemplateResult {
    const t = this.t;
    const form = this.#filterForm.value;
    return html`<details class="filters" part="filters" ?open=${this.#filtersOpen} @toggle=${this.#handleFiltersToggle}>
      <summary>${t.calendarFilters}</summary>
      ${!this.#filtersOpen
        ? nothing
        : form
          ? form.renderFilterForm({
              t,
              fmt,
              feed,
              filters: this.filters,
              occurrences: occurrences(),
              areaOf,
              categories: this.categories,
              area: this.area,
              onChange: (filters) => this.#handleFilterChange(filters),
              onClear: () => this.#clearFilters(),
            })
          : this.#filterFormFailed
            ? html`<p class="cal__message filters__message" role="alert">${t.errorNetwork}</p>`
            : html`<p class="muted filters__message" role="status">${t.loading}</p>`}
    </details>`;
  }

  #handleFiltersToggle(e: Event): void {
    // Toggle events coalesce (close then reopen fast gives one): act on the state now.
    this.#filtersOpen = (e.currentTarget as HTMLDetailsElement).open;
    if (this.#filtersOpen) this.#loadFilterForm();
    this.requestUpdate();
  }

  /** Fetches the filter form once; a failure shows an alert in the open filters, and the next opening asks again. */
  #loadFilterForm(): void {
    if (this.#filterForm.value) return;
    this.#filterFormFailed = false;
    void this.#filterForm.load().then((module) => {
      this.#filterFormFailed = !module && this.#filtersOpen;
      // Only an open form shows anything of it (a closed one is not drawn).
      if (this.#filtersOpen) this.requestUpdate();
    });
  }

  /** A panel's chunk as it arrives: its styles join the element's. */
  #styled<T extends { styles: CSSResult }>(module: T): T {
    addChunkStyles(this, module.styles);
    return module;
  }

  /** "Previous month", "Next week", "Next 4 weeks"… */
  #stepName(view: CalendarView, direction: -1 | 1): string {
    const t = this.t;
    if (view === 'list') return direction < 0 ? t.calendarPreviousFourWeeks : t.calendarNextFourWeeks;
    return direction < 0 ? t.calendarPrevious(view) : t.calendarNext(view);
  }

  /** Nothing on: say so kindly and offer the way forward (clear the filters, or the next week/month/4 weeks). */
  #renderNothingOn(view: CalendarView): TemplateResult {
    const t = this.t;
    const action = hasFilters(this.filters)
      ? { label: t.calendarClearFilters, onClick: () => this.#clearFilters() }
      : { label: this.#stepName(view, 1), onClick: () => this.#move({ kind: 'step', direction: 1 }) };
    const title = view === 'list' ? t.calendarEmptyFourWeeks : t.calendarEmpty(view);
    return renderEmpty(title, undefined, action, this.headingLevel + 1);
  }

  #formatFor(zone: string): CalendarFormat {
    const locale = this.localize.intlLocale;
    if (!this.#fmt || this.#fmt.locale !== locale || this.#fmt.timeZone !== zone || this.#fmt.t !== this.t) {
      this.#fmt = new CalendarFormat(locale, zone, this.t);
    }
    return this.#fmt;
  }

  #serviceIndex(feed: Feed): ServiceLookup {
    if (this.#services?.list !== feed.services) {
      const byId = new Map(feed.services.map((s) => [s.id, s]));
      this.#services = {
        list: feed.services,
        byId,
        areaOf: (e) => e.area ?? (e.serviceId ? byId.get(e.serviceId)?.area : undefined),
      };
    }
    return this.#services;
  }

  /** The service that runs the session, when the feed has it. */
  #serviceOf(o: Occurrence, feed: Feed): Service | undefined {
    const serviceId = o.event.serviceId;
    return serviceId ? this.#serviceIndex(feed).byId.get(serviceId) : undefined;
  }

  #locationOf(o: Occurrence, feed: Feed): Location | undefined {
    return o.event.location ?? this.#serviceOf(o, feed)?.location;
  }

  /** The occurrences the parent's filters allow, and by date; memoised with the expansion, so "Show more" and key presses redo neither (nor the counts: `#months`, `daysWindow`). */
  #filter(all: Occurrence[], areaOf: AreaOf): { shown: Occurrence[]; byDate: Map<string, Occurrence[]> } {
    const { filters } = this;
    // (A new feed is a new expansion: its services, and so `areaOf`, come with it.)
    if (this.#filtered?.all !== all || this.#filtered.filters !== filters) {
      const shown = hasFilters(filters) ? all.filter((o) => matchesFilters(o.event, filters, areaOf)) : all;
      this.#filtered = { all, filters, shown, byDate: occurrencesByDate(shown) };
    }
    return this.#filtered;
  }

  /** The range's occurrences of the events the `categories`/`area` attributes allow; memoised, so key presses do not re-expand. */
  #expand(feed: Feed, zone: string, range: VisibleRange, areaOf: AreaOf): Occurrence[] | undefined {
    const limit: CalendarFilters = { ...NO_FILTERS, categories: parseIdList(this.categories), area: this.area?.trim() ?? '' };
    const key = `${zone} ${range.startKey} ${range.endKey} ${limit.categories} ${limit.area}`;
    if (this.#expansion?.events !== feed.events || this.#expansion.key !== key) {
      const events = feed.events.filter((e) => matchesFilters(e, limit, areaOf));
      this.#expansion = { events: feed.events, key, job: expandSliced(events, range.startKey, range.endKey, zone) };
      this.#clearSliceTimer();
    }
    const expansion = this.#expansion;
    if (!expansion.occurrences) {
      const step = expansion.job.next();
      // Not done: the next slice in a new task, so the page can answer input between slices.
      // One timer at a time: another render meanwhile (a key, a resize) has done a slice itself.
      if (step.done) expansion.occurrences = step.value;
      else if (this.isConnected)
        this.#sliceTimer ??= setTimeout(() => {
          this.#sliceTimer = undefined;
          this.requestUpdate();
        });
    }
    return expansion.occurrences;
  }

  #clearSliceTimer(): void {
    clearTimeout(this.#sliceTimer);
    this.#sliceTimer = undefined;
  }
}

define('pc-event-calendar', PcEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'pc-event-calendar': PcEventCalendar;
  }
}
