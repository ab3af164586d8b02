/**
 * Open Referral UK adapter, part 3: where a service is offered — its physical places (from
 * service-at-location entries, `service_at_locations` or HSDS 2 `locations`), each read into a
 * native location (name, address, postcode, coordinates), and the service area it belongs to.
 * Apart from fields.ts because places are found across several parts of the document and their
 * paths are needed by other readers (contact phones, schedules); loaded only with the converter.
 */
import type { Location } from '../../data/feed-schema.js';
import { preview, type PathKey } from '../../data/format.js';
import { shortenClean } from '../../text/feed-text.js';
import { parsePostcode } from '../../text/postcode.js';
import { joinAddressLines } from '../address.js';
import { asArray, asObject, field, toNumber, type Context, type Json, type Where } from './read.js';

/** One place a service is offered at. */
export interface LocationEntry {
  /** The service-at-location object, when there is one (it may hold phones and schedules). */
  sal: Json | undefined;
  location: Json;
  /** Where `keys` and `salKeys` start, for diagnostics. */
  where: Where;
  /** Path of the location object. */
  keys: PathKey[];
  /** Path of the service-at-location object. */
  salKeys: PathKey[];
}

/** An entry of a service-at-location list: the place is beside the service, not inside it. */
export interface SalItem {
  entry: Json;
  where: Where;
}

/** The places a service is offered at, physical ones only (virtual ones have no place to show). */
export function locationEntries(source: Json, where: Where, salItem?: SalItem): LocationEntry[] {
  const out: LocationEntry[] = [];
  if (salItem) {
    const location = asObject(field(salItem.entry, 'location'));
    if (location) out.push({ sal: salItem.entry, location, where: salItem.where, keys: ['location'], salKeys: [] });
  }
  asArray(field(source, 'service_at_locations')).forEach((raw, index) => {
    const sal = asObject(raw);
    const location = asObject(field(sal, 'location'));
    const salKeys = ['service_at_locations', index];
    if (location) out.push({ sal, location, where, keys: [...salKeys, 'location'], salKeys });
  });
  // HSDS 2 style: locations directly on the service.
  asArray(field(source, 'locations')).forEach((raw, index) => {
    const location = asObject(raw);
    if (location) out.push({ sal: undefined, location, where, keys: ['locations', index], salKeys: [] });
  });
  return out.filter((entry) => String(field(entry.location, 'location_type') ?? 'physical').toLowerCase() !== 'virtual');
}

export function mapLocation(entry: LocationEntry, ctx: Context): Location | undefined {
  const { location, keys, where } = entry;
  const out: Location = {};
  const name = ctx.text(field(location, 'name'), 200, where, [...keys, 'name']);
  if (name) out.name = name;

  const addresses = asArray(field(location, 'addresses') ?? field(location, 'physical_addresses'));
  const physicalIndex = addresses.findIndex((a) => field(asObject(a), 'address_type') === 'physical');
  const addressIndex = physicalIndex >= 0 ? physicalIndex : 0;
  // Outpost (Scout) writes the address on the location itself: `address_1`, `city`, `postal_code`.
  const onLocation = !addresses.length && ['address_1', 'postal_code'].some((key) => field(location, key) !== undefined);
  const address = onLocation ? location : asObject(addresses[addressIndex]);
  if (address) {
    const at = onLocation ? keys : [...keys, 'addresses', addressIndex];
    const lines = joinAddressLines(['address_1', 'address_2', 'city', 'state_province', 'region'].map((key) => ctx.text(field(address, key), 200, where, [...at, key])));
    if (lines) out.address = shortenClean(lines, 500);
    const postal = field(address, 'postal_code');
    if (postal !== undefined && postal !== null && postal !== '') {
      const parts = parsePostcode(postal, { allowOutward: true });
      if (parts?.inward) out.postcode = parts.normalised;
      // Only the district ("HP20"): Outpost hides the rest of a private place's postcode. Shown with the
      // address (once), as the publisher chose; too coarse to place it on a map or measure a distance from.
      else if (parts) out.address = !out.address ? parts.district : out.address.toUpperCase().includes(parts.district) ? out.address : `${out.address}, ${parts.district}`;
      else ctx.report(where, [...at, 'postal_code'], `must be a UK postcode, e.g. NB1 4AA (got ${preview(postal)})`, 'dropped');
    }
  }

  // Outpost: a GeoJSON point, `geometry: {type: "Point", coordinates: [longitude, latitude]}`.
  const point = asObject(field(location, 'geometry'));
  const coordinates = field(point, 'coordinates');
  const fromGeometry = field(location, 'latitude') === undefined && Array.isArray(coordinates);
  const latRaw = fromGeometry ? (coordinates as unknown[])[1] : field(location, 'latitude');
  const lngRaw = fromGeometry ? (coordinates as unknown[])[0] : field(location, 'longitude');
  if ((latRaw !== undefined && latRaw !== null) || (lngRaw !== undefined && lngRaw !== null)) {
    const lat = toNumber(latRaw);
    const lng = toNumber(lngRaw);
    const valid =
      lat !== undefined && lng !== undefined && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && !(lat === 0 && lng === 0);
    if (valid) {
      out.lat = lat;
      out.lng = lng;
    } else {
      // 0, 0 is in the sea off West Africa: a directory's way of writing "no position" (Outpost, for online services), not a range error.
      const reason =
        lat === 0 && lng === 0 ? 'mean no position (0, 0 is in the sea off West Africa)' : 'are not a valid position (latitude −90 to 90, longitude −180 to 180)';
      ctx.report(
        where,
        fromGeometry ? [...keys, 'geometry', 'coordinates'] : [...keys, 'latitude'],
        `coordinates latitude ${preview(latRaw)}, longitude ${preview(lngRaw)} ${reason}; the place is shown without them`,
        'dropped',
      );
    }
  }
  return Object.keys(out).length ? out : undefined;
}

export function mapArea(source: Json, ctx: Context, where: Where): string | undefined {
  for (const [index, raw] of asArray(field(source, 'service_areas')).entries()) {
    const area = asObject(raw);
    const value = field(area, 'name') ?? field(area, 'service_area');
    // Real names are short ("Ashley ward"); long sentences make useless filter options.
    const label = typeof value === 'string' && value.trim().length <= 80 ? ctx.text(value, 200, where, ['service_areas', index, 'name']) : undefined;
    const id = label && ctx.slug(label);
    if (!label || !id) continue;
    if (!ctx.areas.has(id)) ctx.areas.set(id, { id, label });
    return id;
  }
  return undefined;
}
