/**
 * Reads a native (v1) feed leniently: one bad service must not hide the other 4,999.
 * Lists are validated one item at a time. An item whose problems are all in optional parts
 * loses just those parts; an item with a bad required field is left out. Every decision is
 * recorded (a `Draft`) so the publishing data team can fix the source; feed-report.ts words
 * the drafts as Diagnostics. Its English loads only when a feed has something to report, so a
 * clean feed never downloads it. Only a document that is not a feed at all (wrong shape,
 * version or programme) throws (a `FeedRefusal`).
 */
import { FeedError, type Diagnostic } from './errors.js';
import { isJsonObject } from './json-object.js';
import {
  CategorySchema,
  EventSchema,
  OptionSchema,
  ProgrammeSchema,
  ServicePlaceSchema,
  ServiceSchema,
  type Feed,
  type FeedbackSummary,
  type FeedEvent,
  type Forms,
  type Programme,
  type Service,
  type ServicePlace,
  VERSION_PATTERN,
} from './feed-schema.js';
import { read, type Problem, type Removal, type Repair, type Schema } from './schema-kit.js';

type Json = Record<string, unknown>;

/** Cheap shape test for format auto-detection: no validation, no allocation. */
export function isNativeFeedShape(json: unknown): boolean {
  return isJsonObject(json) && isJsonObject(json.programme) && typeof json.version === 'string';
}

/** The ids that items may refer to; used for warnings, never to drop anything. */
export interface FeedRefs {
  categoryIds: ReadonlySet<string>;
  areaIds: ReadonlySet<string>;
  /** Absent when the services were not validated: an event's serviceId is then not checked. */
  serviceIds?: ReadonlySet<string>;
}

/** What a Draft says is wrong; feed-report.ts has the words for each. */
export type DraftReason =
  /** An item left out: its first problem, and the others (keys relative to `at`). */
  | { problems: Problem[] }
  /** An optional part removed (keys relative to `at`). */
  | { removal: Removal }
  /** Text kept but shortened or cleaned (keys relative to `at`). */
  | { repair: Repair }
  /** Reading the item threw: a bug or an input no reader expected. */
  | { threw: unknown }
  | { notList: unknown }
  | { notObject: unknown }
  | { notText: unknown }
  | { repeats: { list: string; first: number; id: string; firstItem: unknown } }
  | { endBefore: { end: string; start: string } }
  /** A part of the feedback summary that holds what parents wrote (these keys): never read, never shown. */
  | { rawComments: string[] }
  /** A service's feedback counts below the scheme's own minimum: not published yet. */
  | { belowMinimum: { responses: number; minimum: number } }
  | { unknown: { kind: 'category' | 'area' | 'service'; id: string } };

/** A diagnostic before it is worded: where (`at`, a JSON path), why, and what was done. */
export type Draft = DraftReason & {
  at: string;
  action: Diagnostic['action'];
  item?: string;
};

/** Why a document is not a feed at all, before it is worded. */
export type Refusal =
  | { notObject: unknown }
  | { noHeader: string[] }
  | { version: unknown }
  | { programme: unknown }
  | { programmeUnusable: Draft };

/**
 * Thrown when a document is not a usable feed. feed-report.ts words `refusal` as the message;
 * this one stands when its chunk cannot load.
 */
export class FeedRefusal extends FeedError {
  constructor(readonly refusal: Refusal) {
    super('not-a-feed', 'The document is not a usable native feed (the reason is worded in the console).');
  }
}

/** Validates one part of the feed (its raw value from the document), recording drafts in `out`. */
export type FeedSection<T> = (raw: unknown, refs: FeedRefs, out: Draft[]) => T;

/** The parts to validate. A part left out is not read at all: its list is empty, forms are `{}`. */
export interface FeedSections {
  services?: FeedSection<Service[]>;
  /** Services for a bundle that reads only their place and booking (the calendar's); `services` wins when both are asked for. */
  servicePlaces?: FeedSection<Service[]>;
  events?: FeedSection<FeedEvent[]>;
  forms?: FeedSection<Forms>;
  /** The published feedback summary (validate-feedback-summary.ts); `undefined` when the feed has none, or it was refused. */
  feedbackSummary?: FeedSection<FeedbackSummary | undefined>;
}

// Each section is its own export, so a bundle that never names one leaves out its schemas.
export const servicesSection: FeedSection<Service[]> = (raw, refs, out) =>
  validateList(raw, 'services', ServiceSchema, out, {
    warn: (service, path, item) => warnUnknownRefs(service, path, item, refs, out),
  });

/**
 * Services with only `ServicePlaceSchema`'s fields checked: an item without a valid id or name
 * is left out, a bad place or booking removed, and each is held as a `Service` with just those
 * fields (see `placeOnly`).
 */
export const servicePlacesSection: FeedSection<Service[]> = (raw, refs, out) =>
  validateList(raw, 'services', ServicePlaceSchema, out, {
    warn: (service, path, item) => warnUnknownArea(service.area, path, item, refs, out),
  }).map(placeOnly);

export const eventsSection: FeedSection<FeedEvent[]> = (raw, refs, out) =>
  validateList(raw, 'events', EventSchema, out, {
    reject: endBeforeStart,
    warn: (event, path, item) => {
      warnUnknownRefs(event, path, item, refs, out);
      if (event.serviceId !== undefined && refs.serviceIds && !refs.serviceIds.has(event.serviceId)) {
        out.push({ at: `${path}.serviceId`, unknown: { kind: 'service', id: event.serviceId }, action: 'warning', item });
      }
    },
  });

/**
 * Validates a parsed native feed for a widget that reads only some parts of it, e.g.
 * `checkFeedSections(json, { services: servicesSection })`. The header (version and programme)
 * is always validated; the parts not asked for are left empty. Returns the cleaned feed
 * (defaults applied, text trimmed) and the drafts of what was repaired. Never mutates `json`.
 * @throws FeedRefusal when the document is not a usable v1 feed at all.
 */
export function checkFeedSections(json: unknown, sections: FeedSections): { feed: Feed; drafts: Draft[] } {
  if (!isJsonObject(json)) throw new FeedRefusal({ notObject: json });
  // `feedbackSummary` is never passed on unread: it is shown only as its section checked it.
  // `takesFeedback` is validation's note (below), never the document's: a feed cannot claim it.
  const { $schema, version, programme, services, events, forms, feedbackSummary, takesFeedback: _claimed, ...extras } = json;
  if (version === undefined && programme === undefined) throw new FeedRefusal({ noHeader: Object.keys(json) });
  if (typeof version !== 'string' || !VERSION_PATTERN.test(version)) throw new FeedRefusal({ version });
  if (!isJsonObject(programme)) throw new FeedRefusal({ programme });

  const drafts: Draft[] = [];
  const programmeOut = validateProgramme(programme, drafts);
  const refs: FeedRefs = {
    categoryIds: new Set(programmeOut.categories.map((c) => c.id)),
    areaIds: new Set(programmeOut.areas.map((a) => a.id)),
  };
  const readServices = sections.services ?? sections.servicePlaces;
  const serviceList = readServices?.(services, refs, drafts) ?? [];
  if (readServices) refs.serviceIds = new Set(serviceList.map((s) => s.id));

  const feed: Feed = {
    ...extras,
    version,
    programme: programmeOut,
    services: serviceList,
    events: sections.events?.(events, refs, drafts) ?? [],
    forms: sections.forms?.(forms, refs, drafts) ?? {},
  };
  const summary = sections.feedbackSummary?.(feedbackSummary, refs, drafts);
  if (summary) feed.feedbackSummary = summary;
  // Read even when `forms` is not: the finder and the calendar offer the feedback card by it.
  if (isJsonObject(forms) && isJsonObject(forms.feedback)) feed.takesFeedback = true;
  if (typeof $schema === 'string') feed.$schema = $schema;
  else if ($schema !== undefined) drafts.push({ at: '$schema', notText: $schema, action: 'dropped' });
  return { feed, drafts };
}

// ---------------------------------------------------------------------------------------

/**
 * A service read for its place only, as the feed holds services: what was checked, and the
 * contract's empty lists for the rest. The fields that were not checked are left out, never
 * passed on unread, so no widget can read an unchecked value as a checked one.
 */
function placeOnly({ id, name, area, location, booking }: ServicePlace): Service {
  return { id, name, area, location, booking, categories: [], schedule: [], languages: [], accessibility: [] };
}

function validateProgramme(raw: Json, out: Draft[]): Programme {
  // Areas and categories are lists: validated item by item below, not as part of the header.
  const { areas, categories, ...header } = raw;
  const local: Draft[] = [];
  const programme = validateItem(ProgrammeSchema, header, 'programme', undefined, local);
  if (!programme) throw new FeedRefusal({ programmeUnusable: local[0] });
  out.push(...local);
  programme.areas = validateList(areas, 'programme.areas', OptionSchema, out);
  programme.categories = validateList(categories, 'programme.categories', CategorySchema, out);
  return programme;
}

interface ListRules<T> {
  /** A reason to leave out an otherwise valid item, e.g. an end before its start. */
  reject?: (value: T) => ({ field: string } & DraftReason) | undefined;
  /** Record warnings about a kept item. */
  warn?: (value: T, path: string, item: string | undefined) => void;
}

export function validateList<T extends { id: string }>(
  raw: unknown,
  path: string,
  schema: Schema<T>,
  out: Draft[],
  rules: ListRules<T> = {},
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    out.push({ at: path, notList: raw, action: 'skipped' });
    return [];
  }
  const kept: T[] = [];
  const firstIndexById = new Map<string, number>();
  for (let index = 0; index < raw.length; index++) {
    const input: unknown = raw[index];
    const itemPath = `${path}[${index}]`;
    let item: string | undefined;
    const mark = out.length;
    try {
      item = labelOf(input);
      const value = validateItem(schema, input, itemPath, item, out);
      if (value === undefined) continue;
      const rejection = rules.reject?.(value);
      if (rejection) {
        out.push({ ...rejection, at: `${itemPath}.${rejection.field}`, action: 'skipped', item });
        continue;
      }
      const first = firstIndexById.get(value.id);
      if (first !== undefined) {
        // The item it clashes with, for the words to name it (feed-report.ts).
        out.push({ at: `${itemPath}.id`, repeats: { list: path, first, id: value.id, firstItem: raw[first] }, action: 'skipped', item });
        continue;
      }
      rules.warn?.(value, itemPath, item);
      firstIndexById.set(value.id, index);
      kept.push(value);
    } catch (error) {
      // One item no reader expected (a bug, or script-made data) must not cost the others.
      out.length = mark;
      out.push({ at: itemPath, threw: error, action: 'skipped', item });
    }
  }
  return kept;
}

/**
 * Validates one item: a bad optional part (an optional field, or one entry of a list) is
 * removed and reported; a bad required part leaves the whole item out.
 */
export function validateItem<T>(schema: Schema<T>, input: unknown, path: string, item: string | undefined, out: Draft[]): T | undefined {
  const { value, problems, removed, repaired } = read(schema, input);
  if (value === undefined) {
    out.push({ at: path, problems, action: 'skipped', item });
    return undefined;
  }
  for (const removal of removed) out.push({ at: path, removal, action: 'dropped', item });
  for (const repair of repaired) out.push({ at: path, repair, action: 'warning', item });
  return value;
}

/** The item's id, name or title, for diagnostics. */
function labelOf(input: unknown): string | undefined {
  if (!isJsonObject(input)) return undefined;
  for (const key of ['id', 'name', 'title', 'label']) {
    const value = input[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 80);
  }
  return undefined;
}

/** Local date-times compare as text once padded to the same precision. */
function endBeforeStart(event: FeedEvent): ({ field: string } & DraftReason) | undefined {
  if (event.end === undefined) return undefined;
  const dateOnly = event.start.length === 10 || event.end.length === 10;
  const start = dateOnly ? event.start.slice(0, 10) : event.start.padEnd(19, ':00');
  const end = dateOnly ? event.end.slice(0, 10) : event.end.padEnd(19, ':00');
  if (end >= start) return undefined;
  return { field: 'end', endBefore: { end: event.end, start: event.start } };
}

function warnUnknownRefs(value: Service | FeedEvent, path: string, item: string | undefined, refs: FeedRefs, out: Draft[]): void {
  value.categories.forEach((id, index) => {
    if (!refs.categoryIds.has(id)) out.push({ at: `${path}.categories[${index}]`, unknown: { kind: 'category', id }, action: 'warning', item });
  });
  warnUnknownArea(value.area, path, item, refs, out);
}

function warnUnknownArea(area: string | undefined, path: string, item: string | undefined, refs: FeedRefs, out: Draft[]): void {
  if (area !== undefined && !refs.areaIds.has(area)) out.push({ at: `${path}.area`, unknown: { kind: 'area', id: area }, action: 'warning', item });
}
