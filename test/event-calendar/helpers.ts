/** Shared test helpers: events built through the real feed schema, and readable wall times. */
import { EventSchema, type FeedEvent } from '../../src/data/feed-schema.js';
import { formatLocalDateTime, type WallTime } from '../../src/time/calendar-date.js';
import type { Occurrence } from '../../src/event-calendar/occurrences.js';
import { eventInput } from '../fixtures/index.js';
import { parseStrict } from '../support/schema.js';

/** A FeedEvent parsed by the native schema (so defaults apply and invalid fixtures fail loudly). */
export function makeEvent(input: Record<string, unknown>): FeedEvent {
  return parseStrict(EventSchema, eventInput(input));
}

/** `2026-03-25T10:00` */
export const wall = (w: WallTime) => formatLocalDateTime(w);

/** `2026-03-25T10:00–12:00` style summary of an occurrence's wall times. */
export const span = (o: Occurrence) => `${wall(o.startLocal)}/${wall(o.endLocal)}`;

/** ISO instant without milliseconds: `2026-03-25T10:00:00Z`. */
export const utc = (d: Date) => d.toISOString().replace('.000Z', 'Z');
