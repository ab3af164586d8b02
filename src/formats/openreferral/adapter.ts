/**
 * The Open Referral UK adapter as the finder registers it: `format="auto"` hands it any
 * document no other format claims, and its converter (with the shape tests, and any paging
 * of a live API) is `import()`ed only then, so a native feed never downloads any of it.
 */
import type { FeedAdapter } from '../../data/adapters.js';

export const lazyOpenReferralAdapter: FeedAdapter = {
  name: 'openreferral',
  fallback: true,
  detect: () => true,
  async convert(data, { source, credentials }) {
    const { convertOpenReferral } = await import('./paging.js');
    return convertOpenReferral(data, source, { credentials });
  },
};
