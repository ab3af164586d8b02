/**
 * The native feed contract, version 1: the one source of truth for what the widgets accept.
 * The validator uses these schemas at run time and `npm run schema` turns them into
 * `schema/feed.schema.json`, so the published JSON Schema can never drift from them.
 * The prose for JSON Schema readers lives in feed-schema-docs.ts, not here: every widget
 * bundle ships these schemas, and descriptions would only add weight to them.
 */
import * as v from 'valibot';
import { isSafeLink, isWebUrl } from './safe-url.js';

export const FEED_VERSION = '1.0';
/** Readers accept any 1.x. */
export const VERSION_PATTERN = /^1(\.\d+)?$/;

const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
const Id = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be 1–128 letters, digits, or . _ : -'),
);
// The link checks pass the safe-url functions themselves (not wrappers): feed-json-schema.ts
// recognises them by identity to emit equivalent JSON Schema patterns.
const WebUrl = v.pipe(
  v.string(),
  v.trim(),
  v.check(isWebUrl as (s: string) => boolean, 'must be an absolute http: or https: URL'),
);
const Link = v.pipe(
  v.string(),
  v.trim(),
  v.check(isSafeLink as (s: string) => boolean, 'must be an http:, https:, mailto: or tel: link'),
);
// valibot's own email and ISO date patterns, tested with the `regex` action already in the
// bundle instead of the `email`/`isoDate` actions; feed-json-schema.ts adds their formats.
export const EMAIL_PATTERN = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u;
export const ISO_DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
const Email = v.pipe(v.string(), v.trim(), v.regex(EMAIL_PATTERN, 'must be an email address'));
const Phone = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^\+?[0-9 ()-]{6,24}$/, 'must be a phone number: digits, spaces, + ( ) -'),
);
const IsoDate = v.pipe(v.string(), v.regex(ISO_DATE_PATTERN, 'must be a date as YYYY-MM-DD'));
/** Wall-clock time in the programme's timezone, never with an offset. */
const LocalTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time as HH:MM'));
const LocalDateTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/,
    'must be a local date-time as YYYY-MM-DDTHH:MM (no timezone offset) or a date YYYY-MM-DD',
  ),
);
const Weekday = v.picklist(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], 'must be one of MO TU WE TH FR SA SU');
/** 1–5 = first to fifth, -1 = last, -2 = second to last. Named so the JSON Schema generator can translate it. */
export const isWeekOfMonth = (n: number): boolean => n !== 0 && n >= -5 && n <= 5;
const WeekOfMonth = v.pipe(
  v.number(),
  v.integer(),
  v.check(isWeekOfMonth, 'must be 1–5 (first to fifth) or -1 to -5 (last…)'),
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
);

export const CostSchema = v.looseObject({
  free: v.boolean(),
  details: v.optional(text(500)),
});

export const ContactSchema = v.looseObject({
  phone: v.optional(Phone),
  email: v.optional(Email),
  website: v.optional(WebUrl),
});

export const LocationSchema = v.looseObject({
  name: v.optional(text(200)),
  address: v.optional(text(500)),
  postcode: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.regex(/^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/, 'must be a UK postcode, e.g. NB1 4AA'),
    ),
  ),
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lng: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
});

export const OpeningSessionSchema = v.looseObject({
  frequency: v.optional(v.picklist(['weekly', 'monthly']), 'weekly'),
  byDay: v.pipe(v.array(Weekday), v.nonEmpty('must list at least one day')),
  weekOfMonth: v.optional(v.array(WeekOfMonth)),
  opensAt: LocalTime,
  closesAt: v.optional(LocalTime),
  note: v.optional(text(200)),
});

export const ServiceSchema = v.looseObject({
  id: Id,
  name: text(200),
  description: v.optional(text(5000)),
  organisation: v.optional(text(200)),
  categories: v.optional(v.array(Id), []),
  ageRange: v.optional(AgeRangeSchema),
  cost: v.optional(CostSchema),
  area: v.optional(Id),
  location: v.optional(LocationSchema),
  schedule: v.optional(v.array(OpeningSessionSchema), []),
  scheduleNote: v.optional(text(300)),
  contact: v.optional(ContactSchema),
  languages: v.optional(v.array(text(60)), []),
  accessibility: v.optional(v.array(text(120)), []),
  booking: v.optional(v.picklist(['drop-in', 'booking', 'referral'])),
  lastChecked: v.optional(IsoDate),
});

export const RecurrenceSchema = v.looseObject({
  frequency: v.picklist(['weekly', 'monthly']),
  interval: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(52)), 1),
  byDay: v.optional(v.array(Weekday)),
  weekOfMonth: v.optional(v.array(WeekOfMonth)),
  byMonthDay: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(-31), v.maxValue(31)))),
  until: v.optional(IsoDate),
  count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
  exclude: v.optional(v.array(IsoDate), []),
  cancelled: v.optional(v.array(IsoDate), []),
});

export const EventSchema = v.looseObject({
  id: Id,
  title: text(200),
  description: v.optional(text(5000)),
  start: LocalDateTime,
  end: v.optional(LocalDateTime),
  allDay: v.optional(v.boolean(), false),
  recurrence: v.optional(RecurrenceSchema),
  cancelled: v.optional(v.boolean(), false),
  serviceId: v.optional(Id),
  location: v.optional(LocationSchema),
  area: v.optional(Id),
  categories: v.optional(v.array(Id), []),
  ageRange: v.optional(AgeRangeSchema),
  cost: v.optional(CostSchema),
  bookingUrl: v.optional(Link),
});

/** A choice in a list: an area (ward), a form option. */
export const OptionSchema = v.looseObject({ id: Id, label: text(200) });

/** A category of service, used for filtering. */
export const CategorySchema = v.looseObject({
  id: Id,
  label: text(200),
  description: v.optional(text(500)),
});

export const SignupFormSchema = v.looseObject({
  endpoint: WebUrl,
  heardAboutOptions: v.optional(v.array(OptionSchema), []),
  interests: v.optional(v.array(OptionSchema), []),
  consentText: text(2000),
});

export const FeedbackFormSchema = v.looseObject({
  endpoint: WebUrl,
  consentText: v.optional(text(2000)),
});

export const FormsSchema = v.looseObject({
  signup: v.optional(SignupFormSchema),
  feedback: v.optional(FeedbackFormSchema),
});

export const ProgrammeSchema = v.looseObject({
  name: text(200),
  area: v.optional(text(200)),
  description: v.optional(text(2000)),
  timezone: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, 'must be an IANA timezone')), 'Europe/London'),
  locale: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag')), 'en-GB'),
  contact: v.optional(ContactSchema),
  privacyNoticeUrl: v.optional(WebUrl),
  areas: v.optional(v.array(OptionSchema), []),
  categories: v.optional(v.array(CategorySchema), []),
});

/** The whole document. Item lists are validated one item at a time (see `validate.ts`). */
export const FeedSchema = v.looseObject({
  $schema: v.optional(v.string()),
  version: v.pipe(v.string(), v.regex(VERSION_PATTERN, 'must be "1.0" (or another 1.x)')),
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
