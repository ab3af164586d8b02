/**
 * What the converters share to read when a document's data last changed, from their formats' own
 * dates (Open Referral's `last_modified`, schema.org's `dateModified`): each value checked, the
 * latest kept for `programme.lastUpdated`. Loaded only with a converter.
 */
import { earliestInstant, isPastFeedDate } from '../data/feed-date.js';

/**
 * Why a value cannot say when the data last changed, for a diagnostic: not a date, or a date
 * in the future. `undefined` when it can.
 */
export function feedDateProblem(value: unknown, now = Date.now()): string | undefined {
  if (typeof value !== 'string' || earliestInstant(value) === undefined) {
    return 'is not an ISO 8601 date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)';
  }
  return isPastFeedDate(value, now) ? undefined : 'is in the future';
}

/** The latest of some feed dates (by the instant each means), or `undefined` for none. */
export function latestFeedDate(values: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestAt = -Infinity;
  for (const value of values) {
    const at = earliestInstant(value);
    if (at !== undefined && at > bestAt) [best, bestAt] = [value.trim(), at];
  }
  return best;
}
