/**
 * Every user-facing string of the library, typed. A locale file implements this
 * interface; `registerTranslation` accepts a partial one and falls back to British
 * English for anything it leaves out, so a scheme can add Welsh or Polish one
 * string at a time.
 *
 * Plural-sensitive strings are functions: they receive numbers already formatted
 * for the locale by the caller where needed, and use `plural()` for the noun.
 */
export interface Translation {
  /** BCP 47 code, e.g. `en-GB`. */
  $code: string;
  /** The language's own name for itself, e.g. `English`, `العربية`. */
  $name: string;
  $dir: 'ltr' | 'rtl';

  // Shared states
  loading: string;
  retry: string;
  errorHeading: string;
  errorNetwork: string;
  errorTimeout: string;
  errorHttp: (status: number) => string;
  errorParse: string;
  errorNotAFeed: string;
  errorNoSource: string;
  emptyHeading: string;
  staleNotice: (savedAt: string) => string;

  // <pc-feed-status>
  feedStatusLabel: string;
  servicesCount: (count: number, formatted: string) => string;
  eventsCount: (count: number, formatted: string) => string;
  skippedCount: (count: number, formatted: string) => string;
  updatedAt: (when: string) => string;

  // Service finder: schedules
  /** A weekday that repeats every week, from Intl's name for it: "Wednesday" → "Wednesdays". */
  scheduleEveryWeekday: (day: string) => string;
  /** Three or more days in a row, Intl day names: "Monday to Friday". */
  scheduleDayRange: (from: string, to: string) => string;
  /** The days of a weekly session, already joined: "Mondays and Thursdays". */
  scheduleWeekly: (days: string) => string;
  /** Which week of the month: 1 → "1st", 2 → "2nd", -1 → "last", -2 → "second to last". */
  scheduleWeekOfMonth: (week: number) => string;
  /** A monthly session, parts already joined: "1st and 3rd" + "Saturday" → "1st and 3rd Saturday of the month". */
  scheduleMonthly: (weeks: string, days: string) => string;
  /** Opening hours, times already formatted: "10:00–12:00". */
  scheduleTimeRange: (opens: string, closes: string) => string;
  /** An opening time with no closing time: "from 10:00". */
  scheduleOpensAt: (opens: string) => string;
  /** One line of a schedule: "Wednesdays" + "10:00–12:00" → "Wednesdays 10:00–12:00". */
  scheduleLine: (days: string, times: string) => string;
}

/** A translation a site registers at runtime: identity fields plus any strings. */
export type PartialTranslation = Pick<Translation, '$code' | '$name' | '$dir'> &
  Partial<Omit<Translation, '$code' | '$name' | '$dir'>>;
