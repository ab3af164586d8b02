/**
 * The coordinator's page, export and erasure against each engine: nothing without the secret,
 * a lockout after five wrong ones, HTTP-only SameSite=Strict sessions with a CSRF token on every
 * form, every stored text escaped on the page and made formula-safe in the CSV, erasure of exactly
 * one record, accessible pages, and logs that never hold a parent's details.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../src/app.js';
import type { ReceiverConfig } from '../src/config.js';
import { ENGINES, feedback, post, signup, testConfig, testDatabase, type Engine } from './support.js';

const SECRET = 'correct-horse-battery-staple-42';
const START = new Date('2026-12-06T10:00:00.000Z');
const FORM = 'application/x-www-form-urlencoded';

/** A receiver with the secret set and a clock the test moves. */
async function coordinatorReceiver(engine: Engine, overrides: Partial<ReceiverConfig> = {}, logs?: string[]) {
  const database = await testDatabase(engine);
  const store = await database.open();
  let at = START.getTime();
  const app = await buildApp({
    config: testConfig({ coordinatorSecret: SECRET, ...(logs ? { logLevel: 'info' as const } : {}), ...overrides }),
    store,
    now: () => new Date(at),
    ...(logs ? { logStream: { write: (line: string) => void logs.push(line) } } : {}),
  });
  return {
    app,
    store,
    /** Moves the clock on. */
    advance(ms: number) {
      at += ms;
    },
    async close() {
      await app.close();
      await store.close();
      await database.drop();
    },
  };
}

type Receiver = Awaited<ReturnType<typeof coordinatorReceiver>>;
type App = Receiver['app'];

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** The value of `<input … name="csrf" value="…">` in a page. */
function csrfIn(page: string): string {
  const match = /name="csrf" value="([^"]+)"/.exec(page);
  assert.ok(match, 'the page has a CSRF field');
  return match[1]!;
}

function cookieFrom(response: { cookies: { name: string; value: string }[] }, name: string): string | undefined {
  return response.cookies.find((c) => c.name === name)?.value;
}

/** The sign-in form: its CSRF token and the cookie that goes with it. */
async function loginForm(app: App, remoteAddress?: string) {
  const response = await app.inject({ method: 'GET', url: '/coordinator/login', ...(remoteAddress ? { remoteAddress } : {}) });
  assert.equal(response.statusCode, 200);
  return { csrf: csrfIn(response.body), cookie: cookieFrom(response, 'pc_coordinator_login')! };
}

function tryLogin(app: App, secret: string, options: { remoteAddress?: string; csrf?: string; cookie?: string } = {}) {
  return app.inject({
    method: 'POST',
    url: '/coordinator/login',
    headers: { 'content-type': FORM, ...(options.cookie ? { cookie: `pc_coordinator_login=${options.cookie}` } : {}) },
    payload: form({ ...(options.csrf ? { csrf: options.csrf } : {}), secret }),
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
}

/** Signs in; the session cookie header and the page's CSRF token. */
async function login(app: App) {
  const { csrf, cookie } = await loginForm(app);
  const response = await tryLogin(app, SECRET, { csrf, cookie });
  assert.equal(response.statusCode, 303, response.body);
  assert.equal(response.headers.location, '/coordinator');
  const session = cookieFrom(response, 'pc_coordinator');
  assert.ok(session, 'a session cookie');
  const headers = { cookie: `pc_coordinator=${session}` };
  const page = await app.inject({ method: 'GET', url: '/coordinator', headers });
  assert.equal(page.statusCode, 200);
  return { headers, csrf: csrfIn(page.body), session };
}

function erase(app: App, headers: Record<string, string>, fields: Record<string, string>) {
  return app.inject({ method: 'POST', url: '/coordinator/erase', headers: { ...headers, 'content-type': FORM }, payload: form(fields) });
}

async function stored(receiver: Receiver, payload: unknown, path = '/signups'): Promise<string> {
  const response = await post(receiver.app, path, payload);
  assert.equal(response.statusCode, 201, response.body);
  return (response.json() as { id: string }).id;
}

/** A CSV file's rows (RFC 4180: quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  assert.equal(cell, '', 'the file ends with CRLF');
  return rows;
}

/** A cheap accessibility check of a page: language, one h1, no skipped heading levels, labelled controls, tables with captions and scoped headers, no inline style or script. */
function checkAccessible(page: string) {
  assert.match(page, /^<!DOCTYPE html>/);
  assert.match(page, /<html lang="en-GB">/);
  assert.match(page, /<title>[^<]+<\/title>/);
  assert.match(page, /<a class="skip-link" href="#main">/);
  assert.match(page, /<main[^>]* id="main"/);
  assert.doesNotMatch(page, /<script|style=|<style|javascript:/i);
  const levels = [...page.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
  assert.equal(levels.filter((l) => l === 1).length, 1, 'one h1');
  let previous = 1;
  for (const level of levels) {
    assert.ok(level <= previous + 1, `heading levels in order: ${levels.join(',')}`);
    previous = level;
  }
  for (const input of page.matchAll(/<input\b[^>]*>/g)) {
    if (/type="hidden"/.test(input[0])) continue;
    const id = /\bid="([^"]+)"/.exec(input[0])?.[1];
    assert.ok(id && page.includes(`<label class="label" for="${id}">`), `a label for ${input[0]}`);
  }
  for (const button of page.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/g)) {
    assert.ok(button[1]!.replace(/<[^>]+>/g, '').trim().length > 2, `a button with a name: ${button[0]}`);
    assert.match(button[0], /type="submit"/);
  }
  for (const table of page.matchAll(/<table\b[\s\S]*?<\/table>/g)) {
    assert.match(table[0], /<caption[^>]*>[^<]+/);
    for (const th of table[0].matchAll(/<th\b[^>]*>/g)) assert.match(th[0], /scope="(col|row)"/);
  }
}

const NO_STORE = (headers: Record<string, unknown>) => {
  assert.equal(headers['cache-control'], 'no-store');
  assert.equal(headers['x-robots-tag'], 'noindex');
};

for (const engine of ENGINES) {
  describe(`coordinator on ${engine}: access`, () => {
    let receiver: Receiver;
    before(async () => {
      receiver = await coordinatorReceiver(engine);
      await stored(receiver, signup());
    });
    after(() => receiver.close());

    it('refuses everything without the secret: the page sends you to sign in, the exports answer 401', async () => {
      const page = await receiver.app.inject({ method: 'GET', url: '/coordinator' });
      assert.equal(page.statusCode, 303);
      assert.equal(page.headers.location, '/coordinator/login');
      NO_STORE(page.headers);
      for (const url of ['/coordinator/signups.csv', '/coordinator/feedback.csv']) {
        const csv = await receiver.app.inject({ method: 'GET', url });
        assert.equal(csv.statusCode, 401);
        assert.match(String(csv.headers['www-authenticate']), /^Bearer/);
        assert.doesNotMatch(csv.body, /Amina/);
        NO_STORE(csv.headers);
        const wrong = await receiver.app.inject({ method: 'GET', url, headers: { authorization: 'Bearer not-the-secret-at-all' } });
        assert.equal(wrong.statusCode, 401);
      }
      const wrongPage = await receiver.app.inject({ method: 'GET', url: '/coordinator', headers: { authorization: 'Bearer not-the-secret-at-all' } });
      assert.equal(wrongPage.statusCode, 401);
      assert.doesNotMatch(wrongPage.body, /Amina/);
      const erase = await receiver.app.inject({ method: 'POST', url: '/coordinator/erase', headers: { 'content-type': FORM }, payload: 'id=x' });
      assert.equal(erase.statusCode, 403);
      const login = await receiver.app.inject({ method: 'GET', url: '/coordinator/login' });
      NO_STORE(login.headers);
    });

    it('takes the secret as a bearer token for the page and the exports (for scripts), without Erase buttons', async () => {
      const headers = { authorization: `Bearer ${SECRET}` };
      const page = await receiver.app.inject({ method: 'GET', url: '/coordinator', headers });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Amina Test/);
      assert.doesNotMatch(page.body, /action="\/coordinator\/erase"/);
      NO_STORE(page.headers);
      const csv = await receiver.app.inject({ method: 'GET', url: '/coordinator/signups.csv', headers });
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv; charset=utf-8/);
      assert.match(String(csv.headers['content-disposition']), /^attachment; filename="parent-champion-signups-2026-12-06\.csv"$/);
      NO_STORE(csv.headers);
    });

    it('signs in with the secret: a new HttpOnly, SameSite=Strict session cookie on /coordinator (Secure over https)', async () => {
      const { csrf, cookie } = await loginForm(receiver.app);
      const response = await tryLogin(receiver.app, SECRET, { csrf, cookie });
      assert.equal(response.statusCode, 303);
      const session = response.cookies.find((c) => c.name === 'pc_coordinator')!;
      assert.ok(session.value.length >= 40, 'a long random id');
      assert.equal(session.httpOnly, true);
      assert.equal(session.sameSite, 'Strict');
      assert.equal(session.path, '/coordinator');
      assert.ok(!session.secure, 'not Secure over plain http (tests, localhost)');
      const again = await login(receiver.app);
      assert.notEqual(again.session, session.value, 'every sign-in makes a new session');
      // Signed in: the sign-in page sends you on.
      const loginPage = await receiver.app.inject({ method: 'GET', url: '/coordinator/login', headers: again.headers });
      assert.equal(loginPage.statusCode, 303);

      const proxied = await coordinatorReceiver(engine, { trustProxy: true });
      try {
        const page = await proxied.app.inject({ method: 'GET', url: '/coordinator/login', headers: { 'x-forwarded-proto': 'https' } });
        const tokenCookie = page.cookies.find((c) => c.name === 'pc_coordinator_login')!;
        assert.equal(tokenCookie.secure, true);
        const https = await proxied.app.inject({
          method: 'POST',
          url: '/coordinator/login',
          headers: { 'content-type': FORM, 'x-forwarded-proto': 'https', cookie: `pc_coordinator_login=${tokenCookie.value}` },
          payload: form({ csrf: csrfIn(page.body), secret: SECRET }),
        });
        assert.equal(https.statusCode, 303);
        const secure = https.cookies.find((c) => c.name === 'pc_coordinator')!;
        assert.equal(secure.secure, true);
        assert.equal(secure.httpOnly, true);
        assert.equal(secure.sameSite, 'Strict');
      } finally {
        await proxied.close();
      }
    });

    it('refuses a sign-in without the form’s CSRF token (403), and a wrong secret (401, with an error summary)', async () => {
      const { csrf, cookie } = await loginForm(receiver.app, '10.0.0.7');
      const noToken = await tryLogin(receiver.app, SECRET, { cookie, remoteAddress: '10.0.0.7' });
      assert.equal(noToken.statusCode, 403);
      assert.equal(cookieFrom(noToken, 'pc_coordinator'), undefined);
      const otherToken = await tryLogin(receiver.app, SECRET, { cookie, csrf: `${csrf.slice(0, -2)}xx`, remoteAddress: '10.0.0.7' });
      assert.equal(otherToken.statusCode, 403);
      const fresh = await loginForm(receiver.app, '10.0.0.7');
      const wrong = await tryLogin(receiver.app, 'wrong-secret-but-long-enough', { ...fresh, remoteAddress: '10.0.0.7' });
      assert.equal(wrong.statusCode, 401);
      assert.equal(cookieFrom(wrong, 'pc_coordinator'), undefined);
      assert.match(wrong.body, /There is a problem/);
      assert.match(wrong.body, /aria-invalid="true"/);
      assert.doesNotMatch(wrong.body, /wrong-secret-but-long-enough/);
      checkAccessible(wrong.body);
    });

    it('ends a session at sign-out (CSRF-checked) and after 30 idle minutes', async () => {
      const { headers, csrf } = await login(receiver.app);
      const noToken = await receiver.app.inject({ method: 'POST', url: '/coordinator/logout', headers: { ...headers, 'content-type': FORM }, payload: '' });
      assert.equal(noToken.statusCode, 403);
      assert.equal((await receiver.app.inject({ method: 'GET', url: '/coordinator', headers })).statusCode, 200, 'still signed in');
      const out = await receiver.app.inject({ method: 'POST', url: '/coordinator/logout', headers: { ...headers, 'content-type': FORM }, payload: form({ csrf }) });
      assert.equal(out.statusCode, 303);
      assert.equal(out.headers.location, '/coordinator/login?signed-out=1');
      assert.equal(cookieFrom(out, 'pc_coordinator'), '');
      const after = await receiver.app.inject({ method: 'GET', url: '/coordinator', headers });
      assert.equal(after.statusCode, 303);
      const signedOut = await receiver.app.inject({ method: 'GET', url: '/coordinator/login?signed-out=1' });
      assert.match(signedOut.body, /You have signed out/);

      const idle = await login(receiver.app);
      receiver.advance(29 * 60 * 1000);
      assert.equal((await receiver.app.inject({ method: 'GET', url: '/coordinator', headers: idle.headers })).statusCode, 200);
      receiver.advance(31 * 60 * 1000);
      assert.equal((await receiver.app.inject({ method: 'GET', url: '/coordinator', headers: idle.headers })).statusCode, 303);
    });

    it('is off without COORDINATOR_SECRET, and POST /signups still refuses form bodies with it on', async () => {
      const off = await coordinatorReceiver(engine, { coordinatorSecret: undefined });
      try {
        assert.equal((await off.app.inject({ method: 'GET', url: '/coordinator' })).statusCode, 404);
        assert.equal((await off.app.inject({ method: 'GET', url: '/coordinator/signups.csv', headers: { authorization: `Bearer ${SECRET}` } })).statusCode, 404);
      } finally {
        await off.close();
      }
      const formBody = await post(receiver.app, '/signups', 'name=x', { 'content-type': FORM });
      assert.equal(formBody.statusCode, 415);
      const css = await receiver.app.inject({ method: 'GET', url: '/coordinator/coordinator.css' });
      assert.equal(css.statusCode, 200);
      assert.match(String(css.headers['content-type']), /^text\/css/);
      assert.match(css.body, /:focus-visible/);
    });
  });

  describe(`coordinator on ${engine}: lockout`, () => {
    it('counts wrong secrets per client: the fifth locks sign-in for 15 minutes (429, Retry-After), the right secret included', async () => {
      const receiver = await coordinatorReceiver(engine);
      try {
        const client = { remoteAddress: '203.0.113.9' };
        const codes: number[] = [];
        for (let i = 0; i < 5; i++) {
          const { csrf, cookie } = await loginForm(receiver.app, client.remoteAddress);
          codes.push((await tryLogin(receiver.app, `wrong-guess-number-${i}`, { csrf, cookie, ...client })).statusCode);
        }
        assert.deepEqual(codes, [401, 401, 401, 401, 429]);
        const { csrf, cookie } = await loginForm(receiver.app, client.remoteAddress);
        const right = await tryLogin(receiver.app, SECRET, { csrf, cookie, ...client });
        assert.equal(right.statusCode, 429, 'the right secret is refused while locked out');
        assert.equal(right.headers['retry-after'], String(15 * 60));
        assert.equal(cookieFrom(right, 'pc_coordinator'), undefined);
        assert.match(right.body, /Try again in 15 minutes/);
        NO_STORE(right.headers);
        const bearer = await receiver.app.inject({ method: 'GET', url: '/coordinator/signups.csv', headers: { authorization: `Bearer ${SECRET}` }, ...client });
        assert.equal(bearer.statusCode, 429, 'the bearer token too');
        assert.ok(Number(bearer.headers['retry-after']) > 0);

        // Another address is not locked out.
        const other = await loginForm(receiver.app, '198.51.100.4');
        assert.equal((await tryLogin(receiver.app, SECRET, { ...other, remoteAddress: '198.51.100.4' })).statusCode, 303);

        receiver.advance(10 * 60 * 1000);
        const later = await tryLogin(receiver.app, SECRET, { csrf, cookie, ...client });
        assert.equal(later.statusCode, 429);
        assert.equal(later.headers['retry-after'], String(5 * 60));
        receiver.advance(5 * 60 * 1000 + 1000);
        const ended = await tryLogin(receiver.app, SECRET, { csrf, cookie, ...client });
        assert.equal(ended.statusCode, 303, 'signs in once the lockout ends');
      } finally {
        await receiver.close();
      }
    });

    it('counts wrong bearer tokens too', async () => {
      const receiver = await coordinatorReceiver(engine);
      try {
        const codes: number[] = [];
        for (let i = 0; i < 6; i++) {
          codes.push((await receiver.app.inject({ method: 'GET', url: '/coordinator/feedback.csv', headers: { authorization: `Bearer guess-${i}-xxxxxxxxxxxx` } })).statusCode);
        }
        assert.deepEqual(codes, [401, 401, 401, 401, 429, 429]);
      } finally {
        await receiver.close();
      }
    });
  });

  describe(`coordinator on ${engine}: the page, the exports and erasure`, () => {
    let receiver: Receiver;
    const logs: string[] = [];
    const hostile = "Robert'); DROP TABLE submissions;-- \u202Eevil\u202C 👩🏽‍🍼 <script>alert(1)</script>";
    const ids: Record<string, string> = {};
    before(async () => {
      receiver = await coordinatorReceiver(engine, {}, logs);
      ids.amina = await stored(receiver, signup({ name: 'Amina Test', email: 'amina.private@example.org' }));
      receiver.advance(60_000);
      ids.hostile = await stored(receiver, signup({ name: hostile, anythingElse: `${hostile} "quoted", and\nsecond line`, area: 'NB2 7ZZ' }));
      receiver.advance(60_000);
      ids.formulas = await stored(
        receiver,
        signup({
          name: "=cmd|' /C calc'!A0",
          contactMethod: 'phone',
          email: undefined,
          phone: '+44 7700 900123',
          area: '-1',
          childrenAges: '@SUM(1)',
          languages: ['\tTabbed', '\rCarriage', 'Somali'],
          anythingElse: '+1',
        }),
      );
      receiver.advance(60_000);
      ids.feedback = await stored(receiver, feedback('coffee-morning', 4, { wentWell: '=HYPERLINK("http://evil.example")', couldBeBetter: 'More <b>chairs</b>' }), '/feedback');
      receiver.advance(60_000);
      ids.contactable = await stored(
        receiver,
        feedback('coffee-morning', 2, { contactAllowed: true, contactMethod: 'email', email: 'fatima.private@example.org' }),
        '/feedback',
      );
    });
    after(() => receiver.close());

    it('lists sign-ups and feedback newest first, with counts and the retention setting', async () => {
      const { headers } = await login(receiver.app);
      const page = await receiver.app.inject({ method: 'GET', url: '/coordinator', headers });
      assert.equal(page.statusCode, 200);
      assert.match(String(page.headers['content-type']), /^text\/html; charset=utf-8/);
      NO_STORE(page.headers);
      assert.match(page.body, /<h1[^>]*>Parent Champion sign-ups and feedback<\/h1>/);
      assert.match(page.body, /<span class="counts__number">3<\/span> sign-ups/);
      assert.match(page.body, /<span class="counts__number">2<\/span> feedback responses/);
      assert.match(page.body, /Submissions are deleted after 180 days/);
      const order = [ids.formulas, ids.hostile, ids.amina].map((id) => page.body.indexOf(`value="${id}"`));
      assert.ok(order.every((at) => at > 0) && order[0]! < order[1]! && order[1]! < order[2]!, `newest first: ${order.join(',')}`);
      const feedbackOrder = [ids.contactable, ids.feedback].map((id) => page.body.indexOf(`value="${id}"`));
      assert.ok(feedbackOrder[0]! < feedbackOrder[1]!, 'feedback newest first');
      assert.match(page.body, /Email<br><bdi>amina\.private@example\.org<\/bdi>/);
      assert.match(page.body, /4 \(good\)/);
      assert.match(page.body, /Email<br><bdi>fatima\.private@example\.org<\/bdi>/, 'contact shown where allowed');
      assert.match(page.body, /Not allowed/);
      assert.match(page.body, /href="\/coordinator\/signups\.csv"/);
      assert.match(page.body, /href="\/coordinator\/feedback\.csv"/);
      checkAccessible(page.body);

      const keep = await coordinatorReceiver(engine, { retentionDays: 0 });
      try {
        const keptPage = await keep.app.inject({ method: 'GET', url: '/coordinator', headers: { authorization: `Bearer ${SECRET}` } });
        assert.match(keptPage.body, /kept until you erase them/);
        assert.match(keptPage.body, /No sign-ups yet/);
        checkAccessible(keptPage.body);
      } finally {
        await keep.close();
      }
    });

    it('shows hostile text as text: markup escaped, bidi isolated, emoji verbatim', async () => {
      const { headers } = await login(receiver.app);
      const page = (await receiver.app.inject({ method: 'GET', url: '/coordinator', headers })).body;
      assert.ok(!page.includes('<script>alert(1)</script>'), 'no live script');
      assert.ok(!page.includes('<b>chairs</b>'));
      assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(page.includes('More &lt;b&gt;chairs&lt;/b&gt;'));
      assert.ok(page.includes(`<bdi>Robert&#39;); DROP TABLE submissions;-- \u202Eevil\u202C 👩🏽‍🍼 &lt;script&gt;alert(1)&lt;/script&gt;</bdi>`), 'bidi inside <bdi>, emoji verbatim');
      assert.ok(page.includes('=HYPERLINK(&quot;http://evil.example&quot;)'));
      checkAccessible(page);
    });

    it('exports CSV that opens in Excel: BOM, CRLF, quoted, one column per answer, formulas neutralised', async () => {
      const { headers } = await login(receiver.app);
      const response = await receiver.app.inject({ method: 'GET', url: '/coordinator/signups.csv', headers });
      assert.equal(response.statusCode, 200);
      const bytes = response.rawPayload;
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
      const text = bytes.toString('utf8').slice(1);
      assert.ok(text.endsWith('\r\n'));
      assert.ok(!/[^\r]\n(?=")/.test(text.replace(/"(?:[^"]|"")*"/g, '""')), 'rows end with CRLF');
      const rows = parseCsv(text);
      const [header, ...records] = rows;
      assert.equal(records.length, 3);
      for (const row of rows) assert.equal(row.length, header!.length, 'every row has every column');
      const column = (name: string) => header!.indexOf(name);
      for (const name of ['Record id', 'Received (UTC)', 'Name', 'Email', 'Phone', 'Postcode or ward', 'Languages', 'Days', 'Times of day', 'Interests', 'Heard about', 'Anything else', 'Consent given at (UTC)']) {
        assert.ok(column(name) >= 0, `a column "${name}"`);
      }
      const [formulas, hostileRow, amina] = records as [string[], string[], string[]];
      assert.equal(formulas[column('Record id')], ids.formulas, 'newest first');
      assert.equal(formulas[column('Name')], "'=cmd|' /C calc'!A0");
      assert.equal(formulas[column('Anything else')], "'+1");
      assert.equal(formulas[column('Postcode or ward')], "'-1");
      assert.equal(formulas[column('Children’s ages')], "'@SUM(1)");
      assert.equal(formulas[column('Phone')], "'+44 7700 900123");
      assert.equal(formulas[column('Languages')], "'\tTabbed; \rCarriage; Somali");
      assert.equal(hostileRow[column('Name')], hostile, 'other text verbatim');
      assert.equal(hostileRow[column('Anything else')], `${hostile} "quoted", and\nsecond line`);
      assert.equal(amina[column('Name')], 'Amina Test');
      assert.equal(amina[column('Email')], 'amina.private@example.org');
      assert.equal(amina[column('Languages')], 'Somali; English');
      assert.equal(amina[column('Days')], 'Monday');
      assert.equal(amina[column('Received (UTC)')], '2026-12-06 10:00:00');
      // Every cell in the file: none starts as a formula.
      for (const row of records) for (const value of row) assert.doesNotMatch(value, /^[=+\-@\t\r]/);
      // The raw file quotes each cell and doubles quotes.
      assert.ok(text.includes('"Robert\'); DROP TABLE'));
      assert.ok(text.includes('""quoted"", and\nsecond line'));

      const fb = await receiver.app.inject({ method: 'GET', url: '/coordinator/feedback.csv', headers });
      assert.equal(fb.statusCode, 200);
      assert.ok(fb.body.startsWith('\uFEFF"Record id",'));
      const [fbHeader, contactable, plain] = parseCsv(fb.body.slice(1)) as [string[], string[], string[]];
      const fbColumn = (name: string) => fbHeader.indexOf(name);
      assert.equal(plain[fbColumn('What went well')], '\'=HYPERLINK("http://evil.example")');
      assert.equal(plain[fbColumn('Rating')], '4');
      assert.equal(plain[fbColumn('Service id')], 'coffee-morning');
      assert.equal(plain[fbColumn('Contact allowed')], 'No');
      assert.equal(contactable[fbColumn('Email')], 'fatima.private@example.org');
    });

    it('refuses an erasure without the session’s CSRF token (403), erasing nothing', async () => {
      const { headers, csrf } = await login(receiver.app);
      const other = await login(receiver.app);
      const before = await receiver.store.count('signup');
      for (const fields of [{ id: ids.amina!, confirm: 'yes' } as Record<string, string>, { id: ids.amina!, confirm: 'yes', csrf: 'x'.repeat(43) }, { id: ids.amina!, confirm: 'yes', csrf: other.csrf }]) {
        const response = await erase(receiver.app, headers, fields);
        assert.equal(response.statusCode, 403, JSON.stringify(fields));
        NO_STORE(response.headers);
      }
      // The right token but no session cookie (a cross-site form would have neither).
      assert.equal((await erase(receiver.app, {}, { id: ids.amina!, confirm: 'yes', csrf })).statusCode, 403);
      // A JSON body is no way round it.
      const json = await receiver.app.inject({ method: 'POST', url: '/coordinator/erase', headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify({ id: ids.amina, confirm: 'yes' }) });
      assert.equal(json.statusCode, 403);
      assert.equal(await receiver.store.count('signup'), before);
      assert.ok(await receiver.store.get(ids.amina!));
    });

    it('erases exactly one record after a confirmation step; a second erasure says it is gone', async () => {
      const { headers, csrf } = await login(receiver.app);
      const signupsBefore = await receiver.store.count('signup');
      const feedbackBefore = await receiver.store.count('feedback');

      const confirm = await erase(receiver.app, headers, { id: ids.amina!, csrf });
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /<h1[^>]*>Erase <bdi>Amina Test<\/bdi>’s sign-up\?<\/h1>/);
      assert.match(confirm.body, /This cannot be undone/);
      assert.match(confirm.body, /name="confirm" value="yes"/);
      assert.match(confirm.body, /<a class="link" href="\/coordinator">Cancel/);
      NO_STORE(confirm.headers);
      checkAccessible(confirm.body);
      assert.ok(await receiver.store.get(ids.amina!), 'nothing erased before confirming');

      const hostileConfirm = await erase(receiver.app, headers, { id: ids.hostile!, csrf });
      assert.ok(!hostileConfirm.body.includes('<script>alert(1)</script>'));

      const done = await erase(receiver.app, headers, { id: ids.amina!, csrf, confirm: 'yes' });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, '/coordinator?notice=erased');
      assert.equal(await receiver.store.get(ids.amina!), undefined);
      assert.equal(await receiver.store.count('signup'), signupsBefore - 1);
      assert.equal(await receiver.store.count('feedback'), feedbackBefore);
      for (const id of [ids.hostile!, ids.formulas!, ids.feedback!, ids.contactable!]) assert.ok(await receiver.store.get(id), 'the others stay');
      const notice = await receiver.app.inject({ method: 'GET', url: done.headers.location as string, headers });
      assert.match(notice.body, /<strong>Erased\.<\/strong>/);
      assert.doesNotMatch(notice.body, /Amina Test/);

      const again = await erase(receiver.app, headers, { id: ids.amina!, csrf, confirm: 'yes' });
      assert.equal(again.statusCode, 303);
      assert.equal(again.headers.location, '/coordinator?notice=gone');
      const gone = await receiver.app.inject({ method: 'GET', url: again.headers.location as string, headers });
      assert.match(gone.body, /Already gone/);
      const confirmGone = await erase(receiver.app, headers, { id: ids.amina!, csrf });
      assert.equal(confirmGone.statusCode, 404);
      assert.match(confirmGone.body, /already gone/);
      assert.equal(await receiver.store.count('signup'), signupsBefore - 1);

      const notAnId = await erase(receiver.app, headers, { id: "' OR 1=1 --", csrf, confirm: 'yes' });
      assert.equal(notAnId.statusCode, 400);
      assert.equal(await receiver.store.count('signup'), signupsBefore - 1);

      const feedbackConfirm = await erase(receiver.app, headers, { id: ids.feedback!, csrf });
      assert.match(feedbackConfirm.body, /Erase this feedback\?/);
      const feedbackDone = await erase(receiver.app, headers, { id: ids.feedback!, csrf, confirm: 'yes' });
      assert.equal(feedbackDone.statusCode, 303);
      assert.equal(await receiver.store.count('feedback'), feedbackBefore - 1);
    });

    it('logs what happened, never a name, an email, the secret or a token', async () => {
      const all = logs.join('\n');
      assert.ok(all.includes('coordinator: signed in'), 'sign-ins are logged');
      assert.ok(all.includes('coordinator: erasure'), 'erasures are logged');
      assert.ok(all.includes('/coordinator/erase'));
      for (const secret of ['Amina', 'amina.private', 'fatima.private', 'Robert', 'calc', 'NB1 4AA', 'NB2 7ZZ', '7700 900123', SECRET, 'wrong-secret']) {
        assert.ok(!all.includes(secret), `the log holds "${secret}": ${all.split('\n').filter((l) => l.includes(secret)).join('\n')}`);
      }
      assert.doesNotMatch(all, /pc_coordinator=|csrf=|"cookie"|authorization/i);
    });
  });

  describe(`coordinator on ${engine}: 100 a page`, () => {
    it('pages the sign-ups with next and previous links', async () => {
      const receiver = await coordinatorReceiver(engine);
      try {
        for (let i = 0; i < 103; i++) {
          await stored(receiver, signup({ name: `Parent ${String(i).padStart(3, '0')}` }));
          receiver.advance(1000);
        }
        const headers = { authorization: `Bearer ${SECRET}` };
        const first = (await receiver.app.inject({ method: 'GET', url: '/coordinator', headers })).body;
        assert.match(first, /Sign-ups, newest first, 1 to 100 of 103/);
        assert.ok(first.includes('Parent 102') && first.includes('Parent 003') && !first.includes('Parent 002'));
        assert.match(first, /<a class="pagination__link" href="\/coordinator\?signups=2#signups" rel="next">Next page<\/a>/);
        assert.doesNotMatch(first, /Previous page/);
        const second = (await receiver.app.inject({ method: 'GET', url: '/coordinator?signups=2', headers })).body;
        assert.match(second, /101 to 103 of 103/);
        assert.ok(second.includes('Parent 000') && second.includes('Parent 002') && !second.includes('Parent 003'));
        assert.match(second, /href="\/coordinator#signups" rel="prev">Previous page/);
        assert.match(second, /Page 2 of 2/);
        checkAccessible(second);
        // A page past the end, or not a number: the nearest page.
        assert.match((await receiver.app.inject({ method: 'GET', url: '/coordinator?signups=99', headers })).body, /101 to 103 of 103/);
        assert.match((await receiver.app.inject({ method: 'GET', url: '/coordinator?signups=abc', headers })).body, /1 to 100 of 103/);
        const csv = await receiver.app.inject({ method: 'GET', url: '/coordinator/signups.csv', headers });
        assert.equal(parseCsv(csv.body.slice(1)).length, 104, 'the export holds every record');
      } finally {
        await receiver.close();
      }
    });
  });

  describe(`coordinator on ${engine}: records stored before answers were bounded`, () => {
    let receiver: Receiver;
    before(async () => {
      receiver = await coordinatorReceiver(engine);
      // Straight into the store, as an older receiver took them: one nested 5,000 deep, and
      // three with 300 answers of their own each (an anonymous client's way to widen the export).
      const put = async (payload: string) => {
        const key = randomUUID();
        await receiver.store.put({ id: randomUUID(), form: 'signup', idempotencyKey: key, bodyHash: key, receivedAt: START.toISOString(), payload });
      };
      await put(JSON.stringify(signup()).replace('"answers":{', `"answers":{"deep":${'['.repeat(5000)}1${']'.repeat(5000)},`));
      for (let copy = 0; copy < 3; copy++) {
        await put(JSON.stringify(signup(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`padding${copy}x${i}`, 'x'])))));
      }
      // A newer form's answer, in two sign-ups.
      await stored(receiver, signup({ name: 'Carys Newer-Form', pushchairAccess: true }, { version: '1.3' }));
      await stored(receiver, signup({ name: 'Bea Newer-Form', pushchairAccess: false }, { version: '1.3' }));
    });
    after(() => receiver.close());

    it('still exports every record, with at most 20 columns for answers it has none for, the most answered first', async () => {
      const { headers } = await login(receiver.app);
      const response = await receiver.app.inject({ method: 'GET', url: '/coordinator/signups.csv', headers });
      assert.equal(response.statusCode, 200, response.body.slice(0, 200));
      const [header, ...rows] = parseCsv(response.body.slice(1));
      assert.equal(rows.length, 6);
      for (const row of rows) assert.equal(row.length, header!.length, 'every row has every column');
      const extra = header!.filter((name) => name.startsWith('Answer: '));
      assert.equal(extra.length, 20, 'of 902 answers it has no column for');
      // Answered in two records, so before the 901 answered in one (of those, the first by name: "deep").
      assert.ok(extra.includes('Answer: pushchairAccess'), extra.join(', '));
      assert.ok(extra.includes('Answer: deep'), extra.join(', '));
      // (Every other record is named "Amina Test", and all were received at once: found by its own name.)
      const carys = rows.find((row) => row[header!.indexOf('Name')] === 'Carys Newer-Form')!;
      assert.equal(carys[header!.indexOf('Answer: pushchairAccess')], 'Yes');
      const bea = rows.find((row) => row[header!.indexOf('Name')] === 'Bea Newer-Form')!;
      assert.equal(bea[header!.indexOf('Answer: pushchairAccess')], 'No');
    });
  });
}
