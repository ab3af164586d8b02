/**
 * Registers `<pc-event-calendar>`: events, and of services only the place and booking of the
 * events they run.
 */
import './formats.js';
import { readFeedSections } from '../formats/registry.js';
import { eventsSection, servicePlacesSection } from '../data/validate.js';
import { define } from '../internal/define.js';
import { PcEventCalendar } from '../event-calendar/event-calendar.js';

readFeedSections({ events: eventsSection, servicePlaces: servicePlacesSection });
define('pc-event-calendar', PcEventCalendar);
