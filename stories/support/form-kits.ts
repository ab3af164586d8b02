/**
 * The forms' stand-in receivers for stories: each a `SenderKit` that a story's subclass of the
 * element sends through, so no story reaches a network and the shipped element is never changed.
 */
import type { SenderKit } from '../../src/forms/form-sender.js';

/** A receiver that answers `status` (after `delayMs`), with `body` as JSON when given. */
export function answering(status: number, body?: unknown, delayMs = 0): typeof fetch {
  return async () => {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    });
  };
}

/** Something that never settles: a receiver that never answers, a wait that never ends. */
export const never = (): Promise<never> => new Promise<never>(() => undefined);
/** No `online` signal: a story's state stays put whatever the machine's connection does. */
export const noOnlineSignal = () => () => undefined;

/** The receivers every form's stories use. */
export const FORM_KITS = {
  /** Stores what is sent after a second (what pressing Send in an open story shows). */
  demo: { fetch: answering(201, { id: 'demo-1' }, 1000), onOnline: noOnlineSignal },
  /** Never answers (and never times out): "Sending…" for as long as the story is open. */
  sending: { fetch: never, wait: never, timeoutMs: 2_147_483_647, onOnline: noOnlineSignal },
  /** The browser is offline: every request fails at once. */
  offline: {
    fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    isOnline: () => false,
    onOnline: noOnlineSignal,
  },
  /** The receiver refuses it for good. */
  refused: { fetch: answering(403), onOnline: noOnlineSignal },
  /** The receiver stores it at once. */
  accepted: { fetch: answering(201, { id: 'r-1' }), onOnline: noOnlineSignal },
} satisfies Record<string, SenderKit>;
