import type { Translation } from '../translation.js';
import { plural } from '../plural.js';

/** British English: the default and the complete reference for every other locale. */
export const enGB: Translation = {
  $code: 'en-GB',
  $name: 'English',
  $dir: 'ltr',

  loading: 'Loading…',
  retry: 'Try again',
  errorHeading: 'Sorry, this information is not available right now',
  errorNetwork: 'We could not connect. Check your internet connection and try again.',
  errorTimeout: 'This is taking too long to load. Try again in a moment.',
  errorHttp: (status) =>
    status >= 500
      ? 'The website that holds this information is having problems. Try again later.'
      : `We could not find this information (error ${status}). Try again later.`,
  errorParse: 'The information could not be read. Try again later.',
  errorNotAFeed: 'The information is not in a format we can show.',
  errorNoSource: 'No information has been set up for this page yet.',
  emptyHeading: 'Nothing to show yet',
  staleNotice: (savedAt) => `We could not get the latest information. Showing details saved ${savedAt}.`,

  feedStatusLabel: 'About this information',
  servicesCount: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'service', other: 'services' })}`,
  eventsCount: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'event', other: 'events' })}`,
  skippedCount: (n, formatted) =>
    `${formatted} ${plural('en-GB', n, { one: 'entry', other: 'entries' })} could not be shown`,
  updatedAt: (when) => `Updated ${when}`,

  // Service finder: schedules
  scheduleEveryWeekday: (day) => `${day}s`,
  scheduleDayRange: (from, to) => `${from} to ${to}`,
  scheduleWeekly: (days) => days,
  scheduleWeekOfMonth: (week) => {
    if (week === -1) return 'last';
    if (week < 0) return `${englishOrdinalWord(-week)} to last`;
    const tens = week % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[week % 10] ?? 'th';
    return `${week}${suffix}`;
  },
  scheduleMonthly: (weeks, days) => {
    const text = `${weeks} ${days} of the month`;
    return text.charAt(0).toUpperCase() + text.slice(1);
  },
  scheduleTimeRange: (opens, closes) => `${opens}–${closes}`,
  scheduleOpensAt: (opens) => `from ${opens}`,
  scheduleLine: (days, times) => `${days} ${times}`,

  // Event calendar
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
  calendarCost: 'Cost',
  calendarAges: 'Ages',
  calendarBooking: 'Booking',
  calendarFree: 'Free',
  calendarAllDay: 'All day',
  calendarCancelled: 'Cancelled',
  calendarCancelledNotice: 'This session is cancelled.',
  calendarBook: 'Book a place',
  calendarJustTurnUp: 'Just turn up: no need to book.',
  calendarAgeFromTo: (from, to) => `${from} to ${to}`,
  calendarAgeFrom: (from) => `${from} and over`,
  calendarAddToCalendar: 'Add to your calendar',
  calendarDownloadSession: 'Download this session (.ics)',
  calendarDownloadSeries: 'Download every session (.ics)',
  calendarGoogle: 'Google Calendar',
  calendarOutlook: 'Outlook Calendar',
  calendarNewTab: '(opens in a new tab)',
  calendarClose: 'Close',

  // Service finder
  finderSearchLabel: 'Search services',
  finderSearchHint: 'For example: stay and play, nursery or breastfeeding',
  finderPostcodeLabel: 'Postcode (optional)',
  finderPostcodeHint: 'To see the nearest services first, for example NB1 4AA',
  finderPostcodeError: 'Enter a real postcode, like NB1 4AA',
  finderPostcodeNotFound: 'We could not find that postcode. Check it and try again.',
  finderErrorPrefix: 'Error:',
  finderSearch: 'Search',
  finderUseLocation: 'Use my location',
  finderLocating: 'Finding your location…',
  finderLocationError: 'We could not get your location. Allow location in your browser settings, or enter a postcode instead.',
  finderNearest: (place) => `Sorted by distance from ${place}`,
  finderYourLocation: 'your location',
  finderInDistrict: (district) => `Services in ${district} first`,
  finderFilters: 'Filters',
  finderFilterCategory: 'Type of service',
  finderFilterAge: "Child's age",
  finderFreeOnly: 'Free only',
  finderFilterDay: 'Day',
  finderFilterLanguage: 'Languages spoken',
  finderFilterAccess: 'Accessibility and SEND',
  finderFilterArea: 'Area',
  finderFilterBooking: 'How to go',
  finderBooking: (kind) =>
    kind === 'drop-in' ? 'Drop in, no need to book' : kind === 'booking' ? 'Booking needed' : 'Referral needed',
  finderClearFilters: 'Clear filters',
  finderSelected: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'filter', other: 'filters' })} selected`,
  finderRemoveFilter: (label) => `Remove filter: ${label}`,
  finderResults: (n, formatted) =>
    n === 0 ? 'No services found' : `${formatted} ${plural('en-GB', n, { one: 'service', other: 'services' })} found`,
  finderShowing: (shown, total) => `Showing ${shown} of ${total}`,
  finderShowMore: 'Show more results',
  finderEmptyHeading: 'No services match your search',
  finderEmptyMessage: 'Try fewer words, check the spelling, or clear some filters.',
  finderRunBy: (organisation) => `Run by ${organisation}`,
  finderAges: 'Ages',
  finderCost: 'Cost',
  finderWhen: 'When',
  finderWhere: 'Where',
  finderContact: 'Contact',
  finderFree: 'Free',
  finderPaid: 'There is a charge',
  finderAgeUnder: (_n, formatted) => `Under ${formatted}`,
  finderAgeYears: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'year', other: 'years' })}`,
  finderAgeMonths: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'month', other: 'months' })}`,
  finderAgeRange: (from, to) => `${from} to ${to}`,
  finderAgeFrom: (from) => `${from} and over`,
  finderMiles: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'mile', other: 'miles' })}`,
  finderPhone: 'Phone',
  finderEmail: 'Email',
  finderWebsite: 'Website',
  finderDirections: 'Get directions',
  finderLanguages: 'Languages',
  finderAccessibility: 'Accessibility',
  finderChecked: (when) => `Checked ${when}`,
  finderClose: 'Close',
};

/** "second", "third"… for "second to last"; digits beyond five, which no schedule needs. */
function englishOrdinalWord(n: number): string {
  return ['', 'first', 'second', 'third', 'fourth', 'fifth'][n] ?? `${n}th`;
}
