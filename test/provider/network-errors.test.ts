/**
 * Transport faults as a parent sees them (issue 18, points 12 and 13): a login challenge, a
 * busy server and the other HTTP answers each get their own message, and feed requests carry
 * no cookies unless the site asks for them with `credentials`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
// The all-in-one fetches <pc-feed-status> when a page has one; these tests define it up front.
import '../../src/define/feed-status.js';
import type { PcFeedStatus } from '../../src/feed-status/feed-status.js';
import { resetDocumentCache, watchDocument, type DocumentState } from '../../src/data/feed-client.js';
import { FeedError } from '../../src/data/errors.js';
import { errorMessage } from '../../src/ui/states.js';
import { ar, enGB } from '../support/strings.js';
import { captureConsole, requestCount, uniqueKey, waitForShadow, waitUntil } from '../support/helpers.js';

const COOKIE = 'pc_credentials_test';

/** The request headers the mock server saw for `url`, read from the shared document store. */
async function echoedCookie(url: string): Promise<string | null> {
  let state: DocumentState | undefined;
  const unwatch = watchDocument(url, (next) => (state = next));
  try {
    await waitUntil(() => state?.status === 'ready', `the echo of ${url}`);
    return ((state as Extract<DocumentState, { status: 'ready' }>).data as { cookie: string | null }).cookie;
  } finally {
    unwatch();
  }
}

function errorText(el: Element): string {
  return el.shadowRoot!.querySelector('.state--error .state__message')?.textContent?.trim() ?? '';
}

describe('network faults as a parent sees them', function () {
  this.timeout(20_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  it('a 401 with a Basic login challenge shows "not public" at once: one request, no login prompt, a console line that says why', async () => {
    const key = uniqueKey('login');
    const challenge = encodeURIComponent('WWW-Authenticate:Basic realm="feeds"');
    const src = `/mock/json/${key}?status=401&header=${challenge}`;
    let el!: PcFeedStatus;
    const errors = await captureConsole('error', async () => {
      el = await fixture<PcFeedStatus>(html`<pc-feed-status src=${src}></pc-feed-status>`);
      await waitForShadow(el, '.state--error', 'the error is shown');
    });
    expect(errorText(el)).to.equal(enGB.errorNotPublic);
    expect(errorText(el)).not.to.contain('could not find');
    expect(await requestCount(key)).to.equal(1);
    const line = errors.find((text) => text.includes(key)) ?? '';
    expect(line).to.contain('[parent-champion-widgets]').and.contain('HTTP 401');
    expect(line).to.contain('asked for a login').and.contain('credentials');
  });

  it('a 403 says the information is not public, not that it cannot be found', async () => {
    const key = uniqueKey('forbidden');
    const el = await fixture<PcFeedStatus>(html`<pc-feed-status src=${`/mock/json/${key}?status=403`}></pc-feed-status>`);
    await waitForShadow(el, '.state--error', 'the error is shown');
    expect(errorText(el)).to.equal(enGB.errorNotPublic);
    expect(await requestCount(key)).to.equal(1);
  });

  it('a 429 that lasts through every retry says the server is busy', async () => {
    const key = uniqueKey('busy');
    // `Retry-After: 0`, as a server may send: the retries happen at once, so nothing waits on a backoff timer.
    const el = await fixture<PcFeedStatus>(html`<pc-feed-status src=${`/mock/flaky/${key}?fail=99&status=429&retryAfter=0`}></pc-feed-status>`);
    await waitForShadow(el, '.state--error', 'the error is shown after the retries');
    expect(errorText(el)).to.equal(enGB.errorBusy);
    expect(errorText(el)).to.contain('busy');
    expect(await requestCount(key)).to.equal(3);
    // Busy is worth trying again.
    expect(el.shadowRoot!.querySelector('[part="retry-button"]')).to.not.equal(null);
  });

  it('maps every HTTP status to the message that fits it, in each locale', () => {
    const http = (status: number) => new FeedError('http', `HTTP ${status}`, status);
    for (const t of [enGB, ar]) {
      expect(t.errorNotPublic, t.$code).to.be.a('string').and.not.equal('');
      expect(t.errorBusy, t.$code).to.be.a('string').and.not.equal('');
      for (const status of [401, 403]) expect(errorMessage(t, http(status)), `${t.$code} ${status}`).to.equal(t.errorNotPublic);
      expect(errorMessage(t, http(429)), t.$code).to.equal(t.errorBusy);
      expect(errorMessage(t, http(408)), t.$code).to.equal(t.errorTimeout);
      for (const status of [404, 410, 400]) expect(errorMessage(t, http(status)), `${t.$code} ${status}`).to.equal(t.errorHttp(status));
      for (const status of [500, 502, 503]) expect(errorMessage(t, http(status)), `${t.$code} ${status}`).to.equal(t.errorHttp(status));
      expect(errorMessage(t, new FeedError('timeout', 'slow')), t.$code).to.equal(t.errorTimeout);
      expect(errorMessage(t, new FeedError('network', 'down')), t.$code).to.equal(t.errorNetwork);
    }
    // The English wording of each kind of answer.
    expect(errorMessage(enGB, http(404))).to.contain('could not find');
    expect(errorMessage(enGB, http(410))).to.contain('could not find');
    expect(errorMessage(enGB, http(503))).to.contain('having problems');
    expect(errorMessage(enGB, http(403))).to.contain('not public');
    for (const status of [401, 403, 429]) expect(errorMessage(enGB, http(status))).not.to.contain('could not find');
  });

  describe('credentials', () => {
    beforeEach(() => {
      document.cookie = `${COOKIE}=yes; path=/`;
    });
    afterEach(() => {
      document.cookie = `${COOKIE}=; path=/; max-age=0`;
    });

    it('a provider sends no cookie by default', async () => {
      const src = `/mock/headers/${uniqueKey('omit')}`;
      await fixture(html`<pc-provider src=${src}></pc-provider>`);
      expect(await echoedCookie(src)).to.equal(null);
    });

    for (const credentials of ['include', 'same-origin']) {
      it(`a provider with credentials="${credentials}" sends the site's cookie`, async () => {
        const src = `/mock/headers/${uniqueKey(credentials)}`;
        await fixture(html`<pc-provider src=${src} credentials=${credentials}></pc-provider>`);
        expect(await echoedCookie(src)).to.contain(`${COOKIE}=yes`);
      });
    }

    it('a widget with its own src sends no cookie by default, and does with credentials="include"', async () => {
      const plain = `/mock/headers/${uniqueKey('widget-omit')}`;
      const opted = `/mock/headers/${uniqueKey('widget-include')}`;
      await fixture(html`<div>
        <pc-feed-status src=${plain}></pc-feed-status>
        <pc-feed-status src=${opted} credentials="include"></pc-feed-status>
      </div>`);
      expect(await echoedCookie(plain)).to.equal(null);
      expect(await echoedCookie(opted)).to.contain(`${COOKIE}=yes`);
    });
  });
});
