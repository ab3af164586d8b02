import type { FeedStatusStrings } from '../../i18n/translation.js';
import { plural } from '../../i18n/plural.js';

/** British English for `<pc-feed-status>`: registered as its bundle's English by the element. */
export const feedStatusEnGB: FeedStatusStrings = {
  feedStatusLabel: 'About this information',
  servicesCount: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'service', other: 'services' })}`,
  eventsCount: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'event', other: 'events' })}`,
  skippedCount: (n, formatted) =>
    `${formatted} ${plural('en-GB', n, { one: 'entry', other: 'entries' })} could not be shown`,
  updatedAt: (when) => `Updated ${when}`,
};
