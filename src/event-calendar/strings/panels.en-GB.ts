import type { CalendarPanelStrings } from '../../i18n/translation.js';
import { plural } from '../../i18n/plural.js';

/** British English for the calendar's panels (filter form, session detail): registered by their chunk as it loads. */
export const calendarPanelsEnGB: CalendarPanelStrings = {
  calendarFilterType: 'Type of session',
  calendarFilterArea: 'Area',
  calendarAllAreas: 'All areas',
  calendarFilterAge: "Child's age",
  calendarAnyAge: 'Any age',
  calendarAgeBand: (years, formatted) =>
    years === 0
      ? 'Under 1'
      : years >= 5
        ? `${formatted} and over`
        : `${formatted} ${plural('en-GB', years, { one: 'year', other: 'years' })}`,
  calendarFreeOnly: 'Free sessions only',
  calendarOptionCount: (label, count) => `${label} (${count})`,
  calendarWhen: 'When',
  calendarWhere: 'Where',
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
};
