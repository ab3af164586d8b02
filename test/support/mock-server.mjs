// A dev-server plugin that answers `/mock/...` URLs, so tests exercise real HTTP:
// status codes, responses held until the test releases them, malformed bodies, dropped
// connections and request counting. Nothing here waits on a clock: a response that must stay
// pending is held (`/mock/held/KEY`, or `hold=1` on a configured one) until `/mock/release/KEY`.
//
//   /mock/json[/KEY]?status=CODE&file=PATH           serve a repo file (or `{}`)
//   /mock/text[/KEY]?body=TEXT&status=CODE           serve a raw (possibly malformed) body
//   /mock/flaky/KEY?fail=N&status=CODE&retryAfter=S&file=PATH&body=TEXT
//                                                     fail N times with CODE (503 by default;
//                                                     `drop` closes the connection instead, a
//                                                     network error), then serve the file/body
//   /mock/configure/KEY?status=CODE&body=TEXT&file=PATH&retryAfter=S&hold=1
//                                                     set what /mock/configured/KEY answers from
//                                                     now on; with `hold=1` each answer waits for
//                                                     /mock/release/KEY (as /mock/held/KEY does),
//                                                     then answers as configured at that moment
//   /mock/configured/KEY                              answer as last configured (200 `{}` by default)
//   /mock/headers/KEY                                 echo request headers: {"accept", "cookie", ...}
//   /mock/count/KEY                                   requests KEY has had, and how many the client
//                                                     abandoned before the answer: {"count", "aborted"}
//   /mock/held/KEY?status=CODE&body=TEXT&file=PATH    answer only once the test calls
//                                                     /mock/release/KEY (every request to KEY
//                                                     waiting then is answered; later ones wait
//                                                     for the next release): no test waits on a clock
//   /mock/release/KEY                                 answer the requests held for KEY: {"released": N}
//   /mock/trickle/KEY?head=TEXT&rest=TEXT             a body that arrives in two parts: 200 and `head` at
//                                                     once, `rest` (and the end) only at /mock/release/KEY,
//                                                     as a slow connection delivers a large feed
//   /mock/paged-api/KEY/services?per_page=N&page=P&file=PATH
//                                                     a live directory as Outpost serves it: page P (from 1) of the
//                                                     services in PATH's `contents`, N a page, in Outpost's envelope
//                                                     (`content`, `totalPages`, `number`); /mock/count/KEY also says
//                                                     how often each page was asked for (`pages`); with
//                                                     `hold=1`, pages after the first wait for /mock/release/KEY
//   /mock/reset                                       forget every counter and configuration
//   /mock/csp-page/KEY?feed=URL                       a strict-CSP host page: the library from src/
//   /mock/bundle-page/KEY?bundle=NAME&feed=URL        a strict-CSP host page: the built dist/NAME.js
//                      &dist=partial&lang=LANG         (from /mock/partial-dist/; the page in LANG)
//                      &widgets=NAME,…                 the widgets of those bundles instead of its own
//                      &tt=1                           with Trusted Types enforced (Lit's policy only)
//   /mock/dist/PATH                                   a built file from dist/, untransformed
//   /mock/partial-dist/PATH                           a site that copied only the main files of dist/:
//                                                     dist/NAME.js, and 404 for anything in chunks/
//
//   /mock/receiver/KEY                                a form receiver: POST JSON with an Idempotency-Key,
//                                                     stored once per key (201; a repeat: 200, nothing stored)
//   /mock/receiver-proxy/KEY/PATH?fail=N                the package's real receiver (real-receiver.mjs) at PATH,
//                                                     after answering the first N requests for KEY with 503
//   /mock/receiver-count/KEY                          {"stored": N, "requests": N} for that receiver
//
// `status=drop` works on every route, and so does `header=NAME:VALUE` (repeatable), which adds a
// response header, e.g. `header=WWW-Authenticate:Basic realm="feeds"` for a login challenge.
// Every response is `Cache-Control: no-store`.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const counters = new Map();
const aborted = new Map();
const configured = new Map();
/** Requests to /mock/held/KEY waiting for /mock/release/KEY: KEY → resolve functions. */
const held = new Map();
/** /mock/receiver/KEY: what each receiver stored, by Idempotency-Key, and how many requests it had. */
const receivers = new Map();
/** /mock/receiver-proxy/KEY: the Idempotency-Key of each request that reached it, in order. */
const proxyKeys = new Map();
const root = process.cwd();

function bump(map, key) {
  const next = (map.get(key) ?? 0) + 1;
  map.set(key, next);
  return next;
}

async function fileBody(file) {
  if (!file) return '{}';
  const path = resolve(root, file);
  if (!path.startsWith(root)) throw new Error('outside the project');
  return readFile(path, 'utf8');
}

/** The policy strict council sites use: no inline script or style, nothing from elsewhere. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'";

/** What a site that enforces Trusted Types adds: only Lit's policy may turn strings into HTML. */
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";

/** Waits until /mock/release/KEY answers every request held for KEY so far. */
function holdUntilReleased(key) {
  return new Promise((release) => {
    const waiting = held.get(key) ?? [];
    waiting.push(release);
    held.set(key, waiting);
  });
}

/** The first route kind that has seen KEY, in the order the original routes were looked up. */
function countFor(key) {
  for (const kind of ['flaky', 'json', 'text', 'configured', 'headers', 'held', 'receiver-proxy', 'paged-api']) {
    const count = counters.get(`${kind}/${key}`);
    if (count === undefined) continue;
    return {
      count,
      aborted: aborted.get(`${kind}/${key}`) ?? 0,
      ...(kind === 'receiver-proxy' ? { idempotencyKeys: proxyKeys.get(key) ?? [] } : {}),
      ...(kind === 'paged-api' ? { pages: Object.fromEntries([...counters].filter(([k]) => k.startsWith(`page/${key}/`)).map(([k, n]) => [k.slice(`page/${key}/`.length), n])) } : {}),
    };
  }
  return { count: 0, aborted: 0 };
}

/** What a route answers: a status (number or 'drop'), a body, extra headers. */
async function answer(kind, key, q, count, request) {
  const status = q.get('status');
  if (kind === 'reset') {
    counters.clear();
    proxyKeys.clear();
    aborted.clear();
    for (const waiting of held.values()) for (const release of waiting) release();
    held.clear();
    configured.clear();
    receivers.clear();
    return { status: 200, body: '{}' };
  }
  if (kind === 'release') {
    const waiting = held.get(key) ?? [];
    held.delete(key);
    for (const release of waiting) release();
    return { status: 200, body: JSON.stringify({ released: waiting.length }) };
  }
  if (kind === 'held') {
    await holdUntilReleased(key);
    const body = q.get('body');
    return { status: status ?? '200', body: body ?? (await fileBody(q.get('file'))) };
  }
  if (kind === 'receiver') {
    const receiver = receivers.get(key) ?? { stored: new Map(), requests: 0 };
    receivers.set(key, receiver);
    receiver.requests++;
    if (request.method !== 'POST') return { status: 405, body: '{}' };
    const idempotencyKey = request.headers['idempotency-key'];
    if (!idempotencyKey) return { status: 400, body: '{"errors":[{"field":"Idempotency-Key","message":"missing"}]}' };
    let body = '';
    for await (const piece of request) body += piece;
    if (receiver.stored.has(idempotencyKey)) return { status: 200, body: JSON.stringify({ id: idempotencyKey, replayed: true }) };
    receiver.stored.set(idempotencyKey, JSON.parse(body));
    return { status: 201, body: JSON.stringify({ id: idempotencyKey }) };
  }
  if (kind === 'receiver-count') {
    const receiver = receivers.get(key);
    return { status: 200, body: JSON.stringify({ stored: receiver?.stored.size ?? 0, requests: receiver?.requests ?? 0 }) };
  }
  if (kind === 'count') return { status: 200, body: JSON.stringify(countFor(key)) };
  if (kind === 'configure') {
    configured.set(key, {
      status: status ?? '200',
      body: q.get('body') ?? (await fileBody(q.get('file'))),
      retryAfter: q.get('retryAfter'),
      hold: q.get('hold') === '1',
    });
    return { status: 200, body: '{}' };
  }
  if (kind === 'configured') {
    const current = () => configured.get(key) ?? { status: '200', body: '{}', retryAfter: null, hold: false };
    if (current().hold) await holdUntilReleased(key);
    // Released: answered as configured now (the test may have changed it meanwhile).
    const config = current();
    const headers = config.retryAfter != null ? { 'Retry-After': config.retryAfter } : {};
    return { status: config.status, body: config.body, headers };
  }
  if (kind === 'headers') {
    const h = request.headers;
    return {
      status: 200,
      body: JSON.stringify({ accept: h.accept ?? null, cookie: h.cookie ?? null, cacheControl: h['cache-control'] ?? null }),
    };
  }
  if (kind === 'text') return { status: status ?? '200', body: q.get('body') ?? '' };
  if (kind === 'csp-page') {
    // A host page with the strict policy council sites use: no inline script or style.
    return {
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': STRICT_CSP,
      },
      body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>CSP host</title>
<script type="module" src="/test/support/csp-probe.ts"></script></head>
<body><pc-provider src="${q.get('feed') ?? ''}"><pc-feed-status></pc-feed-status></pc-provider></body></html>`,
    };
  }
  if (kind === 'bundle-page') {
    // The shipped bundle (dist/) on a strict-CSP page, with the widgets it defines.
    const bundle = q.get('bundle') ?? '';
    const feed = (q.get('feed') ?? '').replace(/[^\w\-./?=&%]/g, '');
    const receiver = `/mock/receiver/${(q.get('receiver') ?? 'bundle').replace(/[^\w-]/g, '')}`;
    const widgets = {
      'champion-signup': `<pc-champion-signup action="${receiver}"></pc-champion-signup>`,
      'service-finder': `<pc-service-finder src="${feed}"></pc-service-finder>`,
      'event-calendar': `<pc-event-calendar src="${feed}" date="2026-12-01" view="list"></pc-event-calendar>`,
      'parent-champion-widgets': `<pc-provider src="${feed}"><pc-service-finder></pc-service-finder>
<pc-event-calendar date="2026-12-01" view="list"></pc-event-calendar>
<pc-champion-signup action="${receiver}"></pc-champion-signup></pc-provider>`,
      provider: `<pc-provider src="${feed}"><pc-feed-status></pc-feed-status></pc-provider>`,
      'feedback-summary': `<pc-feedback-summary src="${feed}" service-id="riverside"></pc-feedback-summary>`,
    };
    // `bundle=a,b`: several bundles on one page (loaded in that order), each with its widgets.
    const bundles = bundle.split(',');
    const shown = (q.get('widgets') ?? bundle).split(',');
    if (![...bundles, ...shown].every((name) => Object.hasOwn(widgets, name))) return { status: 404, body: '{}' };
    const partial = q.get('dist') === 'partial' ? '&dist=partial' : '';
    const lang = (q.get('lang') ?? 'en-GB').replace(/[^\w-]/g, '');
    return {
      status: 200,
      // `tt=1`: Trusted Types enforced too, allowing only Lit's policy (each bundle carries its own Lit, so one bundle).
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': q.get('tt') === '1' ? `${STRICT_CSP}; ${TRUSTED_TYPES}` : STRICT_CSP },
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Bundle host</title>
<script type="module" src="/test/support/bundle-probe.ts?bundle=${bundle}${partial}"></script></head>
<body>${shown.map((name) => widgets[name]).join('\n')}</body></html>`,
    };
  }
  if (kind === 'paged-api') {
    const services = JSON.parse(await fileBody(q.get('file'))).contents ?? [];
    const perPage = Math.max(1, Number(q.get('per_page') ?? 50));
    const page = Math.max(1, Number(q.get('page') ?? 1));
    bump(counters, `page/${key}/${page}`);
    if (page > 1 && q.get('hold') === '1') await holdUntilReleased(key);
    const totalPages = Math.max(1, Math.ceil(services.length / perPage));
    const content = services.slice((page - 1) * perPage, page * perPage);
    const body = { number: page, size: content.length, totalPages, totalElements: services.length, first: page === 1, last: page === totalPages, content };
    return { status: status ?? '200', body: JSON.stringify(body) };
  }
  if (kind === 'flaky') {
    const failures = Number(q.get('fail') ?? 1);
    if (count <= failures) {
      const retryAfter = q.get('retryAfter');
      return { status: status ?? '503', body: '{"error":"flaky"}', headers: retryAfter != null ? { 'Retry-After': retryAfter } : {} };
    }
    const body = q.get('body');
    return { status: 200, body: body ?? (await fileBody(q.get('file'))) };
  }
  return { status: status ?? '200', body: await fileBody(q.get('file')) };
}

/** Forwards to the real receiver, failing the first `fail` requests of its KEY with 503 (a server restarting). */
async function proxyToReceiver(request, response, parts, url) {
  const key = parts[2];
  const count = bump(counters, `receiver-proxy/${key}`);
  proxyKeys.set(key, [...(proxyKeys.get(key) ?? []), request.headers['idempotency-key'] ?? '']);
  if (count <= Number(url.searchParams.get('fail') ?? 0)) {
    response.writeHead(503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    return void response.end('{"errors":[{"field":"body","message":"restarting"}]}');
  }
  const base = process.env.PC_TEST_RECEIVER_URL;
  if (!base) return void response.writeHead(502).end('no test receiver: server/dist is missing (npm run build -w server)');
  let body = '';
  for await (const piece of request) body += piece;
  const headers = {};
  for (const name of ['content-type', 'idempotency-key', 'authorization', 'origin']) if (request.headers[name]) headers[name] = request.headers[name];
  const answer = await fetch(`${base}/${parts.slice(3).join('/')}`, { method: request.method, headers, body: request.method === 'GET' ? undefined : body });
  response.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json', 'Cache-Control': 'no-store' });
  response.end(await answer.text());
}

/** Answers one `/mock/...` request with plain Node http: any status, or no answer at all. */
async function handle(request, response) {
  const url = new URL(request.url, 'http://localhost');
  const q = url.searchParams;
  const parts = url.pathname.split('/').filter(Boolean);
  const kind = parts[1];
  if (kind === 'dist' || kind === 'partial-dist') {
    // Built files exactly as shipped: served here, the dev server's transforms never touch them.
    // A partial copy (a CMS given only the main file) has none of the chunks the entries fetch later.
    if (kind === 'partial-dist' && parts[2] === 'chunks') return void response.writeHead(404).end();
    const file = resolve(root, 'dist', ...parts.slice(2));
    if (!file.startsWith(resolve(root, 'dist')) || !file.endsWith('.js')) return void response.writeHead(404).end();
    const body = await readFile(file, 'utf8').catch(() => undefined);
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(body);
    return;
  }
  if (kind === 'receiver-proxy') return proxyToReceiver(request, response, parts, url);
  if (kind === 'trickle') {
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    // Sent now, so the client has the head while the rest is held.
    response.write(q.get('head') ?? '');
    await holdUntilReleased(parts[2] ?? kind);
    if (!response.destroyed) response.end(q.get('rest') ?? '');
    return;
  }
  const key = parts[2] ?? kind;
  const counterKey = `${kind}/${key}`;
  const count = bump(counters, counterKey);
  let dropped = false;
  response.once('close', () => {
    if (!dropped && !response.writableFinished) bump(aborted, counterKey);
  });
  const result = await answer(kind, key, q, count, request);
  if (result.status === 'drop') {
    dropped = true;
    request.socket.destroy();
    return;
  }
  if (response.destroyed) return;
  const extra = q.getAll('header').map((h) => [h.slice(0, h.indexOf(':')).trim(), h.slice(h.indexOf(':') + 1).trim()]);
  response.writeHead(Number(result.status), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...result.headers,
    ...Object.fromEntries(extra.filter(([name]) => name)),
  });
  response.end(result.body);
}

export function mockServer() {
  return {
    name: 'pc-mock-server',
    // Not a `serve` hook: the dev server forces status 200 on anything a `serve` hook
    // returns (which hid every error status), and Koa middleware cannot be added once the
    // server runs. So `/mock/` requests are taken off the Node server before Koa sees them.
    serverStart({ server }) {
      if (!server) throw new Error('pc-mock-server needs the dev server\'s Node http server');
      const koa = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (request, response) => {
        if (request.url?.startsWith('/mock/')) {
          handle(request, response).catch((error) => {
            if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
            response.end(String(error));
          });
          return;
        }
        for (const listener of koa) listener.call(server, request, response);
      });
    },
  };
}
