/**
 * The native feed contract, version 1: the one source of truth for what the widgets accept, with
 * feedback-summary-schema.ts (the published feedback summary) and feed-document.ts (the whole
 * document, naming every section): apart so that a bundle carries only the sections it reads.
 * The validator reads feeds with these schemas at run time and `npm run schema` turns them
 * into `schema/feed.schema.json`, so the published JSON Schema can never drift from them.
 * The prose for JSON Schema readers lives in feed-schema-docs.ts, not here: every widget
 * bundle ships these schemas, and descriptions would only add weight to them.
 * For the same reason a broken rule names its `reason` by key; feed-reasons.ts has the words.
 *
 * `kept(...)` marks optional parts that must never be removed on their own, because the rest
 * would then say something false: a cancelled event shown as running, a monthly session
 * shown as weekly, a series without its end date or exclusions inventing sessions. A problem
 * in one of them fails the enclosing opening session or event instead.
 */
import { boolean, kept, list, number, object, oneOf, optional, string, type Output } from './schema-kit.js';
import { isSafeLink, isWebUrl } from './safe-url.js';
import { EMAIL_PATTERN, WEEKDAYS } from './feed-patterns.js';

export { EMAIL_PATTERN, WEEKDAYS };

export const FEED_VERSION = '1.0';
/** Readers accept any 1.x. */
export const VERSION_PATTERN = /^1(\.\d+)?$/;

/** Text shown to parents: see `text` in schema-kit.ts (cleaned, never blank, shortened to `max`). */
const text = (max: number) => string({ trim: true, min: 1, max, text: true });
const Id = string({
  trim: true,
  pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
  reason: 'id',
});
// feed-json-schema.ts recognises these checks by identity to emit equivalent JSON Schema.
const WebUrl = string({ trim: true, check: isWebUrl, reason: 'web-url' });
const Link = string({ trim: true, check: isSafeLink, reason: 'link' });
// The common email and ISO date patterns; feed-json-schema.ts adds their formats.
export const ISO_DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
// RFC 5321's longest address; the length is checked before the pattern is run.
const Email = string({ trim: true, max: 254, pattern: EMAIL_PATTERN, reason: 'email' });
const Phone = string({ trim: true, pattern: /^\+?[0-9 ()-]{6,24}$/, reason: 'phone' });
const IsoDate = string({ pattern: ISO_DATE_PATTERN, reason: 'date' });
/**
 * When data last changed: an ISO 8601 date or date-time, `2026-12-02`, `2026-12-02T09:30`,
 * `2026-12-02T09:30:15.250Z`, `2026-12-02T09:30:00+01:00`; a space for the `T`, as RFC 3339 allows
 * and database exports write, is read too. Read by feed-date.ts.
 */
export const FEED_DATE_PATTERN =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;
/** Wall-clock time in the programme's timezone, never with an offset. */
const LocalTime = string({ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, reason: 'time' });
const LocalDateTime = string({
  pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/,
  reason: 'date-time',
});
const WeekdaySchema = oneOf(WEEKDAYS, 'weekday');
/** 1–5 = first to fifth, -1 = last, -2 = second to last. Named so the JSON Schema generator can translate it. */
export const isWeekOfMonth = (n: number): boolean => n !== 0 && n >= -5 && n <= 5;
const WeekOfMonth = number({ integer: true, check: isWeekOfMonth, reason: 'week-of-month' });
const Booking = oneOf(['drop-in', 'booking', 'referral']);
const Months = number({ integer: true, min: 0, max: 300 });

/** Named so the JSON Schema generator can describe it (JSON Schema cannot compare two fields). */
export const isOrderedAgeRange = (r: { minMonths?: number; maxMonths?: number }): boolean =>
  r.minMonths === undefined || r.maxMonths === undefined || r.minMonths <= r.maxMonths;

export const AgeRangeSchema = object(
  { minMonths: optional(Months), maxMonths: optional(Months) },
  { check: isOrderedAgeRange, reason: 'age-range' },
);

export const CostSchema = object({ free: boolean(), details: optional(text(500)) });

export const ContactSchema = object({ phone: optional(Phone), email: optional(Email), website: optional(WebUrl) });

/** A full UK postcode ("NB1 4AA"). */
const Postcode = string({ trim: true, pattern: /^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/, reason: 'postcode' });

export const LocationSchema = object({
  name: optional(text(200)),
  address: optional(text(500)),
  postcode: optional(Postcode),
  lat: optional(number({ min: -90, max: 90 })),
  lng: optional(number({ min: -180, max: 180 })),
});

/** Every `interval` weeks (or months); 2 = every other. */
const Interval = number({ integer: true, min: 1, max: 52 });

export const OpeningSessionSchema = object({
  frequency: kept(optional(oneOf(['weekly', 'monthly']), 'weekly')),
  // Absent means 1. A fortnightly session must never be shown as weekly: a bad one fails the session.
  interval: kept(optional(Interval)),
  byDay: list(WeekdaySchema, { min: 1, reason: 'days', keepItems: true }),
  weekOfMonth: kept(optional(list(WeekOfMonth, { keepItems: true }))),
  // Its first date: which weeks (or months) an interval above 1 counts from.
  startDate: optional(IsoDate),
  opensAt: LocalTime,
  closesAt: optional(LocalTime),
  note: optional(text(200)),
});

export const ServiceSchema = object({
  id: Id,
  name: text(200),
  description: optional(text(5000)),
  organisation: optional(text(200)),
  categories: optional(list(Id), []),
  ageRange: optional(AgeRangeSchema),
  cost: optional(CostSchema),
  area: optional(Id),
  location: optional(LocationSchema),
  schedule: optional(list(OpeningSessionSchema), []),
  scheduleNote: optional(text(300)),
  contact: optional(ContactSchema),
  languages: optional(list(text(60)), []),
  accessibility: optional(list(text(120)), []),
  booking: optional(Booking),
  lastChecked: optional(IsoDate),
});

/**
 * What the calendar reads of a service: where the events it runs take place, and how to go.
 * A bundle whose widgets read nothing else of services checks only these fields.
 */
export const ServicePlaceSchema = object({
  id: Id,
  name: text(200),
  area: optional(Id),
  location: optional(LocationSchema),
  booking: optional(Booking),
});

const DayOfMonth = number({ integer: true, min: -31, max: 31 });
export const RecurrenceSchema = object({
  frequency: oneOf(['weekly', 'monthly']),
  interval: kept(optional(Interval, 1)),
  byDay: kept(optional(list(WeekdaySchema, { keepItems: true }))),
  weekOfMonth: kept(optional(list(WeekOfMonth, { keepItems: true }))),
  byMonthDay: kept(optional(list(DayOfMonth, { keepItems: true }))),
  until: kept(optional(IsoDate)),
  count: kept(optional(number({ integer: true, min: 1, max: 1000 }))),
  // A bad date in these lists is removed; the lists themselves never are.
  exclude: kept(optional(list(IsoDate), [])),
  cancelled: kept(optional(list(IsoDate), [])),
});

export const EventSchema = object({
  id: Id,
  title: text(200),
  description: optional(text(5000)),
  start: LocalDateTime,
  end: optional(LocalDateTime),
  allDay: optional(boolean(), false),
  recurrence: kept(optional(RecurrenceSchema)),
  cancelled: kept(optional(boolean(), false)),
  serviceId: optional(Id),
  location: optional(LocationSchema),
  // Parents can join online (a video call), with or without a place to go to as well.
  online: optional(boolean()),
  area: optional(Id),
  categories: optional(list(Id), []),
  ageRange: optional(AgeRangeSchema),
  cost: optional(CostSchema),
  bookingUrl: optional(Link),
});

/** A choice in a list: an area (ward), a form option. */
export const OptionSchema = object({ id: Id, label: text(200) });

/** A category of service, used for filtering. */
export const CategorySchema = object({ id: Id, label: text(200), description: optional(text(500)) });

export const ProgrammeSchema = object({
  name: text(200),
  area: optional(text(200)),
  description: optional(text(2000)),
  timezone: optional(string({ pattern: /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, reason: 'timezone' }), 'Europe/London'),
  locale: optional(string({ pattern: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, reason: 'locale' }), 'en-GB'),
  contact: optional(ContactSchema),
  privacyNoticeUrl: optional(WebUrl),
  postcodeExample: optional(Postcode),
  areas: optional(list(OptionSchema), []),
  categories: optional(list(CategorySchema), []),
  // A date in the future is not shown (feed-status checks it: "now" is not the contract's to know).
  lastUpdated: optional(string({ trim: true, pattern: FEED_DATE_PATTERN, reason: 'last-updated' })),
});

export type AgeRange = Output<typeof AgeRangeSchema>;
export type Cost = Output<typeof CostSchema>;
export type Contact = Output<typeof ContactSchema>;
export type Location = Output<typeof LocationSchema>;
export type OpeningSession = Output<typeof OpeningSessionSchema>;
export type Service = Output<typeof ServiceSchema>;
/** What `ServicePlaceSchema` checks of a service: its id, name, area, place and booking. */
export type ServicePlace = Output<typeof ServicePlaceSchema>;
export type Recurrence = Output<typeof RecurrenceSchema>;
export type FeedEvent = Output<typeof EventSchema>;
// The forms' settings are in forms-schema.ts (types only here: only the forms' chunks carry their schemas).
export type { Forms, SignupForm, FeedbackForm, SignupQuestionId } from './forms-schema.js';
export type Option = Output<typeof OptionSchema>;
export type Category = Output<typeof CategorySchema>;
export type Programme = Output<typeof ProgrammeSchema>;
// The whole document is in feed-document.ts (types only here: no bundle carries its schemas for that).
export type { Feed } from './feed-document.js';
export type { FeedbackSummary, FeedbackSummaryService, YouSaidWeDid } from './feedback-summary-schema.js';
export type Weekday = (typeof WEEKDAYS)[number];

/** The value types the forms' payloads and the feedback summary share with the feed: one definition each. */
export { text as feedText, WebUrl as FeedWebUrl, Id as FeedId, Email as FeedEmail, Phone as FeedPhone, IsoDate as FeedDate, WeekdaySchema };
