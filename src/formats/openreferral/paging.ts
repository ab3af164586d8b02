/**
 * Fetching the whole of a live Open Referral UK directory: the `GET /` answer of an API, or page 1
 * of its paged `/services` list, is followed by the other pages of `/services`, merged into one
 * service list. It runs inside the data client's load (`FeedAdapter.expand`), so the directory is
 * fetched once per page however many widgets show it, stops when nobody needs it, and the merged
 * list is what is kept as the last-good copy: offline, the saved services show.
 *
 * Requests go only to the feed URL's own `/services` (same origin), with the credentials the feed
 * was loaded with, each made by the shared request module with the data client's timeout and
 * retry rules (network errors, 5xx, 408 and 429, with backoff and `Retry-After`; timeouts too for
 * the first page, not for later ones: a later page that times out ends the paging), and at most
 * `MAX_PAGES` of them, so a wrong `total_pages` cannot run away.
 */
import type { Diagnostic } from '../../data/errors.js';
import { FeedError } from '../../data/errors.js';
import { fetchPage, PAGING_NOTES, type PageContext } from '../paging.js';
import { asObject, ENVELOPES, envelopeOf, isOpenReferralApiRoot, isOpenReferralShape } from './detect.js';
import { PAGE_STARTS, type PageStarts } from './merged.js';
import { openReferralPageInfo, openReferralPageUrl } from './convert.js';

export const MAX_PAGES = 50;
const PER_PAGE = 100;

export interface PagingContext extends PageContext {
  maxPages?: number;
  perPage?: number;
}

/**
 * What the paged directory was asked as: an API's root, or the first page of `/services` (with
 * its page size, and a v1 page's numbering).
 */
function pagingPlan(data: unknown, url: URL): { first?: unknown; perPage?: number; firstNumber?: 0 | 1 } | undefined {
  if (isOpenReferralApiRoot(data)) return {};
  if (!isOpenReferralShape(data)) return undefined;
  const info = openReferralPageInfo(data, url);
  if (!info || info.totalPages <= 1 || info.page > 1 || !isServicesPath(url)) return undefined;
  const perPage = Number(url.searchParams.get('per_page')) || contentsOf(data).length || PER_PAGE;
  return { first: data, perPage, firstNumber: info.firstNumber };
}

export const isServicesPath = (url: URL): boolean => /\/services\/?$/.test(url.pathname);

/**
 * One note per run of pages that failed alike (a directory that starts refusing with 429 or 503
 * fails every page after): `pages 3–12` once, naming the first page's address, not ten lines.
 */
function failureNotes(failed: readonly { page: number; message: string; reason: string }[]): Diagnostic[] {
  const notes: Diagnostic[] = [];
  for (let start = 0; start < failed.length; ) {
    let end = start;
    while (end + 1 < failed.length && failed[end + 1]!.page === failed[end]!.page + 1 && failed[end + 1]!.reason === failed[start]!.reason) end += 1;
    const first = failed[start]!;
    const last = failed[end]!;
    const more = end - start;
    notes.push({
      path: more ? `pages ${first.page}–${last.page}` : `page ${first.page}`,
      message: `could not be loaded: ${first.message}${more ? `, and so did the ${more === 1 ? 'page' : `${more} pages`} after it` : ''}`,
      action: 'warning',
      incomplete: true,
    });
    start = end + 1;
  }
  return notes;
}

/** A page's envelope and services, in either envelope (HSDS 3's `contents`, a v1 page's `content`); none for a bare list. */
function pageOf(json: unknown): ReturnType<typeof envelopeOf> {
  const o = asObject(json);
  return o && envelopeOf(o);
}

const contentsOf = (json: unknown): unknown[] => pageOf(json)?.items ?? [];

/**
 * The whole directory when `data` is its first part (see the file comment), with what the paging
 * found under `PAGING_NOTES`; `data` itself when it is already whole. Rejects (a FeedError) only
 * when the first page cannot be had.
 */
export async function pageOpenReferral(data: unknown, context: PagingContext): Promise<unknown> {
  const base = new URL(context.url);
  const plan = pagingPlan(data, base);
  if (!plan) return data;
  const perPage = plan.perPage ?? context.perPage ?? PER_PAGE;
  const maxPages = context.maxPages ?? MAX_PAGES;
  const notes: Diagnostic[] = [];
  const pageUrl = (page: number) => {
    const url = openReferralPageUrl(base.href, { page, perPage, firstNumber: plan.firstNumber });
    // Derived from the feed URL, so always the same origin; checked all the same.
    if (!url || new URL(url).origin !== base.origin) throw new FeedError('not-a-feed', `${base.href} is not an http(s) URL`);
    return url;
  };
  const firstPage = plan.first ?? (await fetchPage(pageUrl(1), context, true, context.signal));
  if (!isOpenReferralShape(firstPage)) {
    throw new FeedError('not-a-feed', `${pageUrl(1)} is not an Open Referral UK service list`);
  }
  const contents = [...contentsOf(firstPage)];
  const starts: PageStarts = [[1, 0]];
  const info = openReferralPageInfo(firstPage, base);
  const totalPages = info?.totalPages ?? 1;
  const last = Math.min(totalPages, maxPages);
  if (totalPages > maxPages) {
    // Outpost's API gives 50 services a page unless asked: 2,500 at most, where a county directory has more.
    // Spring and Outpost pages are asked for by number alone (their size is the address's own, or the API's).
    const larger =
      plan.firstNumber !== undefined && !base.searchParams.has('per_page') && !base.searchParams.has('size')
        ? ' (ask for larger pages in the feed address: per_page=100 on Outpost, size=100 on a Spring API)'
        : '';
    const message = `is ${totalPages}; only the first ${maxPages} pages were read${larger}`;
    notes.push({ path: info?.totalPagesKey ?? 'total_pages', message, action: 'warning', incomplete: true, lasting: true });
  }
  // Later pages stop with the load, or when one of them is overdue.
  const stop = new AbortController();
  const abandon = () => stop.abort();
  context.signal.addEventListener('abort', abandon, { once: true });
  let overdue: number | undefined;
  /** Pages that could not be had, in order; `reason` is the message without the page's address. */
  const failed: { page: number; message: string; reason: string }[] = [];
  let page = 2;
  try {
    // Two at a time: quick on a good connection, gentle on a council's server.
    for (; page <= last && overdue === undefined && !context.signal.aborted; page += 2) {
      const batch = [page, page + 1].filter((p) => p <= last);
      const answers = await Promise.allSettled(
        batch.map((p) =>
          fetchPage(pageUrl(p), context, false, stop.signal).catch((error: unknown) => {
            if ((error as FeedError).kind === 'timeout' && overdue === undefined) {
              overdue = p;
              stop.abort();
            }
            throw error;
          }),
        ),
      );
      answers.forEach((answer, i) => {
        if (answer.status === 'fulfilled') {
          const items = contentsOf(answer.value);
          if (items.length) starts.push([batch[i]!, contents.length]);
          contents.push(...items);
        } else {
          const page = batch[i]!;
          const url = pageUrl(page);
          const why = (answer.reason as Error).message + (overdue !== undefined && overdue !== page ? ', as another page did not answer in time' : '');
          failed.push({ page, message: why, reason: why.replace(url, '') });
        }
      });
    }
  } finally {
    context.signal.removeEventListener('abort', abandon);
  }
  if (context.signal.aborted) throw new FeedError('network', `${base.href}: paging stopped, as no widget needs the directory any more`);
  notes.push(...failureNotes(failed));
  if (overdue !== undefined && page <= last) {
    notes.push({
      path: page === last ? `page ${page}` : `pages ${page}–${last}`,
      message: `not requested: page ${overdue} did not answer in time, so the services that arrived are shown without waiting for more`,
      action: 'warning',
      incomplete: true,
    });
  }
  // One page of the whole, in the first page's own envelope, so the console names items by the publisher's
  // list key (`page 2, content[1]` on Outpost and Spring APIs, `contents` on HSDS's).
  const envelope = pageOf(firstPage)?.envelope ?? ENVELOPES[0]!;
  return {
    [envelope.totalItems]: contents.length,
    [envelope.totalPages]: 1,
    [envelope.page]: envelope.firstPage,
    [envelope.list]: contents,
    ...(starts.length > 1 ? { [PAGE_STARTS]: starts } : {}),
    ...(notes.length ? { [PAGING_NOTES]: notes } : {}),
  };
}
