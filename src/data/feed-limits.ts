/** Limits the feed contract puts on what a widget will show, shared by every format's reader. */

/**
 * The longest a session of a repeating event may last, in days after its start date. Longer
 * ones (an `end` in 9999 on a weekly series) would overlap thousands of times in every view
 * and run past the last date a calendar can show.
 */
export const MAX_SERIES_SESSION_DAYS = 366;
