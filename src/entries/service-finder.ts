/** `<pc-service-finder>` on its own (self-registering); its search engine and Open Referral UK reader load on demand. */
import '../define/service-finder.js';

export { PcServiceFinder } from '../service-finder/service-finder.js';
export {
  PcSearchEvent,
  PcServiceSelectEvent,
  type SearchDetail,
  type SearchFilters,
  type ServiceSelectDetail,
  type ServiceSummary,
} from '../service-finder/events.js';
