import type { CoreStrings, CalendarEntryStrings } from '../../i18n/translation.js';
import { enGB } from '../../i18n/locales/en-GB.js';
import { plural } from '../../i18n/plural.js';

/**
 * British English for `<pc-event-calendar>`'s first render: read by the element with the core strings
 * (below). The panels' strings come with their chunks: detail.en-GB.ts and filter-form.en-GB.ts.
 */
export const calendarEnGB: CalendarEntryStrings = {
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
  calendarShowing: (shown, sessions) => `Showing ${shown} of ${sessions}`,
  calendarShowMore: 'Show more sessions',
  calendarShowMoreDays: 'Show more days',
  calendarTimesIn: (zone) => `All times are ${zone}.`,
  calendarIncomplete: 'Some sessions could not be loaded, so this calendar may be incomplete. Try again later to see them all.',
  calendarIncompleteLasting: 'Some sessions could not be loaded, so this calendar may be incomplete.',
  calendarFilters: 'Filter sessions',
  calendarClearFilters: 'Clear filters',
  calendarAllDay: 'All day',
  calendarCancelledCount: (_n, formatted) => `${formatted} cancelled`,
  calendarCancelled: 'Cancelled',
  calendarOnline: 'Online',
};

/** What the element's `t` holds: the core strings and its own. */
export type CalendarEnglish = CoreStrings & CalendarEntryStrings;

/** The element's British English: the core strings and its own. */
export const calendarEnglish: CalendarEnglish = { ...enGB, ...calendarEnGB };
