/** Shared test helpers: mock-server URLs, waiting on shadow content, console capture, isolated feed text. (Timing tasks: task-timer.ts.) */
import { waitUntil as waitUntilBase } from '@open-wc/testing';

let counter = 0;

/** A unique key so tests never share a cached document or a server-side counter. */
export function uniqueKey(prefix = 'k'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${counter}`;
}

/** URL of a fixture served by the mock server, counted under `key`. */
export function feedUrl(file: string, key = uniqueKey(), extra = ''): string {
  return `/mock/flaky/${key}?fail=0&file=${encodeURIComponent(file)}${extra}`;
}

export async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/mock/count/${key}`);
  return ((await response.json()) as { count: number }).count;
}

/** Visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element's shadow root contains `selector` (up to `WAIT_CAP_MS`). */
export async function waitForShadow(element: Element, selector: string, message?: string): Promise<Element> {
  await waitUntilBase(() => element.shadowRoot?.querySelector(selector), message ?? `waiting for ${selector}`, {
    timeout: WAIT_CAP_MS,
  });
  return element.shadowRoot!.querySelector(selector)!;
}

/** Records console calls of the given kind while `run` executes; `run` may watch them arrive. */
export async function captureConsole(
  method: 'warn' | 'error' | 'info' | 'groupCollapsed' | 'log',
  run: (calls: readonly string[]) => Promise<void> | void,
): Promise<string[]> {
  const calls: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  try {
    await run(calls);
  } finally {
    console[method] = original;
  }
  return calls;
}

/**
 * How long a wait for an outcome may take before the test counts it as never coming: a cap for a
 * hang, not a measure. A test passes as soon as the outcome shows, so the cap only has to outlast
 * the slowest honest machine: a shared 2-core one running two suites (`npm run test:busy`) takes
 * seconds to load a page of modules. Nothing is asserted about time.
 */
export const WAIT_CAP_MS = 15_000;

/** Has the page fetched a file (a module, a chunk) whose address contains `path`? */
export const fetched = (path: string): boolean => performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));

/**
 * open-wc's `waitUntil` with a `WAIT_CAP_MS` default instead of its one second: a shared CI
 * machine running two browsers can take longer to deliver a dialog's close event or an idle callback.
 */
export function waitUntil(condition: () => unknown, message?: string, options: { timeout?: number; interval?: number } = {}): Promise<void> {
  return waitUntilBase(condition, message, { timeout: WAIT_CAP_MS, ...options });
}

/** Stands in for a lazy chunk when the connection has dropped. */
export const failedImport = (): Promise<never> => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** A missing chunk (`missingChunk`): its file, its loader, and how its tries went. */
export interface MissingChunk {
  readonly file: string;
  readonly load: () => Promise<never>;
  /** How many times `load` was called. */
  readonly tries: number;
  /** Tries not yet failed: a widget that asks again meanwhile joins one of them. */
  readonly underWay: number;
}

/**
 * A chunk loader that fails as one does on a site that uploaded only the main file of dist/: a real
 * `import()` of a chunk that is not there (404), so the error is the browser's own, naming the file.
 * The file's name starts with `name` and is unique (each missing file is reported once per page).
 */
export function missingChunk(name: string): MissingChunk {
  const file = `${name}-${uniqueKey('not-copied')}.js`;
  const url = `/mock/dist/chunks/${file}`;
  let tries = 0;
  let underWay = 0;
  return {
    file,
    load: () => {
      tries += 1;
      underWay += 1;
      return (import(/* @vite-ignore */ url) as Promise<never>).finally(() => (underWay -= 1));
    },
    get tries() {
      return tries;
    },
    get underWay() {
      return underWay;
    },
  };
}

/**
 * Makes `loaders[key]` count its calls and still load; the test restores the loaders.
 * Read `count` after the widget had its chance to ask.
 */
export function countLoads<T extends object, K extends keyof T>(loaders: T, key: K): { readonly count: number } {
  const load = loaders[key] as () => unknown;
  let count = 0;
  loaders[key] = (() => {
    count += 1;
    return load();
  }) as T[K];
  return {
    get count() {
      return count;
    },
  };
}

/**
 * A mock response that waits until the test releases it (`/mock/held/KEY`), so a test can
 * look at the "while loading" state for as long as it needs, however busy the machine is.
 */
export function heldFeed(options: { file?: string; body?: string; status?: number } = {}, key = uniqueKey('held')): {
  url: string;
  key: string;
  release: () => Promise<number>;
  releaseUntil: (done: () => unknown, message: string) => Promise<void>;
} {
  const query = new URLSearchParams();
  if (options.file) query.set('file', options.file);
  if (options.body !== undefined) query.set('body', options.body);
  if (options.status !== undefined) query.set('status', String(options.status));
  const release = releaser(key);
  return {
    url: `/mock/held/${key}?${query}`,
    key,
    /** Answers every request held so far; resolves to how many there were. */
    release,
    releaseUntil: releasingUntil(release),
  };
}

/** Answers every request the mock server holds under `key`; resolves to how many there were. */
function releaser(key: string): () => Promise<number> {
  return async () => ((await (await fetch(`/mock/release/${key}`)).json()) as { released: number }).released;
}

/**
 * Answers the held requests until `done()` holds. A widget's data client gives up on an answer
 * after its own timeout (10 s) and asks again; on a busy machine a test can look for that long
 * (an axe run), and the new request is held too: this answers it as well.
 */
function releasingUntil(release: () => Promise<number>): (done: () => unknown, message: string) => Promise<void> {
  return (done, message) =>
    waitUntil(async () => {
      await release();
      return done();
    }, message);
}

/**
 * A live directory served page by page in Outpost's envelope (`/mock/paged-api/KEY/services`): the
 * services of `file`'s `contents`, `perPage` a page. Pages after the first are held until released
 * (`releaseUntil`); `pagesAsked()` says how often each page was asked for.
 */
export function pagedDirectory(file: string, perPage: number, key = uniqueKey('paged')): {
  url: string;
  key: string;
  pagesAsked: () => Promise<Record<string, number>>;
  releaseUntil: (done: () => unknown, message: string) => Promise<void>;
} {
  return {
    url: `/mock/paged-api/${key}/services?per_page=${perPage}&hold=1&file=${encodeURIComponent(file)}`,
    key,
    pagesAsked: async () => ((await (await fetch(`/mock/count/${key}`)).json()) as { pages?: Record<string, number> }).pages ?? {},
    releaseUntil: releasingUntil(releaser(key)),
  };
}

/** What `/mock/configured/KEY` answers (see `configuredFeed`). */
export interface FeedAnswer {
  /** An HTTP status, or `drop` to close the connection unanswered (a network error). Default 200. */
  status?: number | 'drop';
  /** The body as text; or */
  body?: string;
  /** a repository file served as the body. Neither: `{}`. */
  file?: string;
  /** A `Retry-After` header. */
  retryAfter?: string;
  /** Hold each answer until `release()`; it then answers as configured at that moment. */
  hold?: boolean;
}

/**
 * A feed address whose answer the test sets and changes (`/mock/configured/KEY`): a server that
 * works, then fails, then recovers, for the same URL, so a saved copy and "Try again" can be seen.
 * Call `answer()` before the first request.
 */
export function configuredFeed(key = uniqueKey('configured')): {
  url: string;
  key: string;
  answer: (options: FeedAnswer) => Promise<void>;
  release: () => Promise<number>;
  releaseUntil: (done: () => unknown, message: string) => Promise<void>;
} {
  const release = releaser(key);
  return {
    url: `/mock/configured/${key}`,
    key,
    answer: async ({ status, body, file, retryAfter, hold }) => {
      const query = new URLSearchParams();
      if (status !== undefined) query.set('status', String(status));
      if (body !== undefined) query.set('body', body);
      if (file !== undefined) query.set('file', file);
      if (retryAfter !== undefined) query.set('retryAfter', retryAfter);
      if (hold) query.set('hold', '1');
      await fetch(`/mock/configure/${key}?${query}`, { cache: 'no-store' });
    },
    /** Answers every request held so far (with `hold`); resolves to how many there were. */
    release,
    releaseUntil: releasingUntil(release),
  };
}

/**
 * The element that isolates feed text `text` in an element's shadow DOM (or inside `root`
 * itself when it has none): the nearest `<bdi>` or element with a `dir` around a text node
 * holding it, provided it holds just that text (not the sentence around it). Undefined when
 * the text is not isolated.
 */
export function isolatingElement(root: Element, text: string): Element | undefined {
  const walker = document.createTreeWalker(root.shadowRoot ?? root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.includes(text)) continue;
    const box = node.parentElement?.closest('bdi, [dir]');
    if (box && box.textContent!.trim() === text) return box;
  }
  return undefined;
}

/** How many lines the element's text is drawn on (a word broken into pieces shows as more than one). */
export function linesOf(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}
