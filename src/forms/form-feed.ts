/**
 * A form's settings from the feed: `forms` and the programme, from the nearest `<pc-provider>`
 * or the form's own `src`. A form needs no feed at all (its `action` is enough), so while there
 * is none, or it failed or is in another format (an Open Referral directory has no forms), the
 * form works on its built-in defaults. The reading (form-feed-reader.ts) is a chunk fetched only
 * when there is a feed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { providerContext } from '../context/provider-context.js';
import type { DocumentState } from '../data/feed-client.js';
import type { Forms, Programme } from '../data/feed-schema.js';
import { LazyChunk } from '../internal/lazy-chunk.js';

type Host = ReactiveControllerHost & HTMLElement;
type Reader = typeof import('./form-feed-reader.js');

export type FormFeedView =
  /** No feed settings: `loading` while a feed (or its reader) is on its way. */
  | { status: 'none'; loading: boolean }
  | { status: 'ready'; forms: Forms; programme: Programme };

const reader = new LazyChunk<Reader>(() => import('./form-feed-reader.js'));

export class FormFeed implements ReactiveController {
  readonly #host: Host;
  readonly #src: () => string | undefined;
  readonly #consumer: ContextConsumer<typeof providerContext, Host>;
  #own?: { src: string; state: DocumentState; stop: () => void };
  /** The reader could not load (offline, a partial copy of dist/): the defaults, not a spinner. */
  #readerFailed = false;

  constructor(host: Host, src: () => string | undefined) {
    this.#host = host;
    this.#src = src;
    this.#consumer = new ContextConsumer(host, { context: providerContext, subscribe: true, callback: () => host.requestUpdate() });
    host.addController(this);
  }

  /** The provider's locale, when inside one. */
  get providerLocale(): string | undefined {
    return this.#consumer.value?.locale;
  }

  get view(): FormFeedView {
    const own = this.#src()?.trim();
    if (!own && !this.#consumer.value) return { status: 'none', loading: false };
    if (this.#readerFailed) return { status: 'none', loading: false };
    const read = reader.value;
    if (!read) {
      this.#loadReader();
      return { status: 'none', loading: true };
    }
    const state = own ? this.#own?.state : this.#consumer.value?.state;
    if (!state || state.status === 'loading') return { status: 'none', loading: true };
    if (state.status === 'error') return { status: 'none', loading: false };
    const found = read.readForms(state.data, own || this.#consumer.value?.src || '');
    return found ? { status: 'ready', ...found } : { status: 'none', loading: false };
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#own?.stop();
    this.#own = undefined;
  }

  #loadReader(): void {
    void reader.load().then((module) => {
      if (!module) this.#readerFailed = true;
      this.#sync();
      this.#host.requestUpdate();
    });
  }

  #sync(): void {
    const own = this.#src()?.trim();
    if (own === this.#own?.src) return;
    this.#own?.stop();
    this.#own = undefined;
    if (!own) return;
    const read = reader.value;
    if (!read) return this.#loadReader();
    const watching = { src: own, state: { status: 'loading' } as DocumentState, stop: () => undefined as void };
    this.#own = watching;
    watching.stop = read.watchDocument(own, (state) => {
      watching.state = state;
      this.#host.requestUpdate();
    });
  }
}
