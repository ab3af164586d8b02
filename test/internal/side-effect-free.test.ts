/**
 * Element classes import without side effects: registering a tag, a feed format, the feed parts a
 * widget reads or its strings is the job of src/define/ (which the entries import). So a class
 * can be imported to extend it or to test it under another tag. This file imports only classes:
 * keep it on its own page (web-test-runner runs each file in its own).
 */
import { expect, fixture } from '@open-wc/testing';
import { PcServiceFinder } from '../../src/service-finder/service-finder.js';
import { PcEventCalendar } from '../../src/event-calendar/event-calendar.js';
import { PcProvider } from '../../src/provider/provider.js';
import { PcFeedStatus } from '../../src/feed-status/feed-status.js';
import { readFeedSections } from '../../src/formats/registry.js';
import { servicesSection } from '../../src/data/validate.js';
import { feedUrl, waitForShadow } from '../support/helpers.js';

describe('element classes imported without their entries', () => {
  it('register no tag, no feed format and no feed parts', () => {
    for (const tag of ['pc-service-finder', 'pc-event-calendar', 'pc-provider', 'pc-feed-status']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    // The page-wide format registry is installed by the first use, not by an import.
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('parent-champion-widgets.formats')]).to.equal(undefined);
    // The classes are there to use.
    for (const element of [PcServiceFinder, PcEventCalendar, PcProvider, PcFeedStatus]) expect(element).to.be.a('function');
  });

  it('a widget class works under another tag once the page registers the feed parts it reads (its strings come with the class)', async () => {
    readFeedSections({ services: servicesSection });
    customElements.define('test-service-directory', class extends PcServiceFinder {});
    const el = await fixture(`<test-service-directory src="${feedUrl('test/fixtures/feeds/small.json')}"></test-service-directory>`);
    await waitForShadow(el, '.card__open', 'results under another tag');
    const names = [...el.shadowRoot!.querySelectorAll('.card__open')].map((b) => b.textContent!.trim());
    expect(names).to.have.members(['Little Acorns Stay and Play', 'Rhyme Time at the Library']);
    expect(customElements.get('pc-service-finder')).to.equal(undefined);
  });
});
