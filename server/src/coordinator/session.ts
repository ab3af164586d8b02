/**
 * Who may see the coordinator's pages: whoever knows COORDINATOR_SECRET, proven once at the login
 * form (then an HTTP-only session cookie) or on every request as `Authorization: Bearer <secret>`
 * (for scripts). Secrets and tokens are compared in constant time (timingSafeEqual over SHA-256
 * digests, so not even the length leaks); five wrong secrets from one client address lock it out
 * for fifteen minutes, the right secret included. Sessions live in memory only (a restart signs
 * everyone out), with an idle and an absolute expiry, and each carries the CSRF token its forms
 * must send back.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const MINUTE = 60 * 1000;

/** The cookie's name and path: sent to /coordinator… only. */
export const SESSION_COOKIE = 'pc_coordinator';
/** Before signing in: the login form's CSRF token (double-submit: the cookie and the form must match). */
export const LOGIN_COOKIE = 'pc_coordinator_login';
export const COOKIE_PATH = '/coordinator';

export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_MS = 15 * MINUTE;
export const SESSION_IDLE_MS = 30 * MINUTE;
export const SESSION_MAX_MS = 8 * 60 * MINUTE;
const MAX_SESSIONS = 200;
const MAX_CLIENTS = 10_000;

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Equal strings, compared in constant time whatever their lengths. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** A new random token (256 bits, URL-safe). */
export const token = (): string => randomBytes(32).toString('base64url');

export interface Session {
  id: string;
  csrf: string;
  createdAt: number;
  lastSeenAt: number;
}

export class Sessions {
  readonly #sessions = new Map<string, Session>();
  constructor(private readonly now: () => Date) {}

  create(): Session {
    const at = this.now().getTime();
    this.#prune(at);
    // A full table (200 sign-ins within eight hours) makes room by signing out the oldest.
    while (this.#sessions.size >= MAX_SESSIONS) this.#sessions.delete(this.#sessions.keys().next().value!);
    const session: Session = { id: token(), csrf: token(), createdAt: at, lastSeenAt: at };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The live session with this cookie value, its idle time restarted; undefined when none. */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.#sessions.get(id);
    if (!session) return undefined;
    const at = this.now().getTime();
    if (this.#expired(session, at)) {
      this.#sessions.delete(id);
      return undefined;
    }
    session.lastSeenAt = at;
    return session;
  }

  end(id: string | undefined): void {
    if (id) this.#sessions.delete(id);
  }

  #expired(session: Session, at: number): boolean {
    return at - session.lastSeenAt > SESSION_IDLE_MS || at - session.createdAt > SESSION_MAX_MS;
  }

  #prune(at: number): void {
    for (const [id, session] of this.#sessions) if (this.#expired(session, at)) this.#sessions.delete(id);
  }
}

/** A form's CSRF token against the expected one, in constant time; a missing one never matches. */
export function csrfMatches(given: unknown, expected: string | undefined): boolean {
  if (typeof given !== 'string' || given === '' || !expected) return false;
  return sameSecret(given, expected);
}

interface Failures {
  count: number;
  firstAt: number;
  lockedUntil: number;
}

/** Wrong secrets per client address: five within fifteen minutes lock it out for fifteen minutes. */
export class Lockout {
  readonly #clients = new Map<string, Failures>();
  constructor(private readonly now: () => Date) {}

  /** Seconds until this client may try again; 0 when it may now. */
  retryAfter(client: string): number {
    const entry = this.#clients.get(client);
    if (!entry) return 0;
    const at = this.now().getTime();
    if (entry.lockedUntil > at) return Math.ceil((entry.lockedUntil - at) / 1000);
    if (entry.lockedUntil || at - entry.firstAt > LOCKOUT_MS) this.#clients.delete(client);
    return 0;
  }

  /** Counts a wrong secret; the seconds of lockout it started (0 while under the limit). */
  fail(client: string): number {
    const at = this.now().getTime();
    let entry = this.#clients.get(client);
    if (!entry || entry.lockedUntil || at - entry.firstAt > LOCKOUT_MS) {
      this.#clients.delete(client);
      this.#prune(at);
      entry = { count: 0, firstAt: at, lockedUntil: 0 };
      this.#clients.set(client, entry);
    }
    entry.count += 1;
    if (entry.count < LOCKOUT_FAILURES) return 0;
    entry.lockedUntil = at + LOCKOUT_MS;
    return Math.ceil(LOCKOUT_MS / 1000);
  }

  /** The right secret: this client's count starts again. */
  succeed(client: string): void {
    this.#clients.delete(client);
  }

  #prune(at: number): void {
    if (this.#clients.size < MAX_CLIENTS) return;
    for (const [client, entry] of this.#clients) {
      if (entry.lockedUntil ? entry.lockedUntil <= at : at - entry.firstAt > LOCKOUT_MS) this.#clients.delete(client);
    }
    // Still full (addresses by the thousand): forget the oldest counts, never a live lockout first.
    for (const [client, entry] of this.#clients) {
      if (this.#clients.size < MAX_CLIENTS) break;
      if (!entry.lockedUntil) this.#clients.delete(client);
    }
    // Memory stays bounded whatever happens.
    while (this.#clients.size >= MAX_CLIENTS) this.#clients.delete(this.#clients.keys().next().value!);
  }
}

/** The secret from `Authorization: Bearer <secret>`; undefined without one. */
export function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(.+?)\s*$/i.exec(header ?? '');
  return match?.[1];
}
