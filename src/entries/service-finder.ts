/** `<pc-service-finder>` on its own (self-registering); its search engine and Open Referral UK reader load on demand. */
import '../define/service-finder.js';

export { PcServiceFinder } from '../service-finder/service-finder.js';
