/** Registers `<pc-feed-status>`: the feed parts it counts (services and events) and its British English. */
import './formats.js';
import { readFeedSections } from '../formats/registry.js';
import { eventsSection, servicesSection } from '../data/validate.js';
import { registerStrings } from '../i18n/registry.js';
import { define } from '../internal/define.js';
import { PcFeedStatus } from '../feed-status/feed-status.js';
import { feedStatusEnGB } from '../feed-status/strings/en-GB.js';

readFeedSections({ services: servicesSection, events: eventsSection });
registerStrings(feedStatusEnGB);
define('pc-feed-status', PcFeedStatus);
