/**
 * UK postcodes as parents type them ("nb14aa", " NB1  4AA ") and as feeds hold them.
 *
 * A postcode is an outward code (area letters + district: "NB1") and an inward code
 * (sector digit + unit letters: "4AA"). Without a geocoder the finder can still put
 * services in the parent's own district, then sector, then area, first.
 */

/** Outward: 1–2 letters, a digit, optionally a letter or digit. Inward: digit + 2 letters. */
const FULL = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;

export interface PostcodeParts {
  /** "NB1 4AA", or just "NB1" when only the outward code was given. */
  normalised: string;
  /** Area letters: "NB". */
  area: string;
  /** Outward code, the district: "NB1". */
  district: string;
  /** District plus sector digit: "NB1 4"; absent for an outward code alone. */
  sector?: string;
  /** Inward code: "4AA"; absent for an outward code alone. */
  inward?: string;
}

function compact(input: unknown): string {
  return typeof input === 'string' ? input.toUpperCase().replace(/[\s\u00a0-]+/g, '') : '';
}

/**
 * Reads a full postcode ("nb14aa" → NB1 4AA) or, with `allowOutward`, an outward code alone
 * ("nb1" → NB1). Anything else gives `undefined`.
 */
export function parsePostcode(input: unknown, { allowOutward = false } = {}): PostcodeParts | undefined {
  const text = compact(input);
  if (text.length > 8) return undefined;
  const full = FULL.exec(text);
  if (full) {
    const [, district, inward] = full;
    return {
      normalised: `${district} ${inward}`,
      area: /^[A-Z]+/.exec(district)![0],
      district,
      sector: `${district} ${inward[0]}`,
      inward,
    };
  }
  if (allowOutward && OUTWARD.test(text)) {
    return { normalised: text, area: /^[A-Z]+/.exec(text)![0], district: text };
  }
  return undefined;
}

/** "nb14aa" → "NB1 4AA"; `undefined` when it is not a full UK postcode. */
export function normalisePostcode(input: unknown): string | undefined {
  return parsePostcode(input)?.normalised;
}

/** The outward code (district) of a full postcode or an outward code: "NB1 4AA" → "NB1". */
export function postcodeDistrict(input: unknown): string | undefined {
  return parsePostcode(input, { allowOutward: true })?.district;
}

/** How close two postcodes are without coordinates, closest first. */
export type PostcodeMatch = 'postcode' | 'sector' | 'district' | 'area';

/**
 * The closest level at which two postcodes (or outward codes) agree, or `undefined` when
 * they are in different areas or either is not a postcode.
 */
export function comparePostcodes(a: unknown, b: unknown): PostcodeMatch | undefined {
  const pa = parsePostcode(a, { allowOutward: true });
  const pb = parsePostcode(b, { allowOutward: true });
  if (!pa || !pb) return undefined;
  if (pa.inward && pb.inward && pa.normalised === pb.normalised) return 'postcode';
  if (pa.sector && pb.sector && pa.sector === pb.sector) return 'sector';
  if (pa.district === pb.district) return 'district';
  if (pa.area === pb.area) return 'area';
  return undefined;
}
