/**
 * The states every feed-reading widget shares (`PcFeedElement`), tested the same way for each:
 * loading, a server error and an unreachable server with "Try again", the saved copy with its
 * notice, heading levels, Arabic right to left, a missing `src`, and an axe check of each state.
 * A new widget gets them with one call in its test folder:
 *
 *   runFeedWidgetSuite('pc-feed-status', {
 *     file: FIXTURE_FILES.small,
 *     content: { role: 'heading', name: 'Testborough Parent Champions' },
 *   });
 *
 * The test file imports what defines the tag (and the Arabic pack, where its bundle does not
 * fetch it). Nothing here waits on a clock: a response that must stay pending is held by the mock
 * server until the suite releases it, and every wait is for something a parent would see.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetDocumentCache, watchDocument } from '../../src/data/feed-client.js';
import type { FeedDocument } from '../fixtures/index.js';
import { configuredFeed, heldFeed, requestCount, uniqueKey, waitUntil } from './helpers.js';
import { loadWithoutBackoff } from './load-without-backoff.js';
import { allByRole, getByRole, headingLevel, queryByRole, type Role } from './roles.js';
import { ar, enGB } from './strings.js';

export interface FeedWidgetSuiteOptions {
  /** A feed file in the repository (see `FIXTURE_FILES`) whose content the widget shows. */
  file: string;
  /** How a parent recognises that content: something with this role and accessible name. */
  content: { role: Role; name: string | RegExp };
  /** Attributes every widget in the suite gets, e.g. a calendar's `date` and `view`. */
  attributes?: Record<string, string>;
  /** Width of the box the widget sits in, in px (default 1000). */
  width?: number;
  /**
   * A feed with nothing in it for this widget, and the heading of the empty state it shows
   * (from the English strings), `levelOffset` below the widget's `heading-level` (default 0).
   * Leave out for a widget without an empty state.
   */
  empty?: { feed: FeedDocument; heading: (t: typeof enGB) => string; levelOffset?: number };
}

/** The words of a translated sentence before the value put into it ("We could not get the latest information."). */
const sentenceStart = (sentence: (value: string) => string) => sentence('\u0000').split('\u0000')[0]!.trim();

/**
 * Whether `widget` shows something with this role and name. (Assert on booleans, never on DOM nodes:
 * a failing `expect(node)` makes the runner serialise the node, which can bring the page down.)
 */
const shows = (widget: Element, role: Role, name?: string | RegExp) => queryByRole(widget, role, name) !== undefined;

/** Matches a name that starts with `text`. */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** What the server and the data client had for `url` when a test gave up waiting, and what the widget showed. */
async function refreshReport(url: string, key: string, widget: Element): Promise<string> {
  let state = 'no state';
  watchDocument(url, (current) => {
    state = current.status === 'ready' ? `ready, stale ${current.stale}, revalidating ${current.revalidating}` : current.status;
  })();
  const statuses = allByRole(widget, 'status').map((el) => el.textContent?.trim().slice(0, 80));
  return `requests at the server: ${await requestCount(key)}; the data client: ${state}; the widget's statuses: ${JSON.stringify(statuses)}`;
}

/** Describes the shared feed-widget states of `tag` (a `PcFeedElement`): call it at the top level of a test file. */
export function runFeedWidgetSuite(tag: string, options: FeedWidgetSuiteOptions): void {
  const { file, content, attributes = {}, width = 1000, empty } = options;

  /**
   * The widget in a box of `width`, with the suite's attributes and `extra` (undefined: left out).
   * Given a `heading-level`, the box starts with the page's own heading one level up, as on a
   * page that asks for that level.
   */
  function mount(extra: Record<string, string | undefined>): HTMLElement {
    const box = fixtureSync<HTMLDivElement>(`<div style="width: ${width}px"></div>`);
    const level = Number(extra['heading-level'] ?? attributes['heading-level'] ?? 2);
    if (level > 2) {
      const pageHeading = document.createElement(`h${level - 1}`);
      pageHeading.textContent = 'Family services';
      box.append(pageHeading);
    }
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries({ ...attributes, ...extra })) if (value !== undefined) el.setAttribute(name, value);
    box.append(el);
    return el;
  }

  const contentShown = (el: Element) => shows(el, content.role, content.name);
  const untilContent = (el: Element, what: string) => waitUntil(() => contentShown(el), `${what}: ${content.role} "${String(content.name)}"`);
  /** Waits for the alert the error state is, through the data client's retries. */
  const untilAlert = async (el: Element) => {
    await waitUntil(() => queryByRole(el, 'alert'), 'the error state');
    return getByRole(el, 'alert');
  };

  describe(`<${tag}>: the shared feed-widget states`, function () {
    // Each error state follows the data client's retries (about 1.5 s), then an axe run; a busy machine is slower.
    this.timeout(30_000);
    afterEach(() => resetDocumentCache({ storage: true }));

    it('says "Loading…" politely and keeps room for the content while the feed loads, accessibly; then shows the content', async () => {
      // The feed is held until the test has looked: no delay to outlast on a busy machine.
      const feed = heldFeed({ file });
      const el = mount({ src: feed.url });
      await waitUntil(() => queryByRole(el, 'status', enGB.loading), 'the loading status');
      expect(!!getByRole(el, 'status', enGB.loading).closest('[part~="loading"]'), 'in the documented "loading" part').to.equal(true);
      expect(contentShown(el), 'no content yet').to.equal(false);
      expect(el.getBoundingClientRect().height, 'room kept for the content').to.be.greaterThan(40);
      await expect(el).to.be.accessible();
      await waitUntil(async () => (await requestCount(feed.key)) >= 1, 'the feed was asked for');
      await feed.releaseUntil(() => contentShown(el), `the content once the feed arrives: ${content.role} "${String(content.name)}"`);
      expect(shows(el, 'status', enGB.loading), 'no longer loading').to.equal(false);
    });

    for (const failure of [
      { what: 'a server error (HTTP 500)', status: 500, message: enGB.errorHttp(500) },
      { what: 'an unreachable server (the connection drops)', status: 'drop', message: enGB.errorNetwork },
    ] as const) {
      it(`after ${failure.what} says so with "Try again", accessibly; "Try again" then shows the content`, async () => {
        const feed = configuredFeed();
        await feed.answer({ status: failure.status });
        // The widget joins a load with no pause between its attempts: the test waits on no backoff timer.
        const stopWatching = loadWithoutBackoff(feed.url);
        const el = mount({ src: feed.url });
        const alert = await untilAlert(el);
        stopWatching();
        expect(alert.contains(getByRole(el, 'heading', enGB.errorHeading)), 'the heading is in the alert').to.equal(true);
        expect(alert.textContent).to.contain(failure.message);
        const retry = getByRole(el, 'button', enGB.retry);
        expect(alert.contains(retry), '"Try again" is in the alert').to.equal(true);
        expect(retry.getAttribute('part'), 'the documented CSS part').to.equal('retry-button');
        // One try and two retries (the data client's default) before the parent is told.
        if (failure.status !== 'drop') expect(await requestCount(feed.key)).to.equal(3);
        await expect(el).to.be.accessible();

        await feed.answer({ file });
        const before = await requestCount(feed.key);
        retry.click();
        await untilContent(el, 'the content after "Try again"');
        expect(shows(el, 'alert'), 'the error has gone').to.equal(false);
        expect(await requestCount(feed.key), 'one request for "Try again"').to.equal(before + 1);
      });
    }

    it('"Try again" pressed from the keyboard keeps focus with the parent: on "Loading…", then on the new "Try again", then on the top of the content, accessibly', async () => {
      const feed = configuredFeed();
      // 404: an answer the data client does not retry, so nothing waits on its backoff.
      await feed.answer({ status: 404 });
      const el = mount({ src: feed.url });
      await untilAlert(el);
      /** What has focus inside the widget: its part, or its tag, and its words (asserted as text, never as a node). */
      const focused = () => {
        const active = el.shadowRoot?.activeElement ?? (el.contains(document.activeElement) ? document.activeElement : null);
        return active ? `${active.getAttribute('part') ?? active.localName}: ${active.textContent?.replace(/\s+/g, ' ').trim()}` : 'nothing in the widget';
      };
      const pressTryAgain = async () => {
        getByRole(el, 'button', enGB.retry).focus();
        await sendKeys({ press: 'Enter' });
      };

      // Fails again, its answer held until the test has looked at the loading state.
      await feed.answer({ status: 404, hold: true });
      await pressTryAgain();
      await waitUntil(() => queryByRole(el, 'status', enGB.loading), 'the loading status');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(focused(), 'focus on the loading message while it loads').to.equal(`loading: ${enGB.loading}`);
      await expect(el).to.be.accessible();
      await feed.releaseUntil(() => queryByRole(el, 'alert'), 'the error again');
      await waitUntil(() => focused().startsWith('retry-button'), 'focus on the new "Try again"');
      expect(focused()).to.equal(`retry-button: ${enGB.retry}`);

      await feed.answer({ file });
      await pressTryAgain();
      await untilContent(el, 'the content after "Try again"');
      await waitUntil(() => !focused().startsWith('loading'), 'focus moved on from the loading message');
      const active = el.shadowRoot?.activeElement;
      expect(!!active?.matches('[part~="count"], h1, h2, h3, h4, h5, h6'), `focus on the count of results or the first heading (${focused()})`).to.equal(true);
      expect(active?.textContent?.trim(), 'which says something').not.to.equal('');
      await expect(el).to.be.accessible();
    });

    it('shows the saved copy when the server then fails, and says it is not the latest once the refresh has failed, accessibly', async () => {
      const feed = configuredFeed();
      await feed.answer({ file });
      const first = mount({ src: feed.url });
      await untilContent(first, 'the first load');
      first.remove();

      // A later page view: memory gone, the saved copy kept, the server now failing (each answer held).
      // It fails with an answer the data client does not retry (404), so nothing waits on its backoff
      // timer: retries over a saved copy are the data layer's tests (test/data/feed-client.test.ts).
      resetDocumentCache();
      await feed.answer({ status: 404, hold: true });
      const later = mount({ src: feed.url });
      await untilContent(later, 'the saved copy');
      const stale = startsWith(sentenceStart(enGB.staleNotice));
      await waitUntil(async () => (await requestCount(feed.key)) >= 2, 'the refresh was asked for');
      // While the refresh is still being tried there is nothing to warn about yet.
      expect(shows(later, 'status', stale), 'no notice while refreshing').to.equal(false);
      // Answers every held request until the notice shows: on a busy machine the data client may
      // have given up on the first (its 10 s timeout) and asked again.
      await feed.releaseUntil(() => queryByRole(later, 'status', stale), 'the notice once the refresh failed').catch(async (error: Error) => {
        // Twice in busy runs (Chromium, UTC time-zone run) the notice never came and the console had no
        // line for the refresh's failure: say what the server and the data client had, for the next time.
        throw new Error(`${error.message} (${await refreshReport(feed.url, feed.key, later)})`);
      });
      expect(contentShown(later), 'the saved copy still shows').to.equal(true);
      expect(shows(later, 'alert'), 'no error').to.equal(false);
      await expect(later).to.be.accessible();
    });

    it('puts the error heading at the level the page asks for (default 2), and follows changes, accessibly', async () => {
      const src = () => `/mock/json/${uniqueKey('missing')}?status=404`;
      const plain = mount({ src: src() });
      await untilAlert(plain);
      expect(headingLevel(getByRole(plain, 'heading', enGB.errorHeading))).to.equal(2);
      expect(getByRole(plain, 'alert').textContent).to.contain(enGB.errorHttp(404));
      await expect(plain).to.be.accessible();

      const placed = mount({ src: src(), 'heading-level': '4' });
      await untilAlert(placed);
      expect(headingLevel(getByRole(placed, 'heading', enGB.errorHeading))).to.equal(4);
      placed.setAttribute('heading-level', '3');
      await waitUntil(() => headingLevel(getByRole(placed, 'heading', enGB.errorHeading)) === 3, 'level 3 after the change');
      await expect(placed).to.be.accessible();
    });

    if (empty) {
      it('puts the empty state’s heading at the level the page asks for, accessibly', async () => {
        const offset = empty.levelOffset ?? 0;
        const src = () => `/mock/text/${uniqueKey('empty')}?body=${encodeURIComponent(JSON.stringify(empty.feed))}`;
        for (const level of [undefined, '4']) {
          const el = mount({ src: src(), 'heading-level': level });
          await waitUntil(() => queryByRole(el, 'heading', empty.heading(enGB)), 'the empty state');
          expect(headingLevel(getByRole(el, 'heading', empty.heading(enGB)))).to.equal(Number(level ?? 2) + offset);
          await expect(el).to.be.accessible();
        }
      });
    }

    it('locale="ar": loads and shows the content in Arabic, right to left, accessibly', async () => {
      const feed = heldFeed({ file });
      const el = mount({ src: feed.url, locale: 'ar' });
      // A bundle may fetch the Arabic pack first: wait for its words.
      await waitUntil(() => queryByRole(el, 'status', ar.loading), 'the loading status in Arabic');
      expect(getComputedStyle(getByRole(el, 'status', ar.loading)).direction).to.equal('rtl');
      await waitUntil(async () => (await requestCount(feed.key)) >= 1, 'the feed was asked for');
      await feed.releaseUntil(() => contentShown(el), `the content in Arabic: ${content.role} "${String(content.name)}"`);
      expect(getComputedStyle(getByRole(el, content.role, content.name)).direction).to.equal('rtl');
      expect(getByRole(el, content.role, content.name).closest('[lang]')?.getAttribute('lang')).to.equal('ar');
      await expect(el).to.be.accessible();
    });

    it('locale="ar": says what went wrong in Arabic, right to left, with "Try again" named in Arabic, accessibly', async () => {
      const el = mount({ src: `/mock/json/${uniqueKey('missing')}?status=404`, locale: 'ar' });
      await waitUntil(() => queryByRole(el, 'heading', ar.errorHeading), 'the error state in Arabic');
      const alert = getByRole(el, 'alert');
      expect(alert.textContent).to.contain(ar.errorHttp(404));
      expect(alert.contains(getByRole(el, 'button', ar.retry)), '"Try again" in Arabic').to.equal(true);
      expect(getComputedStyle(alert).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('without src or a provider, says no information has been set up and offers nothing to retry, accessibly', async () => {
      const el = mount({});
      const alert = await untilAlert(el);
      expect(alert.textContent).to.contain(enGB.errorNoSource);
      expect(allByRole(el, 'button').map((b) => b.textContent?.trim()), 'no button at all').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });
}
