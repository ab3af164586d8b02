/**
 * The native feed contract, version 1: the one source of truth. The validator uses these
 * schemas at run time and `npm run schema` turns them into `schema/feed.schema.json`,
 * so the published JSON Schema can never drift from what the widgets accept.
 */
import * as v from 'valibot';
import { isSafeLink, isWebUrl } from './safe-url.js';

export const FEED_VERSION = '1.0';

const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
/** `text` plus a description for the published JSON Schema. */
const described = (max: number, description: string) => v.pipe(text(max), v.description(description));
const Id = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be 1–128 letters, digits, or . _ : -'),
  v.description('Stable identifier, unique within its list: letters, digits and . _ : -'),
);
// The link checks pass the safe-url functions themselves (not wrappers): feed-json-schema.ts
// recognises them by identity to emit equivalent JSON Schema patterns.
const WebUrl = v.pipe(
  v.string(),
  v.trim(),
  v.check(isWebUrl as (s: string) => boolean, 'must be an absolute http: or https: URL'),
  v.description('Absolute http(s) URL'),
);
const Link = v.pipe(
  v.string(),
  v.trim(),
  v.check(isSafeLink as (s: string) => boolean, 'must be an http:, https:, mailto: or tel: link'),
  v.description('An http(s), mailto: or tel: link'),
);
const Email = v.pipe(v.string(), v.trim(), v.email('must be an email address'), v.description('Email address'));
const Phone = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^\+?[0-9 ()-]{6,24}$/, 'must be a phone number: digits, spaces, + ( ) -'),
  v.description('Phone number as people dial it, e.g. "01632 960123"'),
);
const IsoDate = v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD'), v.description('Date, YYYY-MM-DD'));
/** Wall-clock time in the programme's timezone, never with an offset. */
const LocalTime = v.pipe(
  v.string(),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time as HH:MM'),
  v.description('Local wall-clock time, HH:MM (24-hour), in the programme timezone'),
);
const LocalDateTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/,
    'must be a local date-time as YYYY-MM-DDTHH:MM (no timezone offset) or a date YYYY-MM-DD',
  ),
  v.description('Local wall time in the programme timezone: YYYY-MM-DDTHH:MM, or YYYY-MM-DD for all-day'),
);
const Weekday = v.picklist(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], 'must be one of MO TU WE TH FR SA SU');
/** 1–5 = first to fifth, -1 = last, -2 = second to last. Named so the JSON Schema generator can translate it. */
export const isWeekOfMonth = (n: number): boolean => n !== 0 && n >= -5 && n <= 5;
const WeekOfMonth = v.pipe(
  v.number(),
  v.integer(),
  v.check(isWeekOfMonth, 'must be 1–5 (first to fifth) or -1 to -5 (last…)'),
  v.description('Which weekday of the month: 1–5 = first to fifth, -1 = last, -2 = second to last'),
);
const Months = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(300));

/** Named so the JSON Schema generator can describe it (JSON Schema cannot compare two fields). */
export const isOrderedAgeRange = (r: { minMonths?: number; maxMonths?: number }): boolean =>
  r.minMonths === undefined || r.maxMonths === undefined || r.minMonths <= r.maxMonths;

export const AgeRangeSchema = v.pipe(
  v.looseObject({
    minMonths: v.optional(Months),
    maxMonths: v.optional(Months),
  }),
  v.check(isOrderedAgeRange, 'minMonths must not be more than maxMonths'),
  v.description(
    'Ages served, in whole months, inclusive (minMonths ≤ maxMonths). 0–11 = under 1; omit maxMonths for "and over".',
  ),
);

export const CostSchema = v.pipe(
  v.looseObject({
    free: v.pipe(v.boolean(), v.description('true when there is no charge for families')),
    details: v.optional(described(500, 'Prices, concessions, what funded places cover')),
  }),
  v.description('What it costs'),
);

export const ContactSchema = v.pipe(
  v.looseObject({
    phone: v.optional(Phone),
    email: v.optional(Email),
    website: v.optional(WebUrl),
  }),
  v.description('How families get in touch'),
);

export const LocationSchema = v.pipe(
  v.looseObject({
    name: v.optional(described(200, 'Venue name, e.g. "Riverside Children\'s Centre"')),
    address: v.optional(described(500, 'Street address, without the postcode')),
    postcode: v.optional(
      v.pipe(
        v.string(),
        v.trim(),
        v.regex(/^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/, 'must be a UK postcode, e.g. NB1 4AA'),
        v.description('UK postcode'),
      ),
    ),
    lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90), v.description('Latitude (WGS84)'))),
    lng: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180), v.description('Longitude (WGS84)'))),
  }),
  v.description('Where it happens'),
);

export const OpeningSessionSchema = v.pipe(
  v.looseObject({
    frequency: v.optional(v.picklist(['weekly', 'monthly']), 'weekly'),
    byDay: v.pipe(v.array(Weekday), v.minLength(1, 'must list at least one day'), v.description('Days it is open')),
    weekOfMonth: v.optional(
      v.pipe(v.array(WeekOfMonth), v.description('Monthly only: which weeks, e.g. [1] = first, [-1] = last')),
    ),
    opensAt: LocalTime,
    closesAt: v.optional(LocalTime),
    note: v.optional(described(200, 'e.g. "Term time only"')),
  }),
  v.description('A regular opening: weekly on some days, or monthly on e.g. the 1st Saturday (weekOfMonth [1])'),
);

const CategoryIds = v.pipe(v.array(Id), v.description('Ids from programme.categories'));
const AreaId = v.pipe(Id, v.description('An id from programme.areas'));

export const ServiceSchema = v.pipe(
  v.looseObject({
    id: Id,
    name: described(200, 'Name families will recognise'),
    description: v.optional(described(5000, 'Plain text; line breaks are kept, HTML is shown as text')),
    organisation: v.optional(described(200, 'Who runs it')),
    categories: v.optional(CategoryIds, []),
    ageRange: v.optional(AgeRangeSchema),
    cost: v.optional(CostSchema),
    area: v.optional(AreaId),
    location: v.optional(LocationSchema),
    schedule: v.optional(v.array(OpeningSessionSchema), []),
    scheduleNote: v.optional(described(300, 'Anything the schedule cannot say, e.g. "Closed bank holidays"')),
    contact: v.optional(ContactSchema),
    languages: v.optional(
      v.pipe(v.array(text(60)), v.description('Languages staff speak, as BCP 47 tags ("en", "ur", "pl")')),
      [],
    ),
    accessibility: v.optional(
      v.pipe(v.array(text(120)), v.description('Access features, e.g. "Step-free access", "Hearing loop"')),
      [],
    ),
    booking: v.optional(
      v.pipe(
        v.picklist(['drop-in', 'booking', 'referral']),
        v.description('drop-in: just turn up; booking: book first; referral: a professional refers'),
      ),
    ),
    lastChecked: v.optional(v.pipe(IsoDate, v.description('When the details were last confirmed'))),
  }),
  v.description('A service for families: a place, a support line, a regular group'),
);

export const RecurrenceSchema = v.pipe(
  v.looseObject({
    frequency: v.picklist(['weekly', 'monthly']),
    interval: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(52), v.description('2 = every other week/month')),
      1,
    ),
    byDay: v.optional(v.pipe(v.array(Weekday), v.description('Days it repeats on; default: the day of start'))),
    weekOfMonth: v.optional(v.pipe(v.array(WeekOfMonth), v.description('Monthly with byDay: [1] = first, [-1] = last'))),
    byMonthDay: v.optional(
      v.pipe(
        v.array(v.pipe(v.number(), v.integer(), v.minValue(-31), v.maxValue(31))),
        v.description('Monthly on these dates; -1 = last day of the month'),
      ),
    ),
    until: v.optional(v.pipe(IsoDate, v.description('Last possible date (inclusive)'))),
    count: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000), v.description('Number of sessions in total')),
    ),
    exclude: v.optional(v.pipe(v.array(IsoDate), v.description('Dates with no session; not shown')), []),
    cancelled: v.optional(v.pipe(v.array(IsoDate), v.description('Dates shown as cancelled')), []),
  }),
  v.description(
    'Repeats of the event. exclude: dates with no session (not shown); cancelled: dates shown as cancelled.',
  ),
);

export const EventSchema = v.pipe(
  v.looseObject({
    id: Id,
    title: described(200, 'What families will see in the calendar'),
    description: v.optional(described(5000, 'Plain text; line breaks are kept, HTML is shown as text')),
    start: LocalDateTime,
    end: v.optional(LocalDateTime),
    allDay: v.optional(v.pipe(v.boolean(), v.description('Runs all day; start/end are dates')), false),
    recurrence: v.optional(RecurrenceSchema),
    cancelled: v.optional(v.pipe(v.boolean(), v.description('The whole event is cancelled (shown as such)')), false),
    serviceId: v.optional(v.pipe(Id, v.description('The id of the service that runs it'))),
    location: v.optional(LocationSchema),
    area: v.optional(AreaId),
    categories: v.optional(CategoryIds, []),
    ageRange: v.optional(AgeRangeSchema),
    cost: v.optional(CostSchema),
    bookingUrl: v.optional(Link),
  }),
  v.description('A dated session, one-off or repeating. Times are local wall times in programme.timezone.'),
);

/** A choice in a list: an area (ward), a form option. */
export const OptionSchema = v.looseObject({ id: Id, label: described(200, 'Shown to families') });

/** A category of service, used for filtering. */
export const CategorySchema = v.looseObject({
  id: Id,
  label: described(200, 'Shown to families'),
  description: v.optional(described(500, 'What belongs in this category')),
});

export const SignupFormSchema = v.pipe(
  v.looseObject({
    endpoint: v.pipe(WebUrl, v.description('Where the sign-up form POSTs its JSON')),
    heardAboutOptions: v.optional(v.pipe(v.array(OptionSchema), v.description('"How did you hear about us?" choices')), []),
    interests: v.optional(v.pipe(v.array(OptionSchema), v.description('What volunteers can help with')), []),
    consentText: described(2000, 'The consent statement volunteers agree to'),
  }),
  v.description('The volunteer sign-up form'),
);

export const FeedbackFormSchema = v.pipe(
  v.looseObject({
    endpoint: v.pipe(WebUrl, v.description('Where the feedback card POSTs its JSON')),
    consentText: v.optional(described(2000, 'Shown above the submit button')),
  }),
  v.description('The feedback card'),
);

export const FormsSchema = v.looseObject({
  signup: v.optional(SignupFormSchema),
  feedback: v.optional(FeedbackFormSchema),
});

export const ProgrammeSchema = v.pipe(
  v.looseObject({
    name: described(200, 'The programme, e.g. "Northbridge Parent Champions"'),
    area: v.optional(described(200, 'The place it covers, e.g. "London Borough of Northbridge"')),
    description: v.optional(described(2000, 'Plain text')),
    timezone: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, 'must be an IANA timezone'),
        v.description('IANA timezone all local times are in'),
      ),
      'Europe/London',
    ),
    locale: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag'),
        v.description('Language of the feed text (BCP 47)'),
      ),
      'en-GB',
    ),
    contact: v.optional(ContactSchema),
    privacyNoticeUrl: v.optional(v.pipe(WebUrl, v.description('Linked from every form'))),
    areas: v.optional(v.pipe(v.array(OptionSchema), v.description('Areas (wards, localities) for filtering')), []),
    categories: v.optional(v.pipe(v.array(CategorySchema), v.description('Categories for filtering')), []),
  }),
  v.description('Who publishes the feed and the lists its items refer to'),
);

/** The whole document. Item lists are validated one item at a time (see `validate.ts`). */
export const FeedSchema = v.looseObject({
  $schema: v.optional(v.pipe(v.string(), v.description('Optional: URL or path of this JSON Schema, for editors'))),
  version: v.pipe(
    v.string(),
    v.regex(/^1(\.\d+)?$/, 'must be "1.0" (or another 1.x)'),
    v.description('Contract version: "1.0". Readers accept any 1.x.'),
  ),
  programme: ProgrammeSchema,
  services: v.optional(v.array(ServiceSchema), []),
  events: v.optional(v.array(EventSchema), []),
  forms: v.optional(FormsSchema, {}),
});

export type AgeRange = v.InferOutput<typeof AgeRangeSchema>;
export type Cost = v.InferOutput<typeof CostSchema>;
export type Contact = v.InferOutput<typeof ContactSchema>;
export type Location = v.InferOutput<typeof LocationSchema>;
export type OpeningSession = v.InferOutput<typeof OpeningSessionSchema>;
export type Service = v.InferOutput<typeof ServiceSchema>;
export type Recurrence = v.InferOutput<typeof RecurrenceSchema>;
export type FeedEvent = v.InferOutput<typeof EventSchema>;
export type Forms = v.InferOutput<typeof FormsSchema>;
export type SignupForm = v.InferOutput<typeof SignupFormSchema>;
export type FeedbackForm = v.InferOutput<typeof FeedbackFormSchema>;
export type Option = v.InferOutput<typeof OptionSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type Programme = v.InferOutput<typeof ProgrammeSchema>;
export type Feed = v.InferOutput<typeof FeedSchema>;
export type Weekday = v.InferOutput<typeof Weekday>;
