/** Registers `<pc-service-finder>`: the services part of a native feed and its British English. */
import './formats.js';
import { readFeedSections } from '../formats/registry.js';
import { servicesSection } from '../data/validate.js';
import { registerStrings } from '../i18n/registry.js';
import { define } from '../internal/define.js';
import { PcServiceFinder } from '../service-finder/service-finder.js';
import { finderEnGB } from '../service-finder/strings/en-GB.js';

readFeedSections({ services: servicesSection });
// Its British English joins this bundle's default, so other widgets' bundles don't carry it.
registerStrings(finderEnGB);
define('pc-service-finder', PcServiceFinder);
