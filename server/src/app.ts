/**
 * The receiver as a Fastify app (built, not started: tests inject requests into it). Every request
 * is treated as hostile: bodies over 64 KB, other content types and prototype-poisoning keys are
 * refused before any route runs; CORS only for the configured origins; a rate limit per client;
 * security headers on everything; a request that has not arrived whole in 30 s, or a connection
 * silent that long, is dropped; payloads out of shape are refused before their schema reads them
 * (payload-shape.ts); and logs hold ids, status and timing, never what a parent wrote (no bodies,
 * no headers, no query strings, not even in a 404's).
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { ReceiverConfig } from './config.js';
import { payloadChecks, type PayloadCheck } from './schemas.js';
import type { FormName, Store } from './store/store.js';
import { coordinatorRoutes } from './routes/coordinator.js';
import { publicRoutes } from './routes/public.js';
import { submissionRoutes } from './routes/submissions.js';

export const MAX_BODY_BYTES = 64 * 1024;
/**
 * A request must have arrived whole within this time (64 KB at 20 kbit/s, a poor mobile signal,
 * takes 26 s), and a connection that sends nothing for as long is closed: a client that opens
 * connections and trickles bytes into them (or none) cannot hold the receiver's sockets.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface AppOptions {
  config: ReceiverConfig;
  store: Store;
  /** The clock (tests pass their own). */
  now?: () => Date;
  checks?: Record<FormName, PayloadCheck>;
  /** Where log lines go (tests collect them). */
  logStream?: { write(line: string): void };
  /** How long a connection may send nothing (default REQUEST_TIMEOUT_MS; tests pass a short one). */
  idleTimeoutMs?: number;
  /** How long a whole request may take to arrive (default REQUEST_TIMEOUT_MS; tests pass a short one). */
  requestTimeoutMs?: number;
}

/**
 * What a request's log line holds: method, the route it reached, status, timing. The route as the
 * receiver writes it ("/signups", "/coordinator/records/:id"), never the address as sent: a client can
 * put anything in a path ("/records/amina@example.org"), and an address with no route is logged as such.
 */
const serializers: NonNullable<Exclude<FastifyServerOptions['logger'], boolean | undefined>>['serializers'] = {
  req: (request: { method: string; id: string; routeOptions?: { url?: string } }) => ({
    id: request.id,
    method: request.method,
    path: request.routeOptions?.url ?? '(no route)',
  }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, store } = options;
  const now = options.now ?? (() => new Date());
  const requestTimeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const app = Fastify({
    bodyLimit: MAX_BODY_BYTES,
    requestTimeout: requestTimeoutMs,
    connectionTimeout: options.idleTimeoutMs ?? REQUEST_TIMEOUT_MS,
    // Given to Node's server as it is made: set afterwards (as Fastify does), the whole-request time
    // was overruled by the headers' default 60 s, and checked only every 30 s, so a request trickled
    // in byte by byte was cut at 50–75 s. Now at the time given, checked every second.
    http: { requestTimeout: requestTimeoutMs, headersTimeout: requestTimeoutMs, connectionsCheckingInterval: 1000 },
    // A number of proxies: trust that many hops of X-Forwarded-For, nearest first, and no more.
    trustProxy: typeof config.trustProxy === 'number' ? (_address: string, hop: number) => hop < (config.trustProxy as number) : config.trustProxy,
    // A key such as "__proto__" or "constructor.prototype" in a body is refused (400), never merged.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, serializers, ...(options.logStream ? { stream: options.logStream } : {}) },
  });

  // Fastify's own 404 logs the whole URL, query string and all ("/signups?email=…"): this one logs nothing more
  // than every request's line (no route).
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ errors: [{ field: 'body', message: 'There is nothing at this address' }] }));

  // Errors in the widgets' documented shape; never the stack, never the body. A 429 says the wait its Retry-After gives.
  const waitWords = (seconds: number) =>
    !(seconds > 0) ? 'in a minute' : seconds <= 90 ? `in ${seconds} second${seconds === 1 ? '' : 's'}` : `in ${Math.ceil(seconds / 60)} minutes`;
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ code: error.code }, 'failed');
    const message =
      status === 413
        ? 'The answers are too long to send (64 KB at most)'
        : status === 415
          ? 'Send the answers as application/json'
          : status === 429
            ? `Too many submissions from here: try again ${waitWords(Number(reply.getHeader('retry-after')))}`
            : status === 400
              ? 'The answers could not be read as JSON'
              : 'Something went wrong here: try again later';
    return reply.code(status).send({ errors: [{ field: 'body', message }] });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    },
    // The forms post from other origins (CORS); their answers must be readable there.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  const formsCors = {
    origin: (origin: string | undefined, callback: (error: Error | null, allow: boolean) => void) =>
      callback(null, !!origin && config.allowedOrigins.includes(origin)),
    methods: ['POST', 'GET'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key'],
    exposedHeaders: ['Retry-After', 'Idempotent-Replayed'],
    maxAge: 600,
  };
  // The sites' pages may post the forms and read the summary; the coordinator's pages are for the
  // coordinator's own browser, never for a site's script: no CORS there at all.
  await app.register(cors, {
    delegator: (request, callback) => callback(null, request.url.startsWith('/coordinator') ? { origin: false } : formsCors),
  });
  await app.register(rateLimit, {
    global: false,
    // Thrown to the error handler above, which words it from the Retry-After this plugin has set.
    errorResponseBuilder: () => ({ statusCode: 429 }),
  });

  await app.register(submissionRoutes, { store, checks: options.checks ?? payloadChecks(), rateLimitPerMinute: config.rateLimitPerMinute, bodyLimit: MAX_BODY_BYTES, now });
  await app.register(publicRoutes, { store, summaryMinimum: config.summaryMinimum, now });
  // The coordinator's page, export and erasure: only with a secret (its own cookie and form parsers).
  if (config.coordinatorSecret) {
    await app.register(coordinatorRoutes, { store, secret: config.coordinatorSecret, retentionDays: config.retentionDays, now });
  }
  return app;
}
