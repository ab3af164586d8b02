import type { CalendarPanelStrings } from '../../i18n/translation.js';
import type { CalendarEnglish } from './en-GB.js';

/** British English for a session's detail (its dialog): it travels in that chunk (calendar-detail.ts). */
export const calendarDetailEnGB = {
  calendarWhen: 'When',
  calendarWhere: 'Where',
  calendarAlsoOnline: 'You can also join online.',
  calendarDirections: 'Get directions',
  calendarCost: 'Cost',
  calendarAges: 'Ages',
  calendarBooking: 'Booking',
  calendarFree: 'Free',
  calendarCancelledNotice: 'This session is cancelled.',
  calendarBook: 'Book a place',
  calendarAgeFromTo: (from, to) => `${from} to ${to}`,
  calendarAgeFrom: (from) => `${from} and over`,
  calendarBookingKind: (kind) =>
    kind === 'drop-in' ? 'Just turn up: no need to book.' : kind === 'booking' ? 'Booking needed.' : 'Referral needed.',
  calendarAddToCalendar: 'Add to your calendar',
  calendarDownloadSession: 'Download this session (.ics)',
  calendarDownloadSeries: 'Download every session (.ics)',
  calendarGoogle: 'Google Calendar',
  calendarOutlook: 'Outlook Calendar',
  calendarNewTab: '(opens in a new tab)',
  calendarClose: 'Close',
  calendarFeedback: 'Tell us what you think',
} satisfies Partial<CalendarPanelStrings>;

/** The keys only the detail view reads, typed as `Translation` has them. */
export type CalendarDetailStrings = Pick<CalendarPanelStrings, keyof typeof calendarDetailEnGB>;

/** What the detail view reads: the calendar's strings and the detail's own. */
export type CalendarDetailText = CalendarEnglish & CalendarDetailStrings;
