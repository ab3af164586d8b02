/**
 * What the JSON-LD converter's readers share while converting one document: the options after
 * defaults, the diagnostics being collected, the ids already given out and the document's nodes
 * by `@id`; with the ways every reader looks a value up (a reference followed to its node, a
 * field taken from the node or else its parent, or else only a series of sessions). Apart so wall-time.ts, fields.ts, schedule.ts
 * and assemble.ts can all use them without importing one another; loaded only with the converter.
 */
import type { Diagnostic } from '../../data/errors.js';
import type { CalendarDate } from '../../time/calendar-date.js';
import { idOf, isObject, typesOf, type JsonNode } from './detect.js';

export interface Context {
  timezone: string;
  locale: string;
  today: CalendarDate;
  diagnostics: Diagnostic[];
  usedIds: Set<string>;
  byId: Map<string, JsonNode>;
  /** Indexes the rest of the document's ids, the first time a reference is not found (`Collected.indexRest`). */
  indexRest?: (() => void) | undefined;
  /** Sessions left out for want of a name because the series their `superEvent` names is not in the document: reported once, together. */
  orphans: { path: string; superEvent: unknown }[];
  /** The document's own address, which its relative links (`/whats-on/baby-yoga`) are read against. */
  base?: string;
  /** The event a node is written inside (a `subEvent`'s, a course instance's): its parent by nesting, not by reference. */
  nestedIn?: Map<JsonNode, JsonNode>;
  /** The series whose sessions the document lists (as their `subEvent`s, or sessions naming them in `superEvent`). */
  listsSessions?: Set<JsonNode>;
}

/**
 * Replaces a reference by the node it names, when the document has it: a bare
 * `{ "@id": … }` object, or a string that is some node's `@id` (OpenActive's `superEvent`).
 */
export function resolve(value: unknown, ctx: Pick<Context, 'byId' | 'indexRest'>): unknown {
  const ref = isObject(value) && Object.keys(value).length <= 2 ? idOf(value) : undefined;
  if (ref) return lookUp(ref, ctx) ?? value;
  if (typeof value === 'string') return (LOOKS_LIKE_ID.test(value) ? lookUp(value, ctx) : ctx.byId.get(value)) ?? value;
  return value;
}

/** A string that may be an id (an address, a `#fragment`, a `urn:`), not a place's or a person's name. */
const LOOKS_LIKE_ID = /^(?:#|[a-z][a-z\d+.-]*:)\S*$/i;

/** The node with this id; the first miss indexes the rest of the document, once. */
function lookUp(id: string, ctx: Pick<Context, 'byId' | 'indexRest'>): JsonNode | undefined {
  const found = ctx.byId.get(id);
  if (found || !ctx.indexRest) return found;
  ctx.indexRest();
  ctx.indexRest = undefined;
  return ctx.byId.get(id);
}

/**
 * Where a node keeps its schedule: `eventSchedule`, else a course instance's `courseSchedule`
 * (schema.org's, as course listings for search engines write it).
 */
export const scheduleKey = (node: JsonNode): 'eventSchedule' | 'courseSchedule' =>
  node['eventSchedule'] === undefined && node['courseSchedule'] !== undefined ? 'courseSchedule' : 'eventSchedule';

/** A field of the node, else of its parent (an OpenActive session's superEvent). */
export function field(node: JsonNode, parent: JsonNode | undefined, key: string): unknown {
  const own = node[key];
  return own !== undefined && own !== null ? own : parent?.[key];
}

/**
 * A series of sessions (OpenActive's SessionSeries, schema.org's EventSeries): its `duration` and
 * `offers` are each session's, and its `startDate` and `endDate` the season they fall in.
 */
const SESSION_SERIES_TYPES = new Set(['SessionSeries', 'EventSeries']);

/** The node's session-series type, if it is one. */
export function sessionSeriesType(node: JsonNode): string | undefined {
  return typesOf(node).find((t) => SESSION_SERIES_TYPES.has(t));
}

/**
 * A field of the node, else of its parent only when that is a series of sessions: a headline
 * event's `duration` (`P1D`) is the whole day's, and a course's `offers` the whole course's price,
 * never each race's or class's.
 */
export function sessionField(node: JsonNode, parent: JsonNode | undefined, key: string): unknown {
  const own = node[key];
  if (own !== undefined && own !== null) return own;
  return parent && sessionSeriesType(parent) ? parent[key] : undefined;
}
