/**
 * "Add to Google Calendar" / "Add to Outlook" links for one occurrence. Timed occurrences are
 * given as exact UTC instants (no ambiguity about zones), with the programme zone passed to
 * Google as `ctz` so it shows the event in that zone; all-day occurrences as plain dates.
 * Only http(s) booking links are copied into the details.
 */
import type { FeedEvent } from '../data/feed-schema.js';
import { isWebUrl } from '../data/safe-url.js';
import { addDays, formatIsoDate, parseIsoDate } from '../time/calendar-date.js';
import type { Occurrence } from './occurrences.js';

export interface CalendarLinks {
  google: string;
  /** Outlook.com (personal accounts). */
  outlook: string;
  /** Microsoft 365 (work and school accounts). */
  office365: string;
}

/** Long descriptions make URLs that some browsers and servers refuse; keep links short. */
const MAX_DETAILS = 1000;

function query(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

function locationText(event: FeedEvent): string | undefined {
  const l = event.location;
  if (!l) return undefined;
  return [l.name, l.address, l.postcode].filter((s) => typeof s === 'string' && s.trim()).join(', ') || undefined;
}

function detailsText(event: FeedEvent): string | undefined {
  const url = isWebUrl(event.bookingUrl) ? event.bookingUrl!.trim() : undefined;
  let description = event.description?.trim() ?? '';
  if (description.length > MAX_DETAILS) description = `${description.slice(0, MAX_DETAILS - 1).trimEnd()}…`;
  return [description, url].filter(Boolean).join('\n\n') || undefined;
}

/** `YYYYMMDD` for Google's all-day form. */
const compactDate = (key: string) => key.replace(/-/g, '');

/** The exclusive end date of an all-day occurrence, `YYYY-MM-DD`. */
function dayAfterLast(occurrence: Occurrence): string {
  return formatIsoDate(addDays(parseIsoDate(occurrence.lastDate)!, 1));
}

/** `2026-11-25T10:00:00Z`. */
const isoUtc = (instant: Date) => instant.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** `20261125T100000Z`. */
const compactUtc = (instant: Date) => isoUtc(instant).replace(/[-:]/g, '');

/** Google Calendar "create event" link. */
export function googleCalendarLink(occurrence: Occurrence): string {
  const event = occurrence.event;
  const dates = occurrence.allDay
    ? `${compactDate(occurrence.occurrenceDate)}/${compactDate(dayAfterLast(occurrence))}`
    : `${compactUtc(occurrence.start)}/${compactUtc(occurrence.end)}`;
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: event.title,
    dates,
    details: detailsText(event),
    location: locationText(event),
    ctz: occurrence.timeZone,
  })}`;
}

function outlookLink(base: string, occurrence: Occurrence): string {
  const event = occurrence.event;
  const allDay = occurrence.allDay;
  return `${base}?${query({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: allDay ? occurrence.occurrenceDate : isoUtc(occurrence.start),
    enddt: allDay ? dayAfterLast(occurrence) : isoUtc(occurrence.end),
    allday: allDay ? 'true' : 'false',
    body: detailsText(event),
    location: locationText(event),
  })}`;
}

/** Outlook.com "new event" deep link. */
export function outlookCalendarLink(occurrence: Occurrence): string {
  return outlookLink('https://outlook.live.com/calendar/0/action/compose', occurrence);
}

/** Microsoft 365 (Outlook on the web for work/school) "new event" deep link. */
export function office365CalendarLink(occurrence: Occurrence): string {
  return outlookLink('https://outlook.office.com/calendar/0/action/compose', occurrence);
}

/** All three links for an occurrence. */
export function calendarLinks(occurrence: Occurrence): CalendarLinks {
  return {
    google: googleCalendarLink(occurrence),
    outlook: outlookCalendarLink(occurrence),
    office365: office365CalendarLink(occurrence),
  };
}
