/**
 * `<pc-event-calendar>`: the element ties the calendar's parts together and keeps its state, all
 * of it reactive (static `properties`); each controller keeps its own and asks for an update:
 *  - navigation.ts: where previous / next / today / a view / a date take it (pure);
 *  - calendar-sessions.ts: the occurrences shown, memoised, a busy range expanded in slices;
 *  - the shared ContainerWidth: narrow or wide by its own width (the list is the narrow default);
 *  - the shared LazyPanels (one per panel), session-selection.ts, filter-panel.ts: the detail
 *    dialog and the filter form, each a chunk fetched on need or at idle;
 *  - calendar-toolbar.ts, calendar-views.ts, list-window.ts: what is drawn; calendar-announcer.ts:
 *    what is said.
 * Private fields hold only what the last render drew or said, for the handlers and the next render.
 *
 * Over 400 lines because the class's JSDoc (about 45 lines of parts, tokens and events) is the public API
 * that custom-elements.json is made from, and belongs on the class; the code itself is under 400.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedView } from '../context/feed-controller.js';
import { PcFeedElement } from '../internal/feed-element.js';
import { baseStyles } from '../theme/base.styles.js';
import { addDays, formatIsoDate, parseIsoDate, type CalendarDate } from '../time/calendar-date.js';
import { todayIn } from '../time/zoned-time.js';
import { renderEmpty, renderIncompleteNotice, renderLoading } from '../ui/states.js';
import { stateStyles } from '../ui/states.styles.js';
import { CalendarAnnouncer } from './calendar-announcer.js';
import { CALENDAR_CHUNKS, type CalendarChunks, type CalendarPanels } from './calendar-chunks.js';
import { ContainerWidth } from '../controllers/container-width.js';
import { LazyPanels } from '../controllers/lazy-panels.js';
import { inEms } from '../internal/ems.js';
import { NO_FILTERS, hasFilters, parseFirstDay, type CalendarFilters } from './calendar-filters.js';
import { CalendarFormat, TIME } from './calendar-format.js';
import { CalendarSessions } from './calendar-sessions.js';
import { renderToolbar, stepName } from './calendar-toolbar.js';
import { drawnDayKeys, renderBody, type ViewContext } from './calendar-views.js';
import { dateForKey } from './date-grid.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { PcRangeChangeEvent } from './events.js';
import { FilterPanel } from './filter-panel.js';
import { FIRST_PAGE, daysWindow, showMore, type ListLimits } from './list-window.js';
import { anchorFor, navigate, placeRange, viewFor, type CalendarMove, type Moved } from './navigation.js';
import { resolveTimeZone, type Occurrence } from './occurrences.js';
import type { CalendarView, VisibleRange } from './range.js';
import { SessionSelection } from './session-selection.js';
import { calendarEnglish, type CalendarEnglish } from './strings/en-GB.js';

type ReadyView = Extract<FeedView, { status: 'ready' }>;

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
 * @csspart feedback-button - The detail dialog's "Tell us what you think" button (when the feed has a feedback form), which opens `<pc-feedback-card>` in its place.
 * @csspart empty - The message shown when nothing is on.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart retry-button - The "Try again" button in the error box.
 * @csspart stale-notice - The notice shown when the data is a saved copy.
 * @csspart incomplete-notice - The notice shown when part of the feed could not be loaded (a later page of an OpenActive feed failed).
 * @cssprop [--pc-colour-brand=#1d70b8] - Today, the chosen view, session markers.
 * @cssprop [--pc-colour-brand-text=#ffffff] - Text on the brand colour.
 * @cssprop [--pc-colour-error=#d4351c] - Marks cancelled sessions.
 * @cssprop [--pc-colour-surface=#ffffff] - Day cells and the detail panel.
 * @cssprop [--pc-colour-surface-alt=#f3f2f1] - Weekday headings, days outside the month, the open day.
 * @cssprop [--pc-colour-border-subtle=#b1b4b6] - Grid lines.
 * @cssprop [--pc-colour-text=#0b0c0c] - Text colour.
 * @cssprop [--pc-colour-text-secondary=#505a5f] - Venues and quieter text.
 * @cssprop [--pc-colour-link=#1d70b8] - Session titles and links.
 * @cssprop [--pc-font-size=max(1rem, 16px)] - Base text size: everything inside is sized from it (a page's `html { font-size: 62.5% }` does not shrink it).
 * @cssprop [--pc-radius=4px] - Corner radius (never of the coloured bars on a side).
 * @cssprop [--pc-space=1em] - Base spacing.
 */
export class PcEventCalendar extends PcFeedElement<CalendarEnglish> {
  static override properties: PropertyDeclarations = {
    anchor: { state: true, attribute: false },
    filters: { state: true, attribute: false },
    openKey: { state: true, attribute: false },
    limits: { state: true, attribute: false },
    moves: { state: true, attribute: false },
    view: {},
    date: {},
    categories: {},
    area: {},
    timezone: {},
    firstDay: { attribute: 'first-day' },
  };

  static override styles = [baseStyles, stateStyles, eventCalendarStyles];

  /**
   * Loads the calendar's lazy chunks. A subclass may bring its own (a test's that fail or wait).
   * @internal
   */
  protected static readonly chunks: CalendarChunks = CALENDAR_CHUNKS;

  protected override skeletonRows = 4;

  /** The date the parent moved to; until then the `date` attribute (or today) is used. */
  private anchor?: CalendarDate;
  private filters: CalendarFilters = NO_FILTERS;
  /** The month-grid day whose sessions are listed under the grid. */
  private openKey?: string;
  /** How much the list and its days draw ("Show more" grows it); a new range, view or filters start again. */
  private limits: ListLimits = FIRST_PAGE;
  /** Moves said aloud so far (navigation, view, filters): the first render with the new range's sessions says it and their number. */
  private moves = 0;

  /** `month`, `week` or `list`. Default: `list` when the calendar is narrower than 40em (of its text size), else `month`. */
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

  readonly #sessions = new CalendarSessions(this);
  /** A resize that changes the default view moves the dates as the view switcher does, but says nothing. */
  readonly #width = new ContainerWidth(this, {
    initial: false,
    // Narrow under 40em of its own width: the list is then the default view.
    layout: (width) => width > 0 && inEms(width, this) < 40,
    changed: (narrow, wasNarrow) => {
      // Measured as it connects, before the first render: nothing was shown in the other view yet.
      if (!this.hasUpdated) return;
      const from = viewFor(this.view, wasNarrow);
      const to = viewFor(this.view, narrow);
      if (from !== to) this.#moved({ kind: 'view', view: to }, from);
    },
  });
  readonly #panels: CalendarPanels;
  readonly #selection: SessionSelection;
  readonly #filterPanel: FilterPanel;

  /** What the last render showed, and said. */
  #shown?: Shown;
  readonly #announcer = new CalendarAnnouncer();
  /** The range `pc-range-change` last told of. */
  #rangeSaid = '';
  #fmt?: CalendarFormat;

  constructor() {
    super(calendarEnglish);
    const chunks = (this.constructor as typeof PcEventCalendar).chunks;
    // Each panel is fetched when a parent first needs it, or at idle once sessions show.
    const prefetchWhen = () => !!this.#shown;
    this.#panels = {
      detail: new LazyPanels(this, { load: chunks.detail, styles: (chunk) => [chunk.styles], prefetchWhen }),
      filterForm: new LazyPanels(this, { load: chunks.filterForm, styles: (chunk) => [chunk.styles], prefetchWhen }),
    };
    this.#selection = new SessionSelection(this, this.#panels, chunks.exporter);
    this.#filterPanel = new FilterPanel(this, this.#panels);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('date')) this.anchor = undefined;
  }

  protected override updated(): void {
    const range = this.#shown?.range;
    const key = range ? `${range.view} ${range.startKey} ${range.endKey}` : '';
    if (range && key !== this.#rangeSaid) {
      this.#rangeSaid = key;
      // Made, then dispatched: the manifest's analyser would list a `dispatchEvent(new …)` again, nameless (`@fires` documents it).
      const event = new PcRangeChangeEvent({ start: range.startKey, end: range.endKey, view: range.view });
      this.dispatchEvent(event);
    }
  }

  get #currentView(): CalendarView {
    return viewFor(this.view, this.#width.layout);
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

  /** Moves the calendar; a move said aloud also closes the day listed under the grid. */
  #move(move: CalendarMove): void {
    if (!this.#moved(move)?.announce) return;
    this.openKey = undefined;
    this.#startAgain();
  }

  /**
   * Where a move takes the calendar (navigation.ts) from where it is: the view `from` (else the one
   * shown), and the anchor as already moved by a click the screen has not caught up with yet, else
   * the one shown. Nothing moves before the first render.
   */
  #moved(move: CalendarMove, from = this.#currentView): Moved | undefined {
    const shown = this.#shown;
    if (!shown) return undefined;
    const place = { view: from, anchor: this.anchor ?? shown.range.anchor };
    const moved = navigate(place, move, { today: shown.today, firstDay: parseFirstDay(this.firstDay) });
    this.anchor = moved.place.anchor;
    return moved;
  }

  /** Another range, view or filters: said aloud once its sessions are in; the list starts again at its first page. */
  #startAgain(): void {
    this.moves += 1;
    this.limits = FIRST_PAGE;
  }

  #handleFilterChange(filters: CalendarFilters): void {
    this.filters = filters;
    this.#startAgain();
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
    const view = this.feed.view;
    if (occurrence) this.#selection.open(occurrence, cell ?? session!, view.status === 'ready' ? view.feed : undefined);
    else if (cell) this.#openDay(cell.dataset['date']!);
    else if (more) this.#showMore(more);
  }

  /** "Show more" in a day (its sessions) or under the list (its days): a page more, focus on the first drawn, what is shown said. */
  #showMore(button: HTMLElement): void {
    const day = button.closest<HTMLElement>('[data-day]')?.dataset['day'] ?? '';
    const selector = day ? `[data-day="${day}"] .session__open` : '.cal__body .day__title';
    const drawn = this.renderRoot.querySelectorAll(selector).length;
    this.limits = showMore(this.limits, day, drawn);
    this.#focusAfterUpdate(() => this.renderRoot.querySelectorAll<HTMLElement>(selector)[drawn]);
  }

  /** The WAI-ARIA grid keys: arrows (mirrored right-to-left), Home/End (+Control), Page Up/Down (+Shift), Enter/Space. */
  #handleGridKey(e: KeyboardEvent): void {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    if (!cell || !this.#shown) return;
    const key = cell.dataset['date']!;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#openDay(key);
      return;
    }
    const next = dateForKey(parseIsoDate(key)!, e.key, {
      shiftKey: e.shiftKey,
      ctrlKey: e.ctrlKey,
      rtl: this.localize.dir === 'rtl',
      firstDay: parseFirstDay(this.firstDay),
    });
    if (!next) return;
    e.preventDefault();
    // Moving within the month only moves focus (the cell's name is read); a new month is said aloud.
    this.#move({ kind: 'date', date: next });
    this.#focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.grid [tabindex="0"]'));
  }

  #openDay(key: string): void {
    this.#move({ kind: 'date', date: parseIsoDate(key)! });
    this.openKey = key;
    // Its title takes focus; its sessions, under the grid (below the fold on a phone), come into view with it.
    this.#focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.day--open .day__title'), '.day--open');
  }

  /**
   * Once the update a handler asked for is drawn, focus what `find` finds then (a day's title is made
   * focusable); with `reveal`, scroll as much of the block it is in into view as fits, not just the target.
   */
  #focusAfterUpdate(find: () => HTMLElement | null | undefined, reveal?: string): void {
    void this.updateComplete.then(() => {
      const target = find();
      if (!target) return;
      if (target.tabIndex < 0) target.tabIndex = -1;
      target.focus({ preventScroll: !!reveal });
      if (reveal) target.closest(reveal)?.scrollIntoView({ block: 'nearest' });
    });
  }

  /** Clears what the last render showed, so handlers never act on a previous feed. */
  protected override render(): TemplateResult {
    this.#shown = undefined;
    return super.render();
  }

  protected override renderReady({ feed, diagnostics }: ReadyView): TemplateResult {
    const t = this.t;
    const zone = resolveTimeZone(this.timezone || this.feed.provider?.timezone || feed.programme.timezone);
    const fmt = this.#formatFor(zone);
    const today = todayIn(zone);
    const firstDay = parseFirstDay(this.firstDay);
    const view = this.#currentView;
    const anchor = anchorFor(this.anchor, this.date, today);
    const range = placeRange({ view, anchor }, firstDay);
    const sessions = this.#sessions;
    const areaOf = sessions.areaOf(feed);

    // Undefined while a very busy range is still being expanded (a slice a task): "Loading…" meanwhile.
    const expanded = sessions.expand(feed, zone, range, { categories: this.categories, area: this.area });
    const all = expanded ?? [];
    const { shown, byDate } = sessions.filter(all, this.filters, areaOf);
    // Counts and "nothing on" are about the month itself, not the neighbouring days in its grid.
    const monthKey = formatIsoDate(range.anchor).slice(0, 7);
    const inMonth = (list: Occurrence[]) => (view === 'month' ? sessions.inMonth(list, monthKey) : list);
    const counted = inMonth(shown);
    // The month by name; a week or the list's four weeks as a span ("23 November – 20 December 2026").
    const label = view === 'month' ? fmt.month(anchor) : fmt.dateRange(range.start, addDays(range.end, -1));
    const sessionCount = (n: number) => t.calendarSessions(n, fmt.number(n));
    this.#announcer.afterMove(this.moves, !!expanded, () => t.calendarRangeAnnouncement(label, sessionCount(counted.length)));
    this.#shown = { range, today, byDate };

    const { openKey, limits } = this;
    // A session with no place to go to that parents join online says so where a place would be.
    const placeOf = (o: Occurrence) => {
      const place = sessions.locationOf(o, feed);
      return place ? place.name : o.event.online ? t.calendarOnline : undefined;
    };
    const ctx: ViewContext = { t, fmt, level: this.headingLevel + 1, byDate, openKey, placeOf };
    const win = daysWindow(drawnDayKeys(range, firstDay, byDate, openKey), byDate, view === 'list' ? limits.list : Infinity, limits.days);
    this.#announcer.afterShowMore(limits, (grown) => {
      // "Showing 120 of 5,000 sessions": the day shown more of, or the list.
      const { shown, total } = win.days.find((d) => d.key === grown) ?? win;
      return t.calendarShowing(fmt.number(shown), sessionCount(total));
    });
    const body = expanded
      ? renderBody({ ...ctx, range, today, firstDay, label, win, counted: counted.length, empty: counted.length ? nothing : this.#renderNothingOn(view) })
      : renderLoading(t, this.skeletonRows);

    // Part of the feed could not be loaded (a later page of an OpenActive feed): show the rest, and say so.
    return html`${renderIncompleteNotice(diagnostics, { passing: t.calendarIncomplete, lasting: t.calendarIncompleteLasting })}<div class="cal" part="calendar">
      ${renderToolbar({ t, level: this.headingLevel, view, label, onStep: this.#handleStep, onToday: this.#handleToday, onView: this.#handleView })}
      ${fmt.showZone ? html`<p class="muted">${t.calendarTimesIn(fmt.zoneName())}</p>` : nothing}
      ${expanded
        ? this.#filterPanel.render({
            t,
            fmt,
            feed,
            filters: this.filters,
            occurrences: () => inMonth(all),
            areaOf,
            categories: this.categories,
            area: this.area,
            onChange: (filters) => this.#handleFilterChange(filters),
            onClear: () => this.#handleFilterChange(NO_FILTERS),
          })
        : nothing}
      ${this.#announcer.render()}
      ${this.#selection.renderAlert(t)}
      <div class="cal__body" @click=${this.#handleBodyClick} @keydown=${this.#handleGridKey}>${body}</div>
      ${this.#selection.renderDialog({
        t,
        fmt,
        level: this.headingLevel,
        takesFeedback: feed.takesFeedback,
        locationOf: (o) => sessions.locationOf(o, feed),
        bookingOf: (o) => sessions.serviceOf(o, feed)?.booking,
      })}
    </div>`;
  }

  /** Nothing on: say so kindly and offer the way forward (clear the filters, or the next week/month/4 weeks). */
  #renderNothingOn(view: CalendarView): TemplateResult {
    const t = this.t;
    const action = hasFilters(this.filters)
      ? { label: t.calendarClearFilters, onClick: () => this.#handleFilterChange(NO_FILTERS) }
      : { label: stepName(t, view, 1), onClick: () => this.#move({ kind: 'step', direction: 1 }) };
    const title = view === 'list' ? t.calendarEmptyFourWeeks : t.calendarEmpty(view);
    return renderEmpty(title, undefined, action, this.headingLevel + 1);
  }

  /** Also the programme's clock and the words of a month's first view, in the zone the feed most likely has. */
  protected override prepareWhileLoading(): void {
    super.prepareWhileLoading();
    const zone = resolveTimeZone(this.timezone || this.feed.provider?.timezone);
    const fmt = this.#formatFor(zone);
    fmt.month(todayIn(zone));
    fmt.weekday(1, 'short');
    fmt.weekday(1, 'long');
    fmt.formatter(TIME, true);
    if (fmt.showZone) fmt.zoneName();
  }

  #formatFor(zone: string): CalendarFormat {
    const locale = this.localize.intlLocale;
    if (!this.#fmt || this.#fmt.locale !== locale || this.#fmt.timeZone !== zone || this.#fmt.t !== this.t) {
      this.#fmt = new CalendarFormat(locale, zone, this.t);
    }
    return this.#fmt;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'pc-event-calendar': PcEventCalendar;
  }
}
