/**
 * What the console says when a feed cannot be loaded: the failure as the data client records
 * it, worded in English for the webmaster (the status and what it means, a timeout, a response
 * that is not JSON, or a network error and its likely causes). Parents see a translated message
 * for the kind instead. Apart from the store (document-store.ts) because it is plain wording,
 * testable without a network.
 */
import type { FeedErrorKind } from './errors.js';
import type { FeedCredentials, RequestFailure } from '../net/request.js';
import type { ResolvedOptions } from './document-store.js';

/** A failed load, as the console describes it. */
export type Failure = Omit<RequestFailure, 'kind'> & {
  kind: Exclude<FeedErrorKind, 'not-a-feed' | 'no-source' | 'chunk'>;
  /** Why, in words, when the request module's answer is not the whole story (a live API's page failed). */
  reason?: string;
};

/** The English diagnostic for the console (parents see a translated message for the kind). */
export function describeFailure(url: string, outcome: Failure, attempts: number, options: ResolvedOptions): string {
  const { timeoutMs, credentials = 'omit' } = options;
  let reason: string;
  if (outcome.reason) return `Could not load feed ${url}: ${outcome.reason}`;
  switch (outcome.kind) {
    case 'http':
      reason = `HTTP ${outcome.status ?? '?'}${httpReason(outcome.status, credentials)}`;
      break;
    case 'timeout':
      reason = `no response within ${timeoutMs} ms`;
      break;
    case 'parse':
      reason = `the response is not valid JSON (${outcome.detail ?? 'unreadable'})`;
      break;
    case 'network':
      // Browsers hide the cause (offline, DNS, refused, CORS) behind one TypeError.
      reason = 'network error (offline, server unreachable, or the server does not allow cross-origin requests: check its CORS headers)';
      break;
  }
  return `Could not load feed ${url}: ${reason}${attempts > 1 ? ` after ${attempts} attempts` : ''}`;
}

/** What a webmaster needs to know about a status beyond its number. */
function httpReason(status: number | undefined, credentials: FeedCredentials): string {
  if (status === 401 || status === 403) {
    const sent = credentials === 'omit' ? ' (no cookies or logins are sent unless the site sets credentials="same-origin" or "include")' : ` with credentials="${credentials}"`;
    return `: the server ${status === 401 ? 'asked for a login' : 'refused access'}${sent}`;
  }
  if (status === 429) return ': too many requests';
  return '';
}
