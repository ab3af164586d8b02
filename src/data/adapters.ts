import { FeedError, type Diagnostic } from './errors.js';
import type { Feed } from './feed-schema.js';
import { isNewReport } from './report-once.js';
import { checkFeedSections, FeedRefusal, isNativeFeedShape, type FeedSections } from './validate.js';

export interface AdapterOptions {
  /** Where the document came from, for diagnostics. */
  source: string;
}

export type Converted = { feed: Feed; diagnostics: Diagnostic[] };

/** A feed format the widgets can read, converted to the native model. */
export interface FeedAdapter {
  /** The `format` attribute value that selects it, e.g. `native`, `openreferral`, `jsonld`. */
  name: string;
  /** Cheap shape test used by `format="auto"`: keep it in the entry bundle. */
  detect(data: unknown): boolean;
  /**
   * Tried by `format="auto"` after every other adapter, for a document none of them claims:
   * `detect` is not asked, and `convert` refuses (with the reason) what it cannot read. Its
   * shape tests then travel in its own chunk, not the entry.
   */
  fallback?: boolean;
  /**
   * Converts; throws `FeedError('not-a-feed')` when the document cannot be used at all.
   * May return a promise, so a large converter can be `import()`ed only when a feed needs it.
   */
  convert(data: unknown, options: AdapterOptions): Converted | Promise<Converted>;
}

export interface FeedResult extends Converted {
  format: string;
}

/** What `toFeed` knows now: the result, why there is none, or that a converter is loading. */
export type FeedOutcome = { result: FeedResult } | { error: FeedError } | { pending: Promise<unknown> };

/**
 * The parts of a native feed this bundle's widgets read. Each widget module adds its own
 * (`readFeedSections({ services: servicesSection })`), so a bundle with only the service
 * finder never ships the event schemas; the all-in-one bundle validates everything.
 */
const sections: FeedSections = {};

export function readFeedSections(more: FeedSections): void {
  Object.assign(sections, more);
}

/**
 * The words for what validation found: fetched only when a feed has something to report.
 * @internal One object so tests can stand in a failed fetch.
 */
export const reportChunk = { load: () => import('./feed-report.js') };

/** When the report's chunk cannot load: where and what was done, without the reason. */
const UNWORDED = 'has a problem (its description could not be loaded)';

export const nativeAdapter: FeedAdapter = {
  name: 'native',
  detect: isNativeFeedShape,
  convert(data) {
    let checked: ReturnType<typeof checkFeedSections>;
    try {
      checked = checkFeedSections(data, sections);
    } catch (error) {
      if (!(error instanceof FeedRefusal)) throw error;
      return reportChunk.load().then(
        (report) => Promise.reject(report.wordRefusal(error)),
        () => Promise.reject(error),
      );
    }
    const { feed, drafts } = checked;
    if (!drafts.length) return { feed, diagnostics: [] };
    return reportChunk.load().then(
      (report) => ({ feed, diagnostics: drafts.map(report.wordDraft) }),
      () => ({ feed, diagnostics: drafts.map(({ at, action, item }) => ({ path: at, message: UNWORDED, action, item })) }),
    );
  },
};

/** Tried in order for `format="auto"`; widgets register the extra formats they read. */
const adapters: FeedAdapter[] = [nativeAdapter];

export function registerAdapter(adapter: FeedAdapter): void {
  if (!adapters.some((a) => a.name === adapter.name)) adapters.push(adapter);
}

/** Outcomes per document object and format: two widgets on one feed convert it once. */
const outcomes = new WeakMap<object, Map<string, FeedOutcome>>();

function asFeedError(error: unknown, source: string): FeedError {
  return error instanceof FeedError || (error as FeedError | null)?.name === 'FeedError'
    ? (error as FeedError)
    : new FeedError('not-a-feed', `Could not read ${source || 'the feed'}: ${String(error)}`);
}

function settle(format: string, converted: Converted, source: string): FeedOutcome {
  const { diagnostics } = converted;
  if (diagnostics.length) {
    reportChunk.load().then(
      (report) => report.logDiagnostics(diagnostics, source),
      () => console.warn('[parent-champion-widgets] Problems in the feed', source, diagnostics),
    );
  }
  return { result: { ...converted, format } };
}

function failed(error: unknown, source: string): FeedOutcome {
  const feedError = asFeedError(error, source);
  // Like diagnostics: the saved copy and the fresh copy of an unreadable feed say it once.
  if (isNewReport(source, feedError.message)) console.error(`[parent-champion-widgets] ${feedError.message}`);
  return { error: feedError };
}

/**
 * Converts a loaded document to the native model, memoised per document and format, and
 * logs its diagnostics once. Never throws: a document no adapter can read is an error
 * outcome; an adapter still loading is a pending outcome whose promise settles when
 * calling `toFeed` again will give the answer.
 */
export function toFeed(data: unknown, format = 'auto', source = ''): FeedOutcome {
  const cacheable = typeof data === 'object' && data !== null;
  let perDocument = cacheable ? outcomes.get(data) : undefined;
  const cached = perDocument?.get(format);
  if (cached) return cached;

  const remember = (outcome: FeedOutcome): FeedOutcome => {
    if (cacheable) {
      perDocument ??= new Map();
      perDocument.set(format, outcome);
      outcomes.set(data, perDocument);
    }
    return outcome;
  };

  const adapter =
    format === 'auto'
      ? (adapters.find((a) => !a.fallback && a.detect(data)) ?? adapters.find((a) => a.fallback))
      : adapters.find((a) => a.name === format);
  if (!adapter) {
    const known = adapters.map((a) => a.name).join(', ');
    return remember(
      failed(
        new FeedError(
          'not-a-feed',
          format === 'auto'
            ? `${source || 'The document'} is not a feed this library can read (tried: ${known}).`
            : `Unknown feed format "${format}" (known: ${known}).`,
        ),
        source,
      ),
    );
  }
  try {
    const converted = adapter.convert(data, { source });
    if (!(converted instanceof Promise)) return remember(settle(adapter.name, converted, source));
    const pending = converted.then(
      (done) => remember(settle(adapter.name, done, source)),
      (error: unknown) => remember(failed(error, source)),
    );
    return remember({ pending });
  } catch (error) {
    return remember(failed(error, source));
  }
}
