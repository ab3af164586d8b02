/**
 * Issue 23: "Tell us what you think" in the calendar's session dialog. Offered only when the native
 * feed has a feedback form; pressing it fetches `<pc-feedback-card>` (not before) and shows the card
 * for the session's event (a series' id, as the feed names it) in its place, with focus on it.
 */
import { expect, html } from '@open-wc/testing';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import type { PcEventCalendar } from '../../src/event-calendar/event-calendar.js';
import type { PcFeedbackCard } from '../../src/feedback-card/feedback-card.js';
import { nativeFeed } from '../fixtures/index.js';
import { uniqueKey, waitUntil } from '../support/helpers.js';
import { accessibleName, getByRole, headingLevel, queryByRole } from '../support/roles.js';
import { mount } from './event-calendar-kit.js';

const TELL_US = 'Tell us what you think';

const events = [
  {
    id: 'ev-stay-play',
    title: 'Stay and play',
    description: 'Toys, songs and a cuppa.',
    start: '2026-11-04T10:00',
    end: '2026-11-04T12:00',
    recurrence: { frequency: 'weekly', until: '2026-12-16' },
  },
  { id: 'ev-course', title: 'Positive parenting course', start: '2026-11-26T13:00', end: '2026-11-26T15:00' },
];
const withFeedback = { ...nativeFeed({ events }), forms: { feedback: { endpoint: 'https://receiver.example.org/feedback' } } };
const withoutFeedback = nativeFeed({ events });

const inline = (body: unknown) => `/mock/text/${uniqueKey('feedback-link')}?body=${encodeURIComponent(JSON.stringify(body))}`;

const calendar = (body: unknown, level = 2): Promise<PcEventCalendar> =>
  mount(html`<pc-event-calendar src=${inline(body)} date="2026-11-25" view="list" heading-level=${level}></pc-event-calendar>`);

/** Opens the first session whose button's name matches, and waits for its dialog with focus in it. */
async function openSession(el: PcEventCalendar, name: RegExp): Promise<HTMLDialogElement> {
  getByRole(el, 'button', name).click();
  await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'session dialog open');
  const dialog = el.shadowRoot!.querySelector('dialog')!;
  await waitUntil(() => dialog.contains(el.shadowRoot!.activeElement), 'focus in the dialog');
  return dialog;
}

async function closeSession(el: PcEventCalendar, dialog: HTMLDialogElement): Promise<void> {
  getByRole(dialog, 'button', 'Close').click();
  await waitUntil(() => !el.shadowRoot!.querySelector('dialog'), 'session dialog closed');
}

async function shownCard(el: PcEventCalendar): Promise<PcFeedbackCard> {
  await waitUntil(() => el.shadowRoot!.querySelector('pc-feedback-card'), 'feedback card shown');
  return el.shadowRoot!.querySelector('pc-feedback-card')!;
}

/** Whether focus is inside `card`: the page's, then each shadow root's, active element leads there. */
function focusInside(card: Element): boolean {
  let active: Element | null = document.activeElement;
  while (active && active !== card) active = active.shadowRoot?.activeElement ?? null;
  return active === card && !!card.shadowRoot!.activeElement;
}

describe('<pc-event-calendar>: "Tell us what you think" (issue 23)', function () {
  this.timeout(30_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  it('offers the card in the session dialog; pressed, the card for the session’s series takes its place and focus', async () => {
    const el = await calendar(withFeedback, 3);
    // Fetched only when asked for.
    expect(customElements.get('pc-feedback-card'), 'the card is not loaded with the calendar').to.equal(undefined);
    await openSession(el, /Stay and play/);
    const offer = getByRole(el, 'button', TELL_US);
    expect(offer.getAttribute('part')).to.equal('feedback-button');
    await expect(el).to.be.accessible();

    offer.click();
    const card = await shownCard(el);
    // The series, as the feed names it: not the occurrence's key (`ev-stay-play@2026-11-25`).
    expect(card.eventId).to.equal('ev-stay-play');
    expect(card.serviceId).to.equal(undefined);
    expect(card.headingLevel, 'one below the dialog’s heading').to.equal(4);
    await waitUntil(() => focusInside(card), 'focus in the card');
    const heading = card.shadowRoot!.activeElement!;
    expect(accessibleName(heading)).to.equal(TELL_US);
    expect(headingLevel(heading)).to.equal(4);
    expect(queryByRole(el, 'button', TELL_US), 'the card replaced the button').to.equal(undefined);
    // The card read the same feed as the calendar: it names the session.
    await waitUntil(() => card.shadowRoot!.textContent!.includes('How was Stay and play?'), 'the card names the session');
    await expect(el).to.be.accessible();
  });

  it('shows the button again when the dialog is closed and opened again, and offers each session its own card', async () => {
    const el = await calendar(withFeedback);
    let dialog = await openSession(el, /Stay and play/);
    getByRole(el, 'button', TELL_US).click();
    await shownCard(el);
    await closeSession(el, dialog);

    dialog = await openSession(el, /Stay and play/);
    getByRole(el, 'button', TELL_US);
    expect(el.shadowRoot!.querySelector('pc-feedback-card'), 'no card until asked again').to.equal(null);
    await closeSession(el, dialog);

    await openSession(el, /Positive parenting course/);
    getByRole(el, 'button', TELL_US).click();
    const card = await shownCard(el);
    expect(card.eventId).to.equal('ev-course');
    await waitUntil(() => focusInside(card), 'focus in the card');
  });

  it('offers nothing when the feed has no feedback form', async () => {
    const el = await calendar(withoutFeedback);
    const dialog = await openSession(el, /Stay and play/);
    // The dialog is drawn whole: the offer would be in it now.
    expect(dialog.textContent).to.contain('Toys, songs and a cuppa.');
    expect(queryByRole(el, 'button', TELL_US)).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="feedback-button"]')).to.equal(null);
  });
});
