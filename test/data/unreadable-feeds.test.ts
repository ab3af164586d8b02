/**
 * Issue #18, points 1, 7 and 8: documents that parse but are not feeds (a bare `null`, `42`,
 * `"x"`, `true`, or an object no format reads) end in one message and one diagnostic, never a
 * loop; they never replace the last good copy; and one document is converted once per format
 * it is read as, whether a widget names the format or detects it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
// The all-in-one fetches <pc-feed-status> when a page has one; these tests define it up front.
import '../../src/define/feed-status.js';
import type { PcFeedStatus } from '../../src/feed-status/feed-status.js';
import type { PcServiceFinder } from '../../src/service-finder/service-finder.js';
import { reloadDocument, resetDocumentCache } from '../../src/data/feed-client.js';
import { STORAGE_PREFIX } from '../../src/data/document-cache.js';
import { afterNextPaint } from '../../src/internal/idle.js';
import { readFeedSections } from '../../src/formats/registry.js';
import { feedbackSummarySection } from '../../src/data/validate-feedback-summary.js';
import { captureConsole, pagedDirectory, shadowText, uniqueKey, waitForShadow, waitUntil } from '../support/helpers.js';

const SMALL = 'test/fixtures/feeds/small.json';

/** Two animation frames: anything a render scheduled (a microtask, a task, a frame) has run by then. */
const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Sets what `/mock/configured/KEY` answers next; returns its URL. */
async function configure(key: string, answer: { body?: string; status?: number }): Promise<string> {
  const query = new URLSearchParams({ status: String(answer.status ?? 200), body: answer.body ?? '{}' });
  await fetch(`/mock/configure/${key}?${query}`);
  return `/mock/configured/${key}`;
}

const smallFeed = async (): Promise<string> => (await fetch(`/${SMALL}`)).text();

/** Console lines that are about `url`. */
const about = (calls: readonly string[], url: string) => calls.filter((line) => line.includes(url));

describe('a feed whose whole body is a bare JSON value', function () {
  this.timeout(20_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  for (const body of ['null', '42', '"x"', 'true']) {
    it(`${body}: every widget says the information is not in a format we can show, with Try again, and logs it once`, async () => {
      const url = await configure(uniqueKey('bare'), { body });
      let root!: HTMLElement;
      const errors = await captureConsole('error', async () => {
        root = await fixture(html`<div>
          <pc-provider src=${url}>
            <pc-feed-status></pc-feed-status>
            <pc-service-finder></pc-service-finder>
            <pc-event-calendar date="2026-12-01" view="list"></pc-event-calendar>
          </pc-provider>
        </div>`);
        const widgets = [...root.querySelectorAll<HTMLElement>('pc-feed-status, pc-service-finder, pc-event-calendar')];
        for (const widget of widgets) {
          const alert = await waitForShadow(widget, '[role="alert"]', `${widget.localName} shows the error`);
          expect(alert.textContent).to.contain('The information is not in a format we can show.');
          expect(widget.shadowRoot!.querySelector('[part="retry-button"]')?.textContent?.trim()).to.equal('Try again');
        }
        // Settled, not looping: nothing is waiting to render and no further message arrives.
        await twoFrames();
        await twoFrames();
        for (const widget of widgets) expect((widget as HTMLElement & { isUpdatePending: boolean }).isUpdatePending).to.equal(false);
      });
      const lines = about(errors, url);
      expect(lines, lines.join('\n')).to.have.length(1);
      expect(lines[0]).to.contain(`its whole body is the JSON value ${body}`);
      await expect(root.querySelector('pc-service-finder')!).to.be.accessible();
      await expect(root.querySelector('pc-event-calendar')!).to.be.accessible();
    });
  }

  it('after a good load, a null and then a failed refresh keep showing the good copy, marked as not the latest', async () => {
    const key = uniqueKey('good-then-null');
    const url = await configure(key, { body: await smallFeed() });
    const el = await fixture<PcFeedStatus>(html`<pc-feed-status src=${url}></pc-feed-status>`);
    await waitForShadow(el, '.summary', 'the good copy shows');

    const errors = await captureConsole('error', async () => {
      await configure(key, { body: 'null' });
      reloadDocument(url);
      await waitForShadow(el, '[part="stale-notice"]', 'the good copy, marked stale, after the null');
      expect(shadowText(el)).to.contain('Testborough Parent Champions');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);

      // A status the data client does not retry, so nothing waits on its backoff timer.
      await configure(key, { status: 404 });
      // The refresh is over when the data client says it gave up, not after a delay.
      await captureConsole('warn', async (warnings) => {
        reloadDocument(url);
        await waitUntil(() => about(warnings, url).some((line) => line.includes('HTTP 404')), 'the refresh fails');
      });
      await el.updateComplete;
      await waitForShadow(el, '[part="stale-notice"]', 'the good copy, marked stale, after the 404');
      await twoFrames();
    });
    expect(shadowText(el)).to.contain('Testborough Parent Champions');
    expect(shadowText(el)).to.contain('We could not get the latest information');
    expect(about(errors, url).filter((line) => line.includes('JSON value null')), errors.join('\n')).to.have.length(1);
    expect(el.isUpdatePending).to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('the last-good copy keeps only documents a widget could show', function () {
  this.timeout(20_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  it('a good load, then {"version":"9.0"}, then a 404: the saved good copy shows with the notice', async () => {
    const key = uniqueKey('keep-good');
    const url = await configure(key, { body: await smallFeed() });
    const absolute = new URL(url, document.baseURI).href;

    const first = await fixture<PcFeedStatus>(html`<pc-feed-status src=${url}></pc-feed-status>`);
    await waitForShadow(first, '.summary', 'first page view');
    first.remove();
    await new Promise<void>((resolve) => afterNextPaint(resolve)); // the copy is written after the page has painted
    expect(localStorage.getItem(STORAGE_PREFIX + absolute)).to.contain('Testborough Parent Champions');

    // A second page view gets a document that parses but is no feed: the saved copy stays.
    resetDocumentCache();
    await configure(key, { body: '{"version":"9.0"}' });
    const errors = await captureConsole('error', async () => {
      const second = await fixture<PcFeedStatus>(html`<pc-feed-status src=${url}></pc-feed-status>`);
      await waitForShadow(second, '[part="stale-notice"]', 'second page view falls back on the good copy');
      expect(shadowText(second)).to.contain('Testborough Parent Champions');
      second.remove();
    });
    expect(about(errors, url)).to.have.length(1);
    expect(about(errors, url)[0]).to.contain('nor a native feed');
    expect(localStorage.getItem(STORAGE_PREFIX + absolute)).to.contain('Testborough Parent Champions');

    // A third page view while the server fails (a status not retried, so no backoff timer): the good copy, as the README promises.
    resetDocumentCache();
    await configure(key, { status: 404 });
    const third = await fixture<PcFeedStatus>(html`<pc-feed-status src=${url}></pc-feed-status>`);
    await waitForShadow(third, '[part="stale-notice"]', 'third page view shows the saved copy');
    expect(shadowText(third)).to.contain('Testborough Parent Champions');
    expect(third.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expect(third).to.be.accessible();
  });

  it('a document no widget can show is not saved in place of nothing either', async () => {
    const key = uniqueKey('never-good');
    const url = await configure(key, { body: '{"version":"9.0"}' });
    const el = await fixture<PcFeedStatus>(html`<pc-feed-status src=${url}></pc-feed-status>`);
    await waitForShadow(el, '[role="alert"]');
    await new Promise<void>((resolve) => afterNextPaint(resolve)); // when a copy would have been written
    expect(localStorage.getItem(STORAGE_PREFIX + new URL(url, document.baseURI).href)).to.equal(null);
  });
});

describe('one conversion per document, whichever way a widget names its format', function () {
  this.timeout(30_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  it('a live directory in Outpost\'s envelope is paged once by the data client, even when a widget that arrives later reads it again', async () => {
    // Pages after the first wait until the test releases them.
    const directory = pagedDirectory('test/fixtures/feeds/openreferral-three.json', 1);
    const src = directory.url;
    const root = await fixture(html`<div><pc-service-finder src=${src}></pc-service-finder></div>`);
    await waitUntil(async () => (await directory.pagesAsked())['2'], 'the second page asked for');
    // Another bundle arrives on the page (its widget reads a part of the feed no widget read before), and its widget
    // shows the same directory: the feed is read again, with that part.
    readFeedSections({ feedbackSummary: feedbackSummarySection });
    const status = document.createElement('pc-feed-status');
    status.setAttribute('src', src);
    root.append(status);
    const finder = root.querySelector<PcServiceFinder>('pc-service-finder')!;
    await directory.releaseUntil(() => shadowText(finder).includes('3 services found') && shadowText(status).includes('3 services'), 'the three pages merged, in both widgets');
    expect(await directory.pagesAsked(), 'each page asked for once').to.deep.equal({ 1: 1, 2: 1, 3: 1 });
    root.remove();
  });

  it('a live Open Referral API read by format="openreferral" and format="auto" is paged once', async () => {
    const OR = 'test/fixtures/open-referral-uk';
    const template = ((await (await fetch(`/${OR}/api-mocks/test/service_list.json`)).json()) as { contents: object[] }).contents[0];
    const pageUrls: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input instanceof Request ? input.url : input), location.href);
      // This directory's pages only (not another test's, ending in the same browser).
      if (!url.pathname.endsWith('/services') || !url.pathname.startsWith('/mock/flaky/')) return realFetch(input, init);
      pageUrls.push(url.href);
      const page = Number(url.searchParams.get('page'));
      const contents = [{ ...template, id: `svc-${page}`, name: `Counselling group ${page}` }];
      return new Response(JSON.stringify({ total_items: 2, total_pages: 2, page_number: page, contents }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }) as typeof fetch;
    try {
      const base = `/mock/flaky/${uniqueKey('api')}?fail=0&file=${encodeURIComponent(`${OR}/api-mocks/test/api_details.json`)}`;
      const root = await fixture(html`<div>
        <pc-service-finder src=${base} format="openreferral"></pc-service-finder>
        <pc-service-finder src=${base}></pc-service-finder>
      </div>`);
      for (const finder of root.querySelectorAll<PcServiceFinder>('pc-service-finder')) {
        await waitUntil(() => shadowText(finder).includes('2 services found'), `both pages merged in each finder: ${shadowText(finder).slice(0, 300)}`);
      }
      expect(pageUrls, pageUrls.join('\n')).to.have.length(2);
    } finally {
      window.fetch = realFetch;
    }
  });

});
