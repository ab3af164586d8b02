/**
 * Parent Champion Widgets: every element, self-registering. Import once (or load
 * `dist/parent-champion-widgets.js` with a script tag) and use the tags in HTML.
 */
import './define/provider.js';
import './define/service-finder.js';
import './define/event-calendar.js';
import { registerLocaleLoader } from './i18n/registry.js';
import { defineWhenUsed } from './define/when-used.js';

// The forms, the feedback summary and the feed status come when the page uses them
// (define/when-used.ts): the widgets stay under 45 KB.
defineWhenUsed('pc-champion-signup', () => import('./define/champion-signup.js'));
defineWhenUsed('pc-feedback-summary', () => import('./define/feedback-summary.js'));
defineWhenUsed('pc-feedback-card', () => import('./define/feedback-card.js'));
defineWhenUsed('pc-feed-status', () => import('./define/feed-status.js'));

// Arabic loads the first time a widget asks for it: English pages never download it.
registerLocaleLoader('ar', () => import('./locales/ar.js'));

export { PcProvider } from './provider/provider.js';
export { PcServiceFinder } from './service-finder/service-finder.js';
export {
  PcSearchEvent,
  PcServiceSelectEvent,
  type SearchDetail,
  type SearchFilters,
  type ServiceSelectDetail,
  type ServiceSummary,
} from './service-finder/events.js';
export { PcEventCalendar } from './event-calendar/event-calendar.js';
export {
  PcEventSelectEvent,
  PcRangeChangeEvent,
  type OccurrenceSummary,
  type RangeChangeDetail,
} from './event-calendar/events.js';

export type { PcChampionSignup } from './champion-signup/champion-signup.js';
// Types only: the classes travel with the form's chunk (dist/champion-signup.js exports them too).
export type {
  PcSubmitEvent,
  PcSubmittedEvent,
  PcSubmitErrorEvent,
  SubmitTransport,
  SubmittedDetail,
  SubmitErrorDetail,
  SubmitErrorReason,
} from './forms/events.js';
export type { SignupPayload, SignupAnswers } from './forms/signup-payload.js';
export type { FeedbackPayload, FeedbackAnswers, FeedbackSubject } from './forms/feedback-payload.js';
// Type only: the class travels with its chunk (dist/feedback-summary.js exports it too).
export type { PcFeedbackSummary } from './feedback-summary/feedback-summary.js';
// Type only: the class travels with its chunk (dist/feedback-card.js exports it too).
export type { PcFeedbackCard } from './feedback-card/feedback-card.js';
// Type only: the class travels with its chunk (dist/provider.js exports it too).
export type { PcFeedStatus } from './feed-status/feed-status.js';

export { registerTranslation, registeredLocales, type Translation, type PartialTranslation } from './i18n/index.js';
export { registerAdapter } from './formats/registry.js';
export type { FeedAdapter, AdapterOptions, Converted } from './formats/types.js';
export { FeedError, type Diagnostic, type FeedErrorKind } from './data/errors.js';
export type {
  Feed,
  Programme,
  Service,
  FeedEvent,
  OpeningSession,
  Recurrence,
  Location,
  AgeRange,
  Cost,
  Contact,
  Forms,
  FeedbackSummary,
  FeedbackSummaryService,
  YouSaidWeDid,
} from './data/feed-schema.js';
export { TOKEN_NAMES, type TokenName } from './theme/tokens.js';
