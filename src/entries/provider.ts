/** `<pc-provider>` and `<pc-feed-status>` on their own, for pages that only share a feed. */
import '../define/provider.js';
import '../define/feed-status.js';

export { PcProvider } from '../provider/provider.js';
export { PcFeedStatus } from '../feed-status/feed-status.js';
