/**
 * A series' own sessions over the ones its schedule would give. OpenActive publishes a
 * SessionSeries with an `eventSchedule` and, beside it (as its `subEvent`s or as ScheduledSession
 * items naming it in `superEvent`), the sessions themselves, a cancelled one included; its
 * guidance is to "overwrite any generated occurrences with any explicitly defined occurrences".
 * Without this a session showed twice, or as both on and cancelled. Loaded only with the converter.
 */
import type { FeedEvent } from '../../data/feed-schema.js';
import type { JsonNode } from './detect.js';

/** The events one node became, and the node it takes missing fields from. */
export interface NodeEvents {
  node: JsonNode;
  parent: JsonNode | undefined;
  events: FeedEvent[];
}

/**
 * Leaves out of each series' schedule the dates where the series has a session of its own at
 * the same time: its `exclude` gains that date (the session itself stays, cancelled or not).
 * A session at another time of day is another session, and both show.
 */
export function replaceGeneratedSessions(results: readonly NodeEvents[]): void {
  const scheduled = new Map<JsonNode, FeedEvent[]>();
  for (const { node, events } of results) {
    const recurring = events.filter((event) => event.recurrence);
    if (recurring.length) scheduled.set(node, recurring);
  }
  if (!scheduled.size) return;
  for (const { parent, events } of results) {
    const series = parent && scheduled.get(parent);
    if (!series) continue;
    for (const session of events) {
      if (session.recurrence) continue;
      // Local wall times, "YYYY-MM-DDTHH:MM" (or a date alone for all-day): the date, and the time after it.
      const date = session.start.slice(0, 10);
      const time = session.start.slice(10);
      for (const event of series) {
        const recurrence = event.recurrence!;
        if (event.start.slice(10) !== time || recurrence.exclude.includes(date)) continue;
        // The event is this converter's own, just made: a new recurrence, not a change to a shared one.
        event.recurrence = { ...recurrence, exclude: [...recurrence.exclude, date] };
      }
    }
  }
}
