/**
 * A feed with something to report renders at once: the words for what validation found are in a
 * chunk of their own (src/data/feed-report.ts), fetched after the render. Here the page's format
 * registry is installed by the test, before the library loads, with a report loader the test holds
 * (the registry takes its loader as an option, and a later copy of the library uses the registry it
 * finds), so the widget can only show the services if it did not wait for the words.
 */
import { expect, fixture } from '@open-wc/testing';
import { createFormatRegistry, type ReportModule } from '../../src/formats/registry.js';
import type { PcServiceFinder } from '../../src/service-finder/service-finder.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { captureConsole, feedUrl, waitForShadow, waitUntil } from '../support/helpers.js';

describe('a feed with warnings, while the wording chunk is held', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('shows its good services before the words for its bad one have arrived, then logs them', async () => {
    let asked = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const loadReport = async (): Promise<ReportModule> => {
      asked += 1;
      await held;
      return import('../../src/data/feed-report.js');
    };
    const slot = Symbol.for('parent-champion-widgets.formats');
    (globalThis as Record<symbol, unknown>)[slot] = { v1: createFormatRegistry({ loadReport }) };
    await import('../../src/entries/service-finder.js');

    const warnings = await captureConsole('warn', async (calls) => {
      // small.json has two good services and one whose name is the number 42.
      const el = await fixture<PcServiceFinder>(`<pc-service-finder src="${feedUrl('test/fixtures/feeds/small.json')}"></pc-service-finder>`);
      await waitForShadow(el, '.card__open', 'results shown');
      const names = [...el.shadowRoot!.querySelectorAll('.card__open')].map((b) => b.textContent!.trim());
      expect(names).to.have.members(['Little Acorns Stay and Play', 'Rhyme Time at the Library']);
      // The words were asked for and are still held: nothing has been worded yet.
      expect(asked).to.equal(1);
      expect(calls.join('\n')).to.not.contain('services[2].name');
      await expect(el).to.be.accessible();

      release();
      await waitUntil(() => calls.some((text) => text.includes('services[2].name')), 'the report, once its words arrived');
    });
    expect(warnings.join('\n')).to.contain('services[2].name: must be text (a JSON string) (got 42) — item left out');
  });
});
