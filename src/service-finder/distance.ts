/**
 * "Near me": straight-line distances from the parent's point to each service, and the
 * fallback order by postcode when the site has no geocoder.
 */
import type { Service } from '../data/feed-schema.js';
import { comparePostcodes, parsePostcode, type PostcodeMatch } from '../text/postcode.js';
import { kmToMiles } from './units.js';

export { kmToMiles, milesToKm } from './units.js';

export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** True for finite coordinates within ±90 latitude and ±180 longitude. */
export function isLatLng(value: unknown): value is LatLng {
  if (typeof value !== 'object' || value === null) return false;
  const { lat, lng } = value as Record<string, unknown>;
  return (
    typeof lat === 'number' &&
    typeof lng === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180
  );
}

/** Great-circle (haversine) distance in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Great-circle distance in miles (UK road signs and parents think in miles). */
export function distanceMiles(a: LatLng, b: LatLng): number {
  return kmToMiles(distanceKm(a, b));
}

/** The service's coordinates, when it has valid ones. */
export function serviceLatLng(service: Service): LatLng | undefined {
  const point = { lat: service.location?.lat, lng: service.location?.lng };
  return isLatLng(point) ? point : undefined;
}

/** A service placed relative to the parent. */
export interface PlacedService {
  service: Service;
  /** Straight-line distance in km, when both points are known. */
  km?: number;
  /** Postcode closeness, when ordered by postcode instead of distance. */
  postcodeMatch?: PostcodeMatch;
}

/**
 * Services nearest first, each with its distance. Services without coordinates come last,
 * in their given (relevance) order; `maxKm` leaves out those known to be further away.
 */
export function sortByDistance(services: readonly Service[], origin: LatLng, { maxKm }: { maxKm?: number } = {}): PlacedService[] {
  const placed: PlacedService[] = [];
  const unplaced: PlacedService[] = [];
  for (const service of services) {
    const point = serviceLatLng(service);
    if (!point) {
      unplaced.push({ service });
      continue;
    }
    const km = distanceKm(origin, point);
    if (maxKm === undefined || km <= maxKm) placed.push({ service, km });
  }
  // Array.prototype.sort is stable: equal distances keep the relevance order.
  placed.sort((a, b) => a.km! - b.km!);
  return [...placed, ...unplaced];
}

const MATCH_RANK: Record<PostcodeMatch, number> = { postcode: 0, sector: 1, district: 2, area: 3 };

/**
 * The no-geocoder fallback: services in the parent's postcode first, then sector, then
 * district ("NB1"), then area ("NB"), then the rest, each group in the given order.
 * Accepts a full postcode or an outward code; an unreadable one leaves the order as is.
 * `within: 'district'` keeps only services in the same district (or closer); services
 * with no postcode of their own are then left out too.
 */
export function sortByPostcode(
  services: readonly Service[],
  postcode: string,
  { within }: { within?: PostcodeMatch } = {},
): PlacedService[] {
  if (!parsePostcode(postcode, { allowOutward: true })) return services.map((service) => ({ service }));
  const limit = within ? MATCH_RANK[within] : Number.POSITIVE_INFINITY;
  const ranked: { entry: PlacedService; rank: number; index: number }[] = [];
  services.forEach((service, index) => {
    const postcodeMatch = comparePostcodes(postcode, service.location?.postcode);
    const rank = postcodeMatch ? MATCH_RANK[postcodeMatch] : 4;
    if (rank <= limit) ranked.push({ entry: postcodeMatch ? { service, postcodeMatch } : { service }, rank, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map((r) => r.entry);
}
