/**
 * A feed load a widget then joins, started with no pause between its attempts, so a test of the
 * widget's error or stale state waits on no backoff timer (the backoff itself is the data layer's
 * test, test/data/feed-client.test.ts). Apart from helpers.ts, which imports nothing from src/.
 */
import { watchDocument } from '../../src/data/feed-client.js';

/** Starts loading `url` with no pause between attempts; the returned function stops watching it. */
export function loadWithoutBackoff(url: string): () => void {
  return watchDocument(url, () => undefined, { retryDelayMs: 0 });
}
