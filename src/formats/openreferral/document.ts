/**
 * The Open Referral UK converter as the registry loads it (with `import()`, only when a feed
 * needs it): any document the finder can be pointed at, to the native model.
 *
 * A live directory normally arrives whole, paged by the data client (see paging.ts). One that
 * did not (a document handed over without the data client, or a page's older copy of the library
 * loaded it) is paged here, the same way.
 */
import { FeedError, type Diagnostic } from '../../data/errors.js';
import { feedCredentials } from '../../net/request.js';
import type { Converted } from '../types.js';
import { isOpenReferralShape } from './detect.js';
import { openReferralPageInfo, openReferralToFeed } from './convert.js';
import { pagingNotes } from '../paging.js';
import { topLevelOf } from '../top-level.js';
import { isServicesPath, pageOpenReferral, type PagingContext } from './paging.js';

/** How the converter pages when the data client has not; tests pass a `fetch` and shorter waits. */
export type PagingOptions = Partial<Omit<PagingContext, 'url'>>;

/** Converts any Open Referral UK document (see the file comment). */
export async function convertOpenReferral(data: unknown, source: string, options: PagingOptions = {}): Promise<Converted> {
  const url = new URL(source || '.', document.baseURI);
  const json = await pageOpenReferral(data, {
    timeoutMs: 15_000,
    retries: 2,
    retryDelayMs: 500,
    signal: new AbortController().signal,
    ...options,
    credentials: feedCredentials(options.credentials),
    url: url.href,
  });
  if (!isOpenReferralShape(json)) {
    throw new FeedError(
      'not-a-feed',
      `${source || 'The document'} is neither Open Referral UK service data nor a native feed (an object with "version" and "programme"). ` +
        `Found: ${topLevelOf(json)}. Expected a native feed, Open Referral UK services (a page with "contents", a service, ` +
        `or a list of services with "id" and "name"), or schema.org Event JSON-LD.`,
    );
  }
  const diagnostics: Diagnostic[] = pagingNotes(json);
  const info = openReferralPageInfo(json, url);
  if (info && info.totalPages > 1 && info.page <= 1 && !isServicesPath(url)) {
    diagnostics.push({
      path: info.totalPagesKey,
      message: `is ${info.totalPages}, but ${source} is not an API /services URL: only this page is shown`,
      action: 'warning',
      incomplete: true,
      lasting: true,
    });
  }
  const result = openReferralToFeed(json);
  return { feed: result.feed, diagnostics: [...diagnostics, ...result.diagnostics] };
}
