/**
 * Test doubles for the forms' kit: a storage over a Map, a receiver that holds each answer until
 * the test gives it (and stores once per Idempotency-Key), and waits the test releases.
 */
import { expect } from '@open-wc/testing';
import type { OutboxStorage } from '../../src/forms/outbox.js';
import type { SenderKit } from '../../src/forms/form-sender.js';

/**
 * A storage over a Map; `refuse` makes writes throw as a blocked storage does, `capacity` as a full one;
 * `beforeWrite` runs once, just before the next write or removal lands (another tab writing in between).
 */
export function memoryStorage(): OutboxStorage & {
  map: Map<string, string>;
  refuse: boolean;
  /** The most characters of keys and values it holds, as a browser's quota: a write that would hold more throws (a shorter one fits). */
  capacity: number;
  beforeWrite?: (key: string) => void;
} {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    map,
    refuse: false,
    capacity: Infinity,
    get length() {
      return map.size;
    },
    key(index) {
      return [...map.keys()][index] ?? null;
    },
    getItem(key) {
      return map.get(key) ?? null;
    },
    setItem(key, value) {
      if (this.refuse) throw new DOMException('full', 'QuotaExceededError');
      if (used() - (map.has(key) ? key.length + map.get(key)!.length : 0) + key.length + value.length > this.capacity) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      const interrupt = this.beforeWrite;
      this.beforeWrite = undefined;
      interrupt?.(key);
      map.set(key, value);
    },
    removeItem(key) {
      const interrupt = this.beforeWrite;
      this.beforeWrite = undefined;
      interrupt?.(key);
      map.delete(key);
    },
  };
}

/** `stored, then lost`: the receiver stores it, and its answer never reaches the page (a network error there). */
export type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'network' | 'stored, then lost';

/**
 * A receiver that stores each submission once per Idempotency-Key, and answers each request only
 * when the test says how (`answerNext`); `requests` records what arrived.
 */
export function heldReceiver() {
  const stored = new Map<string, unknown>();
  const requests: { key: string | null; body: unknown }[] = [];
  /** Repeats of a stored key with another body: a real receiver refuses them (422), so a form must never send one. */
  const conflicts: string[] = [];
  const waiting: ((answer: Answer) => void)[] = [];
  const arrived: (() => void)[] = [];
  const fetch = ((_url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const key = new Headers(init.headers).get('Idempotency-Key');
      const body = JSON.parse(String(init.body)) as unknown;
      requests.push({ key, body });
      // A request the form gives up on (its timeout) fails there, but stays held here: the test can
      // still answer it, as a server finishes work whose answer nobody waits for any more.
      init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
      waiting.push((answer) => {
        if (key && stored.has(key) && JSON.stringify(stored.get(key)) !== JSON.stringify(body)) conflicts.push(key);
        if (answer === 'network') return reject(new TypeError('Failed to fetch'));
        if (answer === 'stored, then lost') {
          if (key && !stored.has(key)) stored.set(key, body);
          return reject(new TypeError('Failed to fetch'));
        }
        // The receiver stores on a 2xx (once per key).
        if (key && answer.status < 300 && !stored.has(key)) stored.set(key, body);
        resolve(new Response(answer.body ?? null, { status: answer.status, headers: answer.headers }));
      });
      arrived.shift()?.();
    })) as unknown as typeof globalThis.fetch;
  return {
    fetch,
    stored,
    requests,
    conflicts,
    /** Resolves once `n` requests have arrived. */
    async requestsArrived(n: number) {
      while (requests.length < n) await new Promise<void>((resolve) => arrived.push(resolve));
    },
    /** Answers the oldest held request. */
    answerNext(answer: Answer) {
      const next = waiting.shift();
      expect(next, 'a request to answer').to.exist;
      next!(answer);
    },
  };
}

/** Waits between attempts that the test releases; `delays` records each asked-for wait. */
export function heldWaits() {
  const delays: number[] = [];
  const releases: (() => void)[] = [];
  const asked: (() => void)[] = [];
  return {
    delays,
    wait: (ms: number) => {
      delays.push(ms);
      asked.shift()?.();
      return new Promise<void>((resolve) => releases.push(resolve));
    },
    /** Resolves once `n` waits have been asked for. */
    async asked(n: number) {
      while (delays.length < n) await new Promise<void>((resolve) => asked.push(resolve));
    },
    release() {
      releases.shift()?.();
    },
  };
}


/**
 * A timer the test fires: `later` keeps each callback with its delay; `fire()` runs the oldest still set.
 * `set` resolves once `n` have been set (cancelled ones count).
 */
export function heldTimers() {
  const timers: { ms: number; callback: () => void; cancelled: boolean }[] = [];
  const setOnes: (() => void)[] = [];
  return {
    timers,
    later: (ms: number, callback: () => void) => {
      const timer = { ms, callback, cancelled: false };
      timers.push(timer);
      setOnes.shift()?.();
      return () => (timer.cancelled = true);
    },
    async set(n: number) {
      while (timers.length < n) await new Promise<void>((resolve) => setOnes.push(resolve));
    },
    /** The timers set and not yet fired or cancelled. */
    get pending() {
      return timers.filter((timer) => !timer.cancelled);
    },
    fire() {
      const timer = timers.find((t) => !t.cancelled);
      expect(timer, 'a timer to fire').to.exist;
      timer!.cancelled = true;
      timer!.callback();
    },
  };
}

/**
 * A form's whole sending kit over a held receiver, released waits, its own outbox and an `online`
 * signal the test fires (`backOnline`). `online` says whether the browser is online (default: yes);
 * `timeoutMs` is each attempt's timeout (default: longer than any test).
 */
export function heldSenderKit(options: { online?: () => boolean; timeoutMs?: number } = {}) {
  const receiver = heldReceiver();
  const waits = heldWaits();
  const timers = heldTimers();
  const onlineListeners = new Set<() => void>();
  const outbox = memoryStorage();
  const kit: SenderKit = {
    fetch: receiver.fetch,
    wait: waits.wait,
    isOnline: options.online,
    // A held request must outlast whatever the test does meanwhile (typing, an axe run on a busy
    // machine): no real timeout unless the test asks for one (the timeout test passes 1 ms).
    timeoutMs: options.timeoutMs ?? 600_000,
    // Its own outbox: localStorage is shared with the test pages running beside this one.
    outbox,
    // What waits is tried at once on connecting, not when the test page's own load event comes.
    afterLoad: (task) => task(),
    // What waits is tried again when the test fires the timer, not after 30 s of the test's time.
    later: timers.later,
    onOnline: (callback) => {
      onlineListeners.add(callback);
      return () => onlineListeners.delete(callback);
    },
  };
  return { receiver, waits, timers, outbox, kit, backOnline: () => onlineListeners.forEach((cb) => cb()) };
}
