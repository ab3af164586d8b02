/**
 * schema.org `Event` JSON-LD → native feed events. Councils, schools and OpenActive publishers
 * already speak it: a single Event, a list, an `@graph`, an `ItemList`, a Course (its
 * `hasCourseInstance` runs), or an OpenActive RPDE page (`items[].data`). Detected by shape; never throws on junk — anything unusable becomes a
 * Diagnostic and is left out.
 *
 * This file holds the entry points (`jsonLdToEvents`, and `convertEventsDocument` for the lazy
 * adapter in adapter.ts) and the document around the events; each step has its own file:
 * assemble.ts (one node → its events), fields.ts, schedule.ts, wall-time.ts, context.ts.
 *
 * Mapping (native field ← schema.org):
 *  - id ← identifier / @id / url (hashed when not id-safe); title ← name; description ← description
 *    (HTML tags stripped: it is shown as text, never as HTML)
 *  - start/end ← startDate/endDate; a value with an offset (`+01:00`, `Z`) is converted to the
 *    programme's wall time, one without is taken as wall time already; date-only = all-day, and so
 *    is midnight to 23:59 (on the dates as written)
 *  - recurrence ← eventSchedule (one native event per Schedule): repeatFrequency P1W/P2W/P1M/P1D…,
 *    byDay (schema.org URL, name or iCal `WE` / `1SA` / `-1FR`), byMonthWeek, byMonthDay,
 *    startTime/endTime/duration, startDate, endDate → until, exceptDate → exclude, repeatCount → count,
 *    scheduleTimezone (converted to the programme zone, with a warning)
 *  - cancelled ← eventStatus EventCancelled (EventPostponed too, with a warning); EventRescheduled
 *    is kept as published, with a warning
 *  - location ← Place name, PostalAddress (UK postcode split out), geo
 *  - cost ← offers (price 0 = free; an AggregateOffer's lowPrice–highPrice) / isAccessibleForFree; ageRange ← typicalAgeRange ("0-5",
 *    "1-", years → months) or OpenActive ageRange; bookingUrl ← url (http(s) only; a relative one read
 *    against the feed's address) or an offer's url
 *  - categories ← keywords / about / OpenActive activity (its prefLabel), as id slugs
 *  - fields missing on an OpenActive ScheduledSession are taken from its superEvent (its duration and
 *    offers only from a SessionSeries or EventSeries), and what that lacks from its own superEvent; a session the series lists replaces the one its schedule
 *    gives at the same time (sessions.ts); a SessionSeries' or EventSeries' own startDate/endDate
 *    bound its season and are never an event (assemble.ts).
 */
import type { AdapterOptions, Converted } from '../types.js';
import { FeedError, type Diagnostic } from '../../data/errors.js';
import type { Feed, FeedEvent } from '../../data/feed-schema.js';
import { feedText } from '../../text/markup.js';
import { parseIsoDate, type CalendarDate } from '../../time/calendar-date.js';
import { isValidTimeZone, todayIn } from '../../time/zoned-time.js';
import { asList, textOf } from './values.js';
import { collect, isJsonLdEventShape, isObject, join, typesOf, type Collected, type FoundNode, type JsonNode } from './detect.js';
import { field, resolve, scheduleKey, type Context } from './context.js';
import { inheritedFrom, mapNode, nameOf, parentOf } from './assemble.js';
import { replaceGeneratedSessions, type NodeEvents } from './sessions.js';
import { FEED_DATE_PATTERN } from '../../data/feed-schema.js';
import { feedDateProblem, latestFeedDate } from '../last-changed.js';
import { preview } from '../../data/format.js';
import { pagingNotes } from '../paging.js';
import { addressKey, isRpdePage, rpdeItemPath, rpdePagesOf, type RpdePages } from './rpde-pages.js';
import { looksLikeJsonLd } from './adapter.js';
import { topLevelOf } from '../top-level.js';

export { isJsonLdEventShape };
// The RPDE pager travels with the converter (see adapter.ts `expand`).
export { followRpde } from './rpde.js';

export interface JsonLdOptions {
  /** Programme timezone: times with offsets are converted to wall time here. Default Europe/London. */
  timezone?: string;
  /** Locale for prices written into cost details (`£3.50`). Default en-GB. */
  locale?: string;
  /** Start of schedules that give no start date (`YYYY-MM-DD`). Default: today in the programme zone. */
  today?: string | CalendarDate;
  /** The document's address: its relative links are read against it. Without it, they are left out. */
  base?: string;
}

export interface JsonLdResult {
  events: FeedEvent[];
  diagnostics: Diagnostic[];
}

function todayFrom(option: JsonLdOptions['today'], timezone: string): CalendarDate {
  if (typeof option === 'string') return parseIsoDate(option) ?? todayIn(timezone);
  return option ?? todayIn(timezone);
}

/**
 * Converts schema.org Event JSON-LD to native feed events plus diagnostics. Never throws:
 * anything that is not an event, or cannot be read, is reported and left out.
 */
export function jsonLdToEvents(json: unknown, options: JsonLdOptions = {}): JsonLdResult {
  let collected: Collected;
  try {
    collected = collect(json);
  } catch (error) {
    return { events: [], diagnostics: [{ path: '', message: `not readable JSON-LD: ${String(error)}`, action: 'skipped' }] };
  }
  return eventsOf(collected, options, isRpdePage(json) ? 1 : 0);
}

/**
 * The events of a walked document (`collect`): the one walk serves detection, the zone and the
 * conversion. `rpdePages`: how many pages of an OpenActive RPDE feed it holds (0: it is not one).
 */
function eventsOf(collected: Collected, options: JsonLdOptions, rpdePages: number): JsonLdResult {
  const timezone = options.timezone && isValidTimeZone(options.timezone) ? options.timezone : 'Europe/London';
  const diagnostics: Diagnostic[] = [];
  const ctx: Context = {
    timezone,
    locale: options.locale || 'en-GB',
    today: todayFrom(options.today, timezone),
    diagnostics,
    usedIds: new Set(),
    orphans: [],
    byId: collected.byId,
    indexRest: collected.indexRest,
    nestedIn: nestingOf(collected.found),
    ...(options.base ? { base: options.base } : {}),
  };
  ctx.listsSessions = new Set(collected.found.map((found) => parentOf(found, ctx)).filter((parent): parent is JsonNode => !!parent));
  const events: FeedEvent[] = [];
  const byNode: NodeEvents[] = [];
  for (const { path, reason, item } of collected.skipped) {
    diagnostics.push(item ? { path, message: reason, action: 'skipped', item } : { path, message: reason, action: 'skipped' });
  }
  for (const found of collected.found) {
    // One event no reader expected costs that event, not the rest: its partial output and
    // diagnostics are discarded and one diagnostic names it.
    const mark = diagnostics.length;
    try {
      const made = mapNode(found, ctx);
      events.push(...made);
      if (made.length) byNode.push({ node: found.node, parent: parentOf(found, ctx), events: made });
    } catch (error) {
      diagnostics.length = mark;
      const diagnostic: Diagnostic = { path: found.path, message: `could not be read (${String(error).slice(0, 200)})`, action: 'skipped' };
      const name = nameOf(found.node);
      if (name) diagnostic.item = name;
      diagnostics.push(diagnostic);
    }
  }
  if (ctx.orphans.length) {
    const [first] = ctx.orphans;
    const named = typeof first!.superEvent === 'string' ? first!.superEvent : JSON.stringify(first!.superEvent);
    const who = ctx.orphans.length === 1 ? 'has no name and names' : `and ${ctx.orphans.length - 1} more sessions have no name and name`;
    diagnostics.push({
      path: join(first!.path, 'superEvent'),
      message: `${who} a superEvent that is not in this document (${preview(named)}): OpenActive publishes sessions and their series in separate feeds, so point the calendar at a feed that has the series (its SessionSeries feed)`,
      action: 'skipped',
    });
  }
  if (!collected.found.length) {
    // An RPDE page lists what changed after the page before it: an empty one is the end of a feed, read from its first page.
    const message =
      rpdePages > 1
        ? `an OpenActive RPDE feed with no events on its ${rpdePages} pages now (its items were deleted)`
        : rpdePages
          ? "an OpenActive RPDE page with no events on it; its items are the changes after the page before it, so point the calendar at the feed's first page"
          : 'no schema.org Event found';
    diagnostics.push({ path: '', message, action: rpdePages ? 'warning' : 'skipped' });
  }
  replaceGeneratedSessions(byNode);
  return { events, diagnostics };
}

const nestings = new WeakMap<readonly FoundNode[], Map<JsonNode, JsonNode>>();

/**
 * Each event written inside another (a `subEvent`, a course's instance), with the one it is in.
 * Built once per walk: the events and the programme's name both read it.
 */
function nestingOf(found: readonly FoundNode[]): Map<JsonNode, JsonNode> {
  let nesting = nestings.get(found);
  if (!nesting) {
    nesting = new Map();
    for (const { node, parent } of found) if (parent) nesting.set(node, parent);
    nestings.set(found, nesting);
  }
  return nesting;
}

/** The first valid `scheduleTimezone` of the document's events, if any. */
function documentTimezone({ found }: Collected): string | undefined {
  for (const { node } of found) {
    for (const schedule of asList(node[scheduleKey(node)])) {
      const zone = isObject(schedule) ? textOf(schedule['scheduleTimezone']) : undefined;
      if (zone && isValidTimeZone(zone)) return zone;
    }
  }
  return undefined;
}

/**
 * What a JSON-LD document calls itself, for the programme's name: its own `name` (an `ItemList`
 * or `DataFeed` wrapper), else its first event's organiser when that is an organisation. Never a
 * person's name (an organiser may be a volunteer) nor the file's address: `''` when there is
 * neither, and `<pc-feed-status>` then shows no name.
 */
function programmeNameOf(data: unknown, { found, byId }: Collected): string {
  // A wrapper's name (a single event's own name is the event's, and a course's its instances', not the programme's).
  const own = isObject(data) && !found.some(({ node, parent }) => node === data || parent === data) ? textOf(data['name']) : undefined;
  if (own) return feedText(own, 200).text ?? '';
  const first = found[0];
  // The organiser, followed to its node when it is a reference (`{"@id": …}` or the id itself).
  // A course names its organisation as its `provider`.
  // A session's organiser may be its series' (or that series' own series'), as OpenActive publishes them.
  const parent = first && inheritedFrom(first, { byId, nestedIn: nestingOf(found) });
  const organiser = first ? resolve(asList(field(first.node, parent, 'organizer') ?? field(first.node, parent, 'provider'))[0], { byId }) : undefined;
  if (!isObject(organiser)) return '';
  const types = typesOf(organiser);
  const isOrganisation = types.length > 0 && !types.includes('Person') && types.some((type) => ORGANISATION_TYPES.test(type));
  const name = isOrganisation ? textOf(organiser['name']) : undefined;
  return (name && feedText(name, 200).text) || '';
}

/** schema.org Organization and the subtypes feeds use for councils, charities, clubs and venues. */
const ORGANISATION_TYPES = /Organi[sz]ation$|^(NGO|Corporation|LocalBusiness|SportsClub|SportsTeam|School|Library|CivicStructure|Consortium)$/;

/**
 * When the document's data last changed: the latest `dateModified` of the document and its
 * events, and of an RPDE page's items their `modified` when it is a date (RPDE allows a number,
 * a change counter, which says nothing about when). A `dateModified` that is not a date, and a
 * date in the future, are reported and not used.
 */
function lastUpdatedOf(data: unknown, { found }: Collected, diagnostics: Diagnostic[]): string | undefined {
  const dates: string[] = [];
  const read = (value: unknown, path: string, item: string | undefined, mustBeDate: boolean) => {
    const text = typeof value === 'number' ? undefined : textOf(value);
    if (text === undefined || (!mustBeDate && !FEED_DATE_PATTERN.test(text))) return;
    const problem = feedDateProblem(text);
    if (!problem) return void dates.push(text);
    const diagnostic: Diagnostic = {
      path,
      message: `${problem} (got ${preview(text)}), so it is not used as the date the data last changed`,
      action: 'dropped',
    };
    if (item) diagnostic.item = item;
    diagnostics.push(diagnostic);
  };
  const root = isObject(data) && !found.some(({ node }) => node === data) ? data : undefined;
  if (root) read(root['dateModified'], 'dateModified', undefined, true);
  if (root && Array.isArray(root['items'])) {
    root['items'].forEach((entry, i) => isObject(entry) && read(entry['modified'], `items[${i}].modified`, undefined, false));
  }
  for (const { node, path } of found) read(node['dateModified'], join(path, 'dateModified'), nameOf(node), true);
  return latestFeedDate(dates);
}

/**
 * The document's events in the native model. The programme zone is the document's first
 * `scheduleTimezone`, else Europe/London; its name is `programmeNameOf`'s.
 */
function toNativeFeed(data: unknown, collected: Collected, source: string): Converted {
  const timezone = documentTimezone(collected) ?? 'Europe/London';
  const rpdeDocument = isRpdePage(data);
  const rpde = rpdeDocument ? rpdePagesOf(data, (data as { items: unknown[] }).items.length) : undefined;
  const base = addressOf(source);
  const { events, diagnostics } = eventsOf(collected, { timezone, ...(base ? { base } : {}) }, rpdeDocument ? (rpde?.pages ?? 1) : 0);
  const name = programmeNameOf(data, collected);
  const lastUpdated = lastUpdatedOf(data, collected, diagnostics);
  // A merged RPDE feed's items named by their pages, as its publisher has them.
  if (rpde) for (const diagnostic of diagnostics) diagnostic.path = rpdeItemPath(diagnostic.path, rpde);
  const feed: Feed = {
    version: '1.0',
    programme: { name: name.slice(0, 200), timezone, locale: 'en-GB', areas: [], categories: [], ...(lastUpdated ? { lastUpdated } : {}) },
    services: [],
    events,
    forms: {},
  };
  // What the paging found: only an RPDE feed's (another document's keys are its publisher's words, not ours).
  const paging = rpdeDocument ? [...pagingNotes(data), ...unfollowed(data as { items: unknown[]; next: string }, rpde, base)] : [];
  return { feed, diagnostics: [...paging, ...diagnostics] };
}

/**
 * A note that an RPDE page's later pages were not read: it names a next page, and it was not
 * followed (its pager's file did not load, or the document did not come through the data client).
 */
function unfollowed(page: { items: unknown[]; next: string }, pages: RpdePages | undefined, base: string | undefined): Diagnostic[] {
  if (pages || !page.items.length) return [];
  let next: string;
  try {
    next = new URL(page.next, base).href;
  } catch {
    next = page.next;
  }
  if (base && addressKey(next) === addressKey(base)) return [];
  const message = "names the feed's next page, which was not read: sessions published after this page's may be missing";
  return [{ path: 'next', message, action: 'warning', incomplete: true }];
}

/**
 * What the calendar's lazy adapter (jsonld-lazy.ts) runs on a document its cheap shape test
 * took for JSON-LD: the conversion, or "not a feed" with the reason when it has no events.
 * The document is walked once, for the test and the conversion both.
 */
export function convertEventsDocument(data: unknown, options: AdapterOptions): Converted {
  const collected = isObject(data) || Array.isArray(data) ? collectSafely(data) : undefined;
  // An OpenActive RPDE page with nothing on it now (no items, or only deleted ones) is a feed with no events, not another kind of document.
  if (collected && !collected.found.length && !collected.skipped.length && isRpdePage(data)) return toNativeFeed(data, collected, options.source);
  if (!collected?.found.length) {
    const seen = [...new Set(collected?.skipped.map(({ reason }) => reason) ?? [])].slice(0, 3);
    // Only `format="jsonld"` hands over a document that is not JSON-LD at all (`auto` never does): say so, and what reads it.
    if (!looksLikeJsonLd(data)) {
      throw new FeedError(
        'not-a-feed',
        `${options.source || 'The document'} is not schema.org JSON-LD (no "@context", "@type" or "@graph", and no OpenActive RPDE items; ` +
          `found ${topLevelOf(data)}), as format="jsonld" expects. With format="auto" (the default), a widget recognises ` +
          'native feeds, Open Referral UK and Outpost directories, schema.org JSON-LD and OpenActive feeds.',
      );
    }
    throw new FeedError(
      'not-a-feed',
      `${options.source || 'The document'} is JSON-LD but has no schema.org Event (or subtype) in it` +
        (seen.length ? ` (its items: ${seen.map((reason) => `one ${reason}`).join('; ')}).` : '.'),
    );
  }
  return toNativeFeed(data, collected, options.source);
}

/** The feed's absolute address (its `src` may be relative to the page), for its relative links. */
function addressOf(source: string): string | undefined {
  try {
    return source ? new URL(source, globalThis.document?.baseURI).href : undefined;
  } catch {
    return undefined;
  }
}

/** `collect`, or undefined for a document it cannot walk (as `isJsonLdEventShape` answers false for it). */
function collectSafely(data: unknown): Collected | undefined {
  try {
    return collect(data);
  } catch {
    return undefined;
  }
}
