/**
 * Everyday words that mean a filter, as data: a parent who types "free on saturday" or "2 year
 * old" wants the Free and Saturday filters, or the age, not services that happen to contain
 * those words. `readQuery` (query-reading.ts) turns them into filters, shown as chips the
 * parent can remove. Categories are matched from the feed's own labels and the synonym table,
 * not from here.
 *
 * Phrases are plain English, matched as whole words without regard to case, accents or a
 * plural "s". A site can pass its own table (e.g. with local words) to the search index.
 */
import type { Weekday } from '../data/feed-schema.js';
import type { AgeBand, BookingKind } from './filters.js';

/** What an everyday phrase means. */
export type WordMeaning =
  | { filter: 'freeOnly' }
  | { filter: 'days'; values: readonly Weekday[] }
  | { filter: 'ages'; values: readonly AgeBand[] }
  | { filter: 'booking'; values: readonly BookingKind[] }
  /** "near me": order by distance, once the parent shares where they are. */
  | { filter: 'nearMe' };

export interface EverydayWord {
  phrases: readonly string[];
  means: WordMeaning;
}

/** The words of an age ("2 year old", "18 months", "aged 3"), for the age reader. */
export interface AgeWords {
  /** Words for a year of age ("year", "yr"); "years" is folded to "year". */
  year: readonly string[];
  month: readonly string[];
  /** Words that may follow the unit ("old"). */
  old: readonly string[];
  /** Words that may come before the number ("aged"). */
  aged: readonly string[];
  /** "under 5s": every age band below the number. */
  under: readonly string[];
  /** Numbers written as words. */
  numbers: Readonly<Record<string, number>>;
}

export interface EverydayWords {
  words: readonly EverydayWord[];
  ages: AgeWords;
}

const UNDER_FIVE: readonly AgeBand[] = ['under-1', '1', '2', '3', '4'];

export const EVERYDAY_WORDS: EverydayWords = {
  words: [
    { phrases: ['free', 'free of charge', 'no cost', 'no charge', 'costs nothing'], means: { filter: 'freeOnly' } },
    { phrases: ['monday', 'mon'], means: { filter: 'days', values: ['MO'] } },
    { phrases: ['tuesday', 'tue', 'tues'], means: { filter: 'days', values: ['TU'] } },
    { phrases: ['wednesday', 'wed', 'weds'], means: { filter: 'days', values: ['WE'] } },
    { phrases: ['thursday', 'thu', 'thur', 'thurs'], means: { filter: 'days', values: ['TH'] } },
    { phrases: ['friday', 'fri'], means: { filter: 'days', values: ['FR'] } },
    { phrases: ['saturday'], means: { filter: 'days', values: ['SA'] } },
    { phrases: ['sunday'], means: { filter: 'days', values: ['SU'] } },
    { phrases: ['weekend', 'at the weekend', 'weekends'], means: { filter: 'days', values: ['SA', 'SU'] } },
    { phrases: ['weekday', 'weekdays', 'during the week'], means: { filter: 'days', values: ['MO', 'TU', 'WE', 'TH', 'FR'] } },
    { phrases: ['toddler', 'toddlers'], means: { filter: 'ages', values: ['1', '2'] } },
    { phrases: ['newborn', 'newborns', 'new baby'], means: { filter: 'ages', values: ['under-1'] } },
    { phrases: ['under fives', 'under five', 'preschoolers', 'pre-schoolers'], means: { filter: 'ages', values: UNDER_FIVE } },
    { phrases: ['drop in', 'drop-in', 'no booking', 'no need to book'], means: { filter: 'booking', values: ['drop-in'] } },
    { phrases: ['near me', 'nearby', 'close to me', 'closest', 'nearest', 'near here', 'local to me'], means: { filter: 'nearMe' } },
  ],
  ages: {
    year: ['year', 'yr', 'yrs'],
    month: ['month', 'mth', 'mths', 'mo'],
    old: ['old', 'olds'],
    aged: ['aged', 'age', 'ages'],
    under: ['under', 'below'],
    numbers: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 },
  },
};
