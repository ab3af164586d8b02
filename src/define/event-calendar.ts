/**
 * Registers `<pc-event-calendar>`: events, and of services only the place and booking of the
 * events they run, and its British English.
 */
import './formats.js';
import { readFeedSections } from '../formats/registry.js';
import { eventsSection, servicePlacesSection } from '../data/validate.js';
import { registerStrings } from '../i18n/registry.js';
import { define } from '../internal/define.js';
import { PcEventCalendar } from '../event-calendar/event-calendar.js';
import { calendarEnGB } from '../event-calendar/strings/en-GB.js';

readFeedSections({ events: eventsSection, servicePlaces: servicePlacesSection });
registerStrings(calendarEnGB);
define('pc-event-calendar', PcEventCalendar);
