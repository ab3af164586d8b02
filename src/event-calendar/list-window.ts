/**
 * How much of a busy calendar is drawn, so no view draws more than a bounded number of sessions
 * however many a feed has (5,000 sessions a day once drew 140,000 buttons and froze the page):
 *  - a day (in the list, the week, or opened under the month grid) draws `DAY_CAP` sessions,
 *    then "Show more sessions" adds `PAGE` at a time;
 *  - the list draws days until `PAGE` sessions are drawn, then "Show more days" adds `PAGE`.
 * Pure: the element keeps the budgets (`ListLimits`) and grows them by `PAGE` when a parent asks.
 */
import type { Occurrence } from './occurrences.js';

/** Sessions the list draws at first, and each "Show more" adds (to the list, or to a day). */
export const PAGE = 100;
/** Sessions a day draws until a parent asks for more. */
export const DAY_CAP = 20;

/** What the list and its days draw: `PAGE` sessions in the list, `DAY_CAP` a day, until a parent asks for more. */
export interface ListLimits {
  /** Sessions the list draws. */
  readonly list: number;
  /** Sessions drawn in each day a parent asked more of. */
  readonly days: ReadonlyMap<string, number>;
  /** Where "Show more" last drew more: a day's key, or '' for the list; undefined: nowhere yet. */
  readonly grown?: string;
}

/** A new range, view or filters: the list starts again at its first page. */
export const FIRST_PAGE: ListLimits = { list: PAGE, days: new Map() };

/** The limits after "Show more" under the list (`day` '') or in a day that draws `drawn` sessions: a page more. */
export function showMore(limits: ListLimits, day: string, drawn: number): ListLimits {
  return day
    ? { list: limits.list, days: new Map(limits.days).set(day, drawn + PAGE), grown: day }
    : { list: limits.list + PAGE, days: limits.days, grown: '' };
}

/** One day drawn: the sessions drawn, and how many it has. */
export interface DrawnDay {
  key: string;
  sessions: readonly Occurrence[];
  shown: number;
  total: number;
}

export interface DaysWindow {
  days: DrawnDay[];
  /** Sessions drawn and in all, each counted once however many days it covers. */
  shown: number;
  total: number;
  /** Days with sessions are left undrawn (the list's "Show more days"). */
  more: boolean;
}

const earlierCounts = new WeakMap<readonly Occurrence[], number>();

/** How many of a day's sessions (`list`, the day `key`'s) began on an earlier day; counted once per list. */
function begunEarlier(list: readonly Occurrence[], key: string): number {
  let n = earlierCounts.get(list);
  if (n === undefined) earlierCounts.set(list, (n = list.filter((o) => o.occurrenceDate !== key).length));
  return n;
}

/**
 * The days of `keys` (in order) drawn for a budget of `limit` sessions: each day its own limit
 * (`DAY_CAP` until a parent asked for more), the last one cut to what is left. A day grown by
 * "Show more" counts against the budget as a capped day would, so it never hides the days after it.
 * `byDate` lists each day's sessions in start order (`occurrencesByDate` of sorted occurrences),
 * so those begun on an earlier day come first. Reads no session again for the same `byDate`:
 * a render costs the days drawn, however many sessions they have.
 */
export function daysWindow(
  keys: readonly string[],
  byDate: ReadonlyMap<string, readonly Occurrence[]>,
  limit: number,
  dayLimits: ReadonlyMap<string, number> = new Map(),
): DaysWindow {
  const days: DrawnDay[] = [];
  let room = limit;
  let shown = 0;
  let total = 0;
  let more = false;
  for (const key of keys) {
    const all = byDate.get(key) ?? [];
    // A session spanning days is counted on the first day it is listed on: skip those begun earlier.
    const earlier = key === keys[0] ? 0 : begunEarlier(all, key);
    total += all.length - earlier;
    if (room <= 0) {
      more ||= all.length > 0;
      continue;
    }
    const sessions = all.slice(0, dayLimits.get(key) ?? Math.min(DAY_CAP, room));
    room -= Math.min(sessions.length, DAY_CAP);
    shown += Math.max(0, sessions.length - earlier);
    days.push({ key, sessions, shown: sessions.length, total: all.length });
  }
  return { days, shown, total, more };
}
