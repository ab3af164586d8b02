/**
 * The Open Referral UK converter as the finder loads it (with `import()`, only when a feed
 * needs it): a static service list or service converts at once; the `GET /` answer of a
 * live API, or page 1 of a paged `/services` list, first fetches the other pages of
 * `/services` and merges them.
 *
 * Requests go only to the configured feed URL's own `/services` (same origin), with the
 * credentials the feed was loaded with (none unless the site opted in), each with a timeout and the feed client's retry rules (network errors, 5xx, 408 and
 * 429, with backoff and `Retry-After`; timeouts too for the first page, not for later ones:
 * a later page that times out ends the paging, see `mergePages`), and at most `MAX_PAGES` of
 * them, so a wrong `total_pages` cannot run away.
 */
import type { Converted } from '../../data/adapters.js';
import { FeedError, type Diagnostic } from '../../data/errors.js';
import { feedCredentials, isRetryableStatus, retryDelay, type FeedCredentials } from '../../data/feed-client.js';
import { isOpenReferralApiRoot, isOpenReferralShape } from './detect.js';
import { openReferralPageInfo, openReferralPageUrl, openReferralToFeed } from './convert.js';

export const MAX_PAGES = 50;
const PER_PAGE = 100;

export interface PagingOptions {
  fetch?: typeof fetch;
  maxPages?: number;
  perPage?: number;
  /** Per page request; default `pagingDefaults.timeoutMs`. */
  timeoutMs?: number;
  /** Extra attempts per page after a retryable failure; default 2. */
  retries?: number;
  /** Base backoff, doubled each retry; default 500. */
  retryDelayMs?: number;
  /** Those the feed was loaded with, sent with every page; default `omit`. */
  credentials?: FeedCredentials;
}

/** What the finder pages with. @internal Tests shorten `timeoutMs` here (the finder passes no options). */
export const pagingDefaults: Required<Pick<PagingOptions, 'timeoutMs' | 'retries' | 'retryDelayMs'>> = {
  timeoutMs: 15_000,
  retries: 2,
  retryDelayMs: 500,
};

interface PageRequest extends Required<Pick<PagingOptions, 'fetch' | 'timeoutMs' | 'retries' | 'retryDelayMs' | 'credentials'>> {
  /** Retry a page that timed out (only the first page: without it there is nothing to show). */
  retryTimeouts: boolean;
  /** Aborts the request and any retry wait: nobody needs the page any more. */
  signal?: AbortSignal;
}

/** A failed page request, with the server's `Retry-After` when it sent one. */
class PageError extends FeedError {
  retryAfter?: string | null;
}

async function getJson(url: string, options: PageRequest): Promise<unknown> {
  for (let retry = 1; ; retry++) {
    try {
      return await getJsonOnce(url, options);
    } catch (error) {
      const { kind, status } = error as FeedError;
      const retryable =
        kind === 'network' || (kind === 'timeout' && options.retryTimeouts) || (kind === 'http' && isRetryableStatus(status ?? 0));
      if (!retryable || retry > options.retries || options.signal?.aborted) throw error;
      const wait = retryDelay(retry, options.retryDelayMs, (error as PageError).retryAfter);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        options.signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      });
    }
  }
}

async function getJsonOnce(url: string, { fetch: fetchFn, timeoutMs, signal, credentials }: PageRequest): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const stop = () => controller.abort();
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const response = await fetchFn(url, {
      signal: controller.signal,
      // As the feed itself was loaded: no cookies or logins (so a login challenge fails at once)
      // unless the site opted in, and then every page, not only the first, carries them.
      credentials,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      const error = new PageError('http', `${url} answered HTTP ${response.status}`, response.status);
      error.retryAfter = response.headers.get('Retry-After');
      response.body?.cancel().catch(() => undefined);
      throw error;
    }
    try {
      return await response.json();
    } catch {
      if (timedOut) throw new FeedError('timeout', `${url}: no answer within ${timeoutMs} ms`);
      if (controller.signal.aborted) throw new FeedError('network', `${url}: abandoned, as another page did not answer in time`);
      throw new FeedError('parse', `${url} is not JSON`);
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (timedOut) throw new FeedError('timeout', `${url}: no answer within ${timeoutMs} ms`);
    if (controller.signal.aborted) throw new FeedError('network', `${url}: abandoned, as another page did not answer in time`);
    throw new FeedError('network', `${url}: ${String(error)}`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

function contentsOf(json: unknown): unknown[] {
  const contents = (json as { contents?: unknown } | null)?.contents;
  return Array.isArray(contents) ? contents : [];
}

/**
 * Pages `from`..last of `/services` under `base`, merged after `first` (already loaded, or
 * fetched here when absent). A later page that fails is reported, not fatal. Once one
 * times out the server is taken to be hanging: the other page in flight is abandoned, no
 * more are asked for, and the services that arrived are shown at once. Every page left out
 * is reported with `incomplete`, so the finder says its list may be incomplete.
 */
async function mergePages(
  base: URL,
  first: unknown,
  perPage: number,
  options: PagingOptions,
  diagnostics: Diagnostic[],
): Promise<unknown> {
  const request: PageRequest = {
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeoutMs: options.timeoutMs ?? pagingDefaults.timeoutMs,
    retries: options.retries ?? pagingDefaults.retries,
    retryDelayMs: options.retryDelayMs ?? pagingDefaults.retryDelayMs,
    credentials: feedCredentials(options.credentials),
    retryTimeouts: true,
  };
  const maxPages = options.maxPages ?? MAX_PAGES;
  const pageUrl = (page: number) => {
    const url = openReferralPageUrl(base.href, { page, perPage });
    // Derived from the feed URL, so always the same origin; checked all the same.
    if (!url || new URL(url).origin !== base.origin) throw new FeedError('not-a-feed', `${base.href} is not an http(s) URL`);
    return url;
  };
  const firstPage = first ?? (await getJson(pageUrl(1), request));
  if (!isOpenReferralShape(firstPage)) {
    throw new FeedError('not-a-feed', `${pageUrl(1)} is not an Open Referral UK service list`);
  }
  const contents = [...contentsOf(firstPage)];
  const totalPages = openReferralPageInfo(firstPage)?.totalPages ?? 1;
  const last = Math.min(totalPages, maxPages);
  if (totalPages > maxPages) {
    diagnostics.push({
      path: 'total_pages',
      message: `is ${totalPages}; only the first ${maxPages} pages were read`,
      action: 'warning',
      incomplete: true,
    });
  }
  const stop = new AbortController();
  const later: PageRequest = { ...request, retryTimeouts: false, signal: stop.signal };
  let overdue: number | undefined;
  let page = 2;
  // Two at a time: quick on a good connection, gentle on a council's server.
  for (; page <= last && overdue === undefined; page += 2) {
    const batch = [page, page + 1].filter((p) => p <= last);
    const answers = await Promise.allSettled(
      batch.map((p) =>
        getJson(pageUrl(p), later).catch((error: unknown) => {
          if ((error as FeedError).kind === 'timeout' && overdue === undefined) {
            overdue = p;
            stop.abort();
          }
          throw error;
        }),
      ),
    );
    answers.forEach((answer, i) => {
      if (answer.status === 'fulfilled') contents.push(...contentsOf(answer.value));
      else
        diagnostics.push({
          path: `page ${batch[i]}`,
          message: `could not be loaded: ${(answer.reason as Error).message}`,
          action: 'warning',
          incomplete: true,
        });
    });
  }
  if (overdue !== undefined && page <= last) {
    diagnostics.push({
      path: page === last ? `page ${page}` : `pages ${page}–${last}`,
      message: `not requested: page ${overdue} did not answer in time, so the services that arrived are shown without waiting for more`,
      action: 'warning',
      incomplete: true,
    });
  }
  return { total_items: contents.length, total_pages: 1, page_number: 1, contents };
}

/** Converts any Open Referral UK document the finder can be pointed at (see the file comment). */
export async function convertOpenReferral(data: unknown, source: string, options: PagingOptions = {}): Promise<Converted> {
  const base = new URL(source || '.', document.baseURI);
  const diagnostics: Diagnostic[] = [];
  let json = data;
  if (isOpenReferralApiRoot(data)) {
    json = await mergePages(base, undefined, options.perPage ?? PER_PAGE, options, diagnostics);
  } else if (!isOpenReferralShape(data)) {
    throw new FeedError(
      'not-a-feed',
      `${source || 'The document'} is neither Open Referral UK service data nor a native feed (an object with "version" and "programme").`,
    );
  } else {
    const info = openReferralPageInfo(data);
    if (info && info.totalPages > 1 && info.page <= 1) {
      if (/\/services\/?$/.test(base.pathname)) {
        const perPage = Number(base.searchParams.get('per_page')) || contentsOf(data).length || PER_PAGE;
        json = await mergePages(base, data, perPage, options, diagnostics);
      } else {
        diagnostics.push({
          path: 'total_pages',
          message: `is ${info.totalPages}, but ${source} is not an API /services URL: only this page is shown`,
          action: 'warning',
          incomplete: true,
        });
      }
    }
  }
  const result = openReferralToFeed(json, { source });
  return { feed: result.feed, diagnostics: [...diagnostics, ...result.diagnostics] };
}
