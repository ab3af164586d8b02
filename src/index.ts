/**
 * Parent Champion Widgets: every element, self-registering. Import once (or load
 * `dist/parent-champion-widgets.js` with a script tag) and use the tags in HTML.
 */
import './define/provider.js';
import './define/feed-status.js';
import './define/service-finder.js';
import './define/event-calendar.js';
import { registerLocaleLoader } from './i18n/registry.js';

// Arabic loads the first time a widget asks for it: English pages never download it.
registerLocaleLoader('ar', () => import('./locales/ar.js'));

export { PcProvider } from './provider/provider.js';
export { PcFeedStatus } from './feed-status/feed-status.js';
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
} from './data/feed-schema.js';
export { TOKEN_NAMES } from './theme/tokens.js';
