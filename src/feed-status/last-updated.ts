/**
 * The date a feed says its data last changed (`programme.lastUpdated`), as `<pc-feed-status>`
 * shows it: the day only. A date-time with an offset is the day it was in the programme's
 * timezone; one without is the day it names. A date in the future is not shown: the console
 * says so, once.
 */
import type { Programme } from '../data/feed-schema.js';
import { isPastFeedDate, parseFeedDate } from '../data/feed-date.js';

const reported = new Set<string>();

/** "2 Dec 2026" in the locale, or `undefined` when the feed gives no date it can show. */
export function lastUpdatedText({ name, lastUpdated, timezone }: Pick<Programme, 'name' | 'lastUpdated' | 'timezone'>, locale: string): string | undefined {
  if (lastUpdated === undefined) return undefined;
  if (!isPastFeedDate(lastUpdated)) {
    const message = `[parent-champion-widgets] programme.lastUpdated: ${JSON.stringify(lastUpdated)} is in the future; not shown, "Loaded …" instead [programme ${JSON.stringify(name)}]`;
    if (!reported.has(message)) console.warn(message);
    reported.add(message);
    return undefined;
  }
  const { wall, offset } = parseFeedDate(lastUpdated)!;
  const format = (timeZone: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(wall - (offset ?? 0) * 60_000);
  try {
    // A date alone, or a wall time, is the day it names; an instant, the day it was where the programme is.
    return format(offset === undefined ? 'UTC' : timezone);
  } catch {
    // A zone this browser does not know: the day in UTC is at most a day out.
    return format('UTC');
  }
}
