/**
 * `<pc-provider>` and `<pc-feed-status>` on their own, for pages that only share a feed. As in the
 * all-in-one bundle, `<pc-feed-status>`'s code is a chunk fetched where the page has the tag.
 */
import '../define/provider.js';
import { defineWhenUsed } from '../define/when-used.js';

const loadFeedStatus = () => import('../define/feed-status.js');
defineWhenUsed('pc-feed-status', loadFeedStatus);

/**
 * Defines `<pc-feed-status>` now: for a page whose tag is inside another component's shadow root,
 * where the watcher does not see it.
 */
export async function defineFeedStatus(): Promise<void> {
  await loadFeedStatus();
}

export { PcProvider } from '../provider/provider.js';
export type { PcFeedStatus } from '../feed-status/feed-status.js';
