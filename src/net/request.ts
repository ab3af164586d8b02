/**
 * One HTTP attempt, as every part of the library makes it: the feed client, the pages of a live
 * Open Referral UK API, the postcode geocoder and the forms' submissions. It never rejects: the
 * answer says what happened (JSON, an HTTP status, a timeout, a network failure, an abort), so each
 * caller decides about retries with the same rules (`isRetryableStatus`, `retryDelay`).
 */

/**
 * Whether a request carries the site's cookies and HTTP logins, as in `fetch`: `omit` (the default:
 * a feed is public, and a login challenge then fails at once instead of stalling on a password
 * prompt), `same-origin` (to the page's own origin only) or `include` (also cross-origin; the
 * server must then send `Access-Control-Allow-Credentials: true`).
 */
export type FeedCredentials = 'omit' | 'same-origin' | 'include';

/** A `credentials` setting as given (an attribute, an option), read as one of the three: anything else is `omit`. */
export function feedCredentials(value: unknown): FeedCredentials {
  return value === 'include' || value === 'same-origin' ? value : 'omit';
}

export interface RequestOptions {
  /** Milliseconds before the attempt is given up as a timeout (the body read counts too). */
  timeoutMs: number;
  /** Stops the attempt (and answers `aborted`): nobody needs the answer any more. */
  signal?: AbortSignal;
  credentials?: FeedCredentials;
  method?: 'GET' | 'POST';
  /** JSON to send (POST). */
  body?: unknown;
  headers?: Record<string, string>;
  /** HTTP caching: feeds revalidate (`no-cache`) so an edited feed shows on the next page view. */
  cache?: RequestCache;
  /** The `fetch` to use; the page's own by default. */
  fetch?: typeof fetch;
  /** Read an error answer's JSON body too (a form receiver's 422 says which fields to fix). */
  errorBody?: boolean;
  /**
   * Reads a successful body as text (`response.text()` when absent): e.g. `readShowingOpening`
   * (read-opening.ts), which shows a caller the opening characters as they arrive.
   */
  readBody?: (body: ReadableStream<Uint8Array>) => Promise<string>;
}

/** What one attempt found. `text` is the body as received, for a caller that saves it. */
export type RequestAnswer =
  | { ok: true; status: number; data: unknown; text: string }
  | {
      ok: false;
      kind: 'http' | 'timeout' | 'network' | 'parse' | 'aborted';
      /** Worth asking again: the server or the connection may be busy, not wrong. */
      retryable: boolean;
      status?: number;
      /** The server's `Retry-After`, when it sent one and CORS lets us read it. */
      retryAfter?: string | null;
      detail?: string;
      /** An HTTP error's JSON body, when `errorBody` asked for it and it was JSON. */
      body?: unknown;
    };

export type RequestFailure = Extract<RequestAnswer, { ok: false }>;

const MAX_RETRY_AFTER_MS = 10_000;
const MAX_BACKOFF_MS = 30_000;

/** Server answers worth asking again: it may be busy, not wrong. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/**
 * Milliseconds to wait before retry number `retryNumber` (1 = the first retry).
 * A `Retry-After` header (seconds or HTTP date) wins, capped at 10 s; otherwise
 * `baseMs * 2^(retryNumber-1)` with ±20% jitter so many phones do not retry in step.
 */
export function retryDelay(
  retryNumber: number,
  baseMs: number,
  retryAfter: string | null | undefined,
  random: () => number = Math.random,
  now: number = Date.now(),
): number {
  const requested = parseRetryAfter(retryAfter, now);
  if (requested !== undefined) return Math.min(requested, MAX_RETRY_AFTER_MS);
  const backoff = baseMs * 2 ** (retryNumber - 1) * (0.8 + 0.4 * random());
  return Math.min(backoff, MAX_BACKOFF_MS);
}

function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms`, or less if `signal` aborts first. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Makes one request for JSON. Never rejects. */
export async function requestJson(url: string, options: RequestOptions): Promise<RequestAnswer> {
  const { signal } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const stop = () => controller.abort();
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  const failure = (error: unknown): RequestFailure => {
    if (timedOut) return { ok: false, kind: 'timeout', retryable: true };
    if (signal?.aborted) return { ok: false, kind: 'aborted', retryable: false };
    return { ok: false, kind: 'network', retryable: true, detail: error instanceof Error ? error.message : String(error) };
  };
  try {
    const hasBody = options.body !== undefined;
    const response = await (options.fetch ?? globalThis.fetch)(url, {
      method: options.method ?? 'GET',
      signal: controller.signal,
      headers: { Accept: 'application/json', ...(hasBody ? { 'Content-Type': 'application/json' } : {}), ...options.headers },
      body: hasBody ? JSON.stringify(options.body) : undefined,
      // 'omit' unless the site opts in: with credentials a 401 carrying `WWW-Authenticate: Basic`
      // opens the browser's password prompt, which stalls the request instead of failing it.
      credentials: options.credentials ?? 'omit',
      cache: options.cache,
    });
    if (!response.ok) {
      // Cross-origin, Retry-After is only readable if the server exposes it
      // (Access-Control-Expose-Headers); otherwise the caller's own backoff applies.
      const retryAfter = response.headers.get('Retry-After');
      const answer: RequestFailure = { ok: false, kind: 'http', status: response.status, retryable: isRetryableStatus(response.status), retryAfter };
      if (!options.errorBody) {
        response.body?.cancel().catch(() => undefined);
        return answer;
      }
      try {
        answer.body = JSON.parse(await response.text()) as unknown;
      } catch {
        // Not JSON, or the body did not arrive: the status alone says what happened.
      }
      return answer;
    }
    let text: string;
    try {
      text = options.readBody && response.body ? await options.readBody(response.body) : await response.text();
    } catch (error) {
      return failure(error);
    }
    try {
      return { ok: true, status: response.status, data: JSON.parse(text) as unknown, text };
    } catch (error) {
      const detail = text.trim() === '' ? 'the body is empty' : error instanceof Error ? error.message : String(error);
      return { ok: false, kind: 'parse', retryable: false, status: response.status, detail };
    }
  } catch (error) {
    return failure(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
