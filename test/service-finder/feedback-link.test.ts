/**
 * Issue 23: "Tell us what you think" in the finder's detail view. Offered only when the native feed
 * has a feedback form; pressing it fetches `<pc-feedback-card>` (not before) and shows the card for
 * that service in its place, with focus on it.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/entries/service-finder.js';
import '../../src/locales/ar.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { checkFeedSections } from '../../src/data/validate.js';
import type { PcFeedbackCard } from '../../src/feedback-card/feedback-card.js';
import type { PcServiceFinder } from '../../src/service-finder/service-finder.js';
import { makeService, nativeFeed } from '../fixtures/index.js';
import { uniqueKey, waitUntil } from '../support/helpers.js';
import { accessibleName, getByRole, headingLevel, queryByRole } from '../support/roles.js';

const TELL_US = 'Tell us what you think';
const FEEDBACK_FORM = { endpoint: 'https://receiver.example.org/feedback' };

const services = [
  makeService({ id: 'stay-play', name: 'Stay and Play', description: 'Songs, messy play and snacks.' }),
  makeService({ id: 'baby-massage', name: 'Baby Massage' }),
];
const withFeedback = { ...nativeFeed({ services }), forms: { feedback: FEEDBACK_FORM } };
const withoutFeedback = { ...nativeFeed({ services }), forms: { signup: { endpoint: 'https://receiver.example.org/signups', consentText: 'We will use your details to contact you about volunteering.' } } };

const inline = (body: unknown) => `/mock/text/${uniqueKey('feedback-link')}?body=${encodeURIComponent(JSON.stringify(body))}`;

/** The finder is the fixture root: open-wc then waits for Lit's update, not an animation frame. */
async function finder(body: unknown, attrs = ''): Promise<PcServiceFinder> {
  const el = await fixture<PcServiceFinder>(`<pc-service-finder src="${inline(body)}" ${attrs}></pc-service-finder>`);
  await waitUntil(() => queryByRole(el, 'button', 'Stay and Play'), 'results shown');
  return el;
}

/** Opens a service from its card and waits for its detail view, with focus on its title. */
async function openService(el: PcServiceFinder, name: string): Promise<HTMLDialogElement> {
  getByRole(el, 'button', name).click();
  await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open, 'detail view open');
  await waitUntil(() => el.shadowRoot!.activeElement?.id === 'detail-title', 'focus on the title');
  return el.shadowRoot!.querySelector('dialog')!;
}

/** The card in the finder's shadow root, once it is there. */
async function shownCard(el: PcServiceFinder): Promise<PcFeedbackCard> {
  await waitUntil(() => el.shadowRoot!.querySelector('pc-feedback-card'), 'feedback card shown');
  return el.shadowRoot!.querySelector('pc-feedback-card')!;
}

/** Whether focus is inside `card`: the page's, then each shadow root's, active element leads there. */
function focusInside(card: Element): boolean {
  let active: Element | null = document.activeElement;
  while (active && active !== card) active = active.shadowRoot?.activeElement ?? null;
  return active === card && !!card.shadowRoot!.activeElement;
}

describe('<pc-service-finder>: "Tell us what you think" (issue 23)', function () {
  this.timeout(30_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  it('offers the card in the detail view; pressed, the card for that service takes its place and focus', async () => {
    const el = await finder(withFeedback, 'heading-level="3"');
    // Fetched only when asked for.
    expect(customElements.get('pc-feedback-card'), 'the card is not loaded with the finder').to.equal(undefined);
    await openService(el, 'Stay and Play');
    const offer = getByRole(el, 'button', TELL_US);
    expect(offer.getAttribute('part')).to.equal('feedback-button');
    await expect(el).to.be.accessible();

    offer.click();
    const card = await shownCard(el);
    expect(card.serviceId).to.equal('stay-play');
    expect(card.eventId).to.equal(undefined);
    expect(card.headingLevel, 'one below the detail view’s heading').to.equal(4);
    await waitUntil(() => focusInside(card), 'focus in the card');
    const heading = card.shadowRoot!.activeElement!;
    expect(accessibleName(heading)).to.equal(TELL_US);
    expect(headingLevel(heading)).to.equal(4);
    expect(queryByRole(el, 'button', TELL_US), 'the card replaced the button').to.equal(undefined);
    // The card read the same feed as the finder: it names the service.
    await waitUntil(() => card.shadowRoot!.textContent!.includes('How was Stay and Play?'), 'the card names the service');
    await expect(el).to.be.accessible();
  });

  it('shows the button again when the detail view is closed and opened again, and offers each service its own card', async () => {
    const el = await finder(withFeedback);
    await openService(el, 'Stay and Play');
    getByRole(el, 'button', TELL_US).click();
    await shownCard(el);
    getByRole(el.shadowRoot!.querySelector('dialog')!, 'button', 'Close').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog'), 'detail view closed');

    await openService(el, 'Stay and Play');
    getByRole(el, 'button', TELL_US);
    expect(el.shadowRoot!.querySelector('pc-feedback-card'), 'no card until asked again').to.equal(null);
    getByRole(el.shadowRoot!.querySelector('dialog')!, 'button', 'Close').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog'), 'detail view closed');

    await openService(el, 'Baby Massage');
    getByRole(el, 'button', TELL_US).click();
    const card = await shownCard(el);
    expect(card.serviceId).to.equal('baby-massage');
    await waitUntil(() => focusInside(card), 'focus in the card');
  });

  it('speaks the finder’s language: the button and the card in Arabic for a finder with locale="ar"', async () => {
    const el = await finder(withFeedback, 'locale="ar"');
    await openService(el, 'Stay and Play');
    getByRole(el, 'button', 'أخبرنا برأيك').click();
    const card = await shownCard(el);
    expect(card.locale).to.equal('ar');
    await waitUntil(() => focusInside(card), 'focus in the card');
    await expect(el).to.be.accessible();
  });

  it('offers nothing when the feed has no feedback form', async () => {
    const el = await finder(withoutFeedback);
    const dialog = await openService(el, 'Stay and Play');
    // The detail view is drawn whole: the offer would be in it now.
    expect(dialog.textContent).to.contain('Songs, messy play and snacks.');
    expect(queryByRole(el, 'button', TELL_US)).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="feedback-button"]')).to.equal(null);
  });
});

describe('takesFeedback: the note validation leaves for the offer', () => {
  const check = (json: unknown) => checkFeedSections(json, {}).feed.takesFeedback;

  it('is set when the native document’s forms.feedback is an object, with the forms section unread', () => {
    expect(check(withFeedback)).to.equal(true);
    // The card checks the form itself when it loads: an incomplete one is still offered.
    expect(check({ ...nativeFeed(), forms: { feedback: {} } })).to.equal(true);
  });

  it('is not set without a feedback form, and a document cannot claim it', () => {
    expect(check(withoutFeedback)).to.equal(undefined);
    expect(check(nativeFeed())).to.equal(undefined);
    expect(check({ ...nativeFeed(), forms: { feedback: 'https://receiver.example.org/feedback' } })).to.equal(undefined);
    expect(check({ ...nativeFeed(), forms: { feedback: [FEEDBACK_FORM] } })).to.equal(undefined);
    expect(check({ ...nativeFeed(), takesFeedback: true })).to.equal(undefined);
    expect('takesFeedback' in checkFeedSections({ ...nativeFeed(), takesFeedback: true }, {}).feed).to.equal(false);
  });
});
