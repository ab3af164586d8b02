/**
 * A service's detail on a 320 px phone (WCAG 1.4.10's width): the dialog takes the width it asks for
 * (the browser's own cap on modal dialogs left it 22 px less), and each label sits above its value,
 * so a phone number and an email address keep to one line (beside their labels the values had
 * ~140 px: "01632 / 960112", "hv.north@example. / org").
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { nativeFeed } from '../fixtures/index.js';
import { linesOf, uniqueKey, waitUntil } from '../support/helpers.js';
import { getByRole } from '../support/roles.js';

const EMAIL = 'hv.north@example.org';
const PHONE = '01632 960112';
const feed = nativeFeed({
  services: [
    {
      id: 'hv-north',
      name: 'Health visiting clinic (North)',
      categories: [],
      accessibility: ['Step-free access', 'Baby changing'],
      location: { name: 'Northbridge Family Hub', address: '14 Station Road, Northbridge', postcode: 'NB1 4AA' },
      contact: { phone: PHONE, email: EMAIL },
      schedule: [{ frequency: 'weekly', byDay: ['TU'], opensAt: '09:30', closesAt: '11:30' }],
    },
  ],
});

describe('<pc-service-finder>: a service’s detail on a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => resetDocumentCache({ storage: true }));

  it('is as wide as the phone allows, with each label above its value and contacts on one line', async () => {
    const src = `/mock/text/${uniqueKey('detail-phone')}?body=${encodeURIComponent(JSON.stringify(feed))}`;
    const el = await fixture(html`<pc-service-finder src=${src}></pc-service-finder>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.card__open'), 'the result');
    el.shadowRoot!.querySelector<HTMLElement>('.card__open')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open] dl'), 'the detail is open');
    const dialog = el.shadowRoot!.querySelector('dialog[open]')!;
    // `width: min(44em, 100% - 1em)`: 320 - 16, less any scrollbar the page shows.
    expect(dialog.getBoundingClientRect().width, 'the dialog’s width').to.be.closeTo(document.documentElement.clientWidth - 16, 1);
    expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.equal(document.documentElement.clientWidth);
    const pairs = [...dialog.querySelectorAll('dt')].map((dt) => [dt, dt.nextElementSibling!] as const);
    expect(pairs.length, 'facts shown').to.be.at.least(3);
    for (const [dt, dd] of pairs) {
      expect(dd.getBoundingClientRect().top, `${dt.textContent}: its value under it`).to.be.at.least(dt.getBoundingClientRect().bottom - 1);
    }
    expect(linesOf(getByRole(dialog, 'link', new RegExp(EMAIL))), 'the email address on one line').to.equal(1);
    expect(linesOf(getByRole(dialog, 'link', new RegExp(PHONE))), 'the phone number on one line').to.equal(1);
    await expect(el).to.be.accessible();
  });
});
