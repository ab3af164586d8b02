/**
 * The synthetic feed's events in FullCalendar's input format, for the side-by-side benchmark
 * only (FullCalendar is a devDependency; src/ never imports it). One-offs become plain events;
 * weekly series use FullCalendar's built-in simple recurrence (daysOfWeek/startTime/endTime/
 * startRecur/endRecur), not the rrule plugin.
 */
import type { EventInput } from '@fullcalendar/core';

/** The shape `syntheticFeed` gives its events (what this converter reads). */
interface SyntheticEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  recurrence?: { frequency: string; byDay?: string[]; until?: string };
}

const WEEKDAY_INDEX: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

/** `YYYY-MM-DD` of the day after `isoDate`: FullCalendar's `endRecur` is exclusive, our `until` inclusive. */
function dayAfter(isoDate: string): string {
  const next = new Date(`${isoDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export function toFullCalendarEvents(events: readonly SyntheticEvent[]): EventInput[] {
  return events.map((event) => {
    const rule = event.recurrence;
    if (!rule) return { id: event.id, title: event.title, start: event.start, end: event.end };
    if (rule.frequency !== 'weekly' || !rule.byDay?.length) {
      throw new Error(`${event.id}: only weekly series with byDay are converted`);
    }
    const [startDate, startTime] = event.start.split('T');
    const endTime = event.end?.split('T')[1];
    return {
      id: event.id,
      title: event.title,
      daysOfWeek: rule.byDay.map((day) => WEEKDAY_INDEX[day]),
      startTime,
      endTime,
      startRecur: startDate,
      endRecur: rule.until ? dayAfter(rule.until) : undefined,
    };
  });
}
