/**
 * The events every form widget fires, one class each, with their public detail types. They bubble
 * and cross shadow roots, so a page can listen on `document`.
 *
 * A site that sends answers to its own system (a CRM) cancels `pc-submit` and hands the form
 * its own sending function, keeping the form's guarantees (one Idempotency-Key for every try,
 * retries, the outbox, a double press sending once):
 *
 *   form.addEventListener('pc-submit', (event) => {
 *     event.preventDefault();
 *     event.sendWith((url, init) => fetch('https://crm.example.org/api/volunteers', init));
 *   });
 */
import { PcEvent } from '../internal/pc-event.js';
import type { FieldProblem } from './send.js';
import type { FeedbackPayload } from './feedback-payload.js';
import type { SignupPayload } from './signup-payload.js';

/** What a form sends: the sign-up's payload or the feedback card's (tell them apart by `form`). */
export type FormPayload = SignupPayload | FeedbackPayload;

/**
 * Sends one submission the way `fetch` does: `init` has the method, the JSON body and the
 * `Idempotency-Key` header. Answer with the `Response`: 2xx is stored; 422 with
 * `{ "errors": [{ "field", "message" }] }` shows those problems on the form; 408, 429 and 5xx,
 * or a thrown error, are tried again later; any other 4xx is final.
 */
export type SubmitTransport = (url: string, init: RequestInit) => Promise<Response>;

/**
 * `pc-submit`: the parent pressed Send and every answer is fine; `detail` is the payload about
 * to be sent. Cancelable: `preventDefault()` stops the form sending it. Call `sendWith()` as well
 * (in the same listener) to have the form send it through your function instead, with all its
 * guarantees. Fired again, with the same payload, when a submission sent that way is resumed on
 * a later visit.
 */
export class PcSubmitEvent extends PcEvent<FormPayload> {
  #transport?: SubmitTransport;

  constructor(payload: FormPayload) {
    super('pc-submit', payload, { cancelable: true });
  }

  /** Send through `transport` instead of the form's own `fetch` to its action (cancels the event too). */
  sendWith(transport: SubmitTransport): void {
    this.#transport = transport;
    this.preventDefault();
  }

  /** The transport a listener gave, if any. @internal */
  get transport(): SubmitTransport | undefined {
    return this.#transport;
  }
}

/** `detail` of `pc-submitted`. */
export interface SubmittedDetail {
  payload: FormPayload;
  /** The receiver's reply: its JSON, or `undefined` when it sent none. */
  reply: unknown;
}

/** `pc-submitted`: the receiver confirmed it stored the answers (the draft is cleared). */
export class PcSubmittedEvent extends PcEvent<SubmittedDetail> {
  constructor(detail: SubmittedDetail) {
    super('pc-submitted', detail);
  }
}

/** Why a submission did not go (yet). */
export type SubmitErrorReason =
  /** The browser is offline: it waits in the outbox. */
  | 'offline'
  /** No answer, a timeout, or the receiver busy (408, 429, 5xx) after the retries: it waits in the outbox. */
  | 'unreachable'
  /** The receiver said which answers to fix (422): shown on the form. */
  | 'rejected'
  /** The receiver refused it for good (another 4xx). */
  | 'refused'
  /** The form has nowhere safe to send: no action, or an `http:` one off this machine. */
  | 'not-configured';

/** `detail` of `pc-submit-error`. */
export interface SubmitErrorDetail {
  reason: SubmitErrorReason;
  /** True when the form will send it by itself later (`offline`, `unreachable`). */
  willRetry: boolean;
  /** The receiver's HTTP status, when it answered. */
  httpStatus?: number;
  /** The receiver's field problems (`rejected`). */
  problems?: FieldProblem[];
}

/** `pc-submit-error`: the answers were not stored (yet). */
export class PcSubmitErrorEvent extends PcEvent<SubmitErrorDetail> {
  constructor(detail: SubmitErrorDetail) {
    super('pc-submit-error', detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'pc-submit': PcSubmitEvent;
    'pc-submitted': PcSubmittedEvent;
    'pc-submit-error': PcSubmitErrorEvent;
  }
}
