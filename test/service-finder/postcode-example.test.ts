/**
 * The example postcode in the finder's hint ("for example NB1 4AA") is one unit a parent copies: on a
 * 320 px phone it stays on one line, in English and in Arabic, where a right-to-left line broke it as
 * "NB1" and, a line below, "4AA".
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { nativeFeed } from '../fixtures/index.js';
import { uniqueKey, waitUntil } from '../support/helpers.js';
import { mostLinesAcrossWidths } from '../support/lines.js';

const feed = nativeFeed({
  services: [
    {
      id: 'hv-north',
      name: 'Health visiting clinic (North)',
      categories: [],
      accessibility: [],
      location: { name: 'Northbridge Family Hub', address: '14 Station Road, Northbridge', postcode: 'NB1 4AA' },
      schedule: [],
    },
  ],
});

/** The most lines the example postcode is drawn on inside the element's text, at every finder width from 200 to 320 px. */
const linesOfExample = (element: Element) => mostLinesAcrossWidths((element.getRootNode() as ShadowRoot).host as HTMLElement, element, /NB1\s4AA/);

describe('<pc-service-finder>: the example postcode on a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => resetDocumentCache({ storage: true }));

  for (const locale of ['en-GB', 'ar']) {
    it(`keeps "NB1 4AA" on one line in the hint and the error (${locale})`, async () => {
      const src = `/mock/text/${uniqueKey(`example-${locale}`)}?body=${encodeURIComponent(JSON.stringify(feed))}`;
      const el = await fixture(html`<pc-service-finder src=${src} locale=${locale}></pc-service-finder>`);
      // In Arabic once its words have loaded: "… مثل NB1 4AA".
      const words = locale === 'ar' ? /مثل NB1\s4AA/ : /for example NB1\s4AA/;
      await waitUntil(() => words.test(el.shadowRoot?.querySelector('#pc-hint')?.textContent ?? ''), 'the hint’s example');
      const hint = el.shadowRoot!.querySelector('#pc-hint')!;
      expect(linesOfExample(hint), hint.textContent!).to.equal(1);
      // A refused postcode: the error gives the same example.
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#pc')!;
      input.value = 'not a postcode';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      el.shadowRoot!.querySelector<HTMLFormElement>('form.search')!.requestSubmit();
      await waitUntil(() => el.shadowRoot!.querySelector('#pc-error'), 'the postcode error');
      const error = el.shadowRoot!.querySelector('#pc-error')!;
      expect(linesOfExample(error), error.textContent!).to.equal(1);
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.equal(document.documentElement.clientWidth);
      await expect(el).to.be.accessible();
    });
  }
});
