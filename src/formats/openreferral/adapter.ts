/**
 * The Open Referral UK format as every bundle registers it. `format="auto"` hands it any document
 * no other format claims, and its converter (with the shape tests) is `import()`ed only then, so
 * a native feed never downloads any of it. Its `expand` step, run by the data client, fetches the
 * rest of a live directory (paging.ts, also a chunk): only the cheap test of whether a document
 * is the first part of one travels in the entry.
 */
import type { FeedAdapter } from '../types.js';
import { chunkError, reportMissingFile } from '../../internal/lazy-chunk.js';

/**
 * Could this be a live API's root (`{"version": "HSDS-UK-3.0", …}`) or page 1 of several of its
 * `/services`, in any envelope the pager reads (HSDS's `contents`, Outpost's and Spring's `content`)?
 * Paged here, by the data client, a directory is fetched once for every widget and bundle on the
 * page; left to the converter, each conversion would page it again.
 */
function mayBePartial(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || 'programme' in data) return false;
  const o = data as Record<string, unknown>;
  // detect.ts's `ENVELOPES`, written out: that module would bring the converter's shape tests into every entry.
  if (Array.isArray(o.contents)) return Number(o.total_pages) > 1;
  return Array.isArray(o.content) ? Number(o.totalPages) > 1 : typeof o.version === 'string';
}

/** The reader; when its file is missing from the site, the widget says "not working" and the console names the file. */
const loadConverter = () =>
  import('./document.js').catch((error: unknown) => {
    throw chunkError(error);
  });

export const openReferralAdapter: FeedAdapter = {
  name: 'openreferral',
  fallback: true,
  detect: () => true,
  async convert(data, { source, credentials }) {
    const { convertOpenReferral } = await loadConverter();
    return convertOpenReferral(data, source, { credentials });
  },
  prepare: () => void loadConverter().catch(() => undefined),
  // Keys of HSDS / Open Referral UK (a page's, a service's, an API root's) that no native feed has.
  sniff: (head) => /"(?:contents|total_items|total_pages|service_at_locations|organization|regular_schedules|service_areas)"\s*:|"version"\s*:\s*"HSDS/.test(head),
  expand(data, context) {
    if (!mayBePartial(data)) return undefined;
    return import('./paging.js').then(
      ({ pageOpenReferral }) => pageOpenReferral(data, context),
      // Its file missing from the site: the page that did arrive is shown, and the console names the file.
      (error: unknown) => {
        reportMissingFile(error);
        return data;
      },
    );
  },
};
