/** Registers `<pc-service-finder>`: the services part of a native feed. */
import './formats.js';
import { readFeedSections } from '../formats/registry.js';
import { servicesSection } from '../data/validate.js';
import { define } from '../internal/define.js';
import { PcServiceFinder } from '../service-finder/service-finder.js';

readFeedSections({ services: servicesSection });
define('pc-service-finder', PcServiceFinder);
