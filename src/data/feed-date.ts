/**
 * When a feed's data last changed (`programme.lastUpdated`, and what converters read from
 * their formats' own dates): an ISO 8601 date or date-time (`FEED_DATE_PATTERN` in
 * feed-schema.ts), with or without an offset. A value without an offset is wall time in the
 * programme's timezone. Read by `<pc-feed-status>`, which shows it, and by the converters
 * (src/formats/last-changed.ts); apart from the contract so the widgets that never show it do
 * not carry it.
 */
import { FEED_DATE_PATTERN } from './feed-schema.js';

/** The clocks of the server that wrote the feed and of the parent's device may differ a little. */
const CLOCK_SKEW_MS = 10 * 60_000;
/** No zone is further ahead of UTC than UTC+14 (Kiribati). */
const AHEAD_MOST_MS = 14 * 3_600_000;

/** A feed date read: its wall-clock reading as if it were UTC, and its offset from UTC when it has one. */
export interface FeedDate {
  /** ms since 1970 of the date and time as written (midnight for a date alone). */
  wall: number;
  /** Minutes ahead of UTC (`Z` is 0); absent for wall time in the programme's timezone. */
  offset?: number;
}

export function parseFeedDate(value: string): FeedDate | undefined {
  const m = FEED_DATE_PATTERN.exec(value.trim());
  if (!m) return undefined;
  const date = new Date(0);
  // Not Date.UTC, which reads the years 0–99 as 1900–1999.
  date.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
  const wall = date.setUTCHours(+(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  const zone = m[7];
  if (!zone) return { wall };
  const offset = zone === 'Z' ? 0 : (+zone.slice(1, 3) * 60 + +zone.slice(-2)) * (zone[0] === '-' ? -1 : 1);
  return { wall, offset };
}

/**
 * The earliest instant a feed date can mean (ms since 1970): the exact instant when it has an
 * offset, else its wall time in the zone furthest ahead of UTC, so a date is in the future only
 * when it is in the future everywhere. `undefined` when it is not a feed date.
 */
export function earliestInstant(value: string): number | undefined {
  const date = parseFeedDate(value);
  return date && date.wall - (date.offset === undefined ? AHEAD_MOST_MS : date.offset * 60_000);
}

/** True for a feed date that is not later than now (give or take the clocks' difference). */
export function isPastFeedDate(value: string, now = Date.now()): boolean {
  const earliest = earliestInstant(value);
  return earliest !== undefined && earliest <= now + CLOCK_SKEW_MS;
}
