/**
 * End to end (issues 21 and 22): the sign-up posts to the package's real receiver (server/, on
 * SQLite, started beside the tests by test/support/real-receiver.mjs). The receiver fails twice
 * with 503 on the way (a server restarting), the form retries with the same key, and exactly one
 * row is stored, which the coordinator's page shows. Waits between attempts are released by the test.
 */
import { expect } from '@open-wc/testing';
import { heldWaits, memoryStorage } from '../forms/kit-doubles.js';
import { uniqueKey, waitUntil } from '../support/helpers.js';
import { queryByRole } from '../support/roles.js';
import { fillValid, mountSignup, pressSend, signupTag, type } from './signup-helpers.js';

/** test/support/real-receiver.mjs's TEST_COORDINATOR_SECRET (a Node module: not importable here). */
const COORDINATOR_SECRET = 'browser-tests-coordinator-secret';

afterEach(() => {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('pc-draft:')) sessionStorage.removeItem(key);
});

describe('<pc-champion-signup> and the real receiver', () => {
  it('fails twice with 503, retries with the same key, and leaves one row the coordinator’s page shows', async () => {
    const waits = heldWaits();
    const key = uniqueKey('e2e');
    // Its own outbox: localStorage is shared with the test pages running beside this one, whose waiting
    // submissions this form's flush would otherwise send, taking the waits this test releases.
    const tag = signupTag({ wait: waits.wait, onOnline: () => () => undefined, outbox: memoryStorage() });
    const el = await mountSignup(tag, { action: `/mock/receiver-proxy/${key}/signups?fail=2` });
    await fillValid(el);
    const name = `Amina ${key}`;
    await type(el, 'Your name', name);
    await pressSend(el);
    await waits.asked(1);
    waits.release();
    await waits.asked(2);
    waits.release();
    await waitUntil(() => queryByRole(el, 'heading', 'Thank you for signing up'), 'stored after two 503s');
    // The form sent three times: two waits between them, no third.
    expect(waits.delays, 'waits before the second and third attempts').to.have.length(2);
    // Every request that reached the receiver carried the one key. A browser may send a request
    // again by itself when a kept-alive connection closes under it (seen once on a busy machine:
    // four arrivals for three attempts); the key is what keeps that to one row.
    const arrived = (await (await fetch(`/mock/count/${key}`)).json()) as { count: number; idempotencyKeys: string[] };
    expect(arrived.count).to.be.at.least(3);
    expect(arrived.idempotencyKeys).to.have.length(arrived.count);
    expect(new Set(arrived.idempotencyKeys).size, 'one key for every attempt').to.equal(1);
    expect(arrived.idempotencyKeys[0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const page = await fetch(`/mock/receiver-proxy/${key}/coordinator`, { headers: { Authorization: `Bearer ${COORDINATOR_SECRET}` } });
    expect(page.status).to.equal(200);
    const html = await page.text();
    expect(html.split(name).length - 1, 'the sign-up shows once on the coordinator’s page').to.equal(1);
  });
});

describe("the receiver's coordinator page", () => {
  it('is accessible (axe), with the sign-up listed, styled by its own sheet', async () => {
    const waits = heldWaits();
    const key = uniqueKey('axe');
    // Its own outbox: localStorage is shared with the test pages running beside this one, whose waiting
    // submissions this form's flush would otherwise send, taking the waits this test releases.
    const tag = signupTag({ wait: waits.wait, onOnline: () => () => undefined, outbox: memoryStorage() });
    const el = await mountSignup(tag, { action: `/mock/receiver-proxy/${key}/signups` });
    await fillValid(el);
    await type(el, 'Your name', `Grace ${key}`);
    await pressSend(el);
    await waitUntil(() => queryByRole(el, 'heading', 'Thank you for signing up'), 'stored');
    const auth = { headers: { Authorization: `Bearer ${COORDINATOR_SECRET}` } };
    const [page, css] = await Promise.all([
      fetch(`/mock/receiver-proxy/${key}/coordinator`, auth).then((r) => r.text()),
      fetch(`/mock/receiver-proxy/${key}/coordinator/coordinator.css`, auth).then((r) => r.text()),
    ]);
    // The page's body, with its style sheet, in a container of this test page (axe runs here).
    const parsed = new DOMParser().parseFromString(page, 'text/html');
    expect(parsed.documentElement.lang).to.equal('en-GB');
    expect(parsed.title).to.not.equal('');
    const container = document.createElement('div');
    const style = document.createElement('style');
    style.textContent = css;
    container.append(style, ...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
    document.body.append(container);
    try {
      expect(container.textContent).to.contain(`Grace ${key}`);
      await expect(container).to.be.accessible();
    } finally {
      container.remove();
    }
  });
});
