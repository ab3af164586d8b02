/**
 * The calendar's lazy panels, a session's detail and the filter form: each its own chunk, fetched
 * when a parent first needs it, or while they read the first sessions (at idle after the first
 * render that shows some). A panel's styles join the calendar's as its chunk arrives, whichever
 * need asked; a failed fetch is forgotten, so the next need asks again. The calendar's only
 * lazy-panel code, in one place, for the shared `LazyPanels` controller to take over.
 */
import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { addChunkStyles } from '../internal/chunk-styles.js';
import { whenIdle } from '../internal/idle.js';
import { LazyChunk } from '../internal/lazy-chunk.js';
import type { CalendarChunks } from './calendar-chunks.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
type Panel = 'detail' | 'filterForm';
type PanelModule<K extends Panel> = Awaited<ReturnType<CalendarChunks[K]>>;

export class CalendarPanels implements ReactiveController {
  readonly #host: Host;
  readonly #shown: () => boolean;
  readonly #chunks: { [K in Panel]: LazyChunk<PanelModule<K>> };
  #prefetched = false;

  /** `shown`: whether the last render showed sessions (the prefetch waits for the first that does). */
  constructor(host: Host, chunks: CalendarChunks, shown: () => boolean) {
    this.#host = host;
    this.#shown = shown;
    const styled = <T extends { styles: CSSResult }>(module: T): T => {
      addChunkStyles(host, module.styles);
      return module;
    };
    this.#chunks = {
      detail: new LazyChunk(() => chunks.detail().then(styled)),
      filterForm: new LazyChunk(() => chunks.filterForm().then(styled)),
    };
    host.addController(this);
  }

  /** The panel's module, once it has arrived. */
  get<K extends Panel>(panel: K): PanelModule<K> | undefined {
    return this.#chunks[panel].value as PanelModule<K> | undefined;
  }

  /** Fetches a panel a parent asked for; the host updates as it arrives. `undefined`: the fetch failed. */
  load<K extends Panel>(panel: K): Promise<PanelModule<K> | undefined> {
    return (this.#chunks[panel] as LazyChunk<PanelModule<K>>).load().then((module) => {
      if (module) this.#host.requestUpdate();
      return module;
    });
  }

  hostUpdated(): void {
    if (this.#prefetched || !this.#shown()) return;
    this.#prefetched = true;
    whenIdle(() => {
      if (!this.#host.isConnected) return;
      void this.#chunks.filterForm.load();
      void this.#chunks.detail.load();
    });
  }
}
