/**
 * Recognising Open Referral UK documents: the converter's first step (a document that is
 * not one is refused with the reason), and the reading helpers the converter shares.
 */
import { isJsonObject } from '../../data/json-object.js';

export type Json = Record<string, unknown>;

export function asObject(value: unknown): Json | undefined {
  return isJsonObject(value) ? value : undefined;
}

/** An own property only: `{}.constructor` must never be read as feed data. */
export function field(o: Json | undefined, key: string): unknown {
  return o && Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

const SERVICE_KEYS = [
  'service_at_locations',
  'regular_schedules',
  'eligibilitys',
  'organization',
  // Outpost (Scout)
  'organisation',
  'taxonomies',
  'min_age',
  'send_needs',
  'suitabilities',
  'organization_id',
  'schedules',
  'cost_options',
  'status',
  'attributes',
  'service_areas',
  'service_taxonomys',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'last_modified',
  'eligibility_description',
  'fees_description',
];

/** A paged list envelope publishers serve: where its services, totals and page number are. */
export interface Envelope {
  list: 'contents' | 'content';
  totalItems: string;
  totalPages: string;
  page: string;
  /** The page number of the first page: 1, or 0 for Spring Data. */
  firstPage: 0 | 1;
}

/** HSDS 3's envelope, and ORUK v1 APIs' Spring Data pages (`content`, `totalElements`, `totalPages`, `number`, `first`, `last`). */
export const ENVELOPES: readonly Envelope[] = [
  { list: 'contents', totalItems: 'total_items', totalPages: 'total_pages', page: 'page_number', firstPage: 1 },
  { list: 'content', totalItems: 'totalElements', totalPages: 'totalPages', page: 'number', firstPage: 0 },
];

/** The envelope a document is in, with its list of services; `undefined` for one that is not paged. */
export function envelopeOf(o: Json): { envelope: Envelope; items: unknown[] } | undefined {
  for (const envelope of ENVELOPES) {
    const items = field(o, envelope.list);
    if (Array.isArray(items)) return { envelope, items };
  }
  return undefined;
}

/** A service-at-location entry `{id, service, location}`. */
export function isServiceAtLocation(value: unknown): boolean {
  const o = asObject(value);
  return !!o && !!asObject(field(o, 'service')) && !!asObject(field(o, 'location'));
}

function looksLikeService(value: unknown): boolean {
  const o = asObject(value);
  if (!o) return false;
  if (isServiceAtLocation(o)) return true;
  if (typeof field(o, 'name') !== 'string' && field(o, 'id') === undefined) return false;
  return SERVICE_KEYS.some((key) => field(o, key) !== undefined);
}

/**
 * True when `json` looks like Open Referral UK service data (for `format="auto"`): a
 * service list page, a service, a list of services or a `{services}` wrapper. A native
 * feed (it has `programme`) is never taken for one.
 */
export function isOpenReferralShape(json: unknown): boolean {
  if (Array.isArray(json)) return json.slice(0, 5).some(looksLikeService);
  const o = asObject(json);
  if (!o || field(o, 'programme') !== undefined) return false;
  const paged = envelopeOf(o);
  if (paged) {
    const { envelope, items } = paged;
    if (items.length === 0) return field(o, envelope.totalItems) !== undefined || field(o, envelope.totalPages) !== undefined;
    return items.slice(0, 5).some(looksLikeService);
  }
  const services = field(o, 'services');
  if (Array.isArray(services)) return services.slice(0, 5).some(looksLikeService);
  return looksLikeService(o);
}

/**
 * True for the `GET /` answer of an Open Referral UK API, e.g. `{"version": "HSDS-UK-3.0",
 * "profile": "…", "openapi_url": "…"}`: the finder then pages through `/services`.
 */
export function isOpenReferralApiRoot(json: unknown): boolean {
  const o = asObject(json);
  if (!o || field(o, 'programme') !== undefined || field(o, 'contents') !== undefined) return false;
  const version = field(o, 'version');
  if (typeof version !== 'string') return false;
  return (
    field(o, 'openapi_url') !== undefined ||
    field(o, 'profile') !== undefined ||
    /hsds|open ?referral/i.test(version) ||
    /^3(\.\d+)*$/.test(version.trim())
  );
}
