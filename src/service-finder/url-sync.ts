/**
 * `UrlSync`: with `sync-url`, the finder's search, filters, postcode and page in the page's
 * address, so a parent can share or bookmark a search; when the address changes (Back or
 * Forward on a page that moves through its own states), the finder follows it. Reading and writing the address is url-state.ts's, a chunk fetched as the finder
 * connects; until it is in, `pending` holds the results back, so no search runs on defaults that
 * the address is about to replace. Without its chunk the finder still works; the address just
 * does not follow it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyChunk } from '../internal/lazy-chunk.js';
import type { FinderUrlState } from './url-state.js';

export interface UrlSyncOptions {
  /** Whether the address follows the finder (its `sync-url` attribute). */
  enabled: () => boolean;
  /** Fetches url-state.ts. */
  load: () => Promise<typeof import('./url-state.js')>;
  /** The address's state, to show: on connecting, and on Back or Forward. */
  read: (state: FinderUrlState) => void;
}

export class UrlSync implements ReactiveController {
  /** Waiting for the chunk that reads the address. */
  pending = false;
  readonly #chunk: LazyChunk<typeof import('./url-state.js')>;
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
    const urlState = this.#chunk.value;
    if (!this.#options.enabled() || !urlState) return;
    const params = urlState.writeUrlState(new URLSearchParams(location.search), state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  }

  #read(): void {
    const urlState = this.#chunk.value;
    if (urlState) this.#options.read(urlState.readUrlState(new URLSearchParams(location.search)));
  }
}
