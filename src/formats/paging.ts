/**
 * What the formats that fetch the rest of a feed share (an Open Referral UK API's pages, an
 * OpenActive RPDE feed's `next` pages): one page asked for with the data client's timeout and
 * retry rules, and the notes a merged document carries about the pages it lacks, so its saved
 * copy still says its list may be incomplete.
 */
import { FeedError, type Diagnostic } from '../data/errors.js';
import { pause, requestJson, retryDelay, type RequestFailure } from '../net/request.js';
import type { ExpandContext } from './types.js';

/** Where a merged document keeps what its paging found (pages that failed or were not asked for). */
export const PAGING_NOTES = 'x-parent-champion-paging';

/** The data client's rules for the rest of a feed; tests pass a `fetch` of their own. */
export interface PageContext extends ExpandContext {
  fetch?: typeof fetch;
}

function failureText(url: string, failure: RequestFailure, timeoutMs: number): string {
  switch (failure.kind) {
    case 'http':
      return `${url} answered HTTP ${failure.status ?? '?'}`;
    case 'timeout':
      return `${url}: no answer within ${timeoutMs} ms`;
    case 'parse':
      return `${url} is not JSON`;
    case 'aborted':
      return `${url}: abandoned`;
    default:
      return `${url}: ${failure.detail ?? 'network error'}`;
  }
}

/**
 * One page, retried by the data client's rules (network errors, 5xx, 408 and 429, with backoff
 * and `Retry-After`; timeouts only when `retryTimeouts`). Rejects with a FeedError.
 */
export async function fetchPage(url: string, context: PageContext, retryTimeouts: boolean, signal: AbortSignal): Promise<unknown> {
  for (let retry = 1; ; retry++) {
    const answer = await requestJson(url, {
      timeoutMs: context.timeoutMs,
      signal,
      credentials: context.credentials,
      fetch: context.fetch,
    });
    if (answer.ok) return answer.data;
    const retryable = answer.retryable && (answer.kind !== 'timeout' || retryTimeouts);
    if (!retryable || retry > context.retries || signal.aborted) {
      const kind = answer.kind === 'aborted' ? 'network' : answer.kind;
      throw new FeedError(kind, failureText(url, answer, context.timeoutMs), answer.status);
    }
    await pause(retryDelay(retry, context.retryDelayMs, answer.retryAfter), signal);
  }
}

/** The notes a merged document carries (a saved copy may have been edited: only well-formed ones). */
export function pagingNotes(data: unknown): Diagnostic[] {
  const notes = (data as Record<string, unknown> | null)?.[PAGING_NOTES];
  if (!Array.isArray(notes)) return [];
  return notes
    .filter((note): note is Diagnostic => typeof note?.path === 'string' && typeof note?.message === 'string')
    .slice(0, 60)
    .map(({ path, message, lasting }) => ({
      path: path.slice(0, 200),
      message: message.slice(0, 500),
      action: 'warning',
      incomplete: true,
      ...(lasting === true ? { lasting } : {}),
    }));
}
