/** Registers `<pc-feed-status>`: the feed parts it counts (services and events). */
import './formats.js';
import { readFeedSections } from '../formats/registry.js';
import { eventsSection, servicesSection } from '../data/validate.js';
import { define } from '../internal/define.js';
import { PcFeedStatus } from '../feed-status/feed-status.js';

readFeedSections({ services: servicesSection, events: eventsSection });
define('pc-feed-status', PcFeedStatus);
