/**
 * The session detail dialog: a native modal `<dialog>` with an occurrence's details. It fetches
 * "Add to your calendar" (the export chunk) as it opens, closes on Escape, "Close" or a click on
 * the backdrop, and gives focus back to what opened it. In the detail chunk (calendar-detail.ts):
 * the entry only asks it to open (session-selection.ts).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Location, Service } from '../data/feed-schema.js';
import type { Feed } from '../data/feed-document.js';
import type { CalendarChunks } from './calendar-chunks.js';
import type { CalendarExport } from './calendar-export.js';
import { renderDetail, type DetailContext } from './occurrence-detail.js';
import type { Occurrence } from './occurrences.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the dialog needs of the calendar's render: the detail view's context, and the session's place and service. */
export interface DialogContext extends Omit<DetailContext, 'location' | 'booking' | 'exports' | 'close'> {
  locationOf(occurrence: Occurrence): Location | undefined;
  bookingOf(occurrence: Occurrence): Service['booking'];
}

export class SessionDialog {
  #selected?: Occurrence;
  #exports?: CalendarExport;
  #opener?: HTMLElement;
  /** Set on open: the next update shows the dialog (once, so a later update cannot reopen it). */
  #showNext = false;

  readonly #host: Host;
  readonly #loadExport: CalendarChunks['exporter'];

  /** `loadExport` fetches "Add to your calendar" (the export chunk). */
  constructor(host: Host, loadExport: CalendarChunks['exporter']) {
    this.#host = host;
    this.#loadExport = loadExport;
  }

  /** Shows `occurrence`; `opener` gets focus back on closing; `feed` is the occurrence's (for "Add to your calendar"). */
  open(occurrence: Occurrence, opener: HTMLElement, feed?: Feed): void {
    this.#revoke();
    this.#opener = opener;
    this.#selected = occurrence;
    this.#showNext = true;
    this.#loadExport().then(
      ({ exportOccurrence }) => {
        if (this.#selected !== occurrence) return;
        this.#exports = exportOccurrence(occurrence, location.hostname, feed);
        this.#host.requestUpdate();
      },
      () => undefined, // The details still show; only the "add to calendar" links are missing.
    );
    this.#host.requestUpdate();
  }

  /** Call after each update of the host: opens a newly drawn dialog. */
  hostUpdated(): void {
    const dialog = this.#dialog;
    if (!this.#showNext || !dialog?.isConnected) return;
    this.#showNext = false;
    if (!dialog.open) dialog.showModal();
  }

  close(): void {
    this.#dialog?.close();
  }

  render(ctx: DialogContext): TemplateResult | typeof nothing {
    const selected = this.#selected;
    if (!selected) return nothing;
    const { locationOf, bookingOf, ...detail } = ctx;
    return html`<dialog class="detail" part="detail" aria-label=${selected.event.title} @click=${this.#onClick} @close=${this.#onClose}>
      <div class="detail__body">
        ${renderDetail(selected, {
          ...detail,
          location: locationOf(selected),
          booking: bookingOf(selected),
          exports: this.#exports,
          close: () => this.close(),
        })}
      </div>
    </dialog>`;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  #revoke(): void {
    this.#exports?.revoke();
    this.#exports = undefined;
  }

  // Only the backdrop is the dialog itself; its content sits in .detail__body.
  readonly #onClick = (e: MouseEvent): void => {
    if (e.target === e.currentTarget) this.close();
  };

  readonly #onClose = (e: Event): void => {
    // The close event comes a task later: another session may have been opened since.
    if ((e.currentTarget as HTMLDialogElement).open) return;
    this.#revoke();
    const key = this.#selected?.key;
    this.#selected = undefined;
    const opener = this.#opener?.isConnected
      ? this.#opener
      : this.#host.renderRoot.querySelector<HTMLElement>(`[data-occ="${CSS.escape(key ?? '')}"]`);
    opener?.focus();
    this.#host.requestUpdate();
  };
}
