/**
 * `ContainerWidth`: a widget's layout from its own width, not the window's, so it fits a
 * sidebar or a full page alike. The layout is measured as the host connects (so the first
 * render already has it) and kept up to date by a `ResizeObserver`.
 *
 *   readonly #width = new ContainerWidth(this, {
 *     initial: 'wide',
 *     layout: (width) => (width > 0 && inEms(width, this) < 40 ? 'narrow' : 'wide'),
 *     changed: (layout, previous) => this.#keepPlace(previous, layout),
 *   });
 *   render() { return this.#width.layout === 'narrow' ? … : …; }
 *
 * A changed layout is applied in a task after the observer's frame, never inside its
 * callback: a re-render there would resize the host again in the same frame ("ResizeObserver
 * loop" errors). Without `ResizeObserver` the layout stays as measured on connecting.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ContainerWidthOptions<L> {
  /** The layout until the host is first measured (as it connects). */
  initial: L;
  /**
   * The layout for a width of the host's content box, in px (0 before the page is laid out).
   * Compared with `===`, so return a primitive. It may read the rendered DOM where the
   * stylesheet decides (a container query): it runs on connecting and in the observer's callback.
   */
  layout: (width: number) => L;
  /** The layout changed: called with the new and the previous one, just before the host re-renders. */
  changed?: (layout: L, previous: L) => void;
  /**
   * Each new width, at once (on connecting, then whenever the observer sees the width change; a
   * change of height alone is not a new width): for work that does not change the host's size,
   * such as fetching what a wide layout will show.
   */
  measured?: (width: number) => void;
}

export class ContainerWidth<L> implements ReactiveController {
  #layout: L;
  #observer?: ResizeObserver;
  /** The width last given to `measured`. */
  #measuredWidth?: number;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ContainerWidthOptions<L>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ContainerWidthOptions<L>) {
    this.#host = host;
    this.#options = options;
    this.#layout = options.initial;
    host.addController(this);
  }

  /** The layout for the host's current width. */
  get layout(): L {
    return this.#layout;
  }

  hostConnected(): void {
    const width = this.#host.getBoundingClientRect().width;
    this.#measure(width);
    this.#apply(this.#options.layout(width));
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer ??= new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      this.#measure(width);
      const layout = this.#options.layout(width);
      if (layout !== this.#layout) setTimeout(() => this.#apply(layout));
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /**
   * Gives `measured` a width it has not had: the host's height changes with every search and
   * "Show more", and work for a width (fetching a panel that failed to load) would run again each time.
   */
  #measure(width: number): void {
    if (width === this.#measuredWidth) return;
    this.#measuredWidth = width;
    this.#options.measured?.(width);
  }

  #apply(layout: L): void {
    const previous = this.#layout;
    if (layout === previous) return;
    this.#layout = layout;
    this.#options.changed?.(layout, previous);
    this.#host.requestUpdate();
  }
}
