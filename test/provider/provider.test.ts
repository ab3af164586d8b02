import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
// The all-in-one fetches <pc-feed-status> when a page has one; these tests define it up front.
import '../../src/define/feed-status.js';
import type { PcFeedStatus } from '../../src/feed-status/feed-status.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { feedUrl, isolatingElement, requestCount, shadowText, uniqueKey, waitForShadow, waitUntil } from '../support/helpers.js';
import { personOrganisedEvents } from '../fixtures/index.js';

const SMALL = 'test/fixtures/feeds/small.json';

async function waitForReady(element: PcFeedStatus): Promise<void> {
  await waitForShadow(element, '.summary', 'feed summary rendered');
}

// <pc-feed-status>'s loading, errors and "Try again", saved copy, heading levels, Arabic and missing
// src: the shared suite, test/provider/feed-widget-suite.test.ts.
describe('<pc-provider> and <pc-feed-status>', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('loads the feed once and shares it with every widget inside', async () => {
    const key = uniqueKey('shared');
    const root = await fixture(html`<div>
      <pc-provider src=${feedUrl(SMALL, key)}>
        <pc-feed-status></pc-feed-status>
        <section><pc-feed-status heading-level="3"></pc-feed-status></section>
      </pc-provider>
    </div>`);
    const [first, second] = [...root.querySelectorAll('pc-feed-status')];
    await waitForReady(first);
    await waitForReady(second);
    expect(shadowText(first)).to.contain('Testborough Parent Champions');
    expect(shadowText(second)).to.contain('Testborough Parent Champions');
    expect(second.shadowRoot!.querySelector('h3')?.textContent).to.equal('Testborough Parent Champions');
    expect(await requestCount(key)).to.equal(1);
  });

  it('shows valid items and counts the skipped one', async () => {
    const el = await fixture<PcFeedStatus>(html`<pc-feed-status src=${feedUrl(SMALL)}></pc-feed-status>`);
    await waitForReady(el);
    const text = shadowText(el);
    expect(text).to.contain('2 services');
    expect(text).to.contain('1 event');
    expect(text).to.contain('1 entry could not be shown');
    await expect(el).to.be.accessible();
  });

  it('two widgets with the same src outside a provider cause one request', async () => {
    const key = uniqueKey('dedupe');
    const url = feedUrl(SMALL, key);
    const root = await fixture(html`<div>
      <pc-feed-status src=${url}></pc-feed-status>
      <pc-feed-status src=${url}></pc-feed-status>
    </div>`);
    for (const el of root.querySelectorAll('pc-feed-status')) await waitForReady(el);
    expect(await requestCount(key)).to.equal(1);
  });

  it("a widget's own src wins over the provider's", async () => {
    const root = await fixture(html`<pc-provider src=${feedUrl('test/fixtures/feeds/not-a-feed.json')}>
      <pc-feed-status src=${feedUrl(SMALL)}></pc-feed-status>
    </pc-provider>`);
    const el = root.querySelector('pc-feed-status')!;
    await waitForReady(el);
    expect(shadowText(el)).to.contain('Testborough');
  });

  it('shows a translatable error for a document that is not a feed', async () => {
    const el = await fixture<PcFeedStatus>(
      html`<pc-feed-status src=${feedUrl('test/fixtures/feeds/not-a-feed.json')}></pc-feed-status>`,
    );
    const alert = await waitForShadow(el, '[role="alert"]');
    expect(alert.textContent).to.contain('not in a format we can show');
    await expect(el).to.be.accessible();
  });

  it('reloads when the provider src changes', async () => {
    const root = await fixture(html`<pc-provider src=${feedUrl('test/fixtures/feeds/not-a-feed.json')}>
      <pc-feed-status></pc-feed-status>
    </pc-provider>`);
    const el = root.querySelector('pc-feed-status')!;
    await waitForShadow(el, '[role="alert"]');
    root.setAttribute('src', feedUrl(SMALL));
    await waitForReady(el);
    expect(shadowText(el)).to.contain('Testborough');
  });

  it('renders feed text as text, never as HTML', async () => {
    (window as unknown as { __pwned?: boolean }).__pwned = false;
    const el = await fixture<PcFeedStatus>(
      html`<pc-feed-status src=${feedUrl('test/fixtures/feeds/hostile.json')}></pc-feed-status>`,
    );
    await waitForReady(el);
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x onerror="window.__pwned = true">Evil & Co');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(false);
  });

  it('uses the provider locale, and the element locale wins', async () => {
    const root = await fixture(html`<pc-provider src=${feedUrl(SMALL)} locale="ar">
      <pc-feed-status></pc-feed-status>
      <pc-feed-status locale="en-GB"></pc-feed-status>
    </pc-provider>`);
    const [arabic, english] = [...root.querySelectorAll('pc-feed-status')];
    await waitForReady(arabic);
    await waitForReady(english);
    // The all-in-one bundle fetches the Arabic pack on first use.
    await waitUntil(() => arabic.shadowRoot!.querySelector('.root')?.getAttribute('dir') === 'rtl', 'Arabic pack loaded');
    expect(shadowText(arabic)).to.contain('خدمتان');
    expect(shadowText(english)).to.contain('2 services');
    await expect(arabic).to.be.accessible();
  });

  it('keeps working when the provider is removed and re-added', async () => {
    const root = await fixture(html`<div>
      <pc-provider src=${feedUrl(SMALL)}><pc-feed-status></pc-feed-status></pc-provider>
    </div>`);
    const provider = root.querySelector('pc-provider')!;
    await waitForReady(root.querySelector('pc-feed-status')!);
    provider.remove();
    root.append(provider);
    await waitUntil(() => shadowText(provider.querySelector('pc-feed-status')!).includes('Testborough'));
  });
});

describe('feed formats', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('with every widget loaded, still reads JSON-LD as JSON-LD: Open Referral UK only gets what no format claims', async () => {
    const el = await fixture<PcFeedStatus>(html`<pc-feed-status src=${feedUrl('test/fixtures/calendar/jsonld-events.json')}></pc-feed-status>`);
    await waitForReady(el);
    expect(shadowText(el)).to.match(/[1-9]\d* events?/);
    expect(shadowText(el)).to.contain('0 services');
  });

  it('names no programme for JSON-LD events whose organiser is a person, and shows no empty heading', async () => {
    const src = `/mock/text/${uniqueKey()}?body=${encodeURIComponent(JSON.stringify(personOrganisedEvents()))}`;
    const el = await fixture<PcFeedStatus>(html`<pc-feed-status src=${src}></pc-feed-status>`);
    await waitForReady(el);
    expect(shadowText(el)).to.contain('1 event');
    expect(shadowText(el), "a volunteer's name is not the programme's").to.not.contain('Jane Smith');
    expect(el.shadowRoot!.querySelector('[part="heading"]'), 'no heading').to.equal(null);
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('waits for a lazily loaded converter, then shows its feed', async () => {
    const { registerAdapter } = await import('../../src/formats/registry.js');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    registerAdapter({
      name: 'test-lazy',
      detect: (data) => (data as { hello?: string } | null)?.hello === 'world',
      convert: async () => {
        await gate;
        return {
          feed: {
            version: '1.0',
            programme: { name: 'Converted later', timezone: 'Europe/London', locale: 'en-GB', areas: [], categories: [] },
            services: [],
            events: [],
            forms: {},
          },
          diagnostics: [],
        };
      },
    });
    const el = await fixture<PcFeedStatus>(
      html`<pc-feed-status src=${feedUrl('test/fixtures/feeds/not-a-feed.json')}></pc-feed-status>`,
    );
    await waitForShadow(el, '[role="status"]', 'loading while the converter loads');
    release();
    await waitForReady(el);
    expect(shadowText(el)).to.contain('Converted later');
  });
});

describe('<pc-feed-status>: feed text in other scripts and directions (issue 18)', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('isolates the programme name and area', async () => {
    const body = { version: '1.0', programme: { name: 'أبطال الآباء 2026', area: 'Northbridge (East)' } };
    const src = `/mock/text/${uniqueKey('bidi')}?body=${encodeURIComponent(JSON.stringify(body))}`;
    const el = await fixture<PcFeedStatus>(html`<pc-feed-status src=${src}></pc-feed-status>`);
    await waitForReady(el);
    for (const text of ['أبطال الآباء 2026', 'Northbridge (East)']) expect(isolatingElement(el, text), text).to.exist;
  });
});
