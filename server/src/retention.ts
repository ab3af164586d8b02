/** The retention purge: submissions older than RETENTION_DAYS are deleted at start and every six hours. */
import type { Store } from './store/store.js';

const EVERY_MS = 6 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes what is older than `days` days before `now`; how many went. */
export function purgeOld(store: Store, days: number, now: Date): Promise<number> {
  if (days <= 0) return Promise.resolve(0);
  return store.purgeBefore(new Date(now.getTime() - days * DAY_MS).toISOString());
}

/** Purges now and then on a timer that never keeps the process alive; returns a function that stops it. */
export function scheduleRetention(store: Store, days: number, log: (count: number) => void, now = () => new Date()): () => void {
  if (days <= 0) return () => undefined;
  const run = () => purgeOld(store, days, now()).then((count) => count && log(count), () => undefined);
  void run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
