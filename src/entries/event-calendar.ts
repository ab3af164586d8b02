/** `<pc-event-calendar>` on its own (self-registering). With a `<pc-provider>`, load `provider.js` too, or use the all-in-one bundle. */
import '../define/event-calendar.js';

export { PcEventCalendar } from '../event-calendar/event-calendar.js';
export {
  PcEventSelectEvent,
  PcRangeChangeEvent,
  type OccurrenceSummary,
  type RangeChangeDetail,
} from '../event-calendar/events.js';
