/**
 * Whether the calendar is narrow (under 40rem of its own width, not the window's): the list is
 * then its default view. The calendar's only resize code, in one place, for the shared
 * `ContainerWidth` controller to take over.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inRems } from '../internal/rems.js';

const isNarrow = (width: number) => width > 0 && inRems(width) < 40;

export class CalendarWidth implements ReactiveController {
  /** Under 40rem wide; measured as the host connects, so its first render already knows. */
  narrow = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: (wasNarrow: boolean) => void;
  #observer?: ResizeObserver;

  /** `onChange` runs as the width crosses 40rem, with `narrow` already changed, before the host updates. */
  constructor(host: ReactiveControllerHost & HTMLElement, onChange: (wasNarrow: boolean) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.narrow = isNarrow(this.#host.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    // Re-rendering inside the observer's callback would resize the host again in the same frame
    // ("ResizeObserver loop" errors): the change is applied in a task after this frame.
    this.#observer ??= new ResizeObserver(([entry]) => {
      const narrow = isNarrow(entry?.contentRect.width ?? 0);
      if (narrow !== this.narrow) setTimeout(() => this.#set(narrow));
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #set(narrow: boolean): void {
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.#onChange(!narrow);
    this.#host.requestUpdate();
  }
}
