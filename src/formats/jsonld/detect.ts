/**
 * Finding schema.org Event nodes in a JSON-LD document, and the value helpers the converter
 * (jsonld.ts) shares. Part of the converter's chunk: the entry's shape test for
 * `format="auto"` is the cheaper one in jsonld-lazy.ts.
 */
import { isJsonObject } from '../../data/json-object.js';

export type JsonNode = Record<string, unknown>;

/** A JSON-LD value as a list: a single value, an array, or nothing. */
export function asList(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** The first usable text of a value: a string, a number, `{ "@value": … }`, or the first of an array. */
export function textOf(value: unknown): string | undefined {
  for (const item of asList(value)) {
    if (typeof item === 'string' && item.trim()) return item.trim();
    if (typeof item === 'number' && Number.isFinite(item)) return String(item);
    if (item && typeof item === 'object' && '@value' in item) {
      const inner = textOf((item as Record<string, unknown>)['@value']);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The last segment of a schema.org term: `https://schema.org/EventCancelled` → `EventCancelled`. */
export function termOf(value: unknown): string | undefined {
  const text = textOf(value);
  return text?.replace(/^.*[/:#]/, '') || undefined;
}

/** schema.org Event and its subtypes, plus the OpenActive session types. */
const EVENT_TYPES = new Set([
  'Event',
  'BusinessEvent',
  'ChildrensEvent',
  'ComedyEvent',
  'CourseInstance',
  'DanceEvent',
  'EducationEvent',
  'EventSeries',
  'ExhibitionEvent',
  'Festival',
  'FoodEvent',
  'Hackathon',
  'LiteraryEvent',
  'MusicEvent',
  'PublicationEvent',
  'SaleEvent',
  'ScreeningEvent',
  'SocialEvent',
  'SportsEvent',
  'TheaterEvent',
  'VisualArtsEvent',
  'SessionSeries',
  'ScheduledSession',
  'HeadlineEvent',
]);
const MAX_DEPTH = 8;

export const isObject: (value: unknown) => value is JsonNode = isJsonObject;
/**
 * A node's types: `@type`, else `type`, which the OpenActive context (and schema.org's) makes an
 * alias of it; many OpenActive feeds write only the short form.
 */
export const typesOf = (node: JsonNode) => asList(node['@type'] ?? node['type']).map(termOf).filter((t): t is string => !!t);

/** A node's identifier: `@id`, else its alias `id` (as `type` is of `@type`). */
export function idOf(node: JsonNode): string | undefined {
  const id = node['@id'] ?? node['id'];
  return typeof id === 'string' && id.trim() ? id.trim() : undefined;
}
const isEventNode = (node: JsonNode) => typesOf(node).some((t) => EVENT_TYPES.has(t));
export const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

export interface FoundNode {
  node: JsonNode;
  path: string;
  parent?: JsonNode;
}

/** An item of an RPDE page that holds no event: left out, and reported. */
export interface SkippedItem {
  path: string;
  reason: string;
  item?: string;
}

export interface Collected {
  found: FoundNode[];
  byId: Map<string, JsonNode>;
  /** Items of an RPDE page (not deleted) with no event in them. */
  skipped: SkippedItem[];
  /**
   * Adds to `byId` every node with an id anywhere in the document, not only where events are
   * looked for: a place named by reference may be kept in a list of the publisher's own
   * (`imin:locationSummary`). Run once, when a reference is not found, so documents that need
   * none never pay for the walk.
   */
  indexRest: () => void;
}

/** Why an RPDE item of these types is not on the calendar: an OnDemandEvent is an event, but one with no dates. */
function whyNotShown(types: readonly string[]): string {
  return types.includes('OnDemandEvent') ? 'an event watched at any time, with no dates for a calendar' : 'not an event';
}

/** Walks the document for event nodes: lists, `@graph`, `ItemList`, RPDE `items[].data`, `subEvent`, a Course's `hasCourseInstance`. */
export function collect(json: unknown): Collected {
  const found: FoundNode[] = [];
  const byId = new Map<string, JsonNode>();
  const skipped: SkippedItem[] = [];
  // Objects handed in from script (not parsed JSON) can repeat or even contain themselves.
  const seen = new Set<object>();
  const visit = (value: unknown, path: string, depth: number, parent?: JsonNode) => {
    if (depth > MAX_DEPTH || (typeof value === 'object' && value !== null && seen.has(value))) return;
    if (Array.isArray(value)) {
      seen.add(value);
      value.forEach((item, i) => visit(item, `${path}[${i}]`, depth + 1, parent));
      return;
    }
    if (!isObject(value)) return;
    seen.add(value);
    const id = idOf(value);
    if (id) byId.set(id, value);
    if (Array.isArray(value['@graph'])) visit(value['@graph'], join(path, '@graph'), depth + 1);
    if (Array.isArray(value['items'])) {
      value['items'].forEach((item, i) => {
        const itemPath = `${join(path, 'items')}[${i}]`;
        if (!isObject(item) || item['state'] === 'deleted') return;
        const data = item['data'];
        if (!isObject(data)) {
          skipped.push({ path: itemPath, reason: 'has no data (an item that is not deleted needs its data)' });
          return;
        }
        const before = found.length;
        visit(data, `${itemPath}.data`, depth + 1);
        if (found.length === before) {
          const types = typesOf(data);
          const name = textOf(data['name']);
          const entry: SkippedItem = {
            path: `${itemPath}.data`,
            reason: types.length ? `is ${/^[AEIOU]/i.test(types[0]!) ? 'an' : 'a'} ${types.join(' / ')}, ${whyNotShown(types)}` : 'has no type (`@type` or `type`), so it is not an event',
          };
          if (name) entry.item = name;
          skipped.push(entry);
        }
      });
    }
    if (Array.isArray(value['itemListElement'])) {
      value['itemListElement'].forEach((item, i) => {
        const itemPath = `${join(path, 'itemListElement')}[${i}]`;
        if (isObject(item) && isObject(item['item'])) visit(item['item'], `${itemPath}.item`, depth + 1);
        else visit(item, itemPath, depth + 1);
      });
    }
    // A Course is not an event, but its instances are, and take its name and description.
    if (value['hasCourseInstance'] !== undefined && typesOf(value).includes('Course')) {
      asList(value['hasCourseInstance']).forEach((instance, i) => {
        if (isObject(instance) && isEventNode(instance)) visit(instance, `${join(path, 'hasCourseInstance')}[${i}]`, depth + 1, value);
      });
    }
    if (isEventNode(value)) {
      found.push(parent ? { node: value, path, parent } : { node: value, path });
      if (value['subEvent'] !== undefined) {
        asList(value['subEvent']).forEach((sub, i) => {
          if (isObject(sub) && isEventNode(sub)) visit(sub, `${join(path, 'subEvent')}[${i}]`, depth + 1, value);
        });
      }
    }
  };
  visit(json, '', 0);
  const indexRest = () => {
    const walked = new Set<object>();
    const walk = (value: unknown, depth: number): void => {
      if (depth > MAX_DEPTH * 2 || typeof value !== 'object' || value === null || walked.has(value)) return;
      walked.add(value);
      if (Array.isArray(value)) return value.forEach((item) => walk(item, depth + 1));
      const id = idOf(value as JsonNode);
      // A bare reference (`{"type": "Place", "id": …}`, two keys at most, as `resolve` reads one) is not the node it names.
      if (id && !byId.has(id) && Object.keys(value).length > 2) byId.set(id, value as JsonNode);
      for (const key in value) walk((value as JsonNode)[key], depth + 1);
    };
    walk(json, 0);
  };
  return { found, byId, skipped, indexRest };
}

/**
 * True when a document looks like schema.org Event JSON-LD: at least one node whose `@type` is
 * Event (or a subtype, or an OpenActive session type), alone, in a list, in `@graph`, in an
 * `ItemList` or in an OpenActive RPDE page.
 */
export function isJsonLdEventShape(json: unknown): boolean {
  try {
    if (!isObject(json) && !Array.isArray(json)) return false;
    return collect(json).found.length > 0;
  } catch {
    return false;
  }
}
