/**
 * Every user-facing string of the library, typed. A locale file implements this
 * interface; `registerTranslation` accepts a partial one and falls back to British
 * English for anything it leaves out, so a scheme can add Welsh or Polish one
 * string at a time.
 *
 * One type, but the values are split by widget (core in src/i18n/locales/, the rest in
 * src/<widget>/strings/) so each widget bundle carries only its own English.
 *
 * Plural-sensitive strings are functions: they receive numbers already formatted
 * for the locale by the caller where needed, and use `plural()` for the noun.
 *
 * Over 400 lines because it is one list, a line or two per string with what it is for: a translator
 * reads it from top to bottom, widget by widget.
 */
export interface Translation extends FormStrings, SignupStrings, FeedbackSummaryStrings, FeedbackCardStrings {
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
  /** Any other HTTP error: 5xx "having problems", otherwise "could not find" (404, 410, …). */
  errorHttp: (status: number) => string;
  /** HTTP 401 or 403: the feed is behind a login. */
  errorNotPublic: string;
  /** HTTP 429 after every retry: the server is busy. */
  errorBusy: string;
  errorParse: string;
  errorNotAFeed: string;
  errorNoSource: string;
  /** A part of a widget (its own code, fetched when needed) did not load: never blames the parent's connection. */
  errorPartUnavailable: string;
  emptyHeading: string;
  staleNotice: (savedAt: string) => string;

  // <pc-feed-status>
  feedStatusLabel: string;
  servicesCount: (count: number, formatted: string) => string;
  eventsCount: (count: number, formatted: string) => string;
  skippedCount: (count: number, formatted: string) => string;
  /** When the data last changed, from the feed's own date: "Updated 2 Dec 2026". */
  updatedAt: (when: string) => string;
  /** The feed gives no such date: when this page loaded it, "Loaded 6 Dec 2026, 09:00". */
  loadedAt: (when: string) => string;

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
  /**
   * A session every `count` (2 or more) weeks, `formatted` in the locale's digits; `days` are Intl
   * day names already joined: 2 + "Monday" → "Every other Monday", 3 → "Every 3 weeks on Monday".
   */
  scheduleEveryNWeeks: (count: number, formatted: string, days: string) => string;
  /** A monthly session every `count` (2 or more) months: 2 + "1st" + "Saturday" → "1st Saturday of every other month". */
  scheduleEveryNMonths: (count: number, formatted: string, weeks: string, days: string) => string;
  /** Opening hours, times already formatted: "10:00–12:00". */
  scheduleTimeRange: (opens: string, closes: string) => string;
  /** An opening time with no closing time: "from 10:00". */
  scheduleOpensAt: (opens: string) => string;
  /** One line of a schedule: "Wednesdays" + "10:00–12:00" → "Wednesdays 10:00–12:00". */
  scheduleLine: (days: string, times: string) => string;
  /** A line with the next date of a session every few weeks: "… 10:00–12:00" + "Monday 14 December" → "… 10:00–12:00 (next: Monday 14 December)". */
  scheduleNext: (line: string, date: string) => string;

  // Event calendar
  /** "Previous month" / "Previous week": the toolbar button's accessible name. */
  calendarPrevious: (view: 'month' | 'week') => string;
  /** "Next month" / "Next week". */
  calendarNext: (view: 'month' | 'week') => string;
  /** The list (agenda) view's step of 28 days: "Previous 4 weeks" / "Next 4 weeks". */
  calendarPreviousFourWeeks: string;
  calendarNextFourWeeks: string;
  calendarToday: string;
  /** Label of the month / week / list switcher. */
  calendarViews: string;
  calendarViewMonth: string;
  calendarViewWeek: string;
  calendarViewList: string;
  /** "3 sessions", "1 session", "No sessions". */
  calendarSessions: (count: number, formatted: string) => string;
  /** A month-grid day's accessible name: "Wednesday 25 November" + "3 sessions". */
  calendarDayLabel: (date: string, sessions: string) => string;
  /** Announced after moving: "December 2026" + "12 sessions". */
  calendarRangeAnnouncement: (range: string, sessions: string) => string;
  /** "No sessions this month" / "No sessions this week". */
  calendarEmpty: (view: 'month' | 'week') => string;
  /** The list view's four weeks have nothing on: "No sessions in these 4 weeks". */
  calendarEmptyFourWeeks: string;
  calendarEmptyDay: string;
  /** Under a busy month-grid day: "+2 more". */
  calendarMore: (count: number, formatted: string) => string;
  /** Above "Show more" in a busy list or day: "Showing 100 of" + "5,000 sessions". */
  calendarShowing: (shown: string, sessions: string) => string;
  /** Draws the next sessions of a busy day (a day draws 20 at first). */
  calendarShowMore: string;
  /** Draws the list's next days. */
  calendarShowMoreDays: string;
  /** Shown when the parent's device is in another timezone: zone name from Intl. */
  calendarTimesIn: (zone: string) => string;
  /** Above the calendar when part of its feed could not be loaded and may load later (a later page of an OpenActive feed failed). */
  calendarIncomplete: string;
  /** The same, where loading again would leave the same gap (pages past the limit, a next page on another site): no "try again later". */
  calendarIncompleteLasting: string;
  calendarFilters: string;
  calendarFilterType: string;
  calendarFilterArea: string;
  calendarAllAreas: string;
  calendarFilterAge: string;
  calendarAnyAge: string;
  /** Age filter choices: 0 → "Under 1", 1–4 → "2 years", 5 → "5 and over". */
  calendarAgeBand: (years: number, formatted: string) => string;
  calendarFreeOnly: string;
  calendarClearFilters: string;
  /** A filter choice with its count: "Stay and play (4)". */
  calendarOptionCount: (label: string, count: string) => string;
  calendarWhen: string;
  calendarWhere: string;
  /** Link to directions to the session's place (Google Maps), under the facts. */
  calendarDirections: string;
  calendarCost: string;
  calendarAges: string;
  calendarBooking: string;
  calendarFree: string;
  calendarAllDay: string;
  calendarCancelled: string;
  /** Where a session is that parents join online (a video call) and that has no place to go to. */
  calendarOnline: string;
  /** In a session's detail, under its place, when parents can also join it online. */
  calendarAlsoOnline: string;
  /** How many of a day's sessions are cancelled, after its count of running ones: "1 cancelled". */
  calendarCancelledCount: (n: number, formatted: string) => string;
  calendarCancelledNotice: string;
  calendarBook: string;
  /** An event's booking, from its service when it has no booking link. */
  calendarBookingKind: (kind: 'drop-in' | 'booking' | 'referral') => string;
  /** Ages, bounds already formatted with units: "0" + "3 years" → "0 to 3 years". */
  calendarAgeFromTo: (from: string, to: string) => string;
  /** "5 years and over". */
  calendarAgeFrom: (from: string) => string;
  calendarAddToCalendar: string;
  calendarDownloadSession: string;
  calendarDownloadSeries: string;
  calendarGoogle: string;
  calendarOutlook: string;
  /** Visually hidden after links that open a new tab. */
  calendarNewTab: string;
  calendarClose: string;
  /** The session dialog's button that opens the feedback card (when the feed has a feedback form): "Tell us what you think". */
  calendarFeedback: string;

  // Service finder
  finderSearchLabel: string;
  finderSearchHint: string;
  finderPostcodeLabel: string;
  /** `example`: a local postcode from the feed; without one, no made-up place. */
  finderPostcodeHint: (example?: string) => string;
  finderPostcodeError: (example?: string) => string;
  finderPostcodeNotFound: string;
  /** Visually hidden before an inline error message. */
  finderErrorPrefix: string;
  finderSearch: string;
  finderUseLocation: string;
  finderLocating: string;
  /** Geolocation denied or unavailable. */
  finderLocationError: string;
  /** Sort note; `place` is a postcode or `finderYourLocation`: "Sorted by distance from NB1 4AA". */
  finderNearest: (place: string) => string;
  /** The parent typed "near me" before saying where they are: beside "Use my location". */
  finderNearMeHint: string;
  finderYourLocation: string;
  /** Sort note without a geocoder: "Services in NB1 first". */
  finderInDistrict: (district: string) => string;
  finderFilters: string;
  finderFilterCategory: string;
  finderFilterAge: string;
  finderFreeOnly: string;
  finderFilterDay: string;
  finderFilterLanguage: string;
  finderFilterAccess: string;
  finderFilterArea: string;
  finderFilterBooking: string;
  finderBooking: (kind: 'drop-in' | 'booking' | 'referral') => string;
  finderClearFilters: string;
  finderSelected: (count: number, formatted: string) => string;
  finderRemoveFilter: (label: string) => string;
  /** No filter has an option among the services found (so the panel is not an empty box). */
  finderNoFilterOptions: string;
  /** Above the ways out of a search that found nothing. */
  finderTryInstead: string;
  /** A close spelling of the parent's words: "Did you mean “nursery”?". */
  finderDidYouMean: (words: string) => string;
  /** A category the words name, without the words. */
  finderSeeCategory: (label: string) => string;
  /** How many services a way out gives: "4 services". */
  finderServiceCount: (count: number, formatted: string) => string;
  /** The same, when the way out leaves the filters out: "3 services, without the filters". */
  finderServiceCountWithoutFilters: (count: number, formatted: string) => string;
  /** Before the programme's own contact details, when nothing is found. */
  finderAskProgramme: (programme: string) => string;
  /** The same, for a programme without a name. */
  finderAskUs: string;
  /** The live results count: "12 services found". */
  finderResults: (count: number, formatted: string) => string;
  /** A link past the filter panel, shown when it gets keyboard focus. */
  finderSkipToResults: string;
  /** Numbers already formatted: "Showing 10 of 42". */
  finderShowing: (shown: string, total: string) => string;
  finderShowMore: string;
  /** Above the results when part of a live directory could not be loaded and may load later (a page failed or timed out). */
  finderIncomplete: string;
  /** The same, where loading again would leave the same gap (pages past the limit, one page of a directory saved at another address): no "try again later". */
  finderIncompleteLasting: string;
  finderEmptyHeading: string;
  finderEmptyMessage: string;
  finderRunBy: (organisation: string) => string;
  finderAges: string;
  finderCost: string;
  finderWhen: string;
  finderWhere: string;
  finderContact: string;
  finderFree: string;
  finderPaid: string;
  /** "Under 1", "Under 2" (years). */
  finderAgeUnder: (years: number, formatted: string) => string;
  finderAgeYears: (count: number, formatted: string) => string;
  finderAgeMonths: (count: number, formatted: string) => string;
  /** Bounds already worded: "0" + "4 years" → "0 to 4 years". */
  finderAgeRange: (from: string, to: string) => string;
  /** "5 years and over". */
  finderAgeFrom: (from: string) => string;
  finderMiles: (count: number, formatted: string) => string;
  /** A place closer than the smallest distance shown: "Under 0.1 miles" (`formatted` is 0.1 in the locale's digits). */
  finderMilesUnder: (formatted: string) => string;
  finderPhone: string;
  finderEmail: string;
  finderWebsite: string;
  finderDirections: string;
  finderLanguages: string;
  finderAccessibility: string;
  /** `when` from relative time: "Checked 3 weeks ago". */
  finderChecked: (when: string) => string;
  finderClose: string;
  /** The detail view's button that opens the feedback card (when the feed has a feedback form): "Tell us what you think". */
  finderFeedback: string;
  /** The filter sheet's button on a phone: "Show 4 results". */
  finderShowResults: (count: number, formatted: string) => string;
}

/**
 * What every form widget says (src/forms/strings/): its error summary, optional fields, the
 * character count and the sending states. Announced states are short, and say what happens next.
 */
export interface FormStrings {
  /** After an optional question's label: "(optional)". */
  formOptional: string;
  /** The error summary's heading. */
  formErrorSummaryTitle: string;
  /** Before each field's error, visually hidden, and before the page title while errors show: "Error:". */
  formErrorPrefix: string;
  /** A checkbox group's hint. */
  formSelectAll: string;
  /** The divider before an exclusive option ("or"). */
  formOr: string;
  /** A character count: "You have 1,180 characters remaining". */
  formCharactersLeft: (count: number, formatted: string) => string;
  /** "You have 3 characters too many". */
  formCharactersOver: (count: number, formatted: string) => string;
  /** A field over its limit: "Anything else must be 1,200 characters or fewer" (`label` as shown). */
  formTooLong: (label: string, formatted: string) => string;
  /** Announced while sending. */
  formSending: string;
  /** Announced, and the heading, when the form will send later. */
  formWaitingTitle: string;
  /** The browser is offline: when it will send. */
  formWaitingOffline: string;
  /** The server did not answer or is busy: it will keep trying. */
  formWaitingRetry: string;
  /** After either: the answers are kept on the device, so the page may be closed. */
  formWaitingKept: string;
  /** After either, where the device cannot keep them (storage full or blocked): keep the page open. */
  formWaitingKeepOpen: string;
  /** The button that tries again at once. */
  formTryNow: string;
  /** Announced when the receiver stored it. */
  formSent: string;
  /** The heading when the receiver refused the answers for good (a 4xx). */
  formRefusedTitle: string;
  formRefused: string;
  /** A receiver's 422 that names no field the form has. */
  formRejected: string;
  /** The heading when the form has nowhere safe to send (no action, or http:). */
  formNotConfiguredTitle: string;
  formNotConfigured: string;
  /** The honeypot's label: hidden from people, read only by bots. */
  formHoneypot: string;
}

/** `<pc-champion-signup>`'s words (src/champion-signup/strings/). */
export interface SignupStrings {
  signupHeading: string;
  signupIntro: string;
  signupName: string;
  signupContactLegend: string;
  signupContactEmail: string;
  signupContactPhone: string;
  signupContactText: string;
  signupEmail: string;
  signupPhone: string;
  signupMobile: string;
  signupArea: string;
  /** `example` is the programme's postcode example ("NB1 4AA"). */
  signupAreaHint: (example: string) => string;
  signupChildrenAges: string;
  signupChildrenAgesHint: string;
  signupLanguages: string;
  signupLanguagesHint: string;
  signupAvailabilityLegend: string;
  signupDays: string;
  signupTimes: string;
  signupMorning: string;
  signupAfternoon: string;
  signupEvening: string;
  signupInterestsLegend: string;
  signupInterestSchoolGate: string;
  signupInterestEvents: string;
  signupInterestPanels: string;
  signupInterestOnline: string;
  /** The exclusive choice after "or". */
  signupInterestNotSure: string;
  signupHeardLegend: string;
  signupHeardSchool: string;
  signupHeardCentre: string;
  signupHeardHealthVisitor: string;
  signupHeardFriend: string;
  signupHeardSocial: string;
  signupHeardOther: string;
  signupAnythingElse: string;
  signupConsentLegend: string;
  /** Used when the scheme gives no consent wording: who uses the details, why, and how to withdraw. */
  signupConsentDefault: (who: string) => string;
  /** "who" in the default consent wording when the feed names no programme: the team at this website (`site`, its host name; empty when unknown). */
  signupConsentWho: (site: string) => string;
  signupConsentCheckbox: string;
  signupPrivacyLink: string;
  signupSubmit: string;
  signupSuccessTitle: string;
  signupSuccessNext: string;
  signupErrorName: string;
  signupErrorContact: string;
  signupErrorEmail: string;
  signupErrorEmailFormat: string;
  signupErrorPhone: string;
  signupErrorPhoneFormat: string;
  signupErrorMobile: string;
  signupErrorArea: string;
  /** `example` is the programme's postcode example. */
  signupErrorAreaFormat: (example: string) => string;
  signupErrorLanguages: string;
  signupErrorDays: string;
  signupErrorTimes: string;
  signupErrorInterests: string;
  signupErrorConsent: string;
}

/**
 * `<pc-feedback-summary>`'s words (src/feedback-summary/strings/): what parents said about a service,
 * as counts, and what changed. Kind about a summary not shown yet, and never saying how many responded.
 */
export interface FeedbackSummaryStrings {
  /** The widget's heading. */
  feedbackSummaryHeading: string;
  /** Above a service's ratings: "Based on 12 responses" (`formatted` in the locale's digits). */
  feedbackSummaryResponses: (count: number, formatted: string) => string;
  /** The accessible name of the list of ratings. */
  feedbackSummaryRatings: string;
  /** A rating in words, 1 = very poor … 5 = very good. */
  feedbackSummaryRating: (rating: 1 | 2 | 3 | 4 | 5) => string;
  /** One service (`service-id`) without a summary yet: never how many did respond; `minimum` is the scheme's. */
  feedbackSummaryNotEnough: (minimum: number, formatted: string) => string;
  /** No service has a summary yet (without `service-id`). */
  feedbackSummaryNotEnoughAny: (minimum: number, formatted: string) => string;
  /** The feed publishes no summary at all: under the shared empty state's heading. */
  feedbackSummaryNone: string;
  /** The heading of the "you said, we did" notes. */
  feedbackSummaryNotesHeading: string;
  feedbackSummaryYouSaid: string;
  feedbackSummaryWeDid: string;
  /** Which service a note is about: "About Riverside Stay and Play". */
  feedbackSummaryAbout: (service: string) => string;
  /** Shows the next services' summaries. */
  feedbackSummaryMoreServices: string;
  /** Shows older notes. */
  feedbackSummaryMoreNotes: string;
}

/**
 * `<pc-feedback-card>`'s words (src/feedback-card/strings/): a card a parent fills in within 30
 * seconds. The rating's points are words, not only faces or stars; anonymity is the default.
 */
export interface FeedbackCardStrings {
  /** The card's heading. */
  feedbackCardHeading: string;
  /** The rating's question about a named service or session: "How was Stay and Play?". */
  feedbackCardQuestionAbout: (name: string) => string;
  /** The rating's question about a service the feed does not name (or while the parent picks one). */
  feedbackCardQuestionService: string;
  /** The rating's question about a session the feed does not name. */
  feedbackCardQuestionSession: string;
  /** The rating's question about the page the card is on (no feed, no service). */
  feedbackCardQuestionPage: string;
  /** A point of the five-point scale in words, 1 = very poor … 5 = very good. */
  feedbackCardRating: (rating: 1 | 2 | 3 | 4 | 5) => string;
  feedbackCardErrorRating: string;
  /** The service picker's question (without `service-id`). */
  feedbackCardPickLegend: string;
  /** The picker's search box. */
  feedbackCardPickSearch: string;
  feedbackCardPickSearchHint: string;
  /** How many services match the search: "4 services match". */
  feedbackCardPickMatches: (count: number, formatted: string) => string;
  /** More match than are listed: "Showing 8 of 40: type more of the name to narrow them". */
  feedbackCardPickMore: (shown: string, total: string) => string;
  /** The choice for a service the list does not have. */
  feedbackCardPickNotListed: string;
  feedbackCardErrorPick: string;
  feedbackCardWentWell: string;
  feedbackCardCouldBeBetter: string;
  /** Under both text boxes: not to name anyone. */
  feedbackCardNoNamesHint: string;
  /** The anonymous-by-default choice to be contacted. */
  feedbackCardContactAllowed: string;
  feedbackCardContactAllowedHint: string;
  feedbackCardContactLegend: string;
  feedbackCardContactEmail: string;
  feedbackCardContactPhone: string;
  feedbackCardEmail: string;
  feedbackCardPhone: string;
  feedbackCardErrorContact: string;
  feedbackCardErrorEmail: string;
  feedbackCardErrorEmailFormat: string;
  feedbackCardErrorPhone: string;
  feedbackCardErrorPhoneFormat: string;
  /** The heading of what happens to the parent's words, before Send. */
  feedbackCardWhatHappensTitle: string;
  /** What happens to the words (a scheme may replace it). */
  feedbackCardWhatHappens: string;
  /** The safeguarding line (a scheme may replace it). */
  feedbackCardSafeguarding: string;
  feedbackCardSubmit: string;
  feedbackCardSuccessTitle: string;
  /** After sending: where "you said, we did" is published (a link follows when the scheme gives one). */
  feedbackCardSuccessNext: string;
  /** The link to the scheme's "you said, we did" page. */
  feedbackCardYouSaidWeDidLink: string;
  /** The inline strip's question. */
  feedbackCardUseful: string;
  feedbackCardYes: string;
  feedbackCardNo: string;
  /** After "Yes" in the strip. */
  feedbackCardGlad: string;
  /** Opens the whole card from the strip after "Yes". */
  feedbackCardTellMore: string;
}

/** A translation a site registers at runtime: identity fields plus any strings. */
export type PartialTranslation = Pick<Translation, '$code' | '$name' | '$dir'> &
  Partial<Omit<Translation, '$code' | '$name' | '$dir'>>;

/** Keys whose British English ships with `<pc-service-finder>` (src/service-finder/strings/). */
export type FinderStringKey = Extract<keyof Translation, `finder${string}` | `schedule${string}`>;
/** Keys whose British English ships with `<pc-event-calendar>` (src/event-calendar/strings/). */
export type CalendarStringKey = Extract<keyof Translation, `calendar${string}`>;

/** Keys whose British English ships with `<pc-feed-status>` (src/feed-status/strings/). */
export type FeedStatusStringKey = 'feedStatusLabel' | 'servicesCount' | 'eventsCount' | 'skippedCount' | 'updatedAt' | 'loadedAt';

/** Keys whose British English ships with each form widget (src/forms/strings/). */
export type FormStringKey = keyof FormStrings;
/** Keys whose British English ships with `<pc-champion-signup>` (src/champion-signup/strings/). */
export type SignupStringKey = keyof SignupStrings;
/** Keys whose British English ships with `<pc-feedback-summary>` (src/feedback-summary/strings/). */
export type FeedbackSummaryStringKey = keyof FeedbackSummaryStrings;

/** Keys whose British English ships with `<pc-feedback-card>` (src/feedback-card/strings/). */
export type FeedbackCardStringKey = keyof FeedbackCardStrings;

/** What every pack names: its language and direction (all a widget's strings need to be localised). */
export type LocaleIdentity = Pick<Translation, '$code' | '$name' | '$dir'>;

/** What every bundle shows (loading, error, empty and stale states): the strings in src/i18n/locales/. */
export type CoreStrings = Omit<
  Translation,
  FinderStringKey | CalendarStringKey | FeedStatusStringKey | FormStringKey | SignupStringKey | FeedbackSummaryStringKey | FeedbackCardStringKey
>;
export type FeedStatusStrings = Pick<Translation, FeedStatusStringKey>;
/** One widget's strings: a bundle carries only the packs of the widgets it holds. */
export type FinderStrings = Pick<Translation, FinderStringKey>;
/** Finder keys only its lazily loaded panels (detail view, filter panel) read: their English travels with them. */
export type FinderPanelStringKey = Extract<
  FinderStringKey,
  | 'finderContact'
  | 'finderDirections'
  | 'finderLanguages'
  | 'finderAccessibility'
  | 'finderChecked'
  | 'finderFilterCategory'
  | 'finderFilterAge'
  | 'finderFreeOnly'
  | 'finderFilterDay'
  | 'finderFilterLanguage'
  | 'finderFilterAccess'
  | 'finderSelected'
  | 'finderRemoveFilter'
  | 'finderNoFilterOptions'
  | 'finderTryInstead'
  | 'finderDidYouMean'
  | 'finderSeeCategory'
  | 'finderServiceCount'
  | 'finderServiceCountWithoutFilters'
  | 'finderAskProgramme'
  | 'finderAskUs'
  | 'finderFeedback'
>;
export type FinderPanelStrings = Pick<Translation, FinderPanelStringKey>;
export type FinderEntryStrings = Omit<FinderStrings, FinderPanelStringKey>;
export type CalendarStrings = Pick<Translation, CalendarStringKey>;
/** Calendar keys only its lazily loaded panels (filter form, session detail) read: their English travels with them. */
export type CalendarPanelStringKey = Extract<
  CalendarStringKey,
  | 'calendarFilterType'
  | 'calendarFilterArea'
  | 'calendarAllAreas'
  | 'calendarFilterAge'
  | 'calendarAnyAge'
  | 'calendarAgeBand'
  | 'calendarFreeOnly'
  | 'calendarOptionCount'
  | 'calendarWhen'
  | 'calendarWhere'
  | 'calendarAlsoOnline'
  | 'calendarDirections'
  | 'calendarCost'
  | 'calendarAges'
  | 'calendarBooking'
  | 'calendarFree'
  | 'calendarCancelledNotice'
  | 'calendarBook'
  | 'calendarBookingKind'
  | 'calendarAgeFromTo'
  | 'calendarAgeFrom'
  | 'calendarAddToCalendar'
  | 'calendarDownloadSession'
  | 'calendarDownloadSeries'
  | 'calendarGoogle'
  | 'calendarOutlook'
  | 'calendarNewTab'
  | 'calendarClose'
  | 'calendarFeedback'
>;
export type CalendarPanelStrings = Pick<Translation, CalendarPanelStringKey>;
export type CalendarEntryStrings = Omit<CalendarStrings, CalendarPanelStringKey>;
