/**
 * The outbox: submissions that could not be sent yet (offline, the receiver busy), kept in
 * `localStorage` so they survive a reload or a closed tab, and sent when the browser is back
 * online or on the parent's next visit. Each keeps its submission id, so however many times it is
 * tried, from however many tabs, the receiver stores it once (the `Idempotency-Key`).
 *
 * It holds a parent's answers only until they are sent (or refused for good): then they are
 * removed. Storage that is missing or refused leaves the outbox in this page only.
 */
import type { DraftStorage } from './draft.js';
import type { SendOutcome, Submission } from './send.js';

const OUTBOX_KEY = 'pc-outbox:v1';
/** More than this many waiting submissions is a fault somewhere, not a parent: the oldest go first. */
const MAX_WAITING = 20;

/** Submission ids being sent by this page now: two forms flushing at once never send one twice. */
const inFlight = new Set<string>();

export type SettledListener = (submission: Submission, outcome: SendOutcome) => void;
/**
 * Every form on the page hears what became of every waiting submission, whichever form's
 * flush sent it: the form that waits on it then shows its thank-you and clears its draft (it
 * stayed on "Not sent yet", and an edit sent again was stored twice).
 */
const settledListeners = new Set<SettledListener>();

function isSubmission(value: unknown): value is Submission {
  const s = value as Partial<Submission> | null;
  return typeof s?.id === 'string' && typeof s.action === 'string' && typeof s.createdAt === 'number' && 'payload' in s;
}

export class Outbox {
  readonly #storage?: DraftStorage;
  /** The page's own copy, for when storage refuses. */
  #memory: Submission[] = [];
  /** Storage refused a write: the page's copy is the outbox now. */
  #refused = false;

  constructor(storage: DraftStorage | undefined) {
    this.#storage = storage;
  }

  /** Whether what waits outlives the page (kept in storage): else the parent must keep the page open. */
  get lasting(): boolean {
    return !!this.#storage && !this.#refused;
  }

  /** Calls back with each submission a flush on this page settled for good (sent, rejected or refused); returns a function that stops. */
  static onSettled(listener: SettledListener): () => void {
    settledListeners.add(listener);
    return () => settledListeners.delete(listener);
  }

  /** The waiting submissions, oldest first. */
  list(): Submission[] {
    if (!this.#storage || this.#refused) return [...this.#memory];
    try {
      const parsed = JSON.parse(this.#storage.getItem(OUTBOX_KEY) ?? '[]') as unknown;
      return Array.isArray(parsed) ? parsed.filter(isSubmission) : [];
    } catch {
      return [...this.#memory];
    }
  }

  #write(list: Submission[]): void {
    this.#memory = list;
    try {
      if (list.length) this.#storage?.setItem(OUTBOX_KEY, JSON.stringify(list));
      else this.#storage?.removeItem(OUTBOX_KEY);
    } catch {
      // Full or refused: the page's copy still sends while the page is open.
      this.#refused = true;
    }
  }

  /** Keeps a submission to send later (replacing an earlier copy of the same one). */
  put(submission: Submission): void {
    const list = this.list().filter((s) => s.id !== submission.id);
    list.push(submission);
    this.#write(list.slice(-MAX_WAITING));
  }

  /**
   * Marks a submission as being sent by this page (false if it already is): a form sending it
   * now and another form flushing the outbox never both send it.
   */
  claim(id: string): boolean {
    if (inFlight.has(id)) return false;
    inFlight.add(id);
    return true;
  }

  release(id: string): void {
    inFlight.delete(id);
  }

  remove(id: string): void {
    this.#write(this.list().filter((s) => s.id !== id));
  }

  /**
   * Sends each waiting submission once, oldest first, and removes those that are done with
   * (sent, rejected or refused: a rejected one goes back to its form). Resolves with each outcome.
   */
  async flush(send: (submission: Submission) => Promise<SendOutcome>): Promise<Map<string, SendOutcome>> {
    const outcomes = new Map<string, SendOutcome>();
    for (const submission of this.list()) {
      if (!this.claim(submission.id)) continue;
      try {
        const outcome = await send(submission);
        outcomes.set(submission.id, outcome);
        if (outcome.status !== 'waiting') {
          this.remove(submission.id);
          settledListeners.forEach((listener) => listener(submission, outcome));
        }
        // Still offline: the rest would fail the same way.
        else if (outcome.reason === 'network' || outcome.reason === 'timeout') break;
      } finally {
        this.release(submission.id);
      }
    }
    return outcomes;
  }
}
