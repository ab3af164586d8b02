/**
 * Descriptions for the published JSON Schema (schema/feed.schema.json), kept apart from the
 * run-time schemas in feed-schema.ts so that no widget bundle carries them: only
 * feed-json-schema.ts imports this file, at build time. The constraints stay in
 * feed-schema.ts, the one source of truth; this file only explains them.
 *
 * Keys are `Definition.path`: a definition name from `$defs` (`Feed` is the top-level
 * document), then a property path (`.` between names, `[]` for a list's items). The
 * definition name alone describes the definition itself. A key that names nothing in the
 * generated schema makes generation throw and fails test/data/feed-schema-docs.test.ts.
 */

// Shared by every field of the same kind, as the reusable value types in feed-schema.ts are.
const ID = 'Stable identifier, unique within its list: letters, digits and . _ : -';
const DATE = 'Date, YYYY-MM-DD';
const LOCAL_TIME = 'Local wall-clock time, HH:MM (24-hour), in the programme timezone';
const LOCAL_DATE_TIME = 'Local wall time in the programme timezone: YYYY-MM-DDTHH:MM, or YYYY-MM-DD for all-day';
const WEEK_OF_MONTH = 'Which weekday of the month: 1–5 = first to fifth, -1 = last, -2 = second to last';
const PLAIN_TEXT = 'Plain text; line breaks are kept, HTML is shown as text';
const CATEGORY_IDS = 'Ids from programme.categories';
const AREA_ID = 'An id from programme.areas';
const LABEL = 'Shown to families';

export const FEED_SCHEMA_DOCS: Readonly<Record<string, string>> = {
  'Feed.$schema': 'Optional: URL or path of this JSON Schema, for editors',
  'Feed.version': 'Contract version: "1.0". Readers accept any 1.x.',
  'Feed.feedbackSummary':
    'Optional: the published summary of parents\u2019 feedback, read by <pc-feedback-summary>. The receiver\u2019s GET /summary answer can be used here as it is.',

  Programme: 'Who publishes the feed and the lists its items refer to',
  'Programme.name': 'The programme, e.g. "Northbridge Parent Champions"',
  'Programme.area': 'The place it covers, e.g. "London Borough of Northbridge"',
  'Programme.description': 'Plain text',
  'Programme.timezone': 'IANA timezone all local times are in',
  'Programme.locale': 'Language of the feed text (BCP 47)',
  'Programme.privacyNoticeUrl': 'Linked from every form',
  'Programme.postcodeExample': 'A local postcode for the finder’s hint ("for example NB1 4AA"); else the first service’s postcode',
  'Programme.areas': 'Areas (wards, localities) for filtering',
  'Programme.categories': 'Categories for filtering',
  'Programme.lastUpdated':
    'When the data in this feed last changed: an ISO 8601 date (YYYY-MM-DD) or date-time (with Z or an offset, or else local time in the programme timezone). Shown to families as "Updated …". A date in the future is ignored and reported.',

  'Category.id': ID,
  'Category.label': LABEL,
  'Category.description': 'What belongs in this category',

  'Option.id': ID,
  'Option.label': LABEL,

  Service: 'A service for families: a place, a support line, a regular group',
  'Service.id': ID,
  'Service.name': 'Name families will recognise',
  'Service.description': PLAIN_TEXT,
  'Service.organisation': 'Who runs it',
  'Service.categories': CATEGORY_IDS,
  'Service.categories[]': ID,
  'Service.area': AREA_ID,
  'Service.scheduleNote': 'Anything the schedule cannot say, e.g. "Closed bank holidays"',
  'Service.languages': 'Languages staff speak, as BCP 47 tags ("en", "ur", "pl")',
  'Service.accessibility': 'Access features, e.g. "Step-free access", "Hearing loop"',
  'Service.booking': 'drop-in: just turn up; booking: book first; referral: a professional refers',
  'Service.lastChecked': 'When the details were last confirmed',

  OpeningSession: 'A regular opening: weekly on some days, or monthly on e.g. the 1st Saturday (weekOfMonth [1])',
  'OpeningSession.interval':
    'Every how many weeks (weekly) or months (monthly) it repeats: 2 = every other week (fortnightly). Default 1. Give startDate too, so families can be told which weeks.',
  'OpeningSession.byDay': 'Days it is open',
  'OpeningSession.startDate':
    'Date of its first session, YYYY-MM-DD: with an interval above 1, the weeks (or months) are counted from it and families are shown the next date',
  'OpeningSession.weekOfMonth': 'Monthly only: which weeks, e.g. [1] = first, [-1] = last',
  'OpeningSession.weekOfMonth[]': WEEK_OF_MONTH,
  'OpeningSession.opensAt': LOCAL_TIME,
  'OpeningSession.closesAt': LOCAL_TIME,
  'OpeningSession.note': 'e.g. "Term time only"',

  Event: 'A dated session, one-off or repeating. Times are local wall times in programme.timezone.',
  'Event.id': ID,
  'Event.title': 'What families will see in the calendar',
  'Event.description': PLAIN_TEXT,
  'Event.start': LOCAL_DATE_TIME,
  'Event.end': LOCAL_DATE_TIME,
  'Event.allDay': 'Runs all day; start/end are dates',
  'Event.cancelled': 'The whole event is cancelled (shown as such)',
  'Event.serviceId': 'The id of the service that runs it',
  'Event.online': 'Parents can join online (a video call); without a location, shown as "Online", not at its service',
  'Event.area': AREA_ID,
  'Event.categories': CATEGORY_IDS,
  'Event.categories[]': ID,
  'Event.bookingUrl': 'An http(s), mailto: or tel: link',

  Recurrence: 'Repeats of the event. exclude: dates with no session (not shown); cancelled: dates shown as cancelled.',
  'Recurrence.interval': '2 = every other week/month',
  'Recurrence.byDay': 'Days it repeats on; default: the day of start',
  'Recurrence.weekOfMonth': 'Monthly with byDay: [1] = first, [-1] = last',
  'Recurrence.weekOfMonth[]': WEEK_OF_MONTH,
  'Recurrence.byMonthDay': 'Monthly on these dates; -1 = last day of the month',
  'Recurrence.until': 'Last possible date (inclusive)',
  'Recurrence.count': 'Number of sessions in total',
  'Recurrence.exclude': 'Dates with no session; not shown',
  'Recurrence.exclude[]': DATE,
  'Recurrence.cancelled': 'Dates shown as cancelled',
  'Recurrence.cancelled[]': DATE,

  Location: 'Where it happens',
  'Location.name': 'Venue name, e.g. "Riverside Children\'s Centre"',
  'Location.address': 'Street address, without the postcode',
  'Location.postcode': 'UK postcode',
  'Location.lat': 'Latitude (WGS84)',
  'Location.lng': 'Longitude (WGS84)',

  Contact: 'How families get in touch',
  'Contact.phone': 'Phone number as people dial it, e.g. "01632 960123"',
  'Contact.email': 'Email address',
  'Contact.website': 'Absolute http(s) URL',

  Cost: 'What it costs',
  'Cost.free': 'true when there is no charge for families',
  'Cost.details': 'Prices, concessions, what funded places cover',

  AgeRange:
    'Ages served, in whole months, inclusive (minMonths ≤ maxMonths). 0–11 = under 1; omit maxMonths for "and over".',

  SignupForm: 'The volunteer sign-up form',
  'SignupForm.endpoint': 'Where the sign-up form POSTs its JSON',
  'SignupForm.heardAboutOptions': '"How did you hear about us?" choices',
  'SignupForm.interests': 'What volunteers can help with',
  'SignupForm.consentText': 'The consent statement volunteers agree to: who uses the data, why, for how long, and how to withdraw',
  'SignupForm.dbsNote': 'Whether the role needs a DBS check, shown under the form\u2019s introduction, e.g. "Parent Champions do not need a DBS check."',
  'SignupForm.privacyNoticeUrl': 'The privacy notice linked from the consent question; programme.privacyNoticeUrl when absent',
  'SignupForm.contactMethods': 'The ways to get in touch a volunteer may choose from: email, phone, text (default all three)',
  'SignupForm.questions': 'The scheme\u2019s own wording for a question, or an optional question left out',
  SignupQuestion: 'One question of the sign-up form',
  'SignupQuestion.id': 'Which question: name, contact, area and consent are always asked; the others may be left out',
  'SignupQuestion.label': 'The question as the scheme words it',
  'SignupQuestion.hint': 'Hint text under the question',
  'SignupQuestion.asked': 'false leaves an optional question out',

  FeedbackForm: 'The feedback card',
  'FeedbackForm.endpoint': 'Where the feedback card POSTs its JSON; a card\u2019s action attribute wins over it',
  'FeedbackForm.question': 'The rating\u2019s question, instead of "How was <service>?"; a card\u2019s question attribute wins over it',
  'FeedbackForm.whatHappensText': 'What happens to a parent\u2019s words, shown before Send: who reads them, what is shared and where changes are published',
  'FeedbackForm.safeguardingText': 'The safeguarding line shown before Send, instead of "If a child is in danger, call 999."',
  'FeedbackForm.noNamesText': 'The reminder under the text boxes not to name anyone, instead of "Please do not name staff, children or other parents."',
  'FeedbackForm.youSaidWeDidUrl': 'The scheme\u2019s "you said, we did" page, linked from the thank-you',
  'FeedbackForm.consentText': 'The first name for whatHappensText, still read when whatHappensText is absent',

  FeedbackSummary:
    'Published feedback, counts only: never a comment. Anything here that carries raw comments (answers, comment, comments, couldBeBetter, feedback, text, wentWell, or responses as a list) is refused and not shown; with them at the top level, the whole section is.',
  'FeedbackSummary.generatedAt': 'When the counts were produced: an ISO 8601 date or date-time, as the receiver writes it',
  'FeedbackSummary.minimumResponses':
    'The fewest responses before a service\u2019s counts are shown; fewer are left out and reported. Not a whole number of at least 1: the whole section is left out.',
  'FeedbackSummary.services': 'Each service\u2019s counts, one entry per service',
  'FeedbackSummary.youSaidWeDid': '"You said, we did": what parents raised and what changed, newest shown first',
  FeedbackSummaryService:
    'One service\u2019s published counts: ratings holds five counts, very poor to very good, that add up to responses. No comments.',
  'FeedbackSummaryService.serviceId': 'The id of a service in services',
  'FeedbackSummaryService.responses': 'How many parents gave feedback on it; at least minimumResponses',
  'FeedbackSummaryService.ratings': 'How many gave each rating: [very poor, poor, neither good nor poor, good, very good]',
  'FeedbackSummaryService.ratings[]': 'A count, 0 or more',
  YouSaidWeDid: 'One "you said, we did" note, in the scheme\u2019s own words: never a parent\u2019s comment as written',
  'YouSaidWeDid.id': ID,
  'YouSaidWeDid.serviceId': 'The service it is about (an id from services); absent for the whole scheme',
  'YouSaidWeDid.date': 'When the change was made or announced, YYYY-MM-DD',
  'YouSaidWeDid.youSaid': 'What parents raised, e.g. "The room was too cold in winter"',
  'YouSaidWeDid.weDid': 'What changed because of it, e.g. "We moved the group to the warmer hall"',
};

/** `'Service.categories[]'` → `{ definition: 'Service', path: ['categories', '[]'] }`. */
export function parseDocKey(key: string): { definition: string; path: string[] } {
  const [definition, ...path] = key.replace(/\[\]/g, '.[]').split('.');
  return { definition, path };
}
