/**
 * The feed formats every widget on the page reads, and their answers. One registry serves every
 * bundle and every copy of the library on a page (a site may load the finder's and the calendar's
 * bundles, or paste our script twice): the first copy to load installs it at
 * `globalThis[Symbol.for('parent-champion-widgets.formats')].v1`, later copies add their formats
 * and feed sections to it. So a document is converted once per page, and reads the same in every
 * widget. A future incompatible shape goes in a new slot (`v2`) beside this one.
 */
import { FeedError, type Diagnostic } from '../data/errors.js';
import type { FeedCredentials } from '../net/request.js';
import { isNewReport } from '../data/report-once.js';
import { reportMissingFile } from '../internal/lazy-chunk.js';
import { pageShared } from '../internal/page-shared.js';
import { FeedRefusal, type Draft, type FeedSections } from '../data/validate.js';
import { nativeAdapter } from './native/adapter.js';
import type { Converted, ExpandContext, FeedAdapter, FeedOutcome } from './types.js';

/** What words validation findings: `src/data/feed-report.ts`, a chunk of its own. */
export type ReportModule = Pick<typeof import('../data/feed-report.js'), 'wordDraft' | 'wordRefusal' | 'logDiagnostics'>;

export interface FormatRegistryOptions {
  /** Fetches the report chunk: only when a feed has something to report, after it has rendered. */
  loadReport: () => Promise<ReportModule>;
}

/** The shared registry's contract: add members, never change them. */
export interface FormatRegistryV1 {
  readonly version: 1;
  /** Adds a format (a name already known is kept as it is). */
  register(adapter: FeedAdapter): void;
  /** Adds the parts of a native feed a widget reads (see `FeedSections`). */
  readSections(sections: FeedSections): void;
  /**
   * A widget is about to load a feed in `format`: a converter that is a chunk starts to load
   * now, alongside the feed. `auto` prepares nothing (the format is known only once the
   * document is here).
   */
  prepare(format: string): void;
  /**
   * A document's opening characters have arrived (called again as more arrive): the first format
   * whose `sniff` knows them starts to load its converter. Added after the first release: a
   * registry installed by an older copy of the library may not have it.
   */
  prepareFor?(head: string): void;
  /** The formats, in the order `format="auto"` tries them. */
  adapters(): readonly FeedAdapter[];
  /**
   * Converts a document to the native model, memoised per document and format; never throws. An
   * adapter still loading is a `pending` outcome whose promise settles when asking again answers.
   */
  toFeed(data: unknown, format: string, source: string, credentials?: FeedCredentials): FeedOutcome;
  /** The whole document when a format must fetch the rest of it (see `FeedAdapter.expand`). */
  expand(data: unknown, context: ExpandContext): Promise<unknown> | undefined;
}

const LOG_PREFIX = '[parent-champion-widgets]';
const SLOT_KEY = 'parent-champion-widgets.formats';

/** When the report's chunk cannot load: where and what was done, without the reason. */
const UNWORDED = 'has a problem (its description could not be loaded)';
/** Until the report chunk has worded a finding. */
const WORDING = 'has a problem (its description is loading)';

/** A bare JSON value as a diagnostic shows it: short, and never the whole of a long string. */
function preview(value: unknown): string {
  const json = JSON.stringify(typeof value === 'string' ? value.slice(0, 41) : value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

function asFeedError(error: unknown, source: string): FeedError {
  return error instanceof FeedError || (error as FeedError | null)?.name === 'FeedError'
    ? (error as FeedError)
    : new FeedError('not-a-feed', `Could not read ${source || 'the feed'}: ${String(error)}`);
}

const provisional = ({ at, action, item }: Draft, message: string): Diagnostic => ({ path: at, message, action, item });

/** A registry of its own (tests make one with a stand-in report chunk); pages use `formatRegistry()`. */
export function createFormatRegistry({ loadReport }: FormatRegistryOptions): FormatRegistryV1 {
  const sections: FeedSections = {};
  /** Bumped when a widget adds a part to read: earlier native conversions left it out. */
  let sectionsVersion = 0;
  const adapters: FeedAdapter[] = [nativeAdapter(() => sections)];
  const outcomes = new WeakMap<object, { version: number; byFormat: Map<string, FeedOutcome> }>();

  function report(onReport: (module: ReportModule) => void, onFailure: () => void): void {
    loadReport().then(onReport, (error: unknown) => {
      reportMissingFile(error);
      onFailure();
    });
  }

  /** The result at once; what validation found is worded (and logged) once the report chunk is here. */
  function settle(format: string, converted: Converted, source: string): FeedOutcome {
    const drafts = converted.drafts ?? [];
    const diagnostics = [...converted.diagnostics, ...drafts.map((draft) => provisional(draft, WORDING))];
    if (diagnostics.length) {
      const worded = converted.diagnostics.length;
      report(
        (module) => {
          // In place: the widgets already hold this array.
          drafts.forEach((draft, i) => (diagnostics[worded + i] = module.wordDraft(draft)));
          module.logDiagnostics(diagnostics, source);
        },
        () => {
          drafts.forEach((draft, i) => (diagnostics[worded + i] = provisional(draft, UNWORDED)));
          console.warn(`${LOG_PREFIX} Problems in the feed`, source, diagnostics);
        },
      );
    }
    return { result: { feed: converted.feed, diagnostics, format } };
  }

  function failed(error: unknown, source: string): FeedOutcome {
    if (error instanceof FeedRefusal) {
      // The widgets show the refusal at once; its reason is worded for the console after.
      const log = (message: string) => isNewReport(source, message, 'refusal') && console.error(`${LOG_PREFIX} ${message}`);
      report(
        (module) => log(asFeedError(module.wordRefusal(error), source).message),
        () => log(error.message),
      );
      return { error };
    }
    const feedError = asFeedError(error, source);
    // Like diagnostics: the saved copy and the fresh copy of an unreadable feed say it once.
    if (isNewReport(source, feedError.message, 'refusal')) console.error(`${LOG_PREFIX} ${feedError.message}`);
    return { error: feedError };
  }

  /** The adapter `format="auto"` takes: the first that is not the fallback and `accepts`, else the fallback if it `acceptsFallback`. */
  function inAutoOrder(accepts: (a: FeedAdapter) => boolean, acceptsFallback: (a: FeedAdapter) => boolean): FeedAdapter | undefined {
    return adapters.find((a) => !a.fallback && accepts(a)) ?? adapters.find((a) => a.fallback && acceptsFallback(a));
  }

  function pick(data: object, format: string): FeedAdapter | undefined {
    // The fallback's own `detect` is never asked: it is what a document no other format claims is read as.
    return format === 'auto' ? inAutoOrder((a) => a.detect(data), () => true) : adapters.find((a) => a.name === format);
  }

  function memoFor(data: object): Map<string, FeedOutcome> {
    let memo = outcomes.get(data);
    if (!memo || memo.version !== sectionsVersion) {
      memo = { version: sectionsVersion, byFormat: new Map() };
      outcomes.set(data, memo);
    }
    return memo.byFormat;
  }

  function toFeed(data: unknown, format: string, source: string, credentials?: FeedCredentials): FeedOutcome {
    if (typeof data !== 'object' || data === null) {
      // No format reads a bare value, and a bare value cannot key the memo: refuse it here,
      // synchronously, so a render never starts a conversion whose answer asks for another render.
      return failed(
        new FeedError('not-a-feed', `${source || 'The document'} is not a feed: its whole body is the JSON value ${preview(data)}, where an object was expected.`),
        source,
      );
    }
    const perDocument = memoFor(data);
    const cached = perDocument.get(format);
    if (cached) return cached;

    const adapter = pick(data, format);
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

    // `format="auto"` and the format it detects share one conversion.
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

  return {
    version: 1,
    register(adapter) {
      if (!adapters.some((a) => a.name === adapter.name)) adapters.push(adapter);
    },
    readSections(more) {
      const added = (Object.keys(more) as (keyof FeedSections)[]).filter((key) => more[key] && !sections[key]);
      if (!added.length) return;
      Object.assign(sections, more);
      sectionsVersion += 1;
    },
    prepare(format) {
      if (format !== 'auto') adapters.find((a) => a.name === format)?.prepare?.();
    },
    prepareFor(head) {
      // In the order `auto` tries them: a native feed's sniff answers first, and needs no chunk.
      const knows = (a: FeedAdapter) => {
        try {
          return a.sniff?.(head) === true;
        } catch {
          return false; // Another copy's or a site's adapter: a hint only.
        }
      };
      inAutoOrder(knows, knows)?.prepare?.();
    },
    adapters: () => adapters,
    toFeed,
    expand(data, context) {
      for (const adapter of adapters) {
        const whole = adapter.expand?.(data, context);
        if (whole) return whole;
      }
      return undefined;
    },
  };
}

const REGISTRY_METHODS = ['register', 'readSections', 'prepare', 'toFeed', 'expand'] as const;

let shared: FormatRegistryV1 | undefined;

/** The page's registry, installed by the first copy of the library to ask. */
export function formatRegistry(): FormatRegistryV1 {
  return (shared ??= pageShared(SLOT_KEY, REGISTRY_METHODS, () =>
    createFormatRegistry({ loadReport: () => import('../data/feed-report.js') }),
  ));
}

/** Adds a feed format to the page's registry (see `FeedAdapter`). */
export function registerAdapter(adapter: FeedAdapter): void {
  formatRegistry().register(adapter);
}

/** Adds the parts of a native feed a widget reads to the page's registry. */
export function readFeedSections(sections: FeedSections): void {
  formatRegistry().readSections(sections);
}

/** Starts fetching what reading a feed in `format` needs (see `FormatRegistryV1.prepare`). */
export function prepareFormat(format: string): void {
  formatRegistry().prepare(format);
}

/**
 * Converts a loaded document to the native model with the page's registry: memoised per document
 * and format, never throws (see `FormatRegistryV1.toFeed`). `credentials` are those the document
 * was loaded with.
 */
export function toFeed(data: unknown, format = 'auto', source = '', credentials?: FeedCredentials): FeedOutcome {
  return formatRegistry().toFeed(data, format, source, credentials);
}
