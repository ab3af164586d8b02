/**
 * "Near me", a chunk fetched when a parent first gives a postcode or asks for their
 * location (or the address bar holds a postcode): reading postcodes, checking a device's
 * coordinates, asking the site's geocoder (geocode.ts, a chunk of its own) and placing
 * results nearest first. Most searches never need it. It works on `ParentLocation`'s state
 * (parent-location.ts), which stays in the entry for the form and the results to read.
 */
import type { Service } from '../data/feed-schema.js';
import { isLatLng, sortByDistance, sortByPostcode, type LatLng, type PlacedService } from './distance.js';
import type { PlaceWork } from './parent-location.js';
import { parsePostcode } from '../text/postcode.js';
import { reportMissingFile } from '../internal/lazy-chunk.js';

export { isLatLng, parsePostcode };

const GEOCODE_TIMEOUT = 10_000;

/** Where the parent is: a point (nearest first, with distances) or, without one, a postcode (its district first). */
export interface Near {
  origin?: LatLng;
  postcode?: string;
}

/** The services placed relative to the parent; `undefined` when there is nothing to place them by. */
export function placer({ origin, postcode }: Near): ((services: readonly Service[]) => PlacedService[]) | undefined {
  if (origin) return (services) => sortByDistance(services, origin);
  if (postcode) return (services) => sortByPostcode(services, postcode);
  return undefined;
}

/**
 * Applies a postcode (or clears it with ''): a postcode orders the results by its district,
 * and, with the site's geocoder, nearest first once the geocoder answers; anything else is
 * refused. Clearing keeps a position from the device. `page` is the results page to show after.
 */
export function applyPostcode(work: PlaceWork, text: string, fromSubmit: boolean, page: number): void {
  const { state, host, options } = work;
  const trimmed = text.trim();
  state.error = undefined;
  state.postcode = undefined;
  if (state.originFrom !== 'here' || trimmed) {
    state.origin = undefined;
    state.originFrom = undefined;
  }
  const geocoder = options.geocoder();
  const parts = trimmed ? parsePostcode(trimmed, { allowOutward: !geocoder }) : undefined;
  if (trimmed && !parts) {
    state.error = 'invalid';
  } else if (parts) {
    state.text = parts.normalised;
    state.postcode = parts.normalised;
    state.status = undefined;
    if (geocoder) void geocode(work, geocoder, parts.normalised);
  }
  options.moved({ page, refused: fromSubmit && state.error === 'invalid' });
  host.requestUpdate();
}

/** The device's position, once the parent allowed it: nearest first, or `failed` for coordinates that are not a place. */
export function placeHere({ state, options }: PlaceWork, coords: GeolocationCoordinates): void {
  const point = { lat: coords.latitude, lng: coords.longitude };
  if (!isLatLng(point)) {
    state.status = 'failed';
    return;
  }
  state.geocodeAbort?.abort();
  state.status = undefined;
  state.origin = point;
  state.originFrom = 'here';
  state.postcode = undefined;
  state.text = '';
  state.error = undefined;
  options.moved({ page: 1, located: true });
}

/** Looks the postcode up with the site's geocoder; until it answers, the district order stands. */
async function geocode({ state, host, options }: PlaceWork, template: string, postcode: string): Promise<void> {
  const abort = new AbortController();
  state.geocodeAbort = abort;
  const timer = setTimeout(() => abort.abort(), GEOCODE_TIMEOUT);
  try {
    const { lookupPostcode } = await import('./geocode.js').catch((error: unknown) => {
      reportMissingFile(error); // the district order stands
      throw error;
    });
    const outcome = await lookupPostcode(template, postcode, { signal: abort.signal });
    if (abort.signal.aborted) return;
    if (outcome.ok) {
      state.origin = outcome.point;
      state.originFrom = postcode;
    } else if (outcome.reason !== 'network') {
      state.error = 'not-found';
      state.postcode = undefined;
      options.moved({});
    }
    host.requestUpdate();
  } catch {
    // Replaced by a newer look-up, or timed out: the district order stands.
  } finally {
    clearTimeout(timer);
  }
}
