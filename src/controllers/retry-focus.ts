import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusIsHereOrNowhere } from '../internal/focus-here.js';

/** The states a feed widget moves through after "Try again". */
export type RetryStatus = 'loading' | 'error' | 'ready';

/**
 * Where focus goes after "Try again". The button the parent pressed makes way for the loading
 * state, and focus would fall to the page's body: a keyboard user starts again at the top of the
 * page, and a screen reader may too. So focus follows what replaces it: the loading message while
 * the feed loads ("Loading…" is said), then the new "Try again" if it failed again, else the top
 * of what came (the count of results, or the first heading).
 *
 * It follows only a press made with focus on the button, and stops as soon as the parent moves
 * focus elsewhere: a page's own clicks and tabs are theirs to keep.
 */
export class RetryFocus implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };
  readonly #status: () => RetryStatus;
  #following = false;

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }, status: () => RetryStatus) {
    this.#host = host;
    this.#status = status;
    host.addController(this);
  }

  /** "Try again" was pressed: follow it if focus is in the widget (on the button). */
  retried(): void {
    this.#following = this.#host.matches(':focus-within');
  }

  hostUpdated(): void {
    if (!this.#following) return;
    if (!focusIsHereOrNowhere(this.#host)) {
      this.#following = false;
      return;
    }
    const root = this.#host.renderRoot;
    const status = this.#status();
    const target =
      status === 'loading'
        ? root.querySelector<HTMLElement>('[part~="loading"]')
        : status === 'error'
          ? root.querySelector<HTMLElement>('[part~="retry-button"]')
          : (root.querySelector<HTMLElement>('[part~="count"]') ?? root.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6'));
    // Nothing to go to yet (the content draws in a later update): still following.
    if (!target) return;
    if (status !== 'loading') this.#following = false;
    if (!target.hasAttribute('tabindex')) {
      // Focusable from script only for this visit, as GOV.UK does for what it focuses.
      target.tabIndex = -1;
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
  }
}
