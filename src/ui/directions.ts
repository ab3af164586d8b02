import type { Location } from '../data/feed-schema.js';

/**
 * A directions link for the place (Google Maps, opened only when the parent follows it):
 * by coordinates when known, else by address and postcode.
 */
export function directionsUrl(location: Location | undefined): string | undefined {
  if (!location) return undefined;
  const { lat, lng } = location;
  const destination =
    typeof lat === 'number' && typeof lng === 'number'
      ? `${lat},${lng}`
      : [location.name, location.address, location.postcode].filter(Boolean).join(', ');
  return destination ? `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}` : undefined;
}
