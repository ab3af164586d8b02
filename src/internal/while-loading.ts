import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from './idle.js';

/**
 * Runs `prepare` once per element, while its feed is on the network: work that would otherwise
 * sit between the feed's arrival and the first view. It waits for the loading state's frame, so
 * the skeleton is never held back. Asked for on the element's first loading state only: if the
 * feed has arrived (or the element has left the page) by the time that frame is done, it is not
 * run, then or later; the first view then does that work itself.
 */
export class WhileLoading implements ReactiveController {
  #asked = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly isLoading: () => boolean,
    private readonly prepare: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#asked || !this.isLoading()) return;
    this.#asked = true;
    afterNextPaint(() => {
      if (this.host.isConnected && this.isLoading()) this.prepare();
    });
  }
}
