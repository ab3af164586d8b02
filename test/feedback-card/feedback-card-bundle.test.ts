/**
 * `<pc-feedback-card>` from the all-in-one bundle (src/index.ts), where it is a chunk fetched when
 * the page uses its tag: inside a provider it still reads `forms.feedback` and names the service
 * and the session (their names come from what the bundle's other widgets read). Only the bundle is
 * imported here: nothing else registers the card or the feed's parts it reads.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PcFeedbackCard } from '../../src/feedback-card/feedback-card.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { waitUntil } from '../support/helpers.js';
import { getByRole } from '../support/roles.js';
import { forgetForms } from './card-helpers.js';
import { feedbackFeed, inlineFeed, legends, shows } from './card-kit.js';

/** The real card inside a provider, once the chunk has defined it and its questions show. */
async function bundledCard(attributes: Record<string, string>): Promise<PcFeedbackCard> {
  const provider = await fixture(html`<pc-provider src=${inlineFeed(feedbackFeed())}></pc-provider>`);
  const card = document.createElement('pc-feedback-card');
  for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
  provider.append(card);
  await waitUntil(() => customElements.get('pc-feedback-card'), 'the card’s chunk');
  const el = provider.querySelector<PcFeedbackCard>('pc-feedback-card')!;
  await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the card’s questions');
  await el.updateComplete;
  return el;
}

afterEach(() => {
  resetDocumentCache({ storage: true });
  forgetForms();
});

describe('<pc-feedback-card> in the all-in-one bundle', () => {
  it('fetches the card when the page uses its tag; it names the service and sends to the feed’s endpoint', async () => {
    const el = await bundledCard({ 'service-id': 'riverside' });
    expect(getByRole(el, 'heading', 'Tell us what you think')).to.exist;
    expect(legends(el)[0]).to.equal('How was Riverside Stay and Play?');
    expect(shows(el, 'heading', 'This form cannot send answers yet'), 'the feed’s endpoint is its action').to.be.false;
    await expect(el).to.be.accessible();
  });

  it('names the session of event-id, and offers the picker without either', async () => {
    const session = await bundledCard({ 'event-id': 'messy-morning' });
    expect(legends(session)[0]).to.equal('How was Messy Play Morning?');
    const picker = await bundledCard({});
    expect(legends(picker)[0]).to.equal('Which service is your feedback about?');
  });
});
