/** `<pc-event-calendar>` on its own (with `<pc-provider>`, so one feed can serve several widgets). */
export { PcProvider } from '../provider/provider.js';
export { PcEventCalendar, type RangeChangeDetail } from '../event-calendar/event-calendar.js';
