/**
 * The document store every copy of the library on a page shares: its `DocumentStoreV1`
 * contract, finding the store another copy installed on the page or installing this one
 * (`sharedStore`), and the store itself — one entry per feed URL, its subscribers, the load
 * (first attempt, retries with backoff, the rest of a live directory fetched by its format),
 * abort when nobody listens, and the last-good copy kept in memory and saved. Apart from
 * feed-client.ts, the API each copy exposes, because this part is shared across copies and
 * versions and changes only by adding to the contract.
 */
import { FeedError } from './errors.js';
import { forgetSavedDocuments, readSavedDocument, saveDocument } from './document-cache.js';
import { afterNextPaint } from '../internal/idle.js';
import { pageShared } from '../internal/page-shared.js';
import { pause, requestJson, retryDelay, type FeedCredentials } from '../net/request.js';
import { readShowingOpening } from '../net/read-opening.js';
import { formatRegistry } from '../formats/registry.js';
import { describeFailure, type Failure } from './load-failure.js';

/** A document a widget could show, and when it was fetched. */
export interface GoodCopy {
  data: unknown;
  fetchedAt: number;
}

export type DocumentState =
  | { status: 'loading' }
  | {
      status: 'ready';
      data: unknown;
      fetchedAt: number;
      stale: boolean;
      revalidating: boolean;
      /**
       * The last copy a widget could show (see `confirmDocument`), when `data` is a newer document
       * not yet known to be readable: a widget that cannot read `data` shows this one instead.
       */
      lastGood?: GoodCopy;
    }
  | { status: 'error'; error: FeedError };

export type Listener = (state: DocumentState) => void;

import { LOG_PREFIX } from '../internal/log-prefix.js';

export { LOG_PREFIX };
const STORE_KEY = 'parent-champion-widgets.documents';
/** A finished result younger than this is reused as-is by a widget that arrives later. */
const FRESH_FOR_MS = 5 * 60_000;

/** Options after defaults. Part of the shared-store contract below: add fields, never change them. */
export interface ResolvedOptions {
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  persist: boolean;
  /** Added after v1 shipped: a store from an older copy ignores it, and an older copy leaves it out (`omit`). */
  credentials?: FeedCredentials;
}

/**
 * What every copy of the library on a page shares (sites paste our script tag more than
 * once, or bundle us twice). The first copy to load installs its store in
 * `globalThis[Symbol.for('parent-champion-widgets.documents')].v1` and later copies call
 * into it, so dedupe, abort and retries follow one set of rules. A future incompatible
 * shape goes in a new slot (`v2`) beside this one rather than replacing it.
 * States crossing copies carry the installing copy's FeedError class: test `error.kind`,
 * not `instanceof`.
 */
export interface DocumentStoreV1 {
  readonly version: 1;
  /** `url` is absolute and has no fragment. */
  watch(url: string, listener: Listener, options: ResolvedOptions): () => void;
  reload(url: string): void;
  reset(storage: boolean): void;
  /**
   * A widget could show `data`, the document `url` now holds: keep it as the last-good copy
   * (in memory, and in localStorage if the load persists). Added after v1 first shipped, so
   * callers treat it as optional.
   */
  confirm?(url: string, data: unknown): void;
}

interface Subscription {
  readonly listener: Listener;
  /** The last state this subscriber was given, so nobody hears the same state twice. */
  delivered?: DocumentState;
}

/** One load (first attempt, retries, and any fetching of the rest of the document); `stop` aborts it. */
interface Run {
  readonly stop: AbortController;
}

interface Entry {
  readonly url: string;
  readonly subscriptions: Set<Subscription>;
  /** Undefined until a load starts, and again when an unfinished first load is abandoned. */
  state?: DocumentState;
  run?: Run;
  /** The most recent subscriber's options; they apply to the next load. */
  options: ResolvedOptions;
  /** The newest document a widget could show (or the saved copy, saved only once one could). */
  good?: GoodCopy;
  /**
   * The newest document, saved once a widget confirms it can show it: with its response's text,
   * or without when it is a merged whole (a live directory's pages), turned into text only then.
   */
  unsaved?: { data: unknown; text: string | undefined };
}

export function callListener(listener: Listener, state: DocumentState): void {
  try {
    listener(state);
  } catch (error) {
    console.error(`${LOG_PREFIX} A feed listener threw; other widgets are unaffected.`, error);
  }
}

function createStore(): DocumentStoreV1 {
  const entries = new Map<string, Entry>();
  /** URLs whose saved copy this page wrote or read: what `reset(true)` forgets. */
  const savedUrls = new Set<string>();
  /**
   * Confirmed documents waiting to be saved. A widget confirms while it renders; saving then
   * (turning a merged feed back into text, and localStorage's synchronous write: 2–4 ms for a
   * 97 KB calendar) would delay the parent's first view for something only a later visit reads.
   * So copies are written once the page has painted, or at once when it is hidden or left
   * (`visibilitychange` is the last event a closing tab reliably sees, in every browser that runs
   * this ES2022 build). A page confirming while hidden (a background tab) writes at once: it paints
   * nothing until it is shown, and may be closed unseen, with no further `visibilitychange`.
   */
  const waitingSaves = new Map<string, GoodCopy & { text: string | undefined }>();
  function writeSaves(): void {
    for (const [url, { data, text, fetchedAt }] of waitingSaves) {
      waitingSaves.delete(url);
      // `data` is parsed JSON (a merged feed is made of parsed pages), so it always turns back into text.
      if (saveDocument(url, text ?? JSON.stringify(data), fetchedAt)) savedUrls.add(url);
    }
  }
  // Browsers only: a widget confirms, and the listener is installed, only where there is a document.
  const isHidden = () => document.visibilityState === 'hidden';
  globalThis.document?.addEventListener('visibilitychange', () => isHidden() && writeSaves());

  function deliver(entry: Entry, subscription: Subscription): void {
    const state = entry.state;
    if (!state || subscription.delivered === state || !entry.subscriptions.has(subscription)) return;
    subscription.delivered = state;
    callListener(subscription.listener, state);
  }

  // Delivers the entry's *current* state to each subscriber, so a listener that changes
  // the state mid-loop (e.g. calls reloadDocument) cannot leave later subscribers behind.
  function setState(entry: Entry, state: DocumentState): void {
    entry.state = Object.freeze(state);
    for (const subscription of [...entry.subscriptions]) deliver(entry, subscription);
  }

  function stopRun(run: Run): void {
    run.stop.abort();
  }

  function needsLoad(state: DocumentState | undefined, firstSubscriber: boolean): boolean {
    if (!state || state.status === 'loading') return true;
    // Widgets already showing this entry agree on it; a newcomer just joins them.
    if (!firstSubscriber) return false;
    if (state.status === 'error') return true;
    return state.stale || Date.now() - state.fetchedAt > FRESH_FOR_MS;
  }

  function startLoad(entry: Entry): void {
    const run: Run = { stop: new AbortController() };
    entry.run = run;
    const current = entry.state;
    if (current?.status === 'ready') {
      if (!current.revalidating) setState(entry, { ...current, revalidating: true });
    } else if (current?.status !== 'loading') {
      const saved = entry.options.persist ? readSavedDocument(entry.url) : undefined;
      if (saved) {
        savedUrls.add(entry.url);
        entry.good = saved;
      }
      setState(
        entry,
        saved
          ? { status: 'ready', data: saved.data, fetchedAt: saved.fetchedAt, stale: true, revalidating: true }
          : { status: 'loading' },
      );
    }
    // A listener may have reloaded or reset during that notification.
    if (run.stop.signal.aborted || entry.run !== run) return;
    load(entry, run).catch((error: unknown) => {
      // A bug of ours, not the network's: still end the load, so no widget spins forever.
      console.error(`${LOG_PREFIX} Unexpected error while loading ${entry.url}`, error);
      if (entry.run !== run) return;
      const detail = error instanceof Error ? error.message : String(error);
      fail(entry, { ok: false, kind: 'network', retryable: false, detail }, 1, entry.options);
    });
  }

  async function load(entry: Entry, run: Run): Promise<void> {
    const { url, options } = entry;
    const { signal } = run.stop;
    for (let attempts = 1; ; attempts += 1) {
      const answer = await requestJson(url, {
        timeoutMs: options.timeoutMs,
        signal,
        credentials: options.credentials,
        cache: 'no-cache',
        // A converter's chunk starts to load as the document's first characters arrive, not after its parse.
        readBody: readShowingOpening((head) => formatRegistry().prepareFor?.(head)),
      });
      if (signal.aborted) return;
      if (answer.ok) {
        await expandThenSucceed(entry, run, options, answer.data, answer.text);
        return;
      }
      // An abort is ours (handled above); the request module never answers it otherwise.
      const failure = { ...answer, kind: answer.kind === 'aborted' ? 'network' : answer.kind } as Failure;
      if (!failure.retryable || attempts > options.retries) {
        fail(entry, failure, attempts, options);
        return;
      }
      await pause(retryDelay(attempts, options.retryDelayMs, failure.retryAfter), signal);
      if (signal.aborted) return;
    }
  }

  /**
   * A document that is only the first part of a feed (a live directory's root or first page) is
   * completed by its format before anyone sees it: the whole is what is shared, and saved.
   */
  async function expandThenSucceed(entry: Entry, run: Run, options: ResolvedOptions, data: unknown, text: string): Promise<void> {
    const { url } = entry;
    const { signal } = run.stop;
    let whole: Promise<unknown> | undefined;
    try {
      whole = formatRegistry().expand(data, { url, signal, credentials: options.credentials ?? 'omit', timeoutMs: options.timeoutMs, retries: options.retries, retryDelayMs: options.retryDelayMs });
    } catch (error) {
      console.error(`${LOG_PREFIX} Could not tell whether ${url} is the first part of a feed.`, error);
    }
    if (!whole) {
      succeed(entry, data, text, options);
      return;
    }
    try {
      const expanded = await whole;
      if (signal.aborted) return;
      succeed(entry, expanded, expanded === data ? text : undefined, options);
    } catch (error) {
      if (signal.aborted) return;
      const kind = (error as FeedError | null)?.kind;
      if (kind === 'not-a-feed') {
        // Not the format's after all: the widgets read the document as it came, and say why not.
        succeed(entry, data, text, options);
        return;
      }
      const failure: Failure = {
        ok: false,
        kind: kind === 'http' || kind === 'timeout' || kind === 'parse' ? kind : 'network',
        retryable: false,
        status: (error as FeedError | null)?.status,
        reason: error instanceof Error ? error.message : String(error),
      };
      fail(entry, failure, 1, options);
    }
  }

  function succeed(entry: Entry, data: unknown, text: string | undefined, options: ResolvedOptions): void {
    entry.run = undefined;
    // Saved only once a widget could show it (`confirm`): a document that parses but is not a
    // feed (a CMS page, `{"version":"9.0"}`, `null`) must never replace the last good copy.
    entry.unsaved = options.persist ? { data, text } : undefined;
    const { good } = entry;
    setState(entry, {
      status: 'ready',
      data,
      fetchedAt: Date.now(),
      stale: false,
      revalidating: false,
      ...(good && good.data !== data ? { lastGood: good } : {}),
    });
  }

  function fail(entry: Entry, outcome: Failure, attempts: number, options: ResolvedOptions): void {
    entry.run = undefined;
    const error = new FeedError(outcome.kind, describeFailure(entry.url, outcome, attempts, options), outcome.status);
    const current = entry.state;
    if (current?.status === 'ready') {
      // Never replace good data with an error: keep showing it, marked stale.
      console.warn(
        `${LOG_PREFIX} ${error.message}; still showing the copy fetched at ${new Date(current.fetchedAt).toISOString()}.`,
      );
      setState(entry, { ...current, stale: true, revalidating: false });
    } else {
      console.error(`${LOG_PREFIX} ${error.message}`);
      setState(entry, { status: 'error', error });
    }
  }

  /** Nobody is listening: stop the request and its retries, keep any data for reuse. */
  function abandon(entry: Entry): void {
    const run = entry.run;
    if (!run || entry.subscriptions.size > 0) return;
    stopRun(run);
    entry.run = undefined;
    const current = entry.state;
    entry.state = current?.status === 'ready' ? Object.freeze({ ...current, revalidating: false }) : undefined;
  }

  return {
    version: 1,

    watch(url, listener, options) {
      let entry = entries.get(url);
      if (!entry) {
        entry = { url, subscriptions: new Set(), options };
        entries.set(url, entry);
      }
      const firstSubscriber = entry.subscriptions.size === 0;
      entry.options = options;
      const subscription: Subscription = { listener };
      entry.subscriptions.add(subscription);
      if (!entry.run && needsLoad(entry.state, firstSubscriber)) startLoad(entry);
      deliver(entry, subscription);
      const watched = entry;
      return () => {
        if (!watched.subscriptions.delete(subscription) || watched.subscriptions.size > 0) return;
        // Wait a microtask: an element moved in the DOM disconnects and reconnects at once,
        // and should keep its request rather than abort and start it again.
        queueMicrotask(() => abandon(watched));
      };
    },

    reload(url) {
      const entry = entries.get(url);
      if (!entry) return;
      if (entry.run) stopRun(entry.run);
      entry.run = undefined;
      if (entry.subscriptions.size === 0) {
        // Nobody to show it to: forget it, so the next subscriber fetches afresh.
        entries.delete(url);
        return;
      }
      startLoad(entry);
    },

    confirm(url, data) {
      const entry = entries.get(url);
      const state = entry?.state;
      if (!entry || state?.status !== 'ready' || state.data !== data || entry.good?.data === data) return;
      entry.good = { data, fetchedAt: state.fetchedAt };
      const { unsaved } = entry;
      entry.unsaved = undefined;
      if (!unsaved || unsaved.data !== data) return;
      const first = !waitingSaves.size;
      waitingSaves.set(url, { ...unsaved, fetchedAt: state.fetchedAt });
      if (isHidden()) writeSaves();
      else if (first) afterNextPaint(writeSaves);
    },

    reset(storage) {
      for (const entry of entries.values()) {
        if (entry.run) stopRun(entry.run);
        entry.run = undefined;
        entry.subscriptions.clear();
      }
      entries.clear();
      // Without `storage` this is a page left: the copies waiting for a paint are written, as when it is hidden.
      if (!storage) writeSaves();
      else {
        waitingSaves.clear();
        forgetSavedDocuments(savedUrls);
        savedUrls.clear();
      }
    },
  };
}

const STORE_METHODS = ['watch', 'reload', 'reset'] as const;

let cachedStore: DocumentStoreV1 | undefined;

/** The page's store: the one another copy installed, else this copy's, installed now. */
export function sharedStore(): DocumentStoreV1 {
  return (cachedStore ??= pageShared(STORE_KEY, STORE_METHODS, createStore));
}
