/**
 * FormSender: one form's sending, as a controller. It fires `pc-submit` (a site may cancel it, or
 * send through its own function), hands the submission to the shared Delivery (the outbox, one
 * Idempotency-Key, retries, `online` and the next visit) and says where the form is: sending,
 * not sent yet, refused or sent, with `pc-submitted` and `pc-submit-error` to match. The form
 * keeps the answers and the draft; this keeps what happens to them once sent.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Delivery, windowOnline } from './delivery.js';
import { PcSubmitErrorEvent, PcSubmitEvent, PcSubmittedEvent, type FormPayload, type SubmitErrorReason, type SubmitTransport } from './events.js';
import { LazyChunk } from '../internal/lazy-chunk.js';
import { Outbox, type OutboxStorage } from './outbox.js';
import type { FieldProblem, SendOutcome, Submission } from './send.js';

/**
 * The sending itself and the request module under it: a chunk, asked for as soon as a form is on
 * the page (while the page itself is still arriving), so a parent who goes offline after that
 * still sends. Without it (a page shown from the browser's cache while offline) a submission waits
 * in the outbox, as one that could not reach its receiver does, for the next time the chunk can be
 * had: back online in Chromium, the next visit in Firefox (which keeps a failed module failed).
 */
const sending = new LazyChunk(() => import('./send.js'));

type Host = ReactiveControllerHost & HTMLElement;

export type SenderState =
  | { phase: 'idle' }
  /** `retrying`: an attempt failed and another follows ("Not sent yet: we'll try again"). */
  | { phase: 'sending'; retrying: boolean }
  /**
   * In the outbox: it goes by itself when the browser is online again, every so often while the page is
   * open, or on the next visit if `kept` (storage holds it; else only while this page stays open).
   * `trying`: "Try sending now" was pressed.
   */
  | { phase: 'waiting'; offline: boolean; kept: boolean; trying?: boolean }
  | { phase: 'refused'; httpStatus: number }
  | { phase: 'sent' };

/** What tests and a site's own build may change about sending. */
export interface SenderKit {
  fetch?: typeof fetch;
  /** Waits between attempts (tests pass one they release). */
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Calls back when the browser is back online. */
  onOnline?: (callback: () => void) => () => void;
  /** Whether the browser says it is online (`navigator.onLine`: only its `false` is reliable). */
  isOnline?: () => boolean;
  /** Per attempt (default 15 s). */
  timeoutMs?: number;
  /** The outbox's storage instead of the form's (tests: one that other test pages cannot clear). */
  outbox?: OutboxStorage;
  /** Runs a task once the page has loaded (tests run it at once: the page's own load is not theirs to wait for). */
  afterLoad?: (task: () => void) => void;
  /** The timer for trying again what waits while the page is open (tests pass one they fire). */
  later?: (ms: number, callback: () => void) => () => void;
}

export interface FormSenderOptions {
  /** Where waiting submissions are kept (localStorage; none keeps them in the page). */
  outboxStorage: () => OutboxStorage | undefined;
  kit: () => SenderKit;
  /** The id of the submission the form is waiting on (from its draft), if any. */
  pendingId: () => string | undefined;
  /** The receiver stored the form's submission: show the thank-you, clear the draft. */
  sent: (payload: unknown, reply: unknown) => void;
  /** The receiver named answers to fix (422). */
  rejected: (problems: FieldProblem[]) => void;
  /** The form's submission was refused for good; the answers stay for the parent. */
  refused: () => void;
}

/** A submission's payload: one a form made (the outbox holds nothing else; it is read back from storage as it was put). */
const payloadOf = (submission: Submission) => submission.payload as FormPayload;

/** Runs `task` once the page has loaded (at once, in a later task, when it already has). */
function whenPageLoaded(task: () => void): void {
  if (typeof document === 'undefined' || document.readyState === 'complete') setTimeout(task);
  else addEventListener('load', task, { once: true });
}

const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

export class FormSender implements ReactiveController {
  readonly #host: Host;
  readonly #options: FormSenderOptions;
  #delivery?: Delivery;
  /** Transports a site gave for its submissions (`pc-submit`'s `sendWith`), by submission id. */
  readonly #transports = new Map<string, SubmitTransport>();
  #state: SenderState = { phase: 'idle' };
  #outbox?: Outbox;
  /** The send under way: a second press joins it. */
  #current?: Promise<SendOutcome>;
  /** What another tab said became of this form's submission while this form was sending it too. */
  #heardWhileSending?: { id: string; outcome: SendOutcome };

  constructor(host: Host, options: FormSenderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  #offline(): boolean {
    return !(this.#options.kit().isOnline ?? browserOnline)();
  }

  get state(): SenderState {
    return this.#state;
  }

  hostConnected(): void {
    const kit = this.#options.kit();
    // One outbox for the form's life: kept in the page only (draft="none"), it must outlive a move in the page.
    this.#outbox ??= new Outbox(kit.outbox ?? this.#options.outboxStorage());
    this.#delivery = new Delivery({
      outbox: this.#outbox,
      send: (submission) => this.#send(submission),
      onOnline: kit.onOnline ?? windowOnline(),
      ...(kit.later ? { later: kit.later } : {}),
      settled: (submission, outcome) => {
        if (submission.id !== this.#options.pendingId() || this.#state.phase === 'sent') return;
        // Sending it itself (another tab sent it too), this form hears from its own send, once; if
        // that send could not get through, what the other tab heard stands.
        if (this.#state.phase === 'sending') this.#heardWhileSending = { id: submission.id, outcome };
        else this.#settle(submission, outcome);
      },
    });
    // Waiting from an earlier visit (or a closed tab): say so, then try it now.
    const pending = this.#options.pendingId();
    if (pending && this.#delivery.isWaiting(pending)) this.#setWaiting();
    // After the page has loaded: a site's pc-submit listener (sendWith) added by a script that runs
    // after the widget's must hear a waiting submission offered again.
    void sending.load();
    (kit.afterLoad ?? whenPageLoaded)(() => void this.#delivery?.resume());
  }

  hostDisconnected(): void {
    this.#delivery?.dispose();
    this.#delivery = undefined;
  }

  /**
   * Sends the form's submission: `pc-submit` first (a listener may stop it, or send it its own
   * way). Resolves when this go has ended: sent, waiting, rejected, refused or stopped. A second
   * press while one is under way joins it.
   */
  async submit(submission: Omit<Submission, 'createdAt' | 'via'> & { payload: FormPayload }): Promise<SendOutcome | 'stopped'> {
    if (this.#current) return this.#current;
    if (!this.#delivery) return 'stopped';
    const event = new PcSubmitEvent(submission.payload);
    this.#host.dispatchEvent(event);
    if (event.defaultPrevented && !event.transport) return 'stopped';
    if (event.transport) this.#transports.set(submission.id, event.transport);
    const full: Submission = { ...submission, createdAt: Date.now(), ...(event.transport ? { via: 'site' as const } : {}) };
    this.#set({ phase: 'sending', retrying: false });
    this.#heardWhileSending = undefined;
    this.#current = this.#delivery.submit(full).then((own) => {
      const heard = this.#heardWhileSending;
      const outcome = own.status === 'waiting' && heard?.id === full.id ? heard.outcome : own;
      this.#settle(full, outcome);
      return outcome;
    });
    try {
      return await this.#current;
    } finally {
      this.#current = undefined;
      this.#heardWhileSending = undefined;
    }
  }

  /** "Try sending now": everything waiting, now. */
  retryNow(): void {
    if (this.#state.phase !== 'waiting' || this.#state.trying) return;
    // Still the waiting panel (its button, with focus, says "Sending…"): the questions do not flash back.
    this.#set({ ...this.#state, trying: true });
    void this.#delivery?.resume().then(() => {
      // Still there: back to waiting (a success or refusal has already moved on).
      if (this.#state.phase === 'waiting') this.#setWaiting();
    });
  }

  /** Back to the form (after a refusal, or a 422 the parent is fixing). */
  reset(): void {
    this.#set({ phase: 'idle' });
  }

  async #send(submission: Submission): Promise<SendOutcome> {
    const kit = this.#options.kit();
    let transport = kit.fetch;
    if (submission.via === 'site') {
      let own = this.#transports.get(submission.id);
      if (!own) {
        // Sent the site's way before this page loaded: ask the site's listener again.
        const again = new PcSubmitEvent(payloadOf(submission));
        this.#host.dispatchEvent(again);
        own = again.transport;
        if (own) this.#transports.set(submission.id, own);
      }
      if (!own) return { status: 'waiting', reason: 'aborted' };
      transport = own as typeof fetch;
    }
    const mine = submission.id === this.#options.pendingId();
    const chunk = await sending.load();
    if (!chunk) return { status: 'waiting', reason: 'network' };
    return chunk.sendSubmission(submission, {
      fetch: transport,
      wait: kit.wait,
      timeoutMs: kit.timeoutMs,
      // Offline, each retry would fail at once: it waits for `online` instead.
      attempts: this.#offline() ? 1 : 4,
      onProgress: (progress) => {
        // (A waiting submission tried again stays in its panel.)
        if (mine && progress.willRetry && this.#state.phase === 'sending') this.#set({ phase: 'sending', retrying: true });
      },
    });
  }

  #settle(submission: Submission, outcome: SendOutcome): void {
    const host = this.#host;
    switch (outcome.status) {
      case 'sent':
        this.#transports.delete(submission.id);
        this.#set({ phase: 'sent' });
        this.#options.sent(submission.payload, outcome.reply);
        host.dispatchEvent(new PcSubmittedEvent({ payload: payloadOf(submission), reply: outcome.reply }));
        return;
      case 'waiting': {
        const offline = this.#setWaiting();
        this.#error(offline ? 'offline' : 'unreachable', true, outcome.httpStatus);
        return;
      }
      case 'rejected':
        this.#set({ phase: 'idle' });
        this.#options.rejected(outcome.problems);
        host.dispatchEvent(new PcSubmitErrorEvent({ reason: 'rejected', willRetry: false, httpStatus: 422, problems: outcome.problems }));
        return;
      case 'refused':
        this.#set({ phase: 'refused', httpStatus: outcome.httpStatus });
        this.#options.refused();
        this.#error('refused', false, outcome.httpStatus);
    }
  }

  #error(reason: SubmitErrorReason, willRetry: boolean, httpStatus?: number): void {
    this.#host.dispatchEvent(new PcSubmitErrorEvent({ reason, willRetry, ...(httpStatus ? { httpStatus } : {}) }));
  }

  /** "Not sent yet", saying whether the browser is offline and whether the answers outlive the page; returns whether it is offline. */
  #setWaiting(): boolean {
    const offline = this.#offline();
    this.#set({ phase: 'waiting', offline, kept: !!this.#outbox?.lasting });
    return offline;
  }

  #set(state: SenderState): void {
    this.#state = state;
    this.#host.requestUpdate();
  }
}
