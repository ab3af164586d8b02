import { expect } from '@open-wc/testing';
import {
  confirmDocument,
  reloadDocument,
  resetDocumentCache,
  watchDocument,
  type DocumentState,
  type LoadOptions,
} from '../../src/data/feed-client.js';
import { retryDelay } from '../../src/net/request.js';
import { afterNextPaint } from '../../src/internal/idle.js';
import {
  MAX_SAVED_CHARS,
  STORAGE_PREFIX,
  forgetSavedDocuments,
  readSavedDocument,
  saveDocument,
} from '../../src/data/document-cache.js';
import { WAIT_CAP_MS, heldFeed } from '../support/helpers.js';

// Chromium and Firefox share one mock server, so every key is unique per browser and test.
const unique = (name: string): string => `${name}-${Math.random().toString(36).slice(2, 10)}`;
const absolute = (path: string): string => new URL(path, location.origin).href;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** One turn of the event loop: lets queued microtasks and timers already due run. No clock is raced. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Small backoffs keep the suite fast; tests that need other values say so. The attempt timeout is
 * long: a response the test holds must not time out while the test checks, however busy the machine.
 */
const FAST: LoadOptions = { timeoutMs: 60_000, retries: 2, retryDelayMs: 10 };

/** Records the delay of every timer the page sets until `stop()`, and still sets it. */
function recordTimerDelays(): { delays: number[]; stop: () => void } {
  const delays: number[] = [];
  const real = window.setTimeout;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    delays.push(Number(ms ?? 0));
    return real(handler, ms, ...args);
  }) as typeof window.setTimeout;
  return { delays, stop: () => (window.setTimeout = real) };
}

/** Records the page's requests for `src` (the promises `fetch` returned) until `stop()`. */
function recordFetches(src: string): { calls: Promise<Response>[]; stop: () => void } {
  const calls: Promise<Response>[] = [];
  const real = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const call = real(input, init);
    if (absolute(input instanceof Request ? input.url : String(input)) === absolute(src)) calls.push(call);
    return call;
  };
  return { calls, stop: () => (window.fetch = real) };
}

async function serverCount(key: string): Promise<{ count: number; aborted: number }> {
  const response = await fetch(`/mock/count/${key}`, { cache: 'no-store' });
  return (await response.json()) as { count: number; aborted: number };
}

async function configure(key: string, params: Record<string, string>): Promise<void> {
  await fetch(`/mock/configure/${key}?${new URLSearchParams(params)}`, { cache: 'no-store' });
}

async function waitFor<T>(read: () => T | Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = WAIT_CAP_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await sleep(10);
  }
}

interface Watcher {
  states: DocumentState[];
  unsubscribe: () => void;
  readonly last: DocumentState | undefined;
  until(ok: (state: DocumentState) => boolean, what?: string): Promise<DocumentState>;
  settled(): Promise<DocumentState>;
}

function watch(src: string, options: LoadOptions = FAST): Watcher {
  const states: DocumentState[] = [];
  const unsubscribe = watchDocument(src, (state) => states.push(state), options);
  const watcher: Watcher = {
    states,
    unsubscribe,
    get last() {
      return states.at(-1);
    },
    async until(ok, what = 'a state') {
      return waitFor(
        () => states.at(-1),
        (state) => state !== undefined && ok(state),
        what,
      ) as Promise<DocumentState>;
    },
    settled() {
      return watcher.until(
        (s) => s.status === 'error' || (s.status === 'ready' && !s.revalidating),
        'a settled state',
      );
    },
  };
  return watcher;
}

function expectReady(state: DocumentState | undefined): Extract<DocumentState, { status: 'ready' }> {
  expect(state?.status, JSON.stringify(state)).to.equal('ready');
  return state as Extract<DocumentState, { status: 'ready' }>;
}

function expectError(state: DocumentState | undefined): Extract<DocumentState, { status: 'error' }> {
  expect(state?.status, JSON.stringify(state)).to.equal('error');
  return state as Extract<DocumentState, { status: 'error' }>;
}


/** After the page's next paint, when a confirmed copy is written (src/data/document-store.ts). */
const nextPaint = () => new Promise<void>((resolve) => afterNextPaint(resolve));

describe('feed client', () => {
  let logs: { level: 'warn' | 'error'; text: string }[];
  const originalWarn = console.warn;
  const originalError = console.error;

  beforeEach(() => {
    logs = [];
    console.warn = (...args: unknown[]) => logs.push({ level: 'warn', text: args.map(String).join(' ') });
    console.error = (...args: unknown[]) => logs.push({ level: 'error', text: args.map(String).join(' ') });
  });

  afterEach(() => {
    console.warn = originalWarn;
    console.error = originalError;
    resetDocumentCache({ storage: true });
  });

  describe('loading', () => {
    it('delivers loading synchronously, then the parsed document', async () => {
      const key = unique('ok');
      const w = watch(`/mock/text/${key}?body=${encodeURIComponent('{"services":[1,2]}')}`);
      expect(w.states).to.deep.equal([{ status: 'loading' }]);
      const before = Date.now();
      const ready = expectReady(await w.settled());
      expect(ready.data).to.deep.equal({ services: [1, 2] });
      expect(ready.stale).to.equal(false);
      expect(ready.revalidating).to.equal(false);
      expect(ready.fetchedAt).to.be.within(before - 5000, Date.now());
      expect(w.states.map((s) => s.status)).to.deep.equal(['loading', 'ready']);
      expect((await serverCount(key)).count).to.equal(1);
      expect(logs).to.deep.equal([]);
    });

    it('asks for JSON and sends no cookie unless credentials asks for them', async () => {
      document.cookie = 'pc_test_cookie=yes; path=/';
      try {
        const cookieFor = async (credentials?: LoadOptions['credentials']) => {
          const ready = expectReady(await watch(`/mock/headers/${unique(`headers-${credentials}`)}`, { ...FAST, credentials }).settled());
          const data = ready.data as { accept: string; cookie: string | null };
          expect(data.accept).to.equal('application/json');
          return data.cookie;
        };
        expect(await cookieFor()).to.equal(null);
        expect(await cookieFor('omit')).to.equal(null);
        expect(await cookieFor('same-origin')).to.contain('pc_test_cookie=yes');
        expect(await cookieFor('include')).to.contain('pc_test_cookie=yes');
        // Anything else is the default.
        expect(await cookieFor('everything' as LoadOptions['credentials'])).to.equal(null);
      } finally {
        document.cookie = 'pc_test_cookie=; path=/; max-age=0';
      }
    });

    it('resolves relative src against document.baseURI and ignores the fragment', async () => {
      const key = unique('relative');
      const base = document.createElement('base');
      base.href = `${location.origin}/mock/`;
      document.head.prepend(base);
      let a: Watcher;
      try {
        a = watch(`text/${key}?body=1#first`);
      } finally {
        base.remove();
      }
      const b = watch(`${location.origin}/mock/text/${key}?body=1#second`);
      expect(expectReady(await a.settled()).data).to.equal(1);
      expect(expectReady(await b.settled()).data).to.equal(1);
      expect((await serverCount(key)).count).to.equal(1);
      // Kept once a widget says it could show it, under the one resolved address.
      confirmDocument(`${location.origin}/mock/text/${key}?body=1#third`, 1);
      await nextPaint();
      expect(localStorage.getItem(`${STORAGE_PREFIX}${absolute(`/mock/text/${key}?body=1`)}`)).to.be.a('string');
    });

    it('gives a no-source error, synchronously, for an empty or blank src', () => {
      for (const src of ['', '   ']) {
        const w = watch(src);
        expect(w.states).to.have.length(1);
        expect(expectError(w.last).error.kind).to.equal('no-source');
        expect(() => w.unsubscribe()).not.to.throw();
      }
      expect(logs).to.deep.equal([]);
    });

    it('gives a no-source error, and logs it, for a malformed URL', () => {
      const w = watch('http://[not-a-host');
      expect(expectError(w.last).error.kind).to.equal('no-source');
      expect(logs).to.have.length(1);
      expect(logs[0]!.text).to.contain('[parent-champion-widgets]').and.contain('http://[not-a-host');
    });
  });

  describe('failures and retries', () => {
    it('times out each attempt (kind timeout) and retries', async () => {
      // The server holds every answer and the test never releases it: each attempt can only end by
      // its timeout, however slow the machine, so nothing races.
      const feed = heldFeed();
      try {
        const w = watch(feed.url, { timeoutMs: 100, retries: 1, retryDelayMs: 0 });
        const error = expectError(await w.settled()).error;
        expect(error.kind).to.equal('timeout');
        expect(error.status).to.equal(undefined);
        expect(logs).to.have.length(1);
        expect(logs[0]!.level).to.equal('error');
        expect(logs[0]!.text).to.contain(absolute(feed.url)).and.contain('no response within 100 ms').and.contain('after 2 attempts');
        // Two attempts, and no third. (An attempt a busy browser gave up before it was sent never reaches the server.)
        expect((await serverCount(feed.key)).count).to.be.within(1, 2);
      } finally {
        await feed.release();
      }
    });

    it('retries 503 and then succeeds', async () => {
      const key = unique('flaky503');
      const w = watch(`/mock/flaky/${key}?fail=2&status=503`);
      expect(expectReady(await w.settled()).data).to.deep.equal({});
      expect((await serverCount(key)).count).to.equal(3);
      expect(w.states.map((s) => s.status)).to.deep.equal(['loading', 'ready']);
      expect(logs).to.deep.equal([]);
    });

    for (const status of [408, 429]) {
      it(`retries HTTP ${status}`, async () => {
        const key = unique(`flaky${status}`);
        expectReady(await watch(`/mock/flaky/${key}?fail=1&status=${status}`).settled());
        expect((await serverCount(key)).count).to.equal(2);
      });
    }

    for (const status of [404, 400, 403]) {
      it(`does not retry HTTP ${status}`, async () => {
        const key = unique(`status${status}`);
        const error = expectError(await watch(`/mock/json/${key}?status=${status}`).settled()).error;
        expect(error.kind).to.equal('http');
        expect(error.status).to.equal(status);
        expect((await serverCount(key)).count).to.equal(1);
        expect(logs).to.have.length(1);
        // 403 goes on to say why (see the next test).
        expect(logs[0]!.text.startsWith(
          `[parent-champion-widgets] Could not load feed ${absolute(`/mock/json/${key}?status=${status}`)}: HTTP ${status}`,
        ), logs[0]!.text).to.equal(true);
      });
    }

    it('says in the console that a 401 or 403 asked for a login the request did not carry', async () => {
      const key = unique('login');
      const src = `/mock/json/${key}?status=401&header=${encodeURIComponent('WWW-Authenticate:Basic realm="feeds"')}`;
      const error = expectError(await watch(src).settled()).error;
      expect(error.status).to.equal(401);
      expect((await serverCount(key)).count).to.equal(1);
      expect(error.message).to.contain('HTTP 401').and.contain('asked for a login');
      expect(error.message).to.contain('unless the site sets credentials');
      const opted = unique('refused');
      const refused = expectError(await watch(`/mock/json/${opted}?status=403`, { ...FAST, credentials: 'include' }).settled()).error;
      expect(refused.message).to.contain('HTTP 403').and.contain('refused').and.contain('credentials="include"');
    });

    it('gives up on 5xx after every retry, with the status and a precise console line', async () => {
      const key = unique('down');
      const src = `/mock/flaky/${key}?fail=99&status=500`;
      const w = watch(src);
      const error = expectError(await w.settled()).error;
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(500);
      expect(error.message).to.equal(`Could not load feed ${absolute(src)}: HTTP 500 after 3 attempts`);
      expect((await serverCount(key)).count).to.equal(3);
      expect(logs).to.deep.equal([{ level: 'error', text: `[parent-champion-widgets] ${error.message}` }]);
      expect(w.states.map((s) => s.status)).to.deep.equal(['loading', 'error']);
    });

    it('reports malformed JSON as parse and does not retry', async () => {
      const key = unique('malformed');
      const error = expectError(await watch(`/mock/text/${key}?body=${encodeURIComponent('{"services": [')}`).settled()).error;
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('not valid JSON');
      expect((await serverCount(key)).count).to.equal(1);
    });

    it('reports an empty 200 body as parse', async () => {
      const key = unique('empty');
      const error = expectError(await watch(`/mock/text/${key}?body=`).settled()).error;
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('empty');
    });

    it('reports an unreachable server as network, after retrying', async () => {
      const error = expectError(await watch('http://127.0.0.1:9/feed.json').settled()).error;
      expect(error.kind).to.equal('network');
      expect(error.message).to.contain('http://127.0.0.1:9/feed.json').and.contain('after 3 attempts');
      expect(logs).to.have.length(1);
    });

    it('reports a dropped connection as network', async () => {
      const key = unique('drop');
      const error = expectError(await watch(`/mock/flaky/${key}?fail=99&status=drop`, { ...FAST, retries: 0 }).settled()).error;
      expect(error.kind).to.equal('network');
      expect((await serverCount(key)).count).to.be.at.least(1);
    });

    it('honours Retry-After (in seconds) over its own backoff', async () => {
      const key = unique('retryafter');
      // The wait the client asks for before its retry is read from its timer, not raced against a clock.
      const waits = recordTimerDelays();
      let w: Watcher;
      try {
        w = watch(`/mock/flaky/${key}?fail=1&status=503&retryAfter=1`, { ...FAST, retryDelayMs: 1 });
        expectReady(await w.settled());
      } finally {
        waits.stop();
      }
      expect((await serverCount(key)).count).to.equal(2);
      // The header asked for 1 s; its own backoff would have been about 1 ms.
      expect(waits.delays).to.include(1000);
      expect(waits.delays.filter((ms) => ms > 0 && ms < 2), 'no 1 ms backoff').to.deep.equal([]);
      expect(w.states.map((s) => s.status)).to.deep.equal(['loading', 'ready']);
    });
  });

  describe('retryDelay()', () => {
    it('doubles the base delay each retry, within ±20% jitter', () => {
      expect(retryDelay(1, 500, null, () => 0.5)).to.equal(500);
      expect(retryDelay(2, 500, null, () => 0.5)).to.equal(1000);
      expect(retryDelay(3, 500, null, () => 0.5)).to.equal(2000);
      expect(retryDelay(1, 500, null, () => 0)).to.equal(400);
      expect(retryDelay(1, 500, null, () => 0.999999)).to.be.closeTo(600, 0.01);
    });

    it('uses Retry-After seconds or dates, capped at 10 s, and ignores garbage', () => {
      expect(retryDelay(1, 500, '3', () => 0.5)).to.equal(3000);
      expect(retryDelay(1, 500, '0', () => 0.5)).to.equal(0);
      expect(retryDelay(1, 500, '120', () => 0.5)).to.equal(10_000);
      const now = Date.parse('2026-01-01T12:00:00Z');
      expect(retryDelay(1, 500, 'Thu, 01 Jan 2026 12:00:04 GMT', () => 0.5, now)).to.equal(4000);
      expect(retryDelay(1, 500, 'soon', () => 0.5)).to.equal(500);
    });
  });

  describe('dedupe and abort', () => {
    it('makes one request for any number of subscribers, and shares the data', async () => {
      // Held until all three subscribers are waiting on it.
      const feed = heldFeed();
      const src = feed.url;
      const watchers = [watch(src), watch(src), watch(src)];
      await waitFor(() => serverCount(feed.key), (c) => c.count === 1, 'the request to arrive');
      await feed.release();
      const results = await Promise.all(watchers.map((w) => w.settled()));
      expect((await serverCount(feed.key)).count).to.equal(1);
      const data = results.map((s) => expectReady(s).data);
      expect(data[1]).to.equal(data[0]);
      expect(data[2]).to.equal(data[0]);
      for (const w of watchers) expect(w.states.map((s) => s.status)).to.deep.equal(['loading', 'ready']);
    });

    it('shares one store with a separately bundled copy of the library', async () => {
      const store = (globalThis as Record<symbol, unknown>)[Symbol.for('parent-champion-widgets.documents')] as {
        v1?: { version: number };
      };
      expect(store?.v1?.version).to.equal(1);
      const installed = store.v1;
      // The store lives in document-store.ts: a separately bundled copy has its own, which must find this one.
      const storeCopyUrl = new URL('/src/data/document-store.ts?second-copy', location.origin).href;
      const storeCopy = (await import(storeCopyUrl)) as typeof import('../../src/data/document-store.js');
      expect(storeCopy.sharedStore(), 'the copy uses the store already on the page').to.equal(installed);
      expect(store.v1, 'the copy leaves the store in place').to.equal(installed);
      const copyUrl = new URL('/src/data/feed-client.ts?second-copy', location.origin).href;
      const copy = (await import(copyUrl)) as typeof import('../../src/data/feed-client.js');
      expect(copy.watchDocument).not.to.equal(watchDocument);
      const feed = heldFeed();
      const src = feed.url;
      const a = watch(src);
      const fromCopy: DocumentState[] = [];
      const stop = copy.watchDocument(src, (s) => fromCopy.push(s), FAST);
      await waitFor(() => serverCount(feed.key), (c) => c.count === 1, 'the request to arrive');
      await feed.release();
      await a.settled();
      await waitFor(() => fromCopy.at(-1)?.status, (s) => s === 'ready', 'the copy to be ready');
      expect((await serverCount(feed.key)).count).to.equal(1);
      stop();
    });

    it('keeps loading while any subscriber remains', async () => {
      const feed = heldFeed();
      const src = feed.url;
      const a = watch(src);
      const b = watch(src);
      a.unsubscribe();
      await waitFor(() => serverCount(feed.key), (c) => c.count === 1, 'the request to arrive');
      await feed.release();
      expectReady(await b.settled());
      expect(a.states.map((s) => s.status)).to.deep.equal(['loading']);
      expect(await serverCount(feed.key)).to.deep.equal({ count: 1, aborted: 0 });
    });

    it('aborts the request in flight when the last subscriber leaves', async () => {
      const feed = heldFeed();
      const a = watch(feed.url);
      const b = watch(feed.url);
      await waitFor(() => serverCount(feed.key), (c) => c.count === 1, 'the request to arrive');
      a.unsubscribe();
      b.unsubscribe();
      await waitFor(() => serverCount(feed.key), (c) => c.aborted === 1, 'the server to see the abort');
      await feed.release();
      expect(a.states).to.have.length(1);
      expect(b.states).to.have.length(1);
      expect(logs).to.deep.equal([]);
    });

    it('stops retrying after the last subscriber leaves, and calls nobody afterwards', async () => {
      // Every answer is a 503 the test releases; the client retries at once (no backoff to wait for).
      const feed = heldFeed({ status: 503 });
      const fetches = recordFetches(feed.url);
      try {
        const w = watch(feed.url, { timeoutMs: 30_000, retries: 10, retryDelayMs: 0 });
        await waitFor(() => serverCount(feed.key), (c) => c.count === 1, 'the first request');
        await feed.release();
        await waitFor(() => serverCount(feed.key), (c) => c.count === 2, 'a retry, held by the server');
        w.unsubscribe();
        const callsAtUnsubscribe = w.states.length;
        await waitFor(() => serverCount(feed.key), (c) => c.aborted === 1, 'the retry in flight to be aborted');
        // The aborted attempt has ended in the client; a retry it scheduled (at 0 ms) would have run
        // before a timer set after that, and started its request there.
        await fetches.calls[1]!.catch(() => undefined);
        await nextTask();
        await feed.release();
        expect(fetches.calls).to.have.length(2);
        expect((await serverCount(feed.key)).count).to.equal(2);
        expect(w.states.length).to.equal(callsAtUnsubscribe);
        expect(logs).to.deep.equal([]);
      } finally {
        fetches.stop();
      }
    });

    it('keeps the request when an element is moved (unsubscribe and resubscribe in one task)', async () => {
      const feed = heldFeed();
      const src = feed.url;
      const first = watch(src);
      first.unsubscribe();
      const second = watch(src);
      expect(second.states.map((s) => s.status)).to.deep.equal(['loading']);
      await waitFor(() => serverCount(feed.key), (c) => c.count === 1, 'the request to arrive');
      await feed.release();
      expectReady(await second.settled());
      expect(await serverCount(feed.key)).to.deep.equal({ count: 1, aborted: 0 });
    });

    it('starts afresh for a subscriber that comes after an abort', async () => {
      const feed = heldFeed();
      const src = feed.url;
      const first = watch(src);
      await waitFor(() => serverCount(feed.key), (c) => c.count === 1, 'the first request');
      first.unsubscribe();
      await waitFor(() => serverCount(feed.key), (c) => c.aborted === 1, 'the first request to be aborted');
      const second = watch(src);
      expect(second.states.map((s) => s.status)).to.deep.equal(['loading']);
      await waitFor(() => serverCount(feed.key), (c) => c.count === 2, 'a second request');
      await feed.release();
      expectReady(await second.settled());
      expect((await serverCount(feed.key)).count).to.equal(2);
    });

    it('reuses a finished result for a later subscriber without a request', async () => {
      const key = unique('reuse');
      const src = `/mock/json/${key}`;
      const first = watch(src);
      const data = expectReady(await first.settled()).data;
      first.unsubscribe();
      await nextTask(); // the first subscriber is gone before the next one comes
      const second = watch(src);
      expect(second.states).to.have.length(1);
      const state = expectReady(second.last);
      expect(state.data).to.equal(data);
      expect(state.revalidating).to.equal(false);
      expect((await serverCount(key)).count).to.equal(1);
    });

    it('calls no listener that another listener unsubscribed during a notification', async () => {
      const key = unique('reentrant');
      const src = `/mock/json/${key}`;
      const seenByB: DocumentState[] = [];
      let stopB = (): void => undefined;
      const stopA = watchDocument(src, (s) => {
        if (s.status === 'ready') stopB();
      }, FAST);
      stopB = watchDocument(src, (s) => seenByB.push(s), FAST);
      const c = watch(src);
      expectReady(await c.settled());
      expect(seenByB.map((s) => s.status)).to.deep.equal(['loading']);
      stopA();
    });
  });

  describe('reloadDocument()', () => {
    it('refetches for every subscriber, keeping the old data on screen meanwhile', async () => {
      const key = unique('reload');
      await configure(key, { body: '{"v":1}' });
      const src = `/mock/configured/${key}`;
      const a = watch(src);
      const b = watch(src);
      const first = expectReady(await a.settled());
      await configure(key, { body: '{"v":2}' });
      reloadDocument(src);
      const during = expectReady(a.last);
      expect(during.revalidating).to.equal(true);
      expect(during.stale).to.equal(false);
      expect(during.data).to.equal(first.data);
      for (const w of [a, b]) {
        await w.until((s) => s.status === 'ready' && (s.data as { v: number }).v === 2, 'v2');
        expect(expectReady(w.last).revalidating).to.equal(false);
      }
      expect((await serverCount(key)).count).to.equal(2);
    });

    it('recovers from an error ("Try again")', async () => {
      const key = unique('tryagain');
      await configure(key, { status: '500' });
      const src = `/mock/configured/${key}`;
      const w = watch(src, { ...FAST, retries: 0 });
      expectError(await w.settled());
      await configure(key, { body: '{"ok":true}' });
      reloadDocument(src);
      expect(w.last?.status).to.equal('loading');
      expect(expectReady(await w.settled()).data).to.deep.equal({ ok: true });
    });

    it('keeps good data, marked stale, when the refetch fails', async () => {
      const key = unique('refetchfails');
      await configure(key, { body: '{"v":1}' });
      const src = `/mock/configured/${key}`;
      const w = watch(src, { ...FAST, retries: 0 });
      const first = expectReady(await w.settled());
      await configure(key, { status: '503' });
      reloadDocument(src);
      const after = expectReady(await w.settled());
      expect(after.data).to.equal(first.data);
      expect(after.stale).to.equal(true);
      expect(after.fetchedAt).to.equal(first.fetchedAt);
      expect(w.states.some((s) => s.status === 'error')).to.equal(false);
      expect(logs).to.have.length(1);
      expect(logs[0]!.level).to.equal('warn');
      expect(logs[0]!.text).to.contain('HTTP 503');
    });
  });

  describe('last-good copy', () => {
    it('shows the saved copy as stale while the server fails, then fresh when it recovers', async () => {
      const key = unique('lastgood');
      const src = `/mock/configured/${key}`;
      await configure(key, { body: '{"v":1}' });
      const options = { ...FAST, retries: 1 };
      const first = expectReady(await watch(src, options).settled());
      expect(readSavedDocument(absolute(src)), 'not kept before a widget could show it').to.equal(undefined);
      confirmDocument(src, first.data);
      expect(readSavedDocument(absolute(src)), 'not written while the widget renders').to.equal(undefined);
      await nextPaint();
      const saved = readSavedDocument(absolute(src));
      expect(saved).to.deep.equal({ data: { v: 1 }, fetchedAt: first.fetchedAt });

      resetDocumentCache(); // a new page view: memory gone, localStorage kept
      await configure(key, { status: '503' });
      const w = watch(src, options);
      expect(w.states).to.have.length(1);
      const shown = expectReady(w.last);
      expect(shown).to.deep.include({ data: { v: 1 }, fetchedAt: first.fetchedAt, stale: true, revalidating: true });

      const failed = expectReady(await w.settled());
      expect(failed).to.deep.include({ data: { v: 1 }, stale: true, revalidating: false });
      expect(w.states.some((s) => s.status === 'error')).to.equal(false);
      expect(logs).to.have.length(1);
      expect(logs[0]!.level).to.equal('warn');
      expect(logs[0]!.text).to.contain(`${absolute(src)}: HTTP 503 after 2 attempts`);

      await configure(key, { body: '{"v":2}' });
      reloadDocument(src);
      await w.until((s) => s.status === 'ready' && !s.revalidating && !s.stale, 'a fresh state');
      const fresh = expectReady(w.last);
      expect(fresh.data).to.deep.equal({ v: 2 });
      expect(fresh.lastGood, 'the copy to fall back on while v2 is unconfirmed').to.deep.equal(saved);
      confirmDocument(src, fresh.data);
      await nextPaint();
      expect(readSavedDocument(absolute(src))?.data).to.deep.equal({ v: 2 });
    });

    it('keeps the last confirmed copy, in memory and saved, while newer documents go unconfirmed', async () => {
      const key = unique('unconfirmed');
      const src = `/mock/configured/${key}`;
      await configure(key, { body: '{"v":1}' });
      const w = watch(src, FAST);
      const first = expectReady(await w.settled());
      confirmDocument(src, first.data);
      await nextPaint();
      await configure(key, { body: '{"v":"not readable"}' });
      reloadDocument(src);
      await w.until((s) => s.status === 'ready' && !s.revalidating, 'the second document');
      const second = expectReady(w.last);
      expect(second.data).to.deep.equal({ v: 'not readable' });
      expect(second.lastGood).to.deep.equal({ data: { v: 1 }, fetchedAt: first.fetchedAt });
      expect(readSavedDocument(absolute(src))?.data).to.deep.equal({ v: 1 });
      // A stale confirmation (of a document no longer current) changes nothing.
      confirmDocument(src, { v: 'something else' });
      await nextPaint();
      expect(readSavedDocument(absolute(src))?.data).to.deep.equal({ v: 1 });
    });

    /** Runs `during` while the page says it is hidden, as a background tab or one being closed does. */
    function whileHidden(during: () => void): void {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      try {
        during();
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
      expect(document.visibilityState, 'the page is visible again').to.equal('visible');
    }

    /** A feed loaded and confirmed by a widget, its copy not yet written. */
    async function confirmedUnsaved(name: string) {
      const key = unique(name);
      const src = `/mock/configured/${key}`;
      await configure(key, { body: JSON.stringify({ v: name }) });
      const shown = expectReady(await watch(src, FAST).settled());
      confirmDocument(src, shown.data);
      expect(readSavedDocument(absolute(src)), 'waiting for the paint').to.equal(undefined);
      return { src, saved: { data: { v: name }, fetchedAt: shown.fetchedAt } };
    }

    it('writes a waiting copy at once when the tab is hidden (as when it is closed) or the page left before it has painted', async () => {
      const hidden = await confirmedUnsaved('hidden');
      // As a browser fires it: at the document, bubbling.
      whileHidden(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
      expect(readSavedDocument(absolute(hidden.src)), 'written as the tab is hidden').to.deep.equal(hidden.saved);

      const left = await confirmedUnsaved('left');
      resetDocumentCache(); // the test's stand-in for leaving the page
      expect(readSavedDocument(absolute(left.src)), 'written as the page is left').to.deep.equal(left.saved);
    });

    it('writes a copy confirmed in a hidden tab at once: it paints nothing, and may be closed unseen', async () => {
      const key = unique('background');
      const src = `/mock/configured/${key}`;
      await configure(key, { body: '{"v":"background"}' });
      const shown = expectReady(await watch(src, FAST).settled());
      whileHidden(() => confirmDocument(src, shown.data));
      expect(readSavedDocument(absolute(src))).to.deep.equal({ data: { v: 'background' }, fetchedAt: shown.fetchedAt });
    });

    it('writes no waiting copy once the page has forgotten its copies', async () => {
      const key = unique('forgotten');
      const src = `/mock/configured/${key}`;
      await configure(key, { body: '{"v":"forget me"}' });
      confirmDocument(src, expectReady(await watch(src, FAST).settled()).data);
      resetDocumentCache({ storage: true });
      await nextPaint();
      expect(readSavedDocument(absolute(src))).to.equal(undefined);
    });

    it('revalidates a saved copy in the background and replaces it when that succeeds', async () => {
      const key = unique('swr');
      const src = `/mock/configured/${key}`;
      saveDocument(absolute(src), '{"v":"old"}', 1000);
      await configure(key, { body: '{"v":"new"}' });
      const w = watch(src);
      expect(expectReady(w.states[0]).data).to.deep.equal({ v: 'old' });
      const fresh = expectReady(await w.settled());
      expect(fresh).to.deep.include({ data: { v: 'new' }, stale: false, revalidating: false });
      expect(w.states.map((s) => s.status)).to.deep.equal(['ready', 'ready']);
    });

    it('neither reads nor writes a copy with persist: false', async () => {
      const key = unique('nopersist');
      const src = `/mock/configured/${key}`;
      saveDocument(absolute(src), '{"v":"old"}', 1000);
      await configure(key, { status: '503' });
      const w = watch(src, { ...FAST, retries: 0, persist: false });
      expect(w.states.map((s) => s.status)).to.deep.equal(['loading']);
      expectError(await w.settled());
      const other = unique('nopersist-ok');
      expectReady(await watch(`/mock/json/${other}`, { ...FAST, persist: false }).settled());
      expect(localStorage.getItem(`${STORAGE_PREFIX}${absolute(`/mock/json/${other}`)}`)).to.equal(null);
    });

    it('still loads when localStorage throws on every call', async () => {
      const proto = Storage.prototype;
      const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
      const fail = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      proto.getItem = fail;
      proto.setItem = fail;
      proto.removeItem = fail;
      try {
        const key = unique('nostorage');
        const w = watch(`/mock/text/${key}?body=${encodeURIComponent('{"a":1}')}`);
        expect(w.states.map((s) => s.status)).to.deep.equal(['loading']);
        expect(expectReady(await w.settled()).data).to.deep.equal({ a: 1 });
        expect(logs).to.deep.equal([]);
      } finally {
        Object.assign(proto, saved);
      }
    });

    it('ignores a corrupt saved copy', async () => {
      const key = unique('corrupt');
      const src = `/mock/json/${key}`;
      localStorage.setItem(`${STORAGE_PREFIX}${absolute(src)}`, '{"fetchedAt":');
      const w = watch(src);
      expect(w.states.map((s) => s.status)).to.deep.equal(['loading']);
      expectReady(await w.settled());
    });
  });

  describe('document cache', () => {
    it('saves, reads and forgets copies, leaving other keys alone', () => {
      const url = absolute(`/feeds/${unique('cache')}.json`);
      expect(saveDocument(url, '{"x":[1]}', 42)).to.equal(true);
      expect(readSavedDocument(url)).to.deep.equal({ data: { x: [1] }, fetchedAt: 42 });
      localStorage.setItem('host-site-key', 'keep me');
      forgetSavedDocuments([url]);
      expect(readSavedDocument(url)).to.equal(undefined);
      expect(localStorage.getItem('host-site-key')).to.equal('keep me');
      localStorage.removeItem('host-site-key');
    });

    it('skips documents over the size limit and drops the outdated copy', () => {
      const url = absolute(`/feeds/${unique('big')}.json`);
      saveDocument(url, '{"small":true}', 1);
      const big = JSON.stringify({ text: 'x'.repeat(MAX_SAVED_CHARS) });
      expect(saveDocument(url, big, 2)).to.equal(false);
      expect(readSavedDocument(url)).to.equal(undefined);
    });

    it('does not save non-web URLs', () => {
      expect(saveDocument('data:application/json,{}', '{}', 1)).to.equal(false);
    });
  });

  describe('listeners', () => {
    it('a throwing listener does not stop the others', async () => {
      const key = unique('throws');
      const src = `/mock/json/${key}`;
      const stop = watchDocument(src, () => {
        throw new Error('widget bug');
      }, FAST);
      const w = watch(src);
      expectReady(await w.settled());
      stop();
      expect(logs.length).to.be.at.least(2); // loading and ready
      expect(logs.every((l) => l.level === 'error' && l.text.includes('widget bug'))).to.equal(true);
    });

    it('unsubscribe is idempotent and safe after a reset', async () => {
      const w = watch(`/mock/json/${unique('idem')}`);
      w.unsubscribe();
      w.unsubscribe();
      const feed = heldFeed();
      const v = watch(feed.url);
      await waitFor(() => serverCount(feed.key), (c) => c.count === 1, 'the request to arrive');
      resetDocumentCache();
      expect(() => v.unsubscribe()).not.to.throw();
      // The reset gave the request up; had its answer still reached the listener, it would now.
      await waitFor(() => serverCount(feed.key), (c) => c.aborted === 1, 'the request to be aborted');
      await feed.release();
      await nextTask();
      expect(v.states.map((s) => s.status)).to.deep.equal(['loading']);
    });
  });
});
