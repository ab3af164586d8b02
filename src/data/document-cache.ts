/**
 * The last-good copy of each feed document, kept in localStorage so a parent on a flaky
 * phone connection still sees the services they saw yesterday.
 *
 * Storage is a nicety, never a requirement: private browsing, blocked cookies (the
 * `localStorage` getter itself throws in a sandboxed iframe), quota errors and corrupt
 * entries all end in "no copy", silently.
 */

/** Key prefix; bump the version if the stored shape ever changes. */
export const STORAGE_PREFIX = 'pc-feed:v1:';

/** Larger documents are not saved: they would crowd out the host site's own storage. */
export const MAX_SAVED_CHARS = 2 * 1024 * 1024;

export interface SavedDocument {
  data: unknown;
  /** `Date.now()` when the document was fetched. */
  fetchedAt: number;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Only web documents are worth keeping (a `data:` URL would make a huge key, and needs no copy). */
function isPersistable(url: string): boolean {
  return url.startsWith('https:') || url.startsWith('http:');
}

/** The saved copy of `url` (absolute), or undefined when there is none or it is unreadable. */
export function readSavedDocument(url: string): SavedDocument | undefined {
  if (!isPersistable(url)) return undefined;
  try {
    const raw = storage()?.getItem(STORAGE_PREFIX + url);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || !('data' in parsed) || !('fetchedAt' in parsed)) {
      return undefined;
    }
    const { data, fetchedAt } = parsed;
    return typeof fetchedAt === 'number' && Number.isFinite(fetchedAt) ? { data, fetchedAt } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves `json` (the response text, already known to parse) as the copy of `url`.
 * Splices the text in rather than re-serialising the parsed data: no second walk over a
 * large document. Returns whether a copy was written.
 */
export function saveDocument(url: string, json: string, fetchedAt: number): boolean {
  if (!isPersistable(url)) return false;
  const store = storage();
  if (!store) return false;
  const key = STORAGE_PREFIX + url;
  try {
    if (json.length > MAX_SAVED_CHARS) {
      // An older, smaller copy would now be misleadingly out of date.
      store.removeItem(key);
      return false;
    }
    store.setItem(key, `{"fetchedAt":${fetchedAt},"data":${json}}`);
    return true;
  } catch {
    try {
      store.removeItem(key);
    } catch {
      // Storage is unusable; nothing more to do.
    }
    return false;
  }
}

/**
 * Removes the saved copies of `urls` (absolute). Only those: pages sharing this origin's
 * storage (a site's other tabs, parallel test pages) keep theirs.
 */
export function forgetSavedDocuments(urls: Iterable<string>): void {
  const store = storage();
  if (!store) return;
  try {
    for (const url of urls) store.removeItem(STORAGE_PREFIX + url);
  } catch {
    // Storage is unusable; there is nothing of ours to forget.
  }
}
