/**
 * Delivery: what a form does with a submission so that it is stored exactly once, whatever the
 * connection does. It sends at once (a double click joins the send already under way); what
 * cannot be sent yet waits in the outbox and goes when the browser says it is back online, or
 * on the parent's next visit (`resume`). Pure logic: the sending, the outbox and the `online`
 * signal are passed in.
 */
import type { Outbox } from './outbox.js';
import type { SendOutcome, Submission } from './send.js';

export interface DeliveryOptions {
  outbox: Outbox;
  /** Sends one submission (sendSubmission with the form's options). */
  send: (submission: Submission) => Promise<SendOutcome>;
  /** Calls back when the browser is back online; returns a function that stops listening. */
  onOnline: (callback: () => void) => () => void;
  /** A waiting submission was sent, refused or rejected later (after `online`, or on a later visit). */
  settled?: (submission: Submission, outcome: SendOutcome) => void;
}

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

  constructor(options: DeliveryOptions) {
    this.#options = options;
    this.#stopListening = options.onOnline(() => void this.resume());
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
        if (outcome.status !== 'waiting') outbox.remove(submission.id);
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
        await this.#flush();
      } while (this.#again);
    })().finally(() => (this.#resuming = undefined));
    return this.#resuming;
  }

  async #flush(): Promise<void> {
    const waiting = this.#options.outbox.list();
    if (!waiting.length) return;
    const byId = new Map(waiting.map((s) => [s.id, s]));
    // The outbox skips what a form is sending now (claimed), so nothing goes twice.
    const outcomes = await this.#options.outbox.flush(this.#options.send);
    for (const [id, outcome] of outcomes) {
      const submission = byId.get(id);
      if (submission && outcome.status !== 'waiting') this.#options.settled?.(submission, outcome);
    }
  }

  /** Whether a submission is in the outbox, waiting to go (one from an earlier visit, say). */
  isWaiting(id: string): boolean {
    return this.#options.outbox.list().some((s) => s.id === id);
  }

  /** Stops listening for `online` (the form left the page). */
  dispose(): void {
    this.#stopListening();
  }
}
