import { createContext } from '@lit/context';
import type { DocumentState, FeedCredentials } from '../data/feed-client.js';

/** What `<pc-provider>` shares with every widget inside it. */
export interface ProviderContextValue {
  /** Absolute or relative URL of the feed the provider loads. */
  src: string;
  /** The provider's `locale`, if set; widgets fall back to the page's `lang`. */
  locale?: string;
  /** Overrides the feed's programme timezone for every widget inside. */
  timezone?: string;
  /** The provider's `credentials`, which a converter fetching more of the feed (API pages) sends too. */
  credentials?: FeedCredentials;
  /** The raw document as loaded (widgets adapt it to the native model themselves). */
  state: DocumentState;
  /** Fetch again, for "Try again". */
  reload(): void;
}

/**
 * A `Symbol.for` key, so a widget from one copy of the library finds a provider from
 * another copy (a CMS that loads the bundle twice, or per-widget bundles side by side).
 */
export const providerContext = createContext<ProviderContextValue | undefined>(
  Symbol.for('parent-champion-widgets/provider@1'),
);
