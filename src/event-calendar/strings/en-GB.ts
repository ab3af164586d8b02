import type { CalendarStrings } from '../../i18n/translation.js';
import { plural } from '../../i18n/plural.js';

/** British English for `<pc-event-calendar>`: registered as this bundle's English by the element. */
export const calendarEnGB: CalendarStrings = {
  calendarPrevious: (view) => (view === 'week' ? 'Previous week' : 'Previous month'),
  calendarNext: (view) => (view === 'week' ? 'Next week' : 'Next month'),
  calendarPreviousFourWeeks: 'Previous 4 weeks',
  calendarNextFourWeeks: 'Next 4 weeks',
  calendarToday: 'Today',
  calendarViews: 'Show as',
  calendarViewMonth: 'Month',
  calendarViewWeek: 'Week',
  calendarViewList: 'List',
  calendarSessions: (n, formatted) =>
    n === 0 ? 'No sessions' : `${formatted} ${plural('en-GB', n, { one: 'session', other: 'sessions' })}`,
  calendarDayLabel: (date, sessions) => `${date}, ${sessions}`,
  calendarRangeAnnouncement: (range, sessions) => `${range}: ${sessions}`,
  calendarEmpty: (view) => (view === 'week' ? 'No sessions this week' : 'No sessions this month'),
  calendarEmptyFourWeeks: 'No sessions in these 4 weeks',
  calendarEmptyDay: 'No sessions on this day',
  calendarMore: (_n, formatted) => `+${formatted} more`,
  calendarTimesIn: (zone) => `All times are ${zone}.`,
  calendarFilters: 'Filter sessions',
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
  calendarClearFilters: 'Clear filters',
  calendarOptionCount: (label, count) => `${label} (${count})`,
  calendarWhen: 'When',
  calendarWhere: 'Where',
  calendarDirections: 'Get directions',
  calendarCost: 'Cost',
  calendarAges: 'Ages',
  calendarBooking: 'Booking',
  calendarFree: 'Free',
  calendarAllDay: 'All day',
  calendarCancelledCount: (_n, formatted) => `${formatted} cancelled`,
  calendarCancelled: 'Cancelled',
  calendarCancelledNotice: 'This session is cancelled.',
  calendarBook: 'Book a place',
  calendarBookingKind: (kind) =>
    kind === 'drop-in' ? 'Just turn up: no need to book.' : kind === 'booking' ? 'Booking needed.' : 'Referral needed.',
  calendarAgeFromTo: (from, to) => `${from} to ${to}`,
  calendarAgeFrom: (from) => `${from} and over`,
  calendarAddToCalendar: 'Add to your calendar',
  calendarDownloadSession: 'Download this session (.ics)',
  calendarDownloadSeries: 'Download every session (.ics)',
  calendarGoogle: 'Google Calendar',
  calendarOutlook: 'Outlook Calendar',
  calendarNewTab: '(opens in a new tab)',
  calendarClose: 'Close',
};
