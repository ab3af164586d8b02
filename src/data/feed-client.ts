/**
 * Loads feed documents for every widget on the page: one request per URL however many
 * widgets show it, a timeout and retries with backoff for flaky school Wi-Fi, abort when
 * nobody needs the answer any more, and a last-good copy so a failure never blanks a
 * widget that could show yesterday's data.
 *
 * This file is the API each copy of the library exposes (`watchDocument`, `reloadDocument`,
 * `confirmDocument`): it resolves the address and the options and hands them to the store every
 * copy on the page shares (document-store.ts: the loads and last-good copies); the console's
 * wording of a failed load is load-failure.ts.
 */
import { FeedError } from './errors.js';
import { callListener, LOG_PREFIX, sharedStore, type DocumentState, type ResolvedOptions } from './document-store.js';
import { feedCredentials, type FeedCredentials } from '../net/request.js';

export { feedCredentials, type FeedCredentials };
export type { DocumentState, GoodCopy } from './document-store.js';

export interface LoadOptions {
  /** Per attempt, default 10_000. */
  timeoutMs?: number;
  /** Extra attempts after the first on network error / timeout / 5xx / 408 / 429; default 2. */
  retries?: number;
  /** Base backoff, doubled each retry, with ±20% jitter; default 500. */
  retryDelayMs?: number;
  /** Keep a last-good copy in localStorage; default true. */
  persist?: boolean;
  /** Send cookies and HTTP logins with the request (see FeedCredentials); default `omit`. */
  credentials?: FeedCredentials;
}

const MAX_RETRIES = 10;

function resolveOptions(options: LoadOptions | undefined): ResolvedOptions {
  const number = (value: unknown, fallback: number, min: number): number =>
    typeof value === 'number' && Number.isFinite(value) && value >= min ? value : fallback;
  return {
    timeoutMs: number(options?.timeoutMs, 10_000, 1),
    retries: Math.min(Math.floor(number(options?.retries, 2, 0)), MAX_RETRIES),
    retryDelayMs: number(options?.retryDelayMs, 500, 0),
    persist: options?.persist !== false,
    credentials: feedCredentials(options?.credentials),
  };
}

/** The absolute URL (without fragment: it never reaches the server) or why there is none. */
function resolveSource(src: string): string | FeedError {
  const text = typeof src === 'string' ? src.trim() : '';
  if (!text) return new FeedError('no-source', 'No feed address was given (src is empty).');
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  try {
    const url = new URL(text, base);
    url.hash = '';
    return url.href;
  } catch {
    return new FeedError('no-source', `Could not load feed: "${text}" is not a valid URL.`);
  }
}

const noop = (): void => undefined;

/** Subscribe to the JSON document at `src` (resolved against document.baseURI). The listener is called
 *  synchronously with the current state, then on every change. Returns an unsubscribe function.
 *  Subscribers of one URL share one load, run with the options of the subscriber that started it
 *  (a reload uses the latest subscriber's). Treat `data` as read-only: every widget gets the same object. */
export function watchDocument(src: string, listener: (state: DocumentState) => void, options?: LoadOptions): () => void {
  try {
    const url = resolveSource(src);
    if (url instanceof FeedError) {
      // An empty src is a normal moment (a framework sets attributes after connecting), so
      // only a malformed address is worth a console line.
      if (src?.trim()) console.error(`${LOG_PREFIX} ${url.message}`);
      callListener(listener, Object.freeze({ status: 'error', error: url }));
      return noop;
    }
    return sharedStore().watch(url, listener, resolveOptions(options));
  } catch (error) {
    console.error(`${LOG_PREFIX} Could not watch feed ${String(src)}.`, error);
    return noop;
  }
}

/** Force a fresh fetch for every subscriber of `src` (the "Try again" button). */
export function reloadDocument(src: string): void {
  try {
    const url = resolveSource(src);
    if (!(url instanceof FeedError)) sharedStore().reload(url);
  } catch (error) {
    console.error(`${LOG_PREFIX} Could not reload feed ${String(src)}.`, error);
  }
}

/**
 * A widget could show `data`, the document it was given for `src`: keep that document as the
 * last-good copy. Until a widget says so, a new document is never saved, so one that parses but
 * cannot be shown never replaces the copy the widgets fall back on.
 */
export function confirmDocument(src: string, data: unknown): void {
  try {
    const url = resolveSource(src);
    if (!(url instanceof FeedError)) sharedStore().confirm?.(url, data);
  } catch (error) {
    console.error(`${LOG_PREFIX} Could not keep a copy of feed ${String(src)}.`, error);
  }
}

/**
 * Test helper: forget every in-memory entry, and with `storage` the copies this page saved or read.
 * Without `storage` it stands for the page being left: copies still waiting for a paint are written first.
 */
export function resetDocumentCache(options?: { storage?: boolean }): void {
  sharedStore().reset(options?.storage === true);
}
