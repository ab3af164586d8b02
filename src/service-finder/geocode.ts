/**
 * Postcode look-up through a geocoder the *site* opts into (the `geocoder` attribute, a URL
 * template such as `https://api.postcodes.io/postcodes/{postcode}`). Nothing here runs
 * unless a template is configured: no third-party request otherwise.
 */
import { isWebUrl } from '../data/safe-url.js';
import { isLatLng, type LatLng } from './distance.js';
import { normalisePostcode } from '../text/postcode.js';
import { requestJson } from '../net/request.js';

export const POSTCODE_PLACEHOLDER = '{postcode}';

/** A geocoder that has not answered by then is taken to be down: the parent is told, and can retry. */
const GEOCODE_TIMEOUT_MS = 10_000;

/**
 * The look-up URL for a postcode: `{postcode}` replaced by the normalised postcode,
 * URL-encoded ("NB1 4AA" → "NB1%204AA"). `undefined` when the postcode is not a full UK
 * postcode (so no garbage is sent), or the template has no placeholder or is not http(s).
 */
export function geocodeUrl(template: string, postcode: string): string | undefined {
  const normalised = normalisePostcode(postcode);
  if (!normalised || typeof template !== 'string' || !template.includes(POSTCODE_PLACEHOLDER)) return undefined;
  const url = template.trim().split(POSTCODE_PLACEHOLDER).join(encodeURIComponent(normalised));
  return isWebUrl(url) ? url : undefined;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return undefined;
}

function pointFrom(value: unknown): LatLng | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Record<string, unknown>;
  const lat = toNumber(o.latitude ?? o.lat);
  const lng = toNumber(o.longitude ?? o.lng ?? o.lon);
  const point = { lat, lng };
  return isLatLng(point) ? point : undefined;
}

/**
 * Coordinates from a geocoder's JSON: postcodes.io style `{result: {latitude, longitude}}`
 * (or a `result` list, first entry), or plain `{lat, lng}` / `{latitude, longitude}`
 * (numbers or numeric strings). `undefined` for anything else, out-of-range values included.
 */
export function parseGeocodeResponse(json: unknown): LatLng | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const result = (json as Record<string, unknown>).result;
  if (result !== undefined) return pointFrom(Array.isArray(result) ? result[0] : result);
  return pointFrom(Array.isArray(json) ? json[0] : json);
}

export type GeocodeOutcome =
  | { ok: true; point: LatLng; postcode: string }
  | { ok: false; reason: 'invalid-postcode' | 'not-found' | 'network' };

/**
 * Looks a postcode up with the site's geocoder (one request through the shared request module:
 * no cookies, a timeout). Never throws, except an `AbortError` when
 * `signal` aborts (so a newer look-up can replace an older one). A 404 or a response
 * without coordinates is `not-found`; other failures are `network`.
 */
export async function lookupPostcode(
  template: string,
  postcode: string,
  { fetch: fetchFn = globalThis.fetch, signal }: { fetch?: typeof fetch; signal?: AbortSignal } = {},
): Promise<GeocodeOutcome> {
  const url = geocodeUrl(template, postcode);
  const normalised = normalisePostcode(postcode);
  if (!url || !normalised) return { ok: false, reason: 'invalid-postcode' };
  const answer = await requestJson(url, { timeoutMs: GEOCODE_TIMEOUT_MS, signal, fetch: fetchFn });
  if (answer.ok) {
    const point = parseGeocodeResponse(answer.data);
    return point ? { ok: true, point, postcode: normalised } : { ok: false, reason: 'not-found' };
  }
  if (answer.kind === 'aborted') throw new DOMException('The postcode look-up was replaced by a newer one.', 'AbortError');
  // A 404, or an answer that is not JSON, means the geocoder does not know the postcode.
  return { ok: false, reason: answer.status === 404 || answer.kind === 'parse' ? 'not-found' : 'network' };
}
