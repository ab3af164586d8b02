/**
 * The base of every `pc-*` event: it bubbles and crosses shadow roots (`composed`), so a host
 * page listening on `document` hears it, and carries a typed `detail` as `CustomEvent` does (sites
 * read `event.detail`). Each event is its own subclass with an exported detail type, listed in
 * `HTMLElementEventMap` and in `custom-elements.json`.
 */
export class PcEvent<Detail> extends Event {
  /** What happened, in the event's public detail type. */
  readonly detail: Detail;

  constructor(type: `pc-${string}`, detail: Detail, options: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    this.detail = detail;
  }
}
