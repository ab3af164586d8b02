/**
 * `UrlSync`: with `sync-url`, the finder's search, filters, postcode and page in the page's
 * address, so a parent can share or bookmark a search; when the address changes (Back or
 * Forward on a page that moves through its own states), the finder follows it. Reading and
 * writing the address is the `sync-url` chunk's (url-address.ts, with url-state.ts), fetched as
 * the finder connects; until it is in, `pending` holds the results back, so no search runs on
 * defaults that the address is about to replace. Without its chunk the finder still works; the
 * address just does not follow it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyChunk } from '../internal/lazy-chunk.js';
import type { FinderUrlState } from './url-state.js';

type Address = typeof import('./url-address.js');

export interface UrlSyncOptions {
  /** Whether the address follows the finder (its `sync-url` attribute). */
  enabled: () => boolean;
  /** Fetches url-address.ts. */
  load: () => Promise<Address>;
  /** The address's state, to show: on connecting, and on Back or Forward. */
  read: (state: FinderUrlState) => void;
}

export class UrlSync implements ReactiveController {
  /** Waiting for the chunk that reads the address. */
  pending = false;
  readonly #chunk: LazyChunk<Address>;
  readonly #onPopState = () => this.#read();

  readonly #host: ReactiveControllerHost;
  readonly #options: UrlSyncOptions;

  constructor(host: ReactiveControllerHost, options: UrlSyncOptions) {
    this.#host = host;
    this.#options = options;
    this.#chunk = new LazyChunk(options.load);
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#options.enabled()) return;
    window.addEventListener('popstate', this.#onPopState);
    if (this.#chunk.value) {
      this.#read();
      return;
    }
    this.pending = true;
    void this.#chunk.load().then(() => {
      this.pending = false;
      this.#read();
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** Puts `state` in the address, replacing the current entry (a search is not a page to go Back to). */
  write(state: FinderUrlState): void {
    if (this.#options.enabled()) this.#chunk.value?.writeAddress(state);
  }

  #read(): void {
    const address = this.#chunk.value;
    if (address) this.#options.read(address.readAddress());
  }
}
