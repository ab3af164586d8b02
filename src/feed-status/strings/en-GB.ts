import type { CoreStrings, FeedStatusStrings } from '../../i18n/translation.js';
import { enGB } from '../../i18n/locales/en-GB.js';
import { plural } from '../../i18n/plural.js';

/** British English for `<pc-feed-status>`: read by the element with the core strings (below). */
export const feedStatusEnGB: FeedStatusStrings = {
  feedStatusLabel: 'About this information',
  servicesCount: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'service', other: 'services' })}`,
  eventsCount: (n, formatted) => `${formatted} ${plural('en-GB', n, { one: 'event', other: 'events' })}`,
  skippedCount: (n, formatted) =>
    `${formatted} ${plural('en-GB', n, { one: 'entry', other: 'entries' })} could not be shown`,
  updatedAt: (when) => `Updated ${when}`,
  loadedAt: (when) => `Loaded ${when}`,
};

/** What the element's `t` holds: the core strings and its own. */
export type FeedStatusEnglish = CoreStrings & FeedStatusStrings;

/** The element's British English: the core strings and its own. */
export const feedStatusEnglish: FeedStatusEnglish = { ...enGB, ...feedStatusEnGB };
