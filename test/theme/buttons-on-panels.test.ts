/**
 * Secondary buttons on the grey panels (an empty state, the feedback card's inline strip, the
 * finder's filters: one rule, `.on-grey`, in the base styles) are drawn on white: grey on grey showed only their bottom line, so "Yes" and "No" read as links.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/entries/feedback-card.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { nativeFeed } from '../fixtures/index.js';
import { feedUrl, uniqueKey, waitUntil } from '../support/helpers.js';
import { getByRole } from '../support/roles.js';

/** The button's fill differs from the panel's, so the button shows as a button. */
function expectStandsOut(button: Element, panel: Element): void {
  const fill = getComputedStyle(button).backgroundColor;
  expect(fill, `${button.textContent!.trim()}: its own fill`).not.to.equal(getComputedStyle(panel).backgroundColor);
  expect(fill, `${button.textContent!.trim()}: a visible fill`).not.to.equal('rgba(0, 0, 0, 0)');
}

describe('secondary buttons on grey panels', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('the calendar’s empty state: its way forward stands out, accessibly', async () => {
    const src = `/mock/text/${uniqueKey('empty')}?body=${encodeURIComponent(JSON.stringify(nativeFeed()))}`;
    const el = await fixture(html`<pc-event-calendar src=${src} view="list" date="2026-11-23"></pc-event-calendar>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.state--empty button'), 'the empty state');
    const panel = el.shadowRoot!.querySelector('.state--empty')!;
    // The panel's own "Next 4 weeks" (the toolbar's arrow has the same name).
    expectStandsOut(getByRole(panel, 'button', 'Next 4 weeks'), panel);
    await expect(el).to.be.accessible();
  });

  it('the feedback card’s inline strip: "Yes" and "No" stand out, accessibly', async () => {
    const el = await fixture(html`<pc-feedback-card action="https://receiver.example.org/feedback" variant="inline"></pc-feedback-card>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.strip button'), 'the strip');
    const strip = el.shadowRoot!.querySelector('.strip')!;
    for (const name of ['Yes', 'No']) expectStandsOut(getByRole(el, 'button', name), strip);
    await expect(el).to.be.accessible();
  });

  it('the finder’s filters: "Clear filters" stands out on the panel, accessibly', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 1000px"><pc-service-finder src=${feedUrl('test/fixtures/finder/finder.json')}></pc-service-finder></div>`);
    const el = host.firstElementChild!;
    const sundayLabel = () => [...(el.shadowRoot?.querySelectorAll('label') ?? [])].find((label) => label.textContent!.trim().startsWith('Sunday'));
    await waitUntil(sundayLabel, 'the filter panel');
    sundayLabel()!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="clear-filters"]'), '"Clear filters"');
    const clear = el.shadowRoot!.querySelector('[part="clear-filters"]')!;
    expectStandsOut(clear, el.shadowRoot!.querySelector('.filters__body')!);
    await expect(el).to.be.accessible();
  });
});
