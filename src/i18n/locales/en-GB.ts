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
};

/** "second", "third"… for "second to last"; digits beyond five, which no schedule needs. */
function englishOrdinalWord(n: number): string {
  return ['', 'first', 'second', 'third', 'fourth', 'fifth'][n] ?? `${n}th`;
}
