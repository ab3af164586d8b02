/**
 * "Near me", a chunk fetched when a parent first gives a postcode or asks for their
 * location (or the address bar holds a postcode): reading postcodes, checking a device's
 * coordinates, and placing results nearest first. Most searches never need it.
 */
import type { Service } from '../data/feed-schema.js';
import { isLatLng, sortByDistance, sortByPostcode, type LatLng, type PlacedService } from './distance.js';
import { parsePostcode } from '../text/postcode.js';

export { isLatLng, parsePostcode };

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
