/**
 * Sending one submission, the way every form widget sends: `POST` JSON with an
 * `Idempotency-Key` that stays the same for every attempt of that submission (so a receiver
 * that saw an attempt whose answer was lost stores it once), retrying what may succeed later
 * (network errors, timeouts, 408, 429 and 5xx, with backoff, honouring `Retry-After`) and
 * stopping at what will not (any other 4xx). Pure logic over the shared request module: the
 * `fetch` and the waiting are passed in, so tests hold and release each answer.
 */
import { isRetryableStatus, pause, requestJson, retryDelay, type RequestFailure } from '../net/request.js';

export { newSubmissionId } from './submission-id.js';

/** One submission: sent as `payload`, under one idempotency key for all its attempts. */
export interface Submission {
  /** The submission id: a UUID, also the `Idempotency-Key` and the payload's `submissionId`. */
  id: string;
  /** Where it goes (the form's `action`). */
  action: string;
  payload: unknown;
  /** When the parent pressed Send (ms since the epoch). */
  createdAt: number;
  /** `site`: the page sends it through its own function (`pc-submit`'s `sendWith`), not to `action`. */
  via?: 'site';
}

/** A field the receiver refused, and why (a 422's body). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** How sending ended. */
export type SendOutcome =
  /** Stored: the receiver's reply (its JSON, or `undefined` for an empty body). */
  | { status: 'sent'; reply: unknown }
  /** Not sent yet, and worth trying again later (offline, server busy): keep it in the outbox. */
  | { status: 'waiting'; reason: RequestFailure['kind']; httpStatus?: number }
  /** The receiver checked it and said which answers to fix (422). */
  | { status: 'rejected'; problems: FieldProblem[] }
  /** The receiver refused it for good (another 4xx): trying again will not help. */
  | { status: 'refused'; httpStatus: number };

/** Before each attempt: `attempt` counts from 1. After a failed one: `willRetry` says whether another follows. */
export interface SendProgress {
  attempt: number;
  failure?: RequestFailure;
  willRetry?: boolean;
}

export interface SendOptions {
  /** Attempts in this go (the first and its retries). Default 4. */
  attempts?: number;
  timeoutMs?: number;
  /** Backoff base: the first retry waits about this long. Default 1000 ms. */
  retryDelayMs?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Waits between attempts; tests pass one they release. */
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  onProgress?: (progress: SendProgress) => void;
}

/**
 * The field problems of a 422's body, as documented for receivers: `{ "errors": [{ "field":
 * "email", "message": "Enter an email address like name@example.com" }] }`, or the object form
 * `{ "errors": { "email": "…" } }`. Anything else gives none (the form then shows a general message).
 */
export function fieldProblems(body: unknown): FieldProblem[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  const text = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 300) : '');
  const entries: [unknown, unknown][] = Array.isArray(errors)
    ? errors.map((e) => [(e as { field?: unknown })?.field, (e as { message?: unknown })?.message])
    : typeof errors === 'object' && errors !== null
      ? Object.entries(errors)
      : [];
  return entries
    .map(([field, message]) => ({ field: text(field), message: text(message) }))
    .filter((problem) => problem.field && problem.message)
    .slice(0, 50);
}

/** Sends one submission, retrying what may succeed later (see the file comment). Never rejects. */
export async function sendSubmission(submission: Submission, options: SendOptions = {}): Promise<SendOutcome> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const wait = options.wait ?? pause;
  let last: RequestFailure | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    options.onProgress?.({ attempt });
    const answer = await requestJson(submission.action, {
      method: 'POST',
      body: submission.payload,
      headers: { 'Idempotency-Key': submission.id },
      timeoutMs: options.timeoutMs ?? 15_000,
      signal: options.signal,
      fetch: options.fetch,
      cache: 'no-store',
      // A receiver on another origin needs no cookies; one on the page's own gets them as a form would.
      credentials: 'same-origin',
      errorBody: true,
    });
    if (answer.ok) return { status: 'sent', reply: answer.data };
    last = answer;
    // A 2xx with a body that is not JSON is still stored: the receiver said yes.
    if (answer.kind === 'parse' && answer.status !== undefined && answer.status < 300) return { status: 'sent', reply: undefined };
    if (answer.kind === 'http' && answer.status === 422) return { status: 'rejected', problems: fieldProblems(answer.body) };
    if (answer.kind === 'http' && answer.status !== undefined && !isRetryableStatus(answer.status)) {
      return { status: 'refused', httpStatus: answer.status };
    }
    const willRetry = attempt < attempts && !options.signal?.aborted && answer.kind !== 'aborted';
    options.onProgress?.({ attempt, failure: answer, willRetry });
    if (!willRetry) break;
    await wait(retryDelay(attempt, options.retryDelayMs ?? 1000, answer.retryAfter), options.signal);
  }
  return { status: 'waiting', reason: last?.kind ?? 'network', httpStatus: last?.status };
}
