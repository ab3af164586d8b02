/**
 * Why a feed could not be shown. Widgets map `kind` to a translated message. `chunk`: a part of the
 * library's own code (a format's reader, fetched when needed) did not load, e.g. on a site that
 * copied only the main file of `dist/`.
 */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'not-a-feed' | 'no-source' | 'chunk';

/**
 * A failure to load or read a feed. `message` is the precise English diagnostic for the
 * console (URL, status, which field); parents see the translated text for `kind` instead.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** One problem found in a feed: where it is (JSON path), what is wrong, and what we did. */
export interface Diagnostic {
  /** JSON path, e.g. `services[3].contact.website`. */
  path: string;
  /** Human-readable reason, e.g. `must be an absolute http: or https: URL (got "javascript:alert(1)")`. */
  message: string;
  /** `skipped`: the whole item was left out; `dropped`: one field was removed, the item kept; `warning`: shown as-is. */
  action: 'skipped' | 'dropped' | 'warning';
  /** The item's id or name, when known, so a data team can find it. */
  item?: string;
  /** Items that belong in the feed could not be loaded at all (e.g. a page of a live API): widgets say their list may be incomplete. */
  incomplete?: boolean;
  /**
   * With `incomplete`: loading again would leave the same gap (a next page on another site, more pages than
   * are read, one page of a directory at an address that is not its API's), so widgets do not ask parents to try again later.
   */
  lasting?: boolean;
}
