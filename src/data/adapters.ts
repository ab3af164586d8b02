import { FeedError, type Diagnostic } from './errors.js';
import type { FeedCredentials } from './feed-client.js';
import type { Feed } from './feed-schema.js';
import { isNewReport } from './report-once.js';
import { checkFeedSections, FeedRefusal, isNativeFeedShape, type FeedSections } from './validate.js';

export interface AdapterOptions {
  /** Where the document came from, for diagnostics. */
  source: string;
  /**
   * The credentials the document was loaded with: a converter that fetches more of the feed
   * (the pages of a live API) sends the same, so a feed behind a login pages with its cookies.
   */
  credentials?: FeedCredentials;
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

/** A bare JSON value as a diagnostic shows it: short, and never the whole of a long string. */
function preview(value: unknown): string {
  // A bare string may be megabytes long: cut it before quoting it.
  const json = JSON.stringify(typeof value === 'string' ? value.slice(0, 41) : value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

/** The adapter `format` names: the one asked for, or for `auto` the first that claims the document. */
function pickAdapter(data: object, format: string): FeedAdapter | undefined {
  return format === 'auto'
    ? (adapters.find((a) => !a.fallback && a.detect(data)) ?? adapters.find((a) => a.fallback))
    : adapters.find((a) => a.name === format);
}

/**
 * Converts a loaded document to the native model, memoised per document and adapter (so
 * `format="auto"` and the format it detects share one conversion, and a live API is paged
 * once), and logs its diagnostics once. Never throws: a document no adapter can read is an
 * error outcome; an adapter still loading is a pending outcome whose promise settles when
 * calling `toFeed` again will give the answer. `credentials` are those the document was loaded
 * with (one document object is loaded with one setting, so the memo per document holds).
 */
export function toFeed(data: unknown, format = 'auto', source = '', credentials?: FeedCredentials): FeedOutcome {
  if (typeof data !== 'object' || data === null) {
    // No format reads a bare value, and a bare value cannot key the memo: refuse it here,
    // synchronously, so a render never starts a conversion whose answer asks for another render.
    return failed(
      new FeedError('not-a-feed', `${source || 'The document'} is not a feed: its whole body is the JSON value ${preview(data)}, where an object was expected.`),
      source,
    );
  }
  let perDocument = outcomes.get(data);
  if (!perDocument) {
    perDocument = new Map<string, FeedOutcome>();
    outcomes.set(data, perDocument);
  }
  const cached = perDocument.get(format);
  if (cached) return cached;

  const adapter = pickAdapter(data, format);
  if (!adapter) {
    const known = adapters.map((a) => a.name).join(', ');
    const outcome = failed(
      new FeedError(
        'not-a-feed',
        format === 'auto'
          ? `${source || 'The document'} is not a feed this library can read (tried: ${known}).`
          : `Unknown feed format "${format}" (known: ${known}).`,
      ),
      source,
    );
    perDocument.set(format, outcome);
    return outcome;
  }

  const remember = (outcome: FeedOutcome): FeedOutcome => {
    perDocument.set(adapter.name, outcome);
    perDocument.set(format, outcome);
    return outcome;
  };
  const converting = perDocument.get(adapter.name);
  if (converting) return remember(converting);
  try {
    const converted = adapter.convert(data, { source, credentials });
    if (!(converted instanceof Promise)) return remember(settle(adapter.name, converted, source));
    // Every format name that joined this conversion while it ran gets its answer.
    const answer = (outcome: FeedOutcome): void => {
      for (const [key, value] of perDocument) if (value === loading) perDocument.set(key, outcome);
    };
    const loading: FeedOutcome = {
      pending: converted.then(
        (done) => answer(settle(adapter.name, done, source)),
        (error: unknown) => answer(failed(error, source)),
      ),
    };
    return remember(loading);
  } catch (error) {
    return remember(failed(error, source));
  }
}
