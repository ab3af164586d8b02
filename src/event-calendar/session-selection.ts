/**
 * A parent opening a session: `pc-event-select` first (a listener may take over with
 * `preventDefault()`), then the detail dialog from its chunk, or an alert when the chunk cannot
 * be fetched (the next opening asks again).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CalendarEnglish } from './strings/en-GB.js';
import type { CalendarChunks } from './calendar-chunks.js';
import { PcEventSelectEvent } from './events.js';
import type { CalendarPanels } from './calendar-chunks.js';
import type { Occurrence } from './occurrences.js';
import type { Feed } from '../data/feed-document.js';
import type { DialogContext, SessionDialog } from './session-dialog.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class SessionSelection implements ReactiveController {
  readonly #host: Host;
  readonly #panels: CalendarPanels;
  readonly #loadExport: CalendarChunks['exporter'];
  /** The dialog, from the detail chunk once a session has been opened. */
  #dialog?: SessionDialog;
  /** The last opening could not fetch the detail view. */
  #failed = false;

  constructor(host: Host, panels: CalendarPanels, loadExport: CalendarChunks['exporter']) {
    this.#host = host;
    this.#panels = panels;
    this.#loadExport = loadExport;
    host.addController(this);
  }

  /**
   * Opens `occurrence` unless a `pc-event-select` listener takes over; `opener` gets focus back on
   * closing; `feed` is the occurrence's (its series' listed sessions and its category names go into
   * "Add to your calendar").
   */
  open(occurrence: Occurrence, opener: HTMLElement, feed?: Feed): void {
    if (!this.#host.dispatchEvent(new PcEventSelectEvent(occurrence))) return;
    void this.#panels.detail.load().then((module) => {
      this.#failed = !module;
      this.#host.requestUpdate();
      if (module) (this.#dialog ??= new module.SessionDialog(this.#host, this.#loadExport)).open(occurrence, opener, feed);
    });
  }

  /** Above the view: the alert when the detail view could not be fetched. */
  renderAlert(t: CalendarEnglish): TemplateResult | typeof nothing {
    return this.#failed ? html`<p class="cal__message" role="alert">${t.errorPartUnavailable}</p>` : nothing;
  }

  /** The dialog, while a session is open. */
  renderDialog(ctx: DialogContext): TemplateResult | typeof nothing {
    return this.#dialog?.render(ctx) ?? nothing;
  }

  hostUpdated(): void {
    this.#dialog?.hostUpdated();
  }

  hostDisconnected(): void {
    // A modal dialog removed while open can leave the page inert in some browsers.
    this.#dialog?.close();
  }
}
