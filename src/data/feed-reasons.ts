/**
 * Why a feed value breaks one of feed-schema.ts's own rules, in the console's English. The
 * schemas name these by key (`reason: 'postcode'`) and format.ts words them, so the text
 * loads with the feed report, only when a feed has a problem.
 */
export const REASONS = {
  id: 'must be 1–128 letters, digits, or . _ : -',
  'web-url': 'must be an absolute http: or https: URL',
  link: 'must be an http:, https:, mailto: or tel: link',
  email: 'must be an email address',
  phone: 'must be a phone number: digits, spaces, + ( ) -',
  date: 'must be a date as YYYY-MM-DD',
  time: 'must be a 24-hour time as HH:MM',
  'date-time': 'must be a local date-time as YYYY-MM-DDTHH:MM (no timezone offset) or a date YYYY-MM-DD',
  weekday: 'must be one of MO TU WE TH FR SA SU',
  'week-of-month': 'must be 1–5 (first to fifth) or -1 to -5 (last…)',
  'age-range': 'minMonths must not be more than maxMonths',
  postcode: 'must be a UK postcode, e.g. NB1 4AA',
  days: 'must list at least one day',
  timezone: 'must be an IANA timezone',
  locale: 'must be a BCP 47 language tag',
  version: 'must be "1.0" (or another 1.x)',
  'contact-methods': 'must list at least one of email, phone, text',
  'always-asked': 'cannot be left out: name, contact, area and consent are always asked',
  ratings: 'must give ratings as 5 counts, very poor to very good, that add up to responses',
  'raw-comments': 'carries raw comments: publish counts only, never what parents wrote',
  'last-updated': 'must be an ISO 8601 date or date-time: YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS with an optional Z or offset',
} as const;

export type FeedReason = keyof typeof REASONS;
