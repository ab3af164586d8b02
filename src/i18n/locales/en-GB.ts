import type { CoreStrings, LocaleIdentity } from '../translation.js';

/** The pack's identity and "Loading…": all a form needs of the core strings (it shows no feed's errors). */
export const enGBIdentity: LocaleIdentity = { $code: 'en-GB', $name: 'English', $dir: 'ltr' };
export const enGBLoading: Pick<CoreStrings, 'loading'> = { loading: 'Loading…' };

/**
 * British English for what every bundle shows (loading, error, empty and stale states): the
 * reference for every other locale. Each widget's own strings live beside it (`src/<widget>/strings/`),
 * so a bundle carries only the English it can show.
 */
export const enGB: CoreStrings = {
  ...enGBIdentity,
  ...enGBLoading,
  retry: 'Try again',
  errorHeading: 'Sorry, this information is not available right now',
  errorNetwork: 'We could not connect. Check your internet connection and try again.',
  errorTimeout: 'This is taking too long to load. Try again in a moment.',
  errorHttp: (status) =>
    status >= 500
      ? 'The website that holds this information is having problems. Try again later.'
      : `We could not find this information (error ${status}). Try again later.`,
  errorNotPublic: 'This information is not public, so we cannot show it here.',
  errorBusy: 'The website that holds this information is busy. Try again in a few minutes.',
  errorParse: 'The information could not be read. Try again later.',
  errorNotAFeed: 'The information is not in a format we can show.',
  errorNoSource: 'No information has been set up for this page yet.',
  errorPartUnavailable: 'This part is not working at the moment. Try again later.',
  emptyHeading: 'Nothing to show yet',
  staleNotice: (savedAt) => `We could not get the latest information. Showing details saved ${savedAt}.`,
};
