/**
 * The coordinator's part of the receiver, on only when COORDINATOR_SECRET is set:
 *
 * - GET  /coordinator                  the sign-ups and feedback, newest first, 100 a page
 * - GET  /coordinator/login            the sign-in form; POST it to sign in (303 to /coordinator)
 * - POST /coordinator/logout           signs out
 * - GET  /coordinator/signups.csv      every sign-up as CSV (Excel-ready, formula-safe)
 * - GET  /coordinator/feedback.csv     every feedback response as CSV
 * - POST /coordinator/erase            a right-to-erasure request: a confirmation page, then
 *                                      (with confirm=yes) the record deleted, 303 to the list
 * - GET  /coordinator/coordinator.css  the pages' only style sheet (the CSP allows no inline style)
 *
 * The page and the exports take a session (the login form) or `Authorization: Bearer <secret>`
 * (scripts); erasing takes a session and its CSRF token. Every answer is `no-store` and
 * `noindex`. Log lines say what happened, never to whom: no names, no addresses, no secrets.
 */
import { existsSync, readFileSync } from 'node:fs';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FormName, Store, StoredSubmission } from '../store/store.js';
import { exportCsv } from '../coordinator/csv.js';
import { confirmPage, loginPage, mainPage, messagePage, type Listing } from '../coordinator/html.js';
import {
  COOKIE_PATH,
  LOCKOUT_FAILURES,
  LOCKOUT_MS,
  LOGIN_COOKIE,
  Lockout,
  SESSION_COOKIE,
  Sessions,
  bearer,
  csrfMatches,
  sameSecret,
  token,
  type Session,
} from '../coordinator/session.js';

export interface CoordinatorRoutes {
  store: Store;
  /** COORDINATOR_SECRET. */
  secret: string;
  /** RETENTION_DAYS, shown on the page (the purge itself is retention.ts). */
  retentionDays: number;
  now: () => Date;
}

export const PER_PAGE = 100;
const HTML = 'text/html; charset=utf-8';
const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The style sheet beside this module (src/, or dist/ when the build copied it), or in src/ from dist/. */
function readStyleSheet(): string {
  for (const candidate of ['../coordinator/coordinator.css', '../../src/coordinator/coordinator.css']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return readFileSync(url, 'utf8');
  }
  throw new Error('coordinator/coordinator.css not found beside the receiver: copy src/coordinator/coordinator.css into dist/coordinator/');
}

/** A form field's single string value (a repeated field or a missing one: undefined). */
function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, name)) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** A page number from the query: 1 unless a whole number from 1 to `pages`. */
function pageNumber(value: unknown, pages: number): number {
  const n = typeof value === 'string' && /^\d{1,7}$/.test(value) ? Number(value) : 1;
  return Math.min(Math.max(n, 1), Math.max(pages, 1));
}

type Access =
  | { kind: 'session'; session: Session }
  | { kind: 'bearer' }
  /** No credentials at all. */
  | { kind: 'none' }
  /** A wrong bearer token. */
  | { kind: 'refused' }
  | { kind: 'locked'; retryAfter: number };

export async function coordinatorRoutes(app: FastifyInstance, options: CoordinatorRoutes): Promise<void> {
  const { store, secret, now } = options;
  // Both only in this plugin's scope: POST /signups and /feedback still refuse form bodies (415).
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 16 * 1024 });

  const styleSheet = readStyleSheet();
  const sessions = new Sessions(now);
  const lockout = new Lockout(now);

  const cookieOptions = (request: FastifyRequest) =>
    ({ path: COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https' }) as const;

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Cache-Control', 'no-store');
    reply.header('X-Robots-Tag', 'noindex');
    // What is here is personal data: no other origin may embed or read it.
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    return payload;
  });

  // Refusals as pages, never the body or the stack; 5xx logged by code only.
  app.setErrorHandler((error: { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ code: error.code }, 'coordinator: failed');
    const [title, message] =
      status === 413
        ? ['That was too much to send', 'Go back and try again.']
        : status === 415 || status === 400
          ? ['That could not be read', 'Go back and try again from the page.']
          : ['Something went wrong', 'Try again later. Nothing was changed.'];
    return reply.code(status).type(HTML).send(messagePage(title, message));
  });

  const locked = (reply: FastifyReply, retryAfter: number) => {
    const minutes = Math.ceil(retryAfter / 60);
    return reply
      .code(429)
      .header('Retry-After', String(retryAfter))
      .type(HTML)
      .send(
        messagePage(
          'Signing in is paused',
          `The secret was wrong ${LOCKOUT_FAILURES} times from here, so signing in is paused for ${Math.round(LOCKOUT_MS / 60_000)} minutes. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
          { href: '/coordinator/login', text: 'Go to the sign-in page' },
        ),
      );
  };

  /** Who is asking: a session, the secret as a bearer token (counted against the lockout if wrong), or no one. */
  function access(request: FastifyRequest): Access {
    const session = sessions.get(request.cookies[SESSION_COOKIE]);
    if (session) return { kind: 'session', session };
    const given = bearer(request.headers.authorization);
    if (given === undefined) return { kind: 'none' };
    const wait = lockout.retryAfter(request.ip);
    if (wait) return { kind: 'locked', retryAfter: wait };
    if (sameSecret(given, secret)) {
      lockout.succeed(request.ip);
      return { kind: 'bearer' };
    }
    const lockedFor = lockout.fail(request.ip);
    request.log.warn({ lockedOut: lockedFor > 0 }, 'coordinator: wrong bearer token');
    return lockedFor ? { kind: 'locked', retryAfter: lockedFor } : { kind: 'refused' };
  }

  const unauthorised = (reply: FastifyReply) =>
    reply
      .code(401)
      .header('WWW-Authenticate', 'Bearer realm="coordinator"')
      .type('text/plain; charset=utf-8')
      .send('Sign in at /coordinator/login, or send Authorization: Bearer <COORDINATOR_SECRET>\n');

  // --- The style sheet ------------------------------------------------------------------------

  app.get('/coordinator/coordinator.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(styleSheet));

  // --- Signing in and out --------------------------------------------------------------------

  /** The sign-in form with its CSRF token (kept from the cookie when there is one, so two tabs both work). */
  function showLogin(request: FastifyRequest, reply: FastifyReply, status: number, view: { error?: string; notice?: string } = {}) {
    const existing = request.cookies[LOGIN_COOKIE];
    const csrf = existing && TOKEN.test(existing) ? existing : token();
    reply.setCookie(LOGIN_COOKIE, csrf, cookieOptions(request));
    return reply.code(status).type(HTML).send(loginPage({ csrf, ...view }));
  }

  app.get('/coordinator/login', async (request, reply) => {
    if (sessions.get(request.cookies[SESSION_COOKIE])) return reply.redirect('/coordinator', 303);
    const signedOut = (request.query as Record<string, unknown>)['signed-out'] === '1';
    return showLogin(request, reply, 200, signedOut ? { notice: 'You have signed out.' } : {});
  });

  app.post('/coordinator/login', async (request, reply) => {
    const wait = lockout.retryAfter(request.ip);
    if (wait) return locked(reply, wait);
    if (!csrfMatches(field(request.body, 'csrf'), request.cookies[LOGIN_COOKIE])) {
      request.log.warn('coordinator: sign-in form without its CSRF token');
      reply.clearCookie(LOGIN_COOKIE, { path: COOKIE_PATH });
      request.cookies[LOGIN_COOKIE] = undefined;
      return showLogin(request, reply, 403, { error: 'The sign-in form had expired: enter the secret again' });
    }
    const given = field(request.body, 'secret') ?? '';
    if (!sameSecret(given, secret)) {
      const lockedFor = lockout.fail(request.ip);
      request.log.warn({ lockedOut: lockedFor > 0 }, 'coordinator: wrong secret');
      if (lockedFor) return locked(reply, lockedFor);
      return showLogin(request, reply, 401, {
        error: given === '' ? 'Enter the coordinator’s secret' : 'That is not the coordinator’s secret',
      });
    }
    lockout.succeed(request.ip);
    // A new session id at every sign-in (never one the browser brought: no session fixation).
    sessions.end(request.cookies[SESSION_COOKIE]);
    const session = sessions.create();
    request.log.info('coordinator: signed in');
    reply.clearCookie(LOGIN_COOKIE, { path: COOKIE_PATH });
    reply.setCookie(SESSION_COOKIE, session.id, cookieOptions(request));
    return reply.redirect('/coordinator', 303);
  });

  app.post('/coordinator/logout', async (request, reply) => {
    const session = sessions.get(request.cookies[SESSION_COOKIE]);
    if (session) {
      if (!csrfMatches(field(request.body, 'csrf'), session.csrf)) return forbidden(reply, session);
      sessions.end(session.id);
      request.log.info('coordinator: signed out');
    }
    reply.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH });
    return reply.redirect('/coordinator/login?signed-out=1', 303);
  });

  function forbidden(reply: FastifyReply, session: Session | undefined) {
    reply.log.warn('coordinator: a form without its CSRF token, or no session');
    return reply
      .code(403)
      .type(HTML)
      .send(
        session
          ? messagePage('That form had expired', 'Nothing was changed. Go back to the list and try again.', undefined, session.csrf)
          : messagePage('Sign in again', 'Your session has ended, so nothing was changed. Sign in and try again.', { href: '/coordinator/login', text: 'Sign in' }),
      );
  }

  // --- The list ------------------------------------------------------------------------------

  async function listing(form: FormName, requested: unknown): Promise<Listing> {
    const total = await store.count(form);
    const pages = Math.max(1, Math.ceil(total / PER_PAGE));
    const page = pageNumber(requested, pages);
    const rows = total ? await store.list(form, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE }) : [];
    return { form, rows, total, page, pages, perPage: PER_PAGE };
  }

  app.get('/coordinator', async (request, reply) => {
    const who = access(request);
    if (who.kind === 'none') return reply.redirect('/coordinator/login', 303);
    if (who.kind === 'refused') return unauthorised(reply);
    if (who.kind === 'locked') return locked(reply, who.retryAfter);
    const query = request.query as Record<string, unknown>;
    const notice = query.notice === 'erased' || query.notice === 'gone' ? query.notice : undefined;
    const [signups, feedback] = [await listing('signup', query.signups), await listing('feedback', query.feedback)];
    const csrf = who.kind === 'session' ? who.session.csrf : undefined;
    return reply.type(HTML).send(mainPage({ signups, feedback, retentionDays: options.retentionDays, ...(csrf ? { csrf } : {}), ...(notice ? { notice } : {}) }));
  });

  // --- The exports ---------------------------------------------------------------------------

  /** Every record of a form, newest first (read in batches; one that moves between batches is listed once). */
  async function everything(form: FormName): Promise<StoredSubmission[]> {
    const seen = new Set<string>();
    const records: StoredSubmission[] = [];
    const batch = 1000;
    for (let offset = 0; ; offset += batch) {
      const rows = await store.list(form, { limit: batch, offset });
      for (const row of rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        records.push(row);
      }
      if (rows.length < batch) return records;
    }
  }

  const exportRoute = (form: FormName, name: string) => async (request: FastifyRequest, reply: FastifyReply) => {
    const who = access(request);
    if (who.kind === 'none' || who.kind === 'refused') return unauthorised(reply);
    if (who.kind === 'locked') return locked(reply, who.retryAfter);
    const records = await everything(form);
    request.log.info({ form, rows: records.length }, 'coordinator: export');
    const day = now().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="parent-champion-${name}-${day}.csv"`)
      .send(exportCsv(form, records));
  };
  app.get('/coordinator/signups.csv', exportRoute('signup', 'signups'));
  app.get('/coordinator/feedback.csv', exportRoute('feedback', 'feedback'));

  // --- Erasure -------------------------------------------------------------------------------

  app.post('/coordinator/erase', async (request, reply) => {
    const session = sessions.get(request.cookies[SESSION_COOKIE]);
    if (!session || !csrfMatches(field(request.body, 'csrf'), session.csrf)) return forbidden(reply, session);
    const id = field(request.body, 'id');
    if (!id || !RECORD_ID.test(id)) {
      return reply.code(400).type(HTML).send(messagePage('That record could not be found', 'The link did not name a record. Nothing was changed.', undefined, session.csrf));
    }
    if (field(request.body, 'confirm') !== 'yes') {
      const record = await store.get(id);
      if (!record) {
        return reply
          .code(404)
          .type(HTML)
          .send(messagePage('That record is already gone', 'It was erased before, or deleted at the end of the retention period. Nothing was changed.', undefined, session.csrf));
      }
      return reply.type(HTML).send(confirmPage(record, session.csrf));
    }
    const erased = await store.erase(id, now().toISOString());
    request.log.info({ id, erased }, 'coordinator: erasure');
    return reply.redirect(`/coordinator?notice=${erased ? 'erased' : 'gone'}`, 303);
  });
}
