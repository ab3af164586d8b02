/**
 * `<pc-feedback-card>` inside a scheme's `<pc-provider>` (issue 23): it reads `forms.feedback`
 * (where to send, the question, what happens to the parent's words, the safeguarding line), names
 * the service or session the page is about, and without one lets the parent pick a service: a
 * search over a long list, typed at the keyboard, "It is not listed", and an error when nothing
 * is picked. Open Referral UK directories give their services too. Feeds are inline mock bodies.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/entries/provider.js';
// The card's own bundle beside the provider's: the feed's forms, and the names of its services and sessions.
import '../../src/entries/feedback-card.js';
import type { PcFeedbackCard } from '../../src/feedback-card/feedback-card.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { openReferralPage, openReferralService } from '../fixtures/index.js';
import { feedUrl, waitUntil } from '../support/helpers.js';
import { getByRole, queryByRole } from '../support/roles.js';
import { activeInShadow, control, fieldError, forgetForms, hasControl, payloadOf, pressSend, summaryLinks, tick } from './card-helpers.js';
import { cardInProvider, choicesOf, feedbackFeed, inlineFeed, legends, MANY_SERVICES, recordingKit, shows } from './card-kit.js';

const PICK = 'Which service is your feedback about?';
const THANKS = 'Thank you for your feedback';

/** What the picker's count says (its live region). */
const countSaid = (el: PcFeedbackCard) => (el.shadowRoot!.getElementById('service-search-count')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types into the picker's search as a parent does: focus it, then keys. */
async function search(el: PcFeedbackCard, text: string): Promise<void> {
  const box = control(el, 'Search for the service');
  box.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

afterEach(() => {
  resetDocumentCache({ storage: true });
  forgetForms();
  document.title = document.title.replace(/^Error: /, '');
});

describe('<pc-feedback-card> in a scheme’s feed', () => {
  it("reads forms.feedback: sends to its endpoint, asks its question, and says its words about what happens, names and safeguarding", async () => {
    const { tag, receiver, urls } = recordingKit();
    const el = await cardInProvider(
      tag,
      inlineFeed(
        feedbackFeed({
          question: 'How did we do today?',
          whatHappensText: 'The Castlegate team reads every response within a week.',
          safeguardingText: 'Worried about a child? Call Castlegate children’s services on 01632 960 123.',
          noNamesText: 'Please leave out anyone’s name.',
        }),
      ),
      { 'service-id': 'riverside' },
    );
    expect(legends(el)[0]).to.equal('How did we do today?');
    const inset = el.shadowRoot!.querySelector('[part="what-happens"]')!.textContent!;
    expect(inset).to.contain('The Castlegate team reads every response within a week.');
    expect(inset).to.contain('Worried about a child? Call Castlegate children’s services on 01632 960 123.');
    expect(inset).to.not.contain('If a child is in danger, call 999.');
    // The reminder under both text boxes is the scheme's too.
    const hints = [...el.shadowRoot!.querySelectorAll('textarea')].map((box) => el.shadowRoot!.getElementById(`${box.id}-hint`)?.textContent?.trim());
    expect(hints).to.deep.equal(['Please leave out anyone’s name.', 'Please leave out anyone’s name.']);
    expect(shows(el, 'heading', 'This form cannot send answers yet'), 'the endpoint is its action').to.be.false;
    await expect(el).to.be.accessible();
    await tick(el, 'Very good');
    await pressSend(el);
    await receiver.requestsArrived(1);
    expect(urls).to.deep.equal(['https://receiver.example.org/feedback-from-feed']);
    receiver.answerNext({ status: 201 });
    await waitUntil(() => queryByRole(el, 'heading', THANKS), 'the thank-you');
  });

  it("the card's own action and question win over the feed's", async () => {
    const { tag, receiver, urls } = recordingKit();
    const el = await cardInProvider(tag, inlineFeed(feedbackFeed({ question: 'How did we do today?' })), {
      'service-id': 'riverside',
      action: 'https://crm.example.org/feedback',
      question: 'Would you come again?',
    });
    expect(legends(el)[0]).to.equal('Would you come again?');
    await tick(el, 'Good');
    await pressSend(el);
    await receiver.requestsArrived(1);
    expect(urls).to.deep.equal(['https://crm.example.org/feedback']);
  });

  it('reads consentText as what happens when the feed has no whatHappensText', async () => {
    const { tag } = recordingKit();
    const el = await cardInProvider(tag, inlineFeed(feedbackFeed({ consentText: 'We share what parents say without names.' })), { 'service-id': 'riverside' });
    expect(el.shadowRoot!.querySelector('[part="what-happens"]')!.textContent).to.contain('We share what parents say without names.');
  });

  it('service-id: asks "How was <name>?" and sends the service’s id and name', async () => {
    const { tag, receiver } = recordingKit();
    const el = await cardInProvider(tag, inlineFeed(feedbackFeed()), { 'service-id': 'riverside' });
    expect(legends(el)[0]).to.equal('How was Riverside Stay and Play?');
    expect(hasControl(el, 'Search for the service'), 'no picker').to.be.false;
    expect(legends(el)).to.not.include(PICK);
    await expect(el).to.be.accessible();
    await tick(el, 'Very good');
    await pressSend(el);
    await receiver.requestsArrived(1);
    expect(payloadOf(receiver.requests[0]).subject).to.deep.equal({ serviceId: 'riverside', serviceName: 'Riverside Stay and Play' });
  });

  it('event-id: names the session, and sends its id and name', async () => {
    const { tag, receiver } = recordingKit();
    const el = await cardInProvider(tag, inlineFeed(feedbackFeed()), { 'event-id': 'messy-morning' });
    expect(legends(el)[0]).to.equal('How was Messy Play Morning?');
    expect(legends(el)).to.not.include(PICK);
    await expect(el).to.be.accessible();
    await tick(el, 'Poor');
    await pressSend(el);
    await receiver.requestsArrived(1);
    expect(payloadOf(receiver.requests[0]).subject).to.deep.equal({ eventId: 'messy-morning', serviceName: 'Messy Play Morning' });
  });
});

describe('<pc-feedback-card>: picking the service', () => {
  it('more than 8 services: a search box, 8 listed with "It is not listed", and how many there are', async () => {
    const { tag } = recordingKit();
    const el = await cardInProvider(tag, inlineFeed(feedbackFeed()));
    expect(legends(el)[0]).to.equal(PICK);
    expect(legends(el)[1]).to.equal('How was the service?');
    expect(control(el, 'Search for the service').type).to.equal('search');
    const listed = choicesOf(el, PICK);
    expect(listed).to.have.length(9);
    expect(listed.at(-1)).to.equal('It is not listed');
    expect(countSaid(el)).to.equal('Showing 8 of 10: type more of the name to find yours');
    await expect(el).to.be.accessible();
  });

  it('typing narrows the list and says how many match; the chosen service stays listed; the question names it', async () => {
    const { tag } = recordingKit();
    const el = await cardInProvider(tag, inlineFeed(feedbackFeed()));
    await search(el, 'library');
    expect(choicesOf(el, PICK)).to.deep.equal(['Rhyme Time at the Library', 'Sling Library', 'Toy Library', 'It is not listed']);
    expect(countSaid(el)).to.equal('3 services match');
    await tick(el, 'Sling Library');
    expect(legends(el)[1]).to.equal('How was Sling Library?');
    await expect(el).to.be.accessible();

    // Accents and case do not matter; the one chosen is kept in view while the parent searches on.
    control(el, 'Search for the service').value = '';
    await search(el, 'CRECHE');
    expect(countSaid(el)).to.equal('1 service matches');
    expect(choicesOf(el, PICK)).to.deep.equal(['Sling Library', 'Crèche and Café for Carers', 'It is not listed']);
    expect(control(el, 'Sling Library').checked).to.be.true;

    control(el, 'Search for the service').value = '';
    await search(el, 'zebra');
    expect(countSaid(el)).to.equal('0 services match');
    expect(choicesOf(el, PICK)).to.deep.equal(['Sling Library', 'It is not listed']);
    await expect(el).to.be.accessible();
  });

  it('Enter in the search box searches, and does not send the card', async () => {
    const { tag, receiver } = recordingKit();
    const el = await cardInProvider(tag, inlineFeed(feedbackFeed()));
    document.title = 'Feedback';
    await tick(el, 'Good');
    await search(el, 'toy');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shows(el, 'heading', 'There is a problem'), 'no error summary').to.be.false;
    expect(document.title).to.equal('Feedback');
    expect(activeInShadow(el)?.id, 'focus stays in the search box').to.equal('service-search');
    expect(choicesOf(el, PICK)).to.deep.equal(['Toy Library', 'It is not listed']);
    // The parent goes on by keyboard: Tab to the match, Space to pick it.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(control(el, 'Toy Library').checked).to.be.true;
    expect(receiver.requests).to.have.length(0);
  });

  it('nothing picked: "Select the service your feedback is about", linked to the first choice', async () => {
    const { tag, receiver } = recordingKit();
    const el = await cardInProvider(tag, inlineFeed(feedbackFeed()));
    await tick(el, 'Good');
    await pressSend(el);
    expect(summaryLinks(el)).to.deep.equal(['Select the service your feedback is about']);
    expect(fieldError(el, 'It is not listed')).to.equal('Select the service your feedback is about');
    expect(activeInShadow(el)?.classList.contains('error-summary')).to.be.true;
    await expect(el).to.be.accessible();
    (getByRole(el, 'link', 'Select the service your feedback is about') as HTMLAnchorElement).click();
    expect(activeInShadow(el)?.getAttribute('name')).to.equal('service');
    expect(receiver.requests).to.have.length(0);
  });

  it('Send sends the picked service’s id and name', async () => {
    const { tag, receiver } = recordingKit();
    const el = await cardInProvider(tag, inlineFeed(feedbackFeed()));
    await search(el, 'saturday');
    await tick(el, "Dads' Saturday Club");
    await tick(el, 'Very good');
    await pressSend(el);
    await receiver.requestsArrived(1);
    expect(payloadOf(receiver.requests[0]).subject).to.deep.equal({ serviceId: 'dads', serviceName: "Dads' Saturday Club" });
    receiver.answerNext({ status: 201 });
    await waitUntil(() => queryByRole(el, 'heading', THANKS), 'the thank-you');
  });

  it('"It is not listed" sends feedback about the page', async () => {
    const { tag, receiver } = recordingKit();
    const el = await cardInProvider(tag, inlineFeed(feedbackFeed()));
    await tick(el, 'It is not listed');
    expect(legends(el)[1]).to.equal('How was the service?');
    await tick(el, 'Neither good nor poor');
    await pressSend(el);
    await receiver.requestsArrived(1);
    expect(payloadOf(receiver.requests[0]).subject).to.deep.equal({});
  });

  it('a short list (8 or fewer) needs no search', async () => {
    const { tag } = recordingKit();
    const el = await cardInProvider(tag, inlineFeed(feedbackFeed({}, { services: MANY_SERVICES.slice(0, 3) })));
    expect(hasControl(el, 'Search for the service')).to.be.false;
    // In alphabetical order, as a parent scans for a name.
    expect(choicesOf(el, PICK)).to.deep.equal(["Dads' Saturday Club", 'Rhyme Time at the Library', 'Riverside Stay and Play', 'It is not listed']);
    await expect(el).to.be.accessible();
  });

  it('a feed with no services asks about the page', async () => {
    const { tag } = recordingKit();
    const el = await cardInProvider(tag, inlineFeed(feedbackFeed({}, { services: [] })));
    expect(legends(el)).to.deep.equal(['How useful was this page?']);
  });
});

describe('<pc-feedback-card> with an Open Referral UK directory', () => {
  it('lists the directory’s services to pick from, and sends the one picked', async () => {
    const { tag, receiver } = recordingKit();
    const el = await cardInProvider(tag, feedUrl('test/fixtures/feeds/openreferral-three.json'), { action: 'https://receiver.example.org/feedback' });
    expect(choicesOf(el, PICK)).to.deep.equal(['Breastfeeding Support Group', 'Little Acorns Stay and Play', 'Rhyme Time at the Library', 'It is not listed']);
    await expect(el).to.be.accessible();
    await tick(el, 'Breastfeeding Support Group');
    expect(legends(el)[1]).to.equal('How was Breastfeeding Support Group?');
    await tick(el, 'Good');
    await pressSend(el);
    await receiver.requestsArrived(1);
    expect(payloadOf(receiver.requests[0]).subject).to.deep.equal({ serviceId: 'or-3', serviceName: 'Breastfeeding Support Group' });
  });

  it('a longer directory gets the search too', async () => {
    const { tag } = recordingKit();
    const services = Array.from({ length: 12 }, (_, i) => openReferralService(`oruk-${i + 1}`, `Family Group ${i + 1}`));
    services.push(openReferralService('oruk-cafe', 'Dads’ Café'));
    const el = await cardInProvider(tag, inlineFeed(openReferralPage(1, services, { totalPages: 1, totalItems: services.length })), {
      action: 'https://receiver.example.org/feedback',
    });
    expect(countSaid(el)).to.equal('Showing 8 of 13: type more of the name to find yours');
    await search(el, 'cafe');
    expect(choicesOf(el, PICK)).to.deep.equal(['Dads’ Café', 'It is not listed']);
    await expect(el).to.be.accessible();
  });
});
