import { FeedError, type Diagnostic } from './errors.js';
import type { Feed } from './feed-schema.js';
import { isNativeFeedShape, logDiagnostics, validateNativeFeed } from './validate.js';

/** A feed format the widgets can read, converted to the native model. */
export interface FeedAdapter {
  /** The `format` attribute value that selects it, e.g. `native`, `openreferral`, `jsonld`. */
  name: string;
  /** Cheap shape test used by `format="auto"`. */
  detect(data: unknown): boolean;
  /** Converts; throws `FeedError('not-a-feed')` when the document cannot be used at all. */
  convert(data: unknown, options: AdapterOptions): { feed: Feed; diagnostics: Diagnostic[] };
}

export interface AdapterOptions {
  /** Where the document came from, for diagnostics. */
  source: string;
}

export interface FeedResult {
  feed: Feed;
  diagnostics: Diagnostic[];
  format: string;
}

export const nativeAdapter: FeedAdapter = {
  name: 'native',
  detect: isNativeFeedShape,
  convert: (data) => validateNativeFeed(data),
};

/** Tried in order for `format="auto"`; widgets register the extra formats they read. */
const adapters: FeedAdapter[] = [nativeAdapter];

export function registerAdapter(adapter: FeedAdapter): void {
  if (!adapters.some((a) => a.name === adapter.name)) adapters.push(adapter);
}

/** Results per document object and format: two widgets on one feed validate it once. */
const results = new WeakMap<object, Map<string, FeedResult | FeedError>>();

/**
 * Converts a loaded document to the native model, memoised per document, and logs the
 * diagnostics once. Throws `FeedError('not-a-feed')` when no adapter can read it.
 */
export function toFeed(data: unknown, format = 'auto', source = ''): FeedResult {
  const cacheable = typeof data === 'object' && data !== null;
  const perDocument = cacheable ? results.get(data) : undefined;
  const cached = perDocument?.get(format);
  if (cached instanceof FeedError) throw cached;
  if (cached) return cached;

  let outcome: FeedResult | FeedError;
  try {
    const adapter =
      format === 'auto' ? adapters.find((a) => a.detect(data)) : adapters.find((a) => a.name === format);
    if (!adapter) {
      throw new FeedError(
        'not-a-feed',
        format === 'auto'
          ? `${source || 'The document'} is not a feed this library can read (tried: ${adapters.map((a) => a.name).join(', ')}).`
          : `Unknown feed format "${format}" (known: ${adapters.map((a) => a.name).join(', ')}).`,
      );
    }
    const { feed, diagnostics } = adapter.convert(data, { source });
    outcome = { feed, diagnostics, format: adapter.name };
    logDiagnostics(diagnostics, source);
  } catch (error) {
    outcome =
      error instanceof FeedError
        ? error
        : new FeedError('not-a-feed', `Could not read ${source || 'the feed'}: ${String(error)}`);
    console.error(`[parent-champion-widgets] ${outcome.message}`);
  }

  if (cacheable) {
    const map = perDocument ?? new Map<string, FeedResult | FeedError>();
    map.set(format, outcome);
    results.set(data, map);
  }
  if (outcome instanceof FeedError) throw outcome;
  return outcome;
}
