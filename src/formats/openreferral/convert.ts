/**
 * Open Referral UK (HSDS 3.0, UK profile) → the native feed.
 *
 * Councils publish family-service directories in this standard, as static files or a live
 * API. This adapter reads a service list page (`{total_items, total_pages, page_number,
 * contents: [...]}`), a single full service, a list of services, a `{services: [...]}`
 * wrapper or a service-at-location list, and maps what a parent needs into `Feed`.
 *
 * Real feeds are messy. The adapter never throws on bad input; it keeps what it can and
 * reports the rest as `Diagnostic`s for the data team:
 * - inactive/defunct services are left out (`skipped`), "temporarily closed" ones shown with a warning;
 * - out-of-range coordinates, non-UK postcodes, non-http(s) websites, bad phones/emails are `dropped`;
 * - times ending in `Z` or an offset are read as UK wall time (what such feeds mean) and
 *   reported once as a `warning`;
 * - placeholder text such as `fees: "fees_description"` is dropped;
 * - validation and conversion are one pass: each field reader gives only what the native
 *   schema accepts as it is (ids, lengths, patterns, ranges), so a service is never walked a
 *   second time. The tests hold every conversion to that: the native schema must read the
 *   result without removing, repairing, trimming or defaulting anything (and the links are
 *   checked again where they are drawn).
 */
import type { Diagnostic } from '../../data/errors.js';
import { FEED_VERSION, type Feed, type Service } from '../../data/feed-schema.js';
import { formatPath, preview } from '../../data/format.js';
import { isWebUrl } from '../../data/safe-url.js';
import { shortenClean } from '../../text/feed-text.js';
import { mapAccessibility, mapAges, mapBooking, mapCategories, mapContact, mapCost, mapLanguages, mapLastChecked, mapLastModified, organisationKeyOf } from './fields.js';
import { locationEntries, mapArea, mapLocation, type SalItem } from './places.js';
import { joinSchedules, mapSchedules, scheduleList, scheduleSite } from './schedules.js';
import { asArray, asObject, Context, field, plain, slugify, toId, toNumber, type Json, type Where } from './read.js';
import { envelopeOf, isServiceAtLocation } from './detect.js';
import { mergedItemPath, pageStartsOf, type PageStarts } from './merged.js';
import { latestFeedDate } from '../last-changed.js';

export { slugify } from './read.js';
export { isOpenReferralApiRoot, isOpenReferralShape } from './detect.js';

export interface OpenReferralOptions {
  /** Name for `feed.programme.name`; none (`''`) when not given. */
  programmeName?: string;
}

export interface OpenReferralResult {
  feed: Feed;
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------
// One service

const INACTIVE = new Set(['inactive', 'defunct']);

/**
 * Maps one HSDS service. A service offered at several places becomes one native service
 * per place (ids `<service id>:<location id>`), so each can be sorted by distance.
 */
function mapService(source: Json, ctx: Context, where: Where, salItem?: SalItem): Service[] {
  const status = typeof field(source, 'status') === 'string' ? (field(source, 'status') as string).trim().toLowerCase() : '';
  if (INACTIVE.has(status)) {
    ctx.report(where, ['status'], `status is ${preview(field(source, 'status'))}: not shown to parents`, 'skipped');
    return [];
  }
  const name = ctx.text(field(source, 'name'), 200, where, ['name']);
  if (!name) {
    if (field(source, 'name') === undefined) ctx.report(where, ['name'], 'is required', 'skipped');
    else ctx.report(where, ['name'], `must be a non-empty name (got ${preview(field(source, 'name'))})`, 'skipped');
    return [];
  }
  if (status === 'temporarily closed') {
    ctx.report(where, ['status'], 'status is "temporarily closed"; shown, but check whether it should be', 'warning');
  }
  let id = toId(field(source, 'id'));
  if (!id) {
    id = slugify(name) || 'service';
    ctx.report(where, ['id'], `is missing or not usable as an id (got ${preview(field(source, 'id'))}); using ${preview(id)}`, 'warning');
  } else if (id !== plain(field(source, 'id'))) {
    ctx.report(where, ['id'], `has characters ids cannot have; using ${preview(id)}`, 'warning');
  }

  const service: Service = {
    id,
    name,
    categories: mapCategories(source, ctx, where),
    schedule: [],
    languages: [],
    accessibility: [],
  };
  const description = ctx.text(field(source, 'description'), 5000, where, ['description'], true);
  if (description) service.description = description;
  const organisationKey = organisationKeyOf(source);
  const organisation = asObject(field(source, organisationKey));
  const organisationName = ctx.text(field(organisation, 'name'), 200, where, [organisationKey, 'name']);
  if (organisationName) service.organisation = organisationName;
  const ageRange = mapAges(source, ctx, where);
  if (ageRange) service.ageRange = ageRange;
  const cost = mapCost(source, ctx, where);
  if (cost) service.cost = cost;
  const area = mapArea(source, ctx, where);
  if (area) service.area = area;
  const booking = mapBooking(source);
  if (booking) service.booking = booking;
  const lastChecked = mapLastChecked(source);
  if (lastChecked) service.lastChecked = lastChecked;

  const entries = locationEntries(source, where, salItem);
  // The service's own features (Outpost lists `accessibilities`, `send_needs` and `suitabilities` on the service): read once, for every place.
  const serviceFeatures = mapAccessibility(source, ctx, where, []);
  const own = scheduleList(source);
  // The service's times for every place; those naming a place are read for that place below. Without
  // places in the document there is nothing to tell them apart by, and all are the service's.
  const serviceSchedules = entries.length
    ? mapSchedules(own.list, ctx, where, [own.key], (schedule) => !scheduleSite(schedule))
    : mapSchedules(own.list, ctx, where, [own.key]);
  const siteIds = new Set(entries.length ? asArray(own.list).map((raw) => scheduleSite(asObject(raw))).filter((site) => site !== undefined) : []);
  const places = entries.length ? entries : [undefined];
  const usedIds = new Set<string>();
  let placeTimesRead = false;

  const services = places.map((entry, index) => {
    const copy: Service = { ...service, categories: [...service.categories] };
    if (entry && places.length > 1) {
      const locationId = toId(field(entry.location, 'id')) ?? String(index + 1);
      let composite = `${id}:${locationId}`.slice(0, 128);
      if (usedIds.has(composite)) composite = `${id}:${index + 1}`.slice(0, 128);
      usedIds.add(composite);
      copy.id = composite;
    }
    const location = entry && mapLocation(entry, ctx);
    if (location) copy.location = location;

    // Schedules: the service's own (for every place, and this place's), else this place's (service_at_location, then location).
    let schedules = serviceSchedules;
    const placeIds = entry ? [plain(field(entry.sal, 'id')), plain(field(entry.location, 'id'))].filter((id) => id !== undefined) : [];
    if (placeIds.some((id) => siteIds.has(id))) {
      placeTimesRead = true;
      const forThisPlace = (schedule: Json | undefined) => placeIds.includes(scheduleSite(schedule) ?? '');
      schedules = joinSchedules(serviceSchedules, mapSchedules(own.list, ctx, where, [own.key], forThisPlace));
    }
    if (schedules.sessions.length === 0 && entry) {
      const salList = entry.sal && scheduleList(entry.sal);
      const fromSal = salList ? mapSchedules(salList.list, ctx, entry.where, [...entry.salKeys, salList.key]) : undefined;
      const placeList = scheduleList(entry.location);
      schedules = fromSal?.sessions.length
        ? fromSal
        : mapSchedules(placeList.list, ctx, entry.where, [...entry.keys, placeList.key]);
      if (!schedules.sessions.length) schedules = { sessions: [], note: schedules.note ?? fromSal?.note ?? serviceSchedules.note };
    }
    copy.schedule = schedules.sessions.map((s) => ({ ...s, byDay: [...s.byDay] }));
    if (schedules.note) copy.scheduleNote = shortenClean(schedules.note, 300);

    copy.languages = mapLanguages(
      [
        { list: field(source, 'languages'), at: where, keys: ['languages'] },
        ...(entry ? [{ list: field(entry.location, 'languages'), at: entry.where, keys: [...entry.keys, 'languages'] }] : []),
      ],
      ctx,
    );
    // A place's features, then the service's own.
    const features = [...(entry ? mapAccessibility(entry.location, ctx, entry.where, entry.keys) : []), ...serviceFeatures];
    copy.accessibility = features.filter((feature, i) => features.findIndex((f) => f.toLowerCase() === feature.toLowerCase()) === i);
    const contact = mapContact(source, entry, ctx, where);
    if (contact) copy.contact = contact;
    return copy;
  });
  if (siteIds.size && !placeTimesRead) {
    const named = [...siteIds].map((id) => preview(id)).join(', ');
    ctx.report(where, [own.key], `has opening times for places this service is not offered at (${named}); they are not shown`, 'dropped');
  }
  return services;
}

// ---------------------------------------------------------------------------
// Documents

interface Item {
  raw: unknown;
  where: Where;
  /** From a service-at-location list: the same service may appear once per place. */
  sal?: SalItem;
}

function itemsOf(json: unknown, ctx: Context): Item[] {
  const label = (raw: unknown): string | undefined => plain(field(asObject(raw), 'name')) ?? plain(field(asObject(raw), 'id'));
  /** A service-at-location entry `{id, service, location}`: a service with one place. */
  const salItem = (entry: Json, path: string): Item => {
    const service = asObject(field(entry, 'service'));
    const item = label(service);
    return { raw: service, where: { path: formatPath(path, ['service']), item }, sal: { entry, where: { path, item } } };
  };
  const list = (values: unknown[], base: string, starts?: PageStarts): Item[] =>
    values.map((raw, index) => {
      const path = starts ? mergedItemPath(starts, index, base) : formatPath(base, [index]);
      return isServiceAtLocation(raw) ? salItem(raw as Json, path) : { raw, where: { path, item: label(raw) } };
    });
  if (Array.isArray(json)) return list(json, '');
  const o = asObject(json);
  if (!o) {
    ctx.report({ path: '' }, [], `is not an Open Referral UK document (got ${preview(json)})`, 'skipped');
    return [];
  }
  const paged = envelopeOf(o);
  if (paged) {
    const { envelope, items } = paged;
    const totalItems = toNumber(field(o, envelope.totalItems));
    const totalPages = toNumber(field(o, envelope.totalPages));
    if (totalPages === 1 && totalItems !== undefined && totalItems !== items.length) {
      ctx.report({ path: '' }, [envelope.totalItems], `says ${totalItems} services but the page has ${items.length}`, 'warning');
    }
    // A live directory's merged pages: items are named by their page.
    return list(items, envelope.list, pageStartsOf(o, items.length));
  }
  const services = field(o, 'services');
  if (Array.isArray(services)) return list(services, 'services');
  if (isServiceAtLocation(o)) return [salItem(o, '')];
  if (field(o, 'name') !== undefined || field(o, 'id') !== undefined) return [{ raw: o, where: { path: '', item: label(o) } }];
  ctx.report({ path: '' }, [], 'has no services (expected contents, services, or a single service)', 'skipped');
  return [];
}

/** Removes the entries a map or set gained after its first `size` (both keep insertion order). */
function forgetAfter(collection: Map<string, unknown> | Set<string>, size: number): void {
  [...collection.keys()].slice(size).forEach((key) => collection.delete(key));
}

/**
 * The name given, else none: a directory's services pages never say whose directory it is, and the
 * standard's name or the file's address is no programme a parent knows ("Ask Open Referral UK" in
 * the finder, a heading naming a data standard in `<pc-feed-status>`). Without a name, as for a
 * JSON-LD feed that names none, the status shows no heading and the finder says "ask us".
 */
function programmeName(options: OpenReferralOptions): string {
  return options.programmeName?.trim().slice(0, 200) ?? '';
}

/**
 * Maps an Open Referral UK document to the native feed. Never throws: unreadable input
 * gives an empty feed with diagnostics saying why.
 */
export function openReferralToFeed(json: unknown, options: OpenReferralOptions = {}): OpenReferralResult {
  const ctx = new Context();
  const services: Service[] = [];
  // Each id kept, with where its service was, so a duplicate names the service it clashes with.
  const seen = new Map<string, Where>();
  const seenSources = new Map<string, Where>();
  // When each service's record last changed: the latest is when the directory last changed.
  const modified: string[] = [];
  const clash = (id: string, first: Where | undefined) =>
    `duplicates the id ${preview(id)} of ${first ? `${first.path || 'the first service'}${first.item ? ` (${preview(first.item)})` : ''}` : 'an earlier service'}`;
  const mapItem = (raw: unknown, where: Where, sal: SalItem | undefined) => {
    const source = asObject(raw);
    if (!source) {
      ctx.report(where, [], `must be a service object (got ${preview(raw)})`, 'skipped');
      return;
    }
    // A repeated service is left out before mapping, so its problems are not reported twice.
    const sourceId = toId(field(source, 'id'));
    if (sourceId && !sal && seenSources.has(sourceId)) {
      ctx.report(where, ['id'], clash(sourceId, seenSources.get(sourceId)), 'skipped');
      return;
    }
    if (sourceId) seenSources.set(sourceId, where);
    const lastModified = mapLastModified(source, ctx, where);
    if (lastModified) modified.push(lastModified);
    for (let service of mapService(source, ctx, where, sal)) {
      if (seen.has(service.id) && sal) {
        // The same service at another place: told apart by the service-at-location id.
        const locationId = toId(field(sal.entry, 'id'));
        if (locationId) service = { ...service, id: `${service.id}:${locationId}`.slice(0, 128) };
      }
      if (seen.has(service.id)) {
        ctx.report(where, ['id'], clash(service.id, seen.get(service.id)), 'skipped');
        continue;
      }
      seen.set(service.id, where);
      services.push(service);
    }
  };
  let items: Item[] = [];
  try {
    items = itemsOf(json, ctx);
  } catch (error) {
    ctx.report({ path: '' }, [], `the list of services could not be read (${String(error).slice(0, 200)}); no services are shown`, 'skipped');
  }
  for (const { raw, where, sal } of items) {
    // One service no reader expected (a bug, or script-made data) costs that service, not the rest.
    const mark = ctx.diagnostics.length;
    const before = services.length;
    const categories = ctx.categories.size;
    const areas = ctx.areas.size;
    // The item's source id, if it added one: a later service with that id is then no duplicate.
    const sources = seenSources.size;
    const dates = modified.length;
    try {
      mapItem(raw, where, sal);
    } catch (error) {
      ctx.diagnostics.length = mark;
      for (const service of services.splice(before)) seen.delete(service.id);
      forgetAfter(ctx.categories, categories);
      forgetAfter(ctx.areas, areas);
      forgetAfter(seenSources, sources);
      modified.length = dates;
      ctx.report(where, [], `could not be read (${String(error).slice(0, 200)})`, 'skipped');
    }
  }

  const lastUpdated = latestFeedDate(modified);
  const feed: Feed = {
    version: FEED_VERSION,
    programme: {
      name: programmeName(options),
      timezone: 'Europe/London',
      locale: 'en-GB',
      areas: [...ctx.areas.values()],
      categories: [...ctx.categories.values()],
      ...(lastUpdated ? { lastUpdated } : {}),
    },
    services,
    events: [],
    forms: {},
  };
  return { feed, diagnostics: ctx.diagnostics };
}

// ---------------------------------------------------------------------------
// Detection and the live API

/** Paging of a service list page, to fetch the rest. */
export interface OpenReferralPageInfo {
  /** From 1. */
  page: number;
  totalPages: number;
  totalItems?: number;
  /** The envelope's key for the number of pages (`total_pages`, or `totalPages` on a v1 page). */
  totalPagesKey: string;
  /**
   * A v1-style page (`content`, `number`): what its first page is numbered, 0 (Spring Data) or 1
   * (Outpost, Kaminari), as its `page` parameter counts too. Absent for an HSDS 3 page (from 1).
   */
  firstNumber?: 0 | 1;
}

/**
 * The paging of a service list page. `requested`: the URL it was fetched from. A v1 page's
 * numbering is read from its `first` flag, else a `number` of 0, else (asked for without a
 * `page` parameter, so it is the first page) its own number; otherwise Spring Data's 0.
 */
export function openReferralPageInfo(json: unknown, requested?: URL): OpenReferralPageInfo | undefined {
  const o = asObject(json);
  const paged = o && envelopeOf(o);
  if (!paged) return undefined;
  const { envelope } = paged;
  const number = toNumber(field(o, envelope.page));
  const totalPages = toNumber(field(o, envelope.totalPages));
  const totalItems = toNumber(field(o, envelope.totalItems));
  const valid = number !== undefined && Number.isInteger(number) && number >= 0;
  let firstNumber: 0 | 1 | undefined;
  if (envelope.firstPage === 0) {
    const asked = !!requested?.searchParams.has('page');
    firstNumber = field(o, 'first') === true && (number === 0 || number === 1) ? number : number === 1 && !asked ? 1 : 0;
  }
  const info: OpenReferralPageInfo = {
    page: valid ? number + 1 - (firstNumber ?? envelope.firstPage) || 1 : 1,
    totalPages: totalPages !== undefined && Number.isInteger(totalPages) && totalPages >= 1 ? totalPages : 1,
    totalPagesKey: envelope.totalPages,
  };
  if (totalItems !== undefined && Number.isInteger(totalItems) && totalItems >= 0) info.totalItems = totalItems;
  if (firstNumber !== undefined) info.firstNumber = firstNumber;
  return info;
}

/**
 * URL of one page of `/services` on an Open Referral UK API:
 * `openReferralPageUrl('https://api.example.org/v3', { page: 2, perPage: 50 })` →
 * `https://api.example.org/v3/services?page=2&per_page=50`. A v1-style API (`firstNumber`, see
 * `OpenReferralPageInfo`) counts its `page` parameter from that number and keeps the URL's own
 * page size parameter, if any. `undefined` when the base is not an http(s) URL.
 */
export function openReferralPageUrl(
  baseUrl: string,
  { search, page, perPage, firstNumber }: { search?: string; page: number; perPage: number; firstNumber?: 0 | 1 },
): string | undefined {
  if (!isWebUrl(baseUrl)) return undefined;
  const url = new URL(baseUrl.trim());
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.endsWith('/services') ? path : `${path}/services`;
  const query = search?.trim();
  if (query) url.searchParams.set('search', query);
  else url.searchParams.delete('search');
  const from1 = Math.max(1, Math.floor(page) || 1);
  if (firstNumber !== undefined) {
    url.searchParams.set('page', String(from1 - 1 + firstNumber));
    return url.href;
  }
  url.searchParams.set('page', String(from1));
  url.searchParams.set('per_page', String(Math.max(1, Math.floor(perPage) || 1)));
  return url.href;
}
