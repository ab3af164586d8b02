/**
 * `LazyPanels`: the chunk of a panel a parent opens (a detail view, a filter form), fetched on
 * first need or, once the widget shows content, when the browser is idle; then kept. The panel's
 * styles join the host's shadow root as the chunk arrives, whichever need fetched it.
 *
 *   readonly #detail = new LazyPanels(this, {
 *     load: () => import('./calendar-detail.js'),
 *     styles: (chunk) => [chunk.styles],
 *     prefetchWhen: () => !!this.#shown,
 *   });
 *   // A need (opening a session): the module, or undefined when the fetch failed.
 *   const detail = await this.#detail.load();
 *   // Rendering: this.#detail.value?.render…(…), or an alert when this.#detail.failed.
 *
 * The host re-renders when a fetch settles. A failed fetch is forgotten, so the next need asks
 * again (a parent's connection may have come back); `failed` says the last one failed, for the
 * widget to show where it matters. `load` is passed in, so tests can pass one that fails or waits.
 */
import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { addChunkStyles } from '../internal/chunk-styles.js';
import { whenIdle } from '../internal/idle.js';
import { LazyChunk } from '../internal/lazy-chunk.js';

export interface LazyPanelsOptions<M> {
  /** Fetches the panel's chunk (an `import()`). Called again after a failure. */
  load: () => Promise<M>;
  /** The stylesheets in the chunk, added after the host's own when it arrives. */
  styles: (module: M) => readonly CSSResult[];
  /**
   * Asked after each update until it says yes: the host now shows content a parent may open a
   * panel from (the first results, a month), so the chunk is fetched when the browser is next
   * idle, before anyone asks. Without it, the chunk is fetched only when needed.
   */
  prefetchWhen?: () => boolean;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class LazyPanels<M> implements ReactiveController {
  /** The last fetch failed (cleared when the next one starts). */
  failed = false;
  readonly #chunk: LazyChunk<M>;
  #prefetched = false;
  /** A need asked for the chunk: an idle prefetch is then not wanted (it would ask again after a failure). */
  #asked = false;

  readonly #host: Host;
  readonly #prefetchWhen?: () => boolean;

  constructor(host: Host, options: LazyPanelsOptions<M>) {
    this.#host = host;
    this.#prefetchWhen = options.prefetchWhen;
    this.#chunk = new LazyChunk(() =>
      options.load().then((module) => {
        for (const styles of options.styles(module)) addChunkStyles(host, styles);
        return module;
      }),
    );
    host.addController(this);
  }

  /** The chunk, once it has arrived. */
  get value(): M | undefined {
    return this.#chunk.value;
  }

  /** A fetch is under way. */
  get loading(): boolean {
    return this.#chunk.loading;
  }

  /** The chunk, fetched once and shared by every need meanwhile; `undefined` when the fetch failed. */
  load(): Promise<M | undefined> {
    this.#asked = true;
    if (this.#chunk.value) return Promise.resolve(this.#chunk.value);
    if (!this.#chunk.loading) this.failed = false;
    return this.#chunk.load().then((module) => {
      this.failed = !module;
      this.#host.requestUpdate();
      return module;
    });
  }

  hostUpdated(): void {
    if (this.#prefetched || !this.#prefetchWhen?.()) return;
    this.#prefetched = true;
    whenIdle(() => {
      if (this.#host.isConnected && !this.#asked) void this.load();
    });
  }
}
