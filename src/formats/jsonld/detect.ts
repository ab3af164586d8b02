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
export const typesOf = (node: JsonNode) => asList(node['@type']).map(termOf).filter((t): t is string => !!t);
const isEventNode = (node: JsonNode) => typesOf(node).some((t) => EVENT_TYPES.has(t));
export const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

export interface FoundNode {
  node: JsonNode;
  path: string;
  parent?: JsonNode;
}

export interface Collected {
  found: FoundNode[];
  byId: Map<string, JsonNode>;
}

/** Walks the document for event nodes: lists, `@graph`, `ItemList`, RPDE `items[].data`, `subEvent`. */
export function collect(json: unknown): Collected {
  const found: FoundNode[] = [];
  const byId = new Map<string, JsonNode>();
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
    if (typeof value['@id'] === 'string') byId.set(value['@id'], value);
    if (Array.isArray(value['@graph'])) visit(value['@graph'], join(path, '@graph'), depth + 1);
    if (Array.isArray(value['items'])) {
      value['items'].forEach((item, i) => {
        if (isObject(item) && item['state'] !== 'deleted' && isObject(item['data'])) {
          visit(item['data'], `${join(path, 'items')}[${i}].data`, depth + 1);
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
  return { found, byId };
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
