/**
 * Delivery: what a form does with a submission so that it is stored exactly once, whatever the
 * connection does. It sends at once (a double click joins the send already under way); what
 * cannot be sent yet waits in the outbox and goes when the browser says it is back online, every
 * so often while the page stays open (after 30 s, then twice as long each time, up to 5 minutes:
 * "we will keep trying" holds while the parent reads it; a page back from the back/forward cache
 * picks up its timer), or on the parent's next visit (`resume`). Pure logic: the sending, the outbox, the `online` signal and
 * the timer are passed in.
 */
import { Outbox } from './outbox.js';
import type { SendOutcome, Submission } from './send.js';

export interface DeliveryOptions {
  outbox: Outbox;
  /** Sends one submission (sendSubmission with the form's options). */
  send: (submission: Submission) => Promise<SendOutcome>;
  /** Calls back when the browser is back online; returns a function that stops listening. */
  onOnline: (callback: () => void) => () => void;
  /** A waiting submission was sent, refused or rejected later (after `online`, or on a later visit), by any form on the page or in another tab. */
  settled?: (submission: Submission, outcome: SendOutcome) => void;
  /** Calls back once after `ms` (tests pass one they fire); returns a function that cancels. Default: `setTimeout`. */
  later?: (ms: number, callback: () => void) => () => void;
}

/** While something waits and the page is open, it is tried again after 30 s, then twice as long each time up to 5 minutes. */
export const retryDelay = (retries: number): number => Math.min(30_000 * 2 ** retries, 300_000);

const timer = (ms: number, callback: () => void) => {
  const id = setTimeout(callback, ms);
  return () => clearTimeout(id);
};

/** The browser's own `online` event, for `DeliveryOptions.onOnline`. */
export function windowOnline(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): DeliveryOptions['onOnline'] {
  return (callback) => {
    target.addEventListener('online', callback);
    return () => target.removeEventListener('online', callback);
  };
}

export class Delivery {
  readonly #options: DeliveryOptions;
  /** Sends under way, by submission id: a second press of Send joins the first. */
  readonly #sending = new Map<string, Promise<SendOutcome>>();
  readonly #stopListening: () => void;
  /** The outbox being sent now (`resume`). */
  #resuming?: Promise<void>;
  /**
   * A resume was asked for while something was being sent (the browser came back online
   * mid-send): once that ends, the outbox goes again, or what just failed would wait for the
   * next visit.
   */
  #again = false;
  readonly #stopHearing: () => void;
  /** Cancels the next try of what waits, when one is set. */
  #cancelRetry?: () => void;
  /** Tries since something last went: each waits longer (retryDelay). */
  #retries = 0;
  /** The form left the page: nothing more is tried from here. */
  #disposed = false;

  constructor(options: DeliveryOptions) {
    this.#options = options;
    this.#stopListening = options.onOnline(() => void this.resume());
    this.#stopHearing = Outbox.onSettled((submission, outcome) => options.settled?.(submission, outcome));
  }

  /**
   * Sends a submission now. `waiting` means it is kept in the outbox and will go by itself;
   * the other outcomes are final for this submission.
   */
  submit(submission: Submission): Promise<SendOutcome> {
    const under = this.#sending.get(submission.id);
    if (under) return under;
    const { outbox } = this.#options;
    // Kept before the first attempt: a tab closed mid-send still has it for the next visit.
    outbox.put(submission);
    // Another form on the page is flushing it right now: it goes from there, once.
    if (!outbox.claim(submission.id)) return Promise.resolve({ status: 'waiting', reason: 'aborted' });
    const sending = this.#options
      .send(submission)
      .then((outcome) => {
        // This form hears through this promise; other tabs through the outbox.
        if (outcome.status !== 'waiting') outbox.finish(submission, outcome, false);
        else this.#retryLater();
        return outcome;
      })
      .finally(() => {
        outbox.release(submission.id);
        this.#sending.delete(submission.id);
        if (this.#again && !this.#resuming) void this.resume();
      });
    this.#sending.set(submission.id, sending);
    return sending;
  }

  /**
   * Sends whatever waits in the outbox (on the next visit, and when back online). Asked again
   * while sending, it goes once more when the current sending ends.
   */
  resume(): Promise<void> {
    if (this.#resuming || this.#sending.size) {
      this.#again = true;
      return this.#resuming ?? Promise.resolve();
    }
    this.#resuming = (async () => {
      do {
        this.#again = false;
        // The outbox skips what a form is sending now (claimed), so nothing goes twice; what it settles,
        // every form on the page hears (Outbox.onSettled).
        await this.#options.outbox.flush(this.#options.send);
      } while (this.#again);
    })().finally(() => {
      this.#resuming = undefined;
      this.#retryLater();
    });
    return this.#resuming;
  }

  /** Something still waits: it is tried again in a while (unless a try is already set); nothing waits: the delays start again. */
  #retryLater(): void {
    if (!this.#options.outbox.list().length) {
      this.#retries = 0;
      return;
    }
    if (this.#cancelRetry || this.#disposed) return;
    this.#cancelRetry = (this.#options.later ?? timer)(retryDelay(this.#retries++), () => {
      this.#cancelRetry = undefined;
      void this.resume();
    });
  }

  /** Whether a submission is in the outbox, waiting to go (one from an earlier visit, say). */
  isWaiting(id: string): boolean {
    return this.#options.outbox.list().some((s) => s.id === id);
  }

  /** Stops listening for `online` and for what other forms settle, and tries nothing more (the form left the page). */
  dispose(): void {
    this.#disposed = true;
    this.#stopListening();
    this.#stopHearing();
    this.#cancelRetry?.();
    this.#cancelRetry = undefined;
  }
}
