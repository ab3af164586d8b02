import { FeedError } from '../data/errors.js';

/** The files already said not to load: each is said once. */
const reported = new Set<string>();

/** The file a failed `import()` names (Chromium and Firefox put its URL in the error), and the console's words for it. */
function describe(error: unknown): { file: string; message: string } {
  const said = error instanceof Error ? error.message : String(error);
  const file = /\S+\.js\b/.exec(said)?.[0];
  return {
    file: file ?? said,
    message: `Could not load ${file ?? `a file from dist/chunks/ (${said})`}. If it is missing from the site, copy the whole dist/ folder there (with chunks/), not only the main file.`,
  };
}

/**
 * Says in the console, once per file, that one of the library's own files did not load: which file,
 * and the usual cause, a site that uploaded only the main file of `dist/` to its CMS. What parents
 * see is the widget's business: never that their internet is down.
 */
export function reportMissingFile(error: unknown): void {
  const { file, message } = describe(error);
  if (reported.has(file)) return;
  reported.add(file);
  console.error(`[parent-champion-widgets] ${message}`);
}

/**
 * For a chunk a feed cannot be read without (a format's reader): the error its widget shows in
 * neutral words ("this part is not working"), carrying the console's message (which file, and to
 * copy the whole `dist/` folder).
 */
export const chunkError = (error: unknown): FeedError => new FeedError('chunk', describe(error).message);

/**
 * A code chunk fetched on first need and kept. A failed fetch is reported in the console (which
 * file, and to copy the whole `dist/` folder) and forgotten, so the next need asks again (a
 * parent's connection may have come back).
 */
export class LazyChunk<T> {
  /** The module, once it has arrived. */
  value?: T;
  #pending?: Promise<T | undefined>;

  readonly #fetch: () => Promise<T>;

  /** `fetch` is called each time a fetch starts, so a stand-in set later (tests) is used. */
  constructor(fetch: () => Promise<T>) {
    this.#fetch = fetch;
  }

  /** A fetch is under way. */
  get loading(): boolean {
    return !!this.#pending && !this.value;
  }

  /** The module, or `undefined` when this fetch failed. */
  load(): Promise<T | undefined> {
    this.#pending ??= this.#fetch().then(
      (module) => (this.value = module),
      (error: unknown) => {
        reportMissingFile(error);
        this.#pending = undefined;
        return undefined;
      },
    );
    return this.#pending;
  }
}
