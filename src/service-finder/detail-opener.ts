/**
 * `DetailOpener`: opening a service's detail view and closing it, as a modal dialog. Opening
 * fetches the detail view's chunk first (an alert says so if it cannot come), then shows the
 * dialog with focus on its title; closing gives focus back to the card that opened it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlacedService } from './distance.js';

export interface DetailOpenerOptions {
  /** The shadow root the dialog and the cards are drawn in. */
  root: () => ParentNode;
  /** Fetches the detail view's chunk: the module, or `undefined` when it could not load. */
  load: () => Promise<unknown>;
  /** Asks the page first (`pc-service-select`): false when the site shows the service its own way. */
  select: (placed: PlacedService) => boolean;
}

export class DetailOpener implements ReactiveController {
  /** The service whose detail view is open. */
  selected?: PlacedService;
  /** Opening needed the detail view's chunk and its fetch failed: an alert says so. */
  failed = false;
  /** The card that opened the view, for focus on close. */
  #openerId?: string;
  /** Focus to move once the next update has rendered. */
  #afterUpdate?: () => void;
  readonly #host: ReactiveControllerHost;
  readonly #options: DetailOpenerOptions;

  constructor(host: ReactiveControllerHost, options: DetailOpenerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const after = this.#afterUpdate;
    this.#afterUpdate = undefined;
    after?.();
  }

  /** A card's name was pressed. */
  open = (placed: PlacedService, opener: HTMLElement): void => {
    if (!this.#options.select(placed)) return;
    this.#openerId = opener.dataset.id;
    void this.#options.load().then((detail) => {
      this.failed = !detail;
      if (detail) {
        this.selected = placed;
        this.#afterUpdate = () => {
          const root = this.#options.root();
          const dialog = root.querySelector<HTMLDialogElement>('dialog.detail');
          if (dialog && !dialog.open) dialog.showModal();
          root.querySelector<HTMLElement>('#detail-title')?.focus();
        };
      }
      this.#host.requestUpdate();
    });
  };

  /** The dialog closed (Close, Escape or the backdrop). */
  closed = (): void => {
    this.selected = undefined;
    const id = this.#openerId ?? '';
    this.#afterUpdate = () =>
      [...this.#options.root().querySelectorAll<HTMLElement>('.card__open')].find((button) => button.dataset.id === id)?.focus();
    this.#host.requestUpdate();
  };
}
