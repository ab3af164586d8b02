/**
 * `dist/provider.js` (src/entries/provider.ts) fetches `<pc-feed-status>`'s code only where the page
 * has the tag, so pages that load it beside a widget's own entry carry none of it; a tag inside
 * another component's shadow root, which its watcher cannot see, is defined by `defineFeedStatus()`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { defineFeedStatus } from '../../src/entries/provider.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { nativeFeed } from '../fixtures/index.js';
import { uniqueKey, waitUntil } from '../support/helpers.js';

const inline = (body: unknown) => `/mock/text/${uniqueKey('provider-entry')}?body=${encodeURIComponent(JSON.stringify(body))}`;
const feed = nativeFeed({ programme: { name: 'Northbridge Parent Champions' } });

describe('dist/provider.js and <pc-feed-status>', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('defines <pc-provider> at once, and the feed status only when asked for (here, from a shadow root)', async () => {
    expect(customElements.get('pc-provider'), 'the provider').to.exist;
    expect(customElements.get('pc-feed-status'), 'no feed status on a page without one').to.equal(undefined);
    // A component of the site's own, with the feed status in its shadow root.
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<pc-provider src="${inline(feed)}"><pc-feed-status></pc-feed-status></pc-provider>`;
    await defineFeedStatus();
    expect(customElements.get('pc-feed-status')).to.exist;
    const status = shadow.querySelector('pc-feed-status')!;
    await waitUntil(() => status.shadowRoot?.textContent?.includes('Northbridge Parent Champions'), 'the programme in the feed status');
    await expect(status).to.be.accessible();
  });
});
