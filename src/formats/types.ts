/**
 * The contract between the widgets and the feed formats they read. Every format converts a
 * loaded document to the native model (`Feed`); the registry (registry.ts) picks one and
 * remembers its answer per document.
 */
import type { Diagnostic, FeedError } from '../data/errors.js';
import type { Feed } from '../data/feed-schema.js';
import type { FeedCredentials } from '../net/request.js';
import type { Draft } from '../data/validate.js';

export interface AdapterOptions {
  /** Where the document came from, for diagnostics. */
  source: string;
  /**
   * The credentials the document was loaded with: a converter that fetches more of the feed sends
   * the same, so a feed behind a login reads with its cookies.
   */
  credentials?: FeedCredentials;
}

/**
 * A conversion's answer. `drafts` are validation findings not yet put into words: the registry
 * words them (in a chunk of its own) after the widgets have rendered, so a feed with a warning
 * never waits for that chunk.
 */
export interface Converted {
  feed: Feed;
  diagnostics: Diagnostic[];
  drafts?: Draft[];
}

/** What the data client gives a format to fetch the rest of a document (a live API's pages). */
export interface ExpandContext {
  /** The document's absolute URL. */
  url: string;
  credentials: FeedCredentials;
  /** Aborted when no widget needs the document any more, or it is reloaded. */
  signal: AbortSignal;
  /** Per request. */
  timeoutMs: number;
  /** Extra attempts per request after a retryable failure. */
  retries: number;
  /** Base backoff, doubled each retry. */
  retryDelayMs: number;
}

/** A feed format the widgets can read, converted to the native model. */
export interface FeedAdapter {
  /** The `format` attribute value that selects it, e.g. `native`, `openreferral`, `jsonld`. */
  name: string;
  /** Cheap shape test used by `format="auto"`: it travels in every entry, so keep it small. */
  detect(data: unknown): boolean;
  /**
   * Tried by `format="auto"` after every other adapter, for a document none of them claims:
   * `detect` is not asked, and `convert` refuses (with the reason) what it cannot read. Its
   * shape tests then travel in its own chunk, not the entry.
   */
  fallback?: boolean;
  /**
   * Converts; throws (or rejects with) `FeedError('not-a-feed')` when the document cannot be used
   * at all. May return a promise, so a large converter is `import()`ed only when a feed needs it.
   */
  convert(data: unknown, options: AdapterOptions): Converted | Promise<Converted>;
  /**
   * Starts fetching the converter's chunk. Called when a widget whose `format` names this adapter
   * starts to load its feed, so the chunk arrives alongside the feed, not after it. Never throws.
   */
  prepare?(): void;
  /**
   * A look at a document's first characters, before it is parsed: true when its own keys show
   * there, so `prepare` starts the converter's chunk while the document is parsed (a large feed
   * takes a phone a second or more) rather than after. Only a hint: `detect` still decides, and a
   * wrong guess costs one chunk's download. Keep it to a regular expression: it is in every entry.
   */
  sniff?(head: string): boolean;
  /**
   * For a document that is only the first part of a feed (the root or first page of a live API):
   * fetches the rest inside the data client's load and answers the whole document, so it is
   * loaded once per page, aborted with the load, and kept as the last-good copy. Answers
   * `undefined` (synchronously, cheaply) for a document that is already whole.
   */
  expand?(data: unknown, context: ExpandContext): Promise<unknown> | undefined;
}

export interface FeedResult {
  feed: Feed;
  diagnostics: Diagnostic[];
  format: string;
}

/** What `toFeed` knows now: the result, why there is none, or that a converter is loading. */
export type FeedOutcome = { result: FeedResult } | { error: FeedError } | { pending: Promise<unknown> };
