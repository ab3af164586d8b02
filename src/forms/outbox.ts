/**
 * The outbox: submissions that could not be sent yet (offline, the receiver busy), kept in
 * `localStorage` so they survive a reload or a closed tab, and sent when the browser is back
 * online or on the parent's next visit. Each keeps its submission id, so however many times it is
 * tried, from however many tabs, the receiver stores it once (the `Idempotency-Key`).
 *
 * Each submission has a key of its own: one list under one key lost a submission when two tabs
 * wrote it at once (each read the list, added its own and wrote it back over the other's).
 *
 * It holds a parent's answers only until they are sent (or refused for good): then they are
 * removed. Storage that is missing or refused leaves the outbox in this page only.
 */
import type { SendOutcome, Submission } from './send.js';

/** The part of `Storage` the outbox needs: its keys too, to find every waiting submission. */
export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const KEY_PREFIX = 'pc-outbox:v2:';
/** Where earlier versions kept every waiting submission in one list: moved to keys of their own when read. */
const LIST_KEY = 'pc-outbox:v1';
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

/**
 * What became of a submission, told to the other tabs of this site: a tab whose form waits on a
 * submission that another tab sent (a duplicated tab, a draft kept in `localStorage`) shows its
 * thank-you instead of "Not sent yet", where an edit sent again would be stored twice.
 */
interface SettledMessage {
  submission: Submission;
  outcome: SendOutcome;
}

/**
 * The channel to the other tabs, opened when first needed: none where the browser has no
 * BroadcastChannel or refuses one (Firefox with cookies blocked throws a SecurityError). The forms
 * then work as before, this tab alone.
 */
let otherTabs: BroadcastChannel | undefined;
let noChannel = false;
function tabsChannel(): BroadcastChannel | undefined {
  if (otherTabs || noChannel) return otherTabs;
  try {
    otherTabs = new BroadcastChannel('pc-outbox');
    otherTabs.onmessage = ({ data }: MessageEvent<Partial<SettledMessage> | null>) => {
      if (isSubmission(data?.submission) && typeof data.outcome?.status === 'string') hear(data.submission, data.outcome);
    };
  } catch {
    noChannel = true;
  }
  return otherTabs;
}

const hear = (submission: Submission, outcome: SendOutcome) => settledListeners.forEach((listener) => listener(submission, outcome));

function isSubmission(value: unknown): value is Submission {
  const s = value as Partial<Submission> | null;
  return typeof s?.id === 'string' && typeof s.action === 'string' && typeof s.createdAt === 'number' && 'payload' in s;
}

function parse(text: string | null): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

const oldestFirst = (a: Submission, b: Submission) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

export class Outbox {
  readonly #storage?: OutboxStorage;
  /** The page's own copy of what this page put, for when storage refuses a write or a read. */
  #memory = new Map<string, Submission>();
  /** Storage refused a write or a read: the page's copy is the outbox now. */
  #refused = false;

  constructor(storage: OutboxStorage | undefined) {
    this.#storage = storage;
  }

  /** Whether what waits outlives the page (kept in storage): else the parent must keep the page open. */
  get lasting(): boolean {
    return !!this.#storage && !this.#refused;
  }

  /** Calls back with each submission a flush on this page settled for good (sent, rejected or refused); returns a function that stops. */
  static onSettled(listener: SettledListener): () => void {
    tabsChannel();
    settledListeners.add(listener);
    return () => settledListeners.delete(listener);
  }

  /** The waiting submissions, oldest first. */
  list(): Submission[] {
    const storage = this.#storage;
    if (!storage || this.#refused) return [...this.#memory.values()].sort(oldestFirst);
    try {
      const found = new Map<string, Submission>();
      for (const submission of this.#oldList(storage)) found.set(submission.id, submission);
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index);
        if (!key?.startsWith(KEY_PREFIX)) continue;
        const value = parse(storage.getItem(key));
        if (isSubmission(value) && KEY_PREFIX + value.id === key) found.set(value.id, value);
      }
      return [...found.values()].sort(oldestFirst);
    } catch {
      // Storage that cannot be read now: what this page put, kept until it goes (and the panel says to keep the page open).
      this.#refused = true;
      return [...this.#memory.values()].sort(oldestFirst);
    }
  }

  /**
   * An earlier version's single list (a tab opened before an update may still write it), moved to
   * keys of their own. Where storage is too full to move them, they are read from the list as it is
   * until there is room: never hidden.
   */
  #oldList(storage: OutboxStorage): Submission[] {
    const text = storage.getItem(LIST_KEY);
    if (text === null) return [];
    // (A damaged list has nothing to move, and goes.)
    const old = parse(text);
    const waiting = Array.isArray(old) ? old.filter(isSubmission) : [];
    try {
      for (const submission of waiting) {
        if (storage.getItem(KEY_PREFIX + submission.id) === null) storage.setItem(KEY_PREFIX + submission.id, JSON.stringify(submission));
      }
      storage.removeItem(LIST_KEY);
    } catch {
      // Full: the list stays where it is (remove() takes each out of it as it goes).
    }
    return waiting;
  }

  /** Keeps a submission to send later (replacing an earlier copy of the same one). */
  put(submission: Submission): void {
    this.#memory.set(submission.id, submission);
    if (this.lasting) {
      try {
        this.#storage?.setItem(KEY_PREFIX + submission.id, JSON.stringify(submission));
      } catch {
        // Full or refused: the page keeps what storage held, and this, and sends it while it is open.
        for (const kept of this.list()) this.#memory.set(kept.id, kept);
        this.#refused = true;
      }
    }
    for (const extra of this.list().slice(0, -MAX_WAITING)) this.remove(extra.id);
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

  /**
   * Done with a submission (sent, rejected or refused): removed, and every other tab told. With
   * `hereToo`, every form on this page hears as well (a flush, which no form is waiting on).
   */
  finish(submission: Submission, outcome: SendOutcome, hereToo: boolean): void {
    this.remove(submission.id);
    try {
      tabsChannel()?.postMessage({ submission, outcome } satisfies SettledMessage);
    } catch {
      // A reply that cannot be cloned: the other tabs find it gone on their next try.
    }
    if (hereToo) hear(submission, outcome);
  }

  remove(id: string): void {
    this.#memory.delete(id);
    const storage = this.#storage;
    try {
      storage?.removeItem(KEY_PREFIX + id);
      // Still in an earlier version's list that storage was too full to move: out of it too (a shorter list fits).
      const old = parse(storage?.getItem(LIST_KEY) ?? null);
      if (Array.isArray(old) && old.some((s) => isSubmission(s) && s.id === id)) {
        const rest = old.filter((s) => !(isSubmission(s) && s.id === id));
        if (rest.length) storage?.setItem(LIST_KEY, JSON.stringify(rest));
        else storage?.removeItem(LIST_KEY);
      }
    } catch {
      // Storage gone: nothing of it to remove.
    }
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
        if (outcome.status !== 'waiting') this.finish(submission, outcome, true);
        // Still offline: the rest would fail the same way.
        else if (outcome.reason === 'network' || outcome.reason === 'timeout') break;
      } finally {
        this.release(submission.id);
      }
    }
    return outcomes;
  }
}
