/**
 * A feed with something to report renders at once: the words for what validation found are in a
 * chunk of their own (src/data/feed-report.ts), fetched after the render. Here the dev server
 * holds that chunk until the test releases it, so the widget can only show the services if it did
 * not wait. This file must be the first on its page to need the chunk: keep it on its own.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/entries/service-finder.js';
import type { PcServiceFinder } from '../../src/service-finder/service-finder.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { captureConsole, feedUrl, requestCount, uniqueKey, waitForShadow, waitUntil } from '../support/helpers.js';

describe('a feed with warnings, while the wording chunk is held', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('shows its good services before the words for its bad one have arrived, then logs them', async () => {
    const chunk = uniqueKey('feed-report');
    await fetch(`/mock/hold-path/${chunk}?match=${encodeURIComponent('/src/data/feed-report.')}`);
    const warnings = await captureConsole('warn', async (calls) => {
      // small.json has two good services and one whose name is the number 42.
      const el = await fixture<PcServiceFinder>(`<pc-service-finder src="${feedUrl('test/fixtures/feeds/small.json')}"></pc-service-finder>`);
      await waitForShadow(el, '.card__open', 'results shown');
      const names = [...el.shadowRoot!.querySelectorAll('.card__open')].map((b) => b.textContent!.trim());
      expect(names).to.have.members(['Little Acorns Stay and Play', 'Rhyme Time at the Library']);
      // The chunk was asked for and is still held: nothing has been worded yet.
      await waitUntil(async () => (await requestCount(chunk)) === 1, 'the wording chunk was requested');
      expect(calls.join('\n')).to.not.contain('services[2].name');
      await expect(el).to.be.accessible();

      await fetch(`/mock/release/${chunk}`);
      await waitUntil(() => calls.some((text) => text.includes('services[2].name')), 'the report, once its words arrived');
    });
    expect(warnings.join('\n')).to.contain('services[2].name: must be text (a JSON string) (got 42) — item left out');
  });
});
