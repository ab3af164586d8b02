/**
 * The sessions a calendar shows, each step memoised so a key press, a resize or "Show more"
 * redoes none of them:
 *  - the feed's services by id, and so each event's area, place and booking;
 *  - the range's occurrences of the events the `categories` / `area` attributes allow, expanded
 *    a slice a task when the range is busy (sliced-expansion.ts), the host updating after each;
 *  - of those, the ones the parent's filters allow, by date;
 *  - of a list of sessions, those in the month shown (what a month's counts are about).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed, FeedEvent, Location, Service } from '../data/feed-schema.js';
import { NO_FILTERS, hasFilters, matchesFilters, parseIdList, type AreaOf, type CalendarFilters } from './calendar-filters.js';
import { occurrencesByDate, type Occurrence } from './occurrences.js';
import type { VisibleRange } from './range.js';
import { expandSliced } from './sliced-expansion.js';

interface ServiceLookup {
  list: readonly Service[];
  byId: Map<string, Service>;
  areaOf: AreaOf;
}

interface Expansion {
  events: readonly FeedEvent[];
  key: string;
  job: Generator<void, Occurrence[]>;
  occurrences?: Occurrence[];
}

/** The sessions the filters allow, and by every date they cover. */
export interface Filtered {
  shown: Occurrence[];
  byDate: Map<string, Occurrence[]>;
}

/** The `categories` and `area` attributes: what the calendar is limited to before any filter. */
export interface Limits {
  categories?: string;
  area?: string;
}

export class CalendarSessions implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly isConnected: boolean };
  #services?: ServiceLookup;
  #expansion?: Expansion;
  /** The one timer that renders the next slice of a busy range's expansion. */
  #sliceTimer?: ReturnType<typeof setTimeout>;
  #filtered?: Filtered & { all: Occurrence[]; filters: CalendarFilters };
  #months = new WeakMap<Occurrence[], Occurrence[]>();

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Put back on the page before its range was expanded (a busy one is, in slices): carry on.
    if (!this.#expansion?.occurrences) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#clearSliceTimer();
  }

  /** An event's area: its own, else its service's. */
  areaOf(feed: Feed): AreaOf {
    return this.#lookup(feed).areaOf;
  }

  /** The service that runs the session, when the feed has it. */
  serviceOf(o: Occurrence, feed: Feed): Service | undefined {
    const serviceId = o.event.serviceId;
    return serviceId ? this.#lookup(feed).byId.get(serviceId) : undefined;
  }

  /**
   * Where the session is: the event's own location, else its service's, unless parents join it
   * online: a video call run by a children's centre is not held at the centre.
   */
  locationOf(o: Occurrence, feed: Feed): Location | undefined {
    return o.event.location ?? (o.event.online ? undefined : this.serviceOf(o, feed)?.location);
  }

  /**
   * The range's occurrences of the events `limits` allow; `undefined` while a very busy range is
   * still being expanded (a slice a task, the host updating for each).
   */
  expand(feed: Feed, zone: string, range: VisibleRange, limits: Limits): Occurrence[] | undefined {
    const limit: CalendarFilters = { ...NO_FILTERS, categories: parseIdList(limits.categories), area: limits.area?.trim() ?? '' };
    const key = `${zone} ${range.startKey} ${range.endKey} ${limit.categories} ${limit.area}`;
    if (this.#expansion?.events !== feed.events || this.#expansion.key !== key) {
      const areaOf = this.areaOf(feed);
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
      else if (this.#host.isConnected)
        this.#sliceTimer ??= setTimeout(() => {
          this.#sliceTimer = undefined;
          this.#host.requestUpdate();
        });
    }
    return expansion.occurrences;
  }

  /** Of `all` (an expansion), the sessions the parent's filters allow. A new feed is a new expansion, so `areaOf` comes with it. */
  filter(all: Occurrence[], filters: CalendarFilters, areaOf: AreaOf): Filtered {
    if (this.#filtered?.all !== all || this.#filtered.filters !== filters) {
      const shown = hasFilters(filters) ? all.filter((o) => matchesFilters(o.event, filters, areaOf)) : all;
      this.#filtered = { all, filters, shown, byDate: occurrencesByDate(shown) };
    }
    return this.#filtered;
  }

  /** Of a list of sessions (all, or the filters' choice: each of one range), those in the month `YYYY-MM`. */
  inMonth(list: Occurrence[], month: string): Occurrence[] {
    let within = this.#months.get(list);
    if (!within) this.#months.set(list, (within = list.filter((o) => o.occurrenceDate.slice(0, 7) <= month && o.lastDate.slice(0, 7) >= month)));
    return within;
  }

  #lookup(feed: Feed): ServiceLookup {
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

  #clearSliceTimer(): void {
    clearTimeout(this.#sliceTimer);
    this.#sliceTimer = undefined;
  }
}
