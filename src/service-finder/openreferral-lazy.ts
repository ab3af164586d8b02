/**
 * The Open Referral UK adapter as the finder registers it: detection is a cheap shape test
 * in the entry bundle; the converter (and any paging of a live API) is `import()`ed only
 * when a feed turns out to be Open Referral UK.
 */
import type { FeedAdapter } from '../data/adapters.js';
import { isOpenReferralApiRoot, isOpenReferralShape } from './openreferral-detect.js';

export const lazyOpenReferralAdapter: FeedAdapter = {
  name: 'openreferral',
  detect: (data) => isOpenReferralShape(data) || isOpenReferralApiRoot(data),
  async convert(data, { source }) {
    const { convertOpenReferral } = await import('./openreferral-api.js');
    return convertOpenReferral(data, source);
  },
};
