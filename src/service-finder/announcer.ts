/**
 * `Announcer`: the finder's polite live region. A screen reader hears how many services a
 * search found once the parent pauses, not on each keystroke; a newer announcement replaces
 * one still waiting.
 *
 *   readonly #announcer = new Announcer(this);
 *   this.#announcer.announce(() => countText(), 150);
 *   render() { return html`…${this.#announcer.render()}`; }
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export class Announcer implements ReactiveController {
  #text = '';
  #timer?: ReturnType<typeof setTimeout>;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Says `text()` (read when it is said, so it is the latest) in `delay` ms, unless a newer announcement or `cancel()` comes first. */
  announce(text: () => string, delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const words = text();
      // The same words twice in a row are not read again by some screen readers.
      this.#text = this.#text === words ? `${words}\u00a0` : words;
      this.#host.requestUpdate();
    }, delay);
  }

  /** Drops an announcement still waiting (the parent is typing again). */
  cancel(): void {
    clearTimeout(this.#timer);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** The live region: render it once, where it stays in the page for the element's life. */
  render(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${this.#text}</p>`;
  }
}
