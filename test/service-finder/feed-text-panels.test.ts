/**
 * Feed text in the finder's panels takes its own direction: a category or area named in Arabic
 * on an English page (or in English on an Arabic one) is isolated from the count beside it, in
 * the filter panel and in the chips of what is ticked, and the detail view's schedule note is too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/ar.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { makeService, nativeFeed, weekly } from '../fixtures/index.js';
import { isolatingElement, uniqueKey, waitForShadow, waitUntil } from '../support/helpers.js';

const ARABIC_CATEGORY = 'دعم الأسرة';
const ENGLISH_AREA = 'Northbridge (East)';
const ARABIC_NOTE = 'أيام الدراسة فقط';

const feed = nativeFeed({
  programme: {
    categories: [
      { id: 'family', label: ARABIC_CATEGORY },
      { id: 'play', label: 'Play and learning' },
    ],
    areas: [
      { id: 'nb', label: ENGLISH_AREA },
      { id: 'sm', label: 'Southmead' },
    ],
  },
  services: [
    makeService({ id: 'a', name: 'Family hub', categories: ['family'], area: 'nb', schedule: [weekly(['MO'], '10:00', '11:00')], scheduleNote: ARABIC_NOTE }),
    makeService({ id: 'b', name: 'Toddler gym', categories: ['play'], area: 'sm' }),
  ],
});
const src = () => `/mock/text/${uniqueKey('bidi-panel')}?body=${encodeURIComponent(JSON.stringify(feed))}`;

describe('<pc-service-finder>: feed text in its panels (issue 20)', function () {
  this.timeout(30_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  for (const locale of ['en-GB', 'ar']) {
    it(`isolates the feed's category and area names in the filter panel and the chips (${locale})`, async () => {
      const el = await fixture(html`<pc-service-finder src=${src()} locale=${locale} style="width: 1100px"></pc-service-finder>`);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('#filter-body input[type="checkbox"]').length >= 4, 'filter panel drawn');
      const panel = el.shadowRoot!.querySelector('#filter-body')!;
      for (const label of [ARABIC_CATEGORY, ENGLISH_AREA]) expect(isolatingElement(panel, label), `panel: ${label}`).to.exist;

      for (const label of [ARABIC_CATEGORY, ENGLISH_AREA]) {
        const box = [...panel.querySelectorAll('label')].find((l) => l.textContent!.includes(label))!;
        panel.querySelector<HTMLInputElement>(`#${box.htmlFor}`)!.click();
      }
      const chips = await waitForShadow(el, '.chips', 'chips');
      await waitUntil(() => chips.querySelectorAll('.chip').length === 2, 'two chips');
      for (const label of [ARABIC_CATEGORY, ENGLISH_AREA]) expect(isolatingElement(chips, label), `chip: ${label}`).to.exist;
    });
  }

  it('isolates the schedule note in the detail view', async () => {
    const el = await fixture(html`<pc-service-finder src=${src()}></pc-service-finder>`);
    (await waitForShadow(el, '.card__open[data-id="a"]', 'cards') as HTMLElement).click();
    const dialog = await waitForShadow(el, 'dialog[open]', 'detail view');
    expect(isolatingElement(dialog, ARABIC_NOTE)).to.exist;
  });
});
