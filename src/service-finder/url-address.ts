/**
 * The `sync-url` chunk: the finder's state read from and written to the page's address, with
 * url-state.ts's keys. `UrlSync` (url-sync.ts) fetches it as a finder with `sync-url` connects.
 */
import { readUrlState, writeUrlState, type FinderUrlState } from './url-state.js';

/** The finder's state in the page's address. */
export function readAddress(): FinderUrlState {
  return readUrlState(new URLSearchParams(location.search));
}

/** Puts `state` in the address, replacing the current entry (a search is not a page to go Back to). */
export function writeAddress(state: FinderUrlState): void {
  const params = writeUrlState(new URLSearchParams(location.search), state).toString();
  const url = `${location.pathname}${params ? `?${params}` : ''}${location.hash}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  try {
    history.replaceState(history.state, '', url);
  } catch (error) {
    // Safari refuses more than 100 address changes in 30 seconds, and results now follow every
    // keystroke: the address is a convenience, so it waits for the next change.
    console.warn('[parent-champion-widgets] Could not update the address:', String(error));
  }
}
