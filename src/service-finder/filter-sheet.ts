/**
 * `FilterSheet`: the filters on a narrow finder (a phone), opened from their button as a modal
 * sheet. It opens as a dialog (focus kept inside, Escape closes it, the host page's stacking cannot
 * hide it), and where focus goes when it closes: to the results count after "Show N results", so a
 * parent lands on what they filtered; back to the "Filters" button otherwise.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FilterSheetOptions {
  /** The shadow root the sheet is drawn in. */
  root: () => ParentNode;
  /** Runs once the host has drawn the open sheet (to fetch the filter panel's chunk). */
  opened: () => void;
  /** Moves focus to the element matching `selector` after the next update. */
  focus: (selector: string) => void;
}

export class FilterSheet implements ReactiveController {
  #open = false;
  #showModal = false;
  #focusOnClose = '.filters__toggle';
  readonly #host: ReactiveControllerHost;
  readonly #options: FilterSheetOptions;

  constructor(host: ReactiveControllerHost, options: FilterSheetOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The sheet is open (drawn, and shown as a modal dialog once drawn). */
  get open(): boolean {
    return this.#open;
  }

  #dialog(): HTMLDialogElement | null {
    return this.#options.root().querySelector<HTMLDialogElement>('dialog.sheet');
  }

  /** Shows the sheet as a modal once it is drawn: the host may first need to learn it is narrow. */
  hostUpdated(): void {
    if (!this.#showModal) return;
    const dialog = this.#dialog();
    if (!dialog) return;
    this.#showModal = false;
    if (!dialog.open) dialog.showModal();
  }

  /** The "Filters" button. */
  show = (): void => {
    this.#open = true;
    this.#showModal = true;
    this.#options.opened();
    this.#host.requestUpdate();
  };

  /** "Show N results": close, and go to the results. */
  showResults = (): void => {
    this.#focusOnClose = '#count';
    this.#dialog()?.close();
  };

  /** The dialog closed (its Close button, Escape, or "Show N results"). */
  closed = (): void => {
    this.#open = false;
    this.#options.focus(this.#focusOnClose);
    this.#focusOnClose = '.filters__toggle';
    this.#host.requestUpdate();
  };
}
