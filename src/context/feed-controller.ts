import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { providerContext, type ProviderContextValue } from './provider-context.js';
import { confirmDocument, reloadDocument, watchDocument, type DocumentState, type FeedCredentials } from '../data/feed-client.js';
import { prepareFormat, toFeed } from '../formats/registry.js';
import type { FeedOutcome, FeedResult } from '../formats/types.js';
import { FeedError } from '../data/errors.js';

/** What a widget renders from: the shared states, or the feed in the native model. */
export type FeedView =
  | { status: 'loading' }
  | { status: 'error'; error: FeedError }
  | ({ status: 'ready'; stale: boolean; revalidating: boolean; fetchedAt: number } & FeedResult);

type Host = ReactiveControllerHost & HTMLElement;

/** Documents some widget has shown, and so told the data client to keep as its last-good copy. */
const confirmed = new WeakSet<object>();

export interface FeedSource {
  /** The widget's own `src`; wins over the provider's. */
  src(): string | undefined;
  /** `format` attribute: `auto`, `native`, or a registered adapter's name. */
  format(): string;
  /** `credentials` attribute, for the widget's own `src`. */
  credentials?(): FeedCredentials | undefined;
}

/** Is there a `<pc-provider>` above, even one not yet upgraded? Crosses shadow roots. */
function hasProviderAncestor(element: Element): boolean {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === 'pc-provider') return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/**
 * Gives a widget its feed: from the nearest `<pc-provider>` through context, or by
 * loading its own `src`. Either way the document is fetched once per URL per page
 * (the data client dedupes) and converted once per document (adapters memoise).
 */
export class FeedController implements ReactiveController {
  readonly #consumer: ContextConsumer<typeof providerContext, Host>;
  #unwatch?: () => void;
  #watchedSrc?: string;
  #watchedCredentials?: FeedCredentials;
  #ownState: DocumentState = { status: 'loading' };
  /** The converter load this widget will re-render after: one wait per load, however many renders. */
  #awaited?: Promise<unknown>;

  readonly #host: Host;
  readonly #source: FeedSource;

  constructor(
    host: Host,
    source: FeedSource,
  ) {
    this.#host = host;
    this.#source = source;
    this.#consumer = new ContextConsumer(host, {
      context: providerContext,
      subscribe: true,
      callback: () => host.requestUpdate(),
    });
    host.addController(this);
  }

  /** The provider's shared settings, when inside one. */
  get provider(): ProviderContextValue | undefined {
    return this.#consumer.value;
  }

  hostConnected(): void {
    // A converter named by `format` loads alongside the feed, not after it has arrived.
    prepareFormat(this.#source.format());
    this.#sync();
  }

  hostUpdate(): void {
    // `src` may have changed since the last render: start or stop watching before rendering.
    this.#sync();
  }

  hostDisconnected(): void {
    this.#stopWatching();
  }

  /** The current view: loading, error, or the adapted feed. */
  get view(): FeedView {
    const own = this.#source.src();
    const state = own ? this.#ownState : this.#consumer.value?.state;
    const src = own || this.#consumer.value?.src || '';
    // The credentials the document was loaded with, for a converter that fetches more of it.
    const credentials = own ? this.#source.credentials?.() : this.#consumer.value?.credentials;
    if (!state) {
      return hasProviderAncestor(this.#host)
        ? { status: 'loading' }
        : { status: 'error', error: new FeedError('no-source', 'No src attribute and no <pc-provider> around this widget.') };
    }
    if (state.status !== 'ready') return state;
    const format = this.#source.format();
    const outcome = toFeed(state.data, format, src, credentials);
    if ('result' in outcome) {
      this.#confirm(src, state.data);
      const { stale, revalidating, fetchedAt } = state;
      return { status: 'ready', stale, revalidating, fetchedAt, ...outcome.result };
    }
    if ('error' in outcome && state.lastGood) {
      // The newest document cannot be shown (its refusal is logged): the last one that could is
      // shown instead, marked as not the latest, as when the server is down.
      const earlier = toFeed(state.lastGood.data, format, src, credentials);
      if ('result' in earlier) {
        const { revalidating } = state;
        return { status: 'ready', stale: true, revalidating, fetchedAt: state.lastGood.fetchedAt, ...earlier.result };
      }
      if ('pending' in earlier) return this.#awaiting(earlier);
    }
    return 'pending' in outcome ? this.#awaiting(outcome) : { status: 'error', error: outcome.error };
  }

  /** "Try again": refetch the document this widget shows. */
  reload(): void {
    const own = this.#source.src();
    if (own) reloadDocument(own);
    else this.#consumer.value?.reload();
  }

  /** A converter is being loaded: show loading, and render again once it has answered. */
  #awaiting({ pending }: Extract<FeedOutcome, { pending: unknown }>): FeedView {
    if (this.#awaited !== pending) {
      this.#awaited = pending;
      pending.then(() => this.#host.requestUpdate());
    }
    return { status: 'loading' };
  }

  #confirm(src: string, data: unknown): void {
    if (typeof data !== 'object' || data === null || confirmed.has(data)) return;
    confirmed.add(data);
    confirmDocument(src, data);
  }

  #sync(): void {
    const own = this.#source.src() || undefined;
    const credentials = this.#source.credentials?.();
    if (own === this.#watchedSrc && credentials === this.#watchedCredentials) return;
    this.#stopWatching();
    if (!own) return;
    this.#watchedSrc = own;
    this.#watchedCredentials = credentials;
    this.#unwatch = watchDocument(
      own,
      (state) => {
        this.#ownState = state;
        this.#host.requestUpdate();
      },
      { credentials },
    );
  }

  #stopWatching(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#watchedSrc = undefined;
    this.#watchedCredentials = undefined;
    this.#ownState = { status: 'loading' };
  }
}
