import type { CoreStrings, FinderEntryStrings } from '../../i18n/translation.js';
import { enGB } from '../../i18n/locales/en-GB.js';
import { plural } from '../../i18n/plural.js';

/**
 * British English for `<pc-service-finder>`'s first render: read by the element with the core strings
 * (below). The detail view's and the filter panel's own strings come with their chunk:
 * panels.en-GB.ts.
 */
export const finderEnGB: FinderEntryStrings = {
  // Schedules
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
  scheduleEveryNWeeks: (n, formatted, days) => (n === 2 ? `Every other ${days}` : `Every ${formatted} weeks on ${days}`),
  scheduleEveryNMonths: (n, formatted, weeks, days) => {
    const text = `${weeks} ${days} ${n === 2 ? 'of every other month' : `every ${formatted} months`}`;
    return text.charAt(0).toUpperCase() + text.slice(1);
  },
  scheduleTimeRange: (opens, closes) => `${opens}–${closes}`,
  scheduleOpensAt: (opens) => `from ${opens}`,
  scheduleLine: (days, times) => `${days} ${times}`,
  scheduleNext: (line, date) => `${line} (next: ${date})`,

  finderSearchLabel: 'Search services',
  finderSearchHint: 'For example: stay and play, nursery or breastfeeding',
  finderPostcodeLabel: 'Postcode (optional)',
  finderPostcodeHint: (example) => (example ? `To see the nearest services first, for example ${example}` : 'To see the nearest services first'),
  finderPostcodeError: (example) => (example ? `Enter a real postcode, like ${example}` : 'Enter a real postcode'),
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
  finderFilterArea: 'Area',
  finderFilterBooking: 'How to go',
  finderBooking: (kind) =>
    kind === 'drop-in' ? 'Drop in, no need to book' : kind === 'booking' ? 'Booking needed' : 'Referral needed',
  finderClearFilters: 'Clear filters',
  finderSkipToResults: 'Skip to results',
  finderResults: (n, formatted) =>
    n === 0 ? 'No services found' : `${formatted} ${plural('en-GB', n, { one: 'service', other: 'services' })} found`,
  finderShowing: (shown, total) => `Showing ${shown} of ${total}`,
  finderShowMore: 'Show more results',
  finderIncomplete: 'Some services could not be loaded, so this list may be incomplete. Try again later to see them all.',
  finderIncompleteLasting: 'Some services could not be loaded, so this list may be incomplete.',
  finderEmptyHeading: 'No services match your search',
  finderNearMeHint: 'To see the nearest services first, share where you are or enter a postcode.',
  finderEmptyMessage: 'Try fewer words, check the spelling, or clear some filters.',
  finderRunBy: (organisation) => `Run by ${organisation}`,
  finderAges: 'Ages',
  finderCost: 'Cost',
  finderWhen: 'When',
  finderWhere: 'Where',
  finderFree: 'Free',
  finderPaid: 'There is a charge',
  finderAgeUnder: (_n, formatted) => `Under ${formatted}`,
  finderAgeYears: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'year', other: 'years' })}`,
  finderAgeMonths: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'month', other: 'months' })}`,
  finderAgeRange: (from, to) => `${from} to ${to}`,
  finderAgeFrom: (from) => `${from} and over`,
  finderMiles: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'mile', other: 'miles' })}`,
  finderMilesUnder: (formatted) => `Under ${formatted} miles`,
  finderPhone: 'Phone',
  finderEmail: 'Email',
  finderWebsite: 'Website',
  finderClose: 'Close',
  finderShowResults: (n, formatted) => `Show ${formatted} ${plural('en-GB', n, { one: 'result', other: 'results' })}`,
};

/** "second", "third"… for "second to last"; digits beyond five, which no schedule needs. */
function englishOrdinalWord(n: number): string {
  return ['', 'first', 'second', 'third', 'fourth', 'fifth'][n] ?? `${n}th`;
}

/** What the element's `t` holds: the core strings and its own. */
export type FinderEnglish = CoreStrings & FinderEntryStrings;

/** The element's British English: the core strings and its own. */
export const finderEnglish: FinderEnglish = { ...enGB, ...finderEnGB };
