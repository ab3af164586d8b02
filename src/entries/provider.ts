/** `<pc-provider>` and `<pc-feed-status>` on their own, for pages that only share a feed. */
export { PcProvider } from '../provider/provider.js';
export { PcFeedStatus } from '../feed-status/feed-status.js';
