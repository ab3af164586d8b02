/**
 * `<pc-feedback-card>` sending (issue 23): checked as GOV.UK does before anything goes, then stored
 * exactly once whatever the network does (a 500, a timeout whose request was stored after all, a
 * lost answer, offline through a reload), a receiver's 422 put on the answers, a refusal kept on
 * screen, the site's own transport, a card with nowhere to send, the spam trap and the draft.
 * The receiver holds each answer until the test gives it and counts what it stores; waits between
 * attempts are released by the test: nothing here depends on a clock.
 */
import { expect } from '@open-wc/testing';
// The card's own bundle: it reads the feed's forms, and the names of its services and sessions.
import '../../src/entries/feedback-card.js';
import type { PcSubmitErrorEvent, PcSubmitEvent, PcSubmittedEvent } from '../../src/forms/events.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { runSendingSuite } from '../forms/sending-suite.js';
import { captureConsole, waitUntil } from '../support/helpers.js';
import { getByRole, queryByRole } from '../support/roles.js';
import {
  ACTION,
  activeInShadow,
  cardTag,
  control,
  fieldError,
  forgetForms,
  hasControl,
  heldKit,
  mountCard,
  payloadOf,
  pressSend,
  statusText,
  summaryLinks,
  tick,
  type,
} from './card-helpers.js';
import { feedbackDrafts, feedbackFeed, focused, inlineFeed, said, shows } from './card-kit.js';
import type { PcFeedbackCard } from '../../src/feedback-card/feedback-card.js';

const THANKS = 'Thank you for your feedback';

/** A rating and a few words: enough to send. */
async function fillValid(el: PcFeedbackCard): Promise<void> {
  await tick(el, 'Good');
  await type(el, /What went well/, 'The staff were kind.');
}

const thanked = (el: PcFeedbackCard, message = 'the thank-you') => waitUntil(() => queryByRole(el, 'heading', THANKS), message);

afterEach(() => {
  forgetForms();
  resetDocumentCache({ storage: true });
  document.title = document.title.replace(/^Error: /, '');
});

describe('<pc-feedback-card>: checking before sending', () => {
  it('Send with nothing chosen: "There is a problem" takes focus, links to the rating, and the page title says "Error: "', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag);
    document.title = 'Rhyme Time';
    await pressSend(el);
    expect(getByRole(el, 'heading', 'There is a problem')).to.exist;
    expect(activeInShadow(el)?.classList.contains('error-summary')).to.be.true;
    expect(summaryLinks(el)).to.deep.equal(['Select how it was, from very good to very poor']);
    expect(fieldError(el, 'Very good')).to.equal('Select how it was, from very good to very poor');
    expect(document.title).to.equal('Error: Rhyme Time');
    await expect(el).to.be.accessible();
    // The link moves focus to the rating's first choice.
    (getByRole(el, 'link', 'Select how it was, from very good to very poor') as HTMLAnchorElement).click();
    expect(focused(el, control(el, 'Very good')), 'focus on the first rating').to.be.true;
    expect(receiver.requests).to.have.length(0);
    // Put right and sent: the summary and the title's "Error: " go.
    await tick(el, 'Poor');
    await pressSend(el);
    await receiver.requestsArrived(1);
    expect(shows(el, 'heading', 'There is a problem')).to.be.false;
    expect(document.title).to.equal('Rhyme Time');
    receiver.answerNext({ status: 201 });
    await thanked(el);
  });

  it('two forms on one page: "Error: " stays in the title while either shows errors, once, and goes with the last', async () => {
    const { tag, receiver } = heldKit();
    const first = await mountCard(tag);
    const second = await mountCard(tag);
    document.title = 'Rhyme Time';
    await pressSend(first);
    await pressSend(second);
    expect(document.title, 'said once, not twice').to.equal('Error: Rhyme Time');
    // The first is put right and sent; the second still shows its errors.
    await fillValid(first);
    await pressSend(first);
    await receiver.requestsArrived(1);
    expect(shows(first, 'heading', 'There is a problem')).to.be.false;
    expect(shows(second, 'heading', 'There is a problem')).to.be.true;
    expect(document.title, 'the other form still has errors').to.equal('Error: Rhyme Time');
    receiver.answerNext({ status: 201 });
    await thanked(first);
    // The second form leaves the page (a site's tab closed over it): no form shows errors now.
    second.remove();
    expect(document.title).to.equal('Rhyme Time');
  });

  it('says which text is too long and which contact detail to fix, on the answer and in the summary', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag);
    await tick(el, 'Very good');
    await type(el, /What could be better/, 'z'.repeat(1201));
    await tick(el, 'You can contact me about my feedback');
    await pressSend(el);
    expect(summaryLinks(el)).to.deep.equal(['What could be better must be 1,200 characters or fewer', 'Select how we should contact you']);
    expect(fieldError(el, /What could be better/)).to.equal('What could be better must be 1,200 characters or fewer');
    await tick(el, 'Phone');
    await type(el, 'Phone number', 'ring me');
    await type(el, /What could be better/, 'Shorter.');
    await pressSend(el);
    expect(summaryLinks(el)).to.deep.equal(['Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192']);
    expect(fieldError(el, 'Phone number')).to.equal('Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192');
    await expect(el).to.be.accessible();
    expect(receiver.requests).to.have.length(0);
  });
});

describe('<pc-feedback-card>: what it sends', () => {
  it('sends form "feedback", the subject and the page without its query string, equal to the pc-submit detail; "Sent" and the thank-you take focus', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag);
    const submits: PcSubmitEvent[] = [];
    const submitted: PcSubmittedEvent[] = [];
    el.addEventListener('pc-submit', (e) => submits.push(e));
    el.addEventListener('pc-submitted', (e) => submitted.push(e));
    await fillValid(el);
    await type(el, /What could be better/, '  More sessions, please.  ');
    await pressSend(el);
    await receiver.requestsArrived(1);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Sending…');
    expect(getByRole(el, 'button', 'Sending…').getAttribute('aria-disabled')).to.equal('true');
    // While it is being sent, its answers stay as they are.
    await tick(el, 'Very poor');
    expect(control(el, 'Good').checked).to.be.true;
    await expect(el).to.be.accessible();

    const payload = payloadOf(receiver.requests[0]);
    expect(payload.form).to.equal('feedback');
    expect(payload.version).to.equal('1.0');
    expect(payload.subject).to.deep.equal({});
    expect(payload.answers).to.deep.equal({ rating: 4, wentWell: 'The staff were kind.', couldBeBetter: 'More sessions, please.', contactAllowed: false });
    expect(payload.pageUrl).to.equal(location.origin + location.pathname);
    expect(location.search, 'the test page has a query string to leave out').to.not.equal('');
    expect(payload.locale).to.equal('en-GB');
    expect(receiver.requests[0].key).to.equal(payload.submissionId);
    expect(submits).to.have.length(1);
    expect(submits[0].detail).to.deep.equal(payload);

    receiver.answerNext({ status: 201, body: '{"id":"r-1"}', headers: { 'Content-Type': 'application/json' } });
    await thanked(el);
    await el.updateComplete;
    expect(activeInShadow(el)?.getAttribute('part')).to.equal('success');
    expect(statusText(el)).to.equal('Sent');
    expect(submitted).to.have.length(1);
    expect(submitted[0].detail).to.deep.equal({ payload, reply: { id: 'r-1' } });
    expect(receiver.stored.size).to.equal(1);
    // On its own, with no feed, there is no "you said, we did" page to link to.
    expect(shows(el, 'link', 'See what parents said and what we did')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('the thank-you links to the scheme’s "you said, we did" page when the feed gives it', async () => {
    const { tag, receiver } = heldKit();
    const src = inlineFeed(feedbackFeed({ youSaidWeDidUrl: 'https://castlegate.example.org/you-said-we-did' }));
    const el = await mountCard(tag, { src, 'service-id': 'rhymes', action: ACTION });
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the feed read');
    await fillValid(el);
    await pressSend(el);
    await receiver.requestsArrived(1);
    expect(payloadOf(receiver.requests[0]).subject).to.deep.equal({ serviceId: 'rhymes', serviceName: 'Rhyme Time at the Library' });
    receiver.answerNext({ status: 201 });
    await thanked(el);
    const link = getByRole(el, 'link', 'See what parents said and what we did') as HTMLAnchorElement;
    expect(link.href).to.equal('https://castlegate.example.org/you-said-we-did');
    await expect(el).to.be.accessible();
  });
});

describe('<pc-feedback-card>: when the receiver says no', () => {
  it('a 422 puts the receiver’s problems on the answers; the corrected Send is a new submission', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag);
    const errors: PcSubmitErrorEvent[] = [];
    el.addEventListener('pc-submit-error', (e) => errors.push(e));
    await fillValid(el);
    await tick(el, 'You can contact me about my feedback');
    await tick(el, 'Email');
    await type(el, 'Email address', 'amina@example.org');
    await pressSend(el);
    await receiver.requestsArrived(1);
    receiver.answerNext({
      status: 422,
      body: JSON.stringify({ errors: [{ field: 'answers.email', message: 'Enter an email address we can reach' }] }),
      headers: { 'Content-Type': 'application/json' },
    });
    await waitUntil(() => queryByRole(el, 'heading', 'There is a problem'), 'the error summary');
    await el.updateComplete;
    expect(summaryLinks(el)).to.deep.equal(['Enter an email address we can reach']);
    expect(fieldError(el, 'Email address')).to.equal('Enter an email address we can reach');
    expect(activeInShadow(el)?.classList.contains('error-summary')).to.be.true;
    expect(errors.map((e) => e.detail)).to.deep.equal([
      { reason: 'rejected', willRetry: false, httpStatus: 422, problems: [{ field: 'answers.email', message: 'Enter an email address we can reach' }] },
    ]);
    // Every answer is still there to fix.
    expect(control(el, 'Good').checked).to.be.true;
    expect(control(el, /What went well/).value).to.equal('The staff were kind.');
    await expect(el).to.be.accessible();
    (getByRole(el, 'link', 'Enter an email address we can reach') as HTMLAnchorElement).click();
    expect(focused(el, control(el, 'Email address')), 'focus on the email box').to.be.true;

    await type(el, 'Email address', 'amina@family.example.org');
    await pressSend(el);
    await receiver.requestsArrived(2);
    expect(receiver.requests[1].key).to.not.equal(receiver.requests[0].key);
    expect(payloadOf(receiver.requests[1]).submissionId).to.equal(receiver.requests[1].key);
    expect(payloadOf(receiver.requests[1]).answers.email).to.equal('amina@family.example.org');
    receiver.answerNext({ status: 201 });
    await thanked(el);
    expect(receiver.stored.size).to.equal(1);
    expect(receiver.conflicts).to.deep.equal([]);
  });

  it('a 422 naming nothing on the card says so in general words, and the console names the field', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag);
    await fillValid(el);
    await pressSend(el);
    await receiver.requestsArrived(1);
    const warned = await captureConsole('warn', async () => {
      receiver.answerNext({
        status: 422,
        body: JSON.stringify({ errors: [{ field: 'pageUrl', message: 'Not a page we know' }] }),
        headers: { 'Content-Type': 'application/json' },
      });
      await waitUntil(() => queryByRole(el, 'heading', 'There is a problem'), 'the error summary');
    });
    expect(warned).to.have.length(1);
    expect(warned[0]).to.contain('<pc-feedback-card>').and.contain('does not ask: pageUrl');
    await el.updateComplete;
    expect(said(el)).to.contain('Something in your answers could not be accepted. Check them and try again.');
    expect(summaryLinks(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a 422 about what the page set (its service-id), not an answer on the card, is said in general words with no dead link', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag, { action: ACTION, 'service-id': 'Riverside Hub' });
    expect(hasControl(el, 'It is not listed'), 'no picker: the page names the service').to.be.false;
    await fillValid(el);
    await pressSend(el);
    await receiver.requestsArrived(1);
    expect(payloadOf(receiver.requests[0]).subject).to.deep.equal({ serviceId: 'Riverside Hub' });
    receiver.answerNext({
      status: 422,
      body: JSON.stringify({ errors: [{ field: 'subject.serviceId', message: '"subject.serviceId" is not in the right format' }] }),
      headers: { 'Content-Type': 'application/json' },
    });
    await waitUntil(() => queryByRole(el, 'heading', 'There is a problem'), 'the error summary');
    await el.updateComplete;
    expect(said(el)).to.contain('Something in your answers could not be accepted. Check them and try again.');
    // Every link in the summary leads to an answer the card shows.
    for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')) {
      expect(el.shadowRoot!.getElementById(link.getAttribute('href')!.slice(1)), link.textContent!).to.exist;
    }
    await expect(el).to.be.accessible();
  });

});

describe('<pc-feedback-card>: the site’s part', () => {
  it('with no action: "This form cannot send answers yet", a console error naming what to set, and nothing sent', async () => {
    const { tag, receiver } = heldKit();
    let el!: PcFeedbackCard;
    const logged = await captureConsole('error', async () => {
      el = await mountCard(tag, {});
    });
    expect(getByRole(el, 'heading', 'This form cannot send answers yet')).to.exist;
    expect(logged).to.have.length(1);
    expect(logged[0]).to.contain('<pc-feedback-card>').and.contain('action');
    await expect(el).to.be.accessible();
    const errors: PcSubmitErrorEvent[] = [];
    el.addEventListener('pc-submit-error', (e) => errors.push(e));
    await fillValid(el);
    const again = await captureConsole('error', () => pressSend(el));
    await el.updateComplete;
    expect(again, 'said once').to.deep.equal([]);
    expect(receiver.requests).to.have.length(0);
    expect(errors.map((e) => e.detail)).to.deep.equal([{ reason: 'not-configured', willRetry: false }]);
    expect(activeInShadow(el)?.getAttribute('part')).to.equal('status');
    // Nothing typed is lost.
    expect(control(el, /What went well/).value).to.equal('The staff were kind.');
    expect(feedbackDrafts()).to.have.length(1);
  });

  it('an http: action off this machine is refused the same way', async () => {
    const { tag, receiver } = heldKit();
    let el!: PcFeedbackCard;
    const logged = await captureConsole('error', async () => {
      el = await mountCard(tag, { action: 'http://receiver.example.org/feedback' });
    });
    expect(getByRole(el, 'heading', 'This form cannot send answers yet')).to.exist;
    expect(logged.join('\n')).to.contain('http://receiver.example.org/feedback');
    await fillValid(el);
    await pressSend(el);
    expect(receiver.requests).to.have.length(0);
  });

});

describe('<pc-feedback-card>: the draft', () => {
  it('restores the rating and the words after a reload, in this tab only, and forgets them once stored', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag);
    await tick(el, 'Neither good nor poor');
    await type(el, /What went well/, 'Lovely songs.');
    await type(el, /What could be better/, 'A bigger room.');
    el.remove();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('pc-draft:'))).to.deep.equal([]);
    expect(feedbackDrafts()).to.have.length(1);

    const again = await mountCard(tag);
    expect(control(again, 'Neither good nor poor').checked).to.be.true;
    expect(control(again, /What went well/).value).to.equal('Lovely songs.');
    expect(control(again, /What could be better/).value).to.equal('A bigger room.');
    await pressSend(again);
    await receiver.requestsArrived(1);
    expect(payloadOf(receiver.requests[0]).answers).to.deep.include({ rating: 3, wentWell: 'Lovely songs.', couldBeBetter: 'A bigger room.' });
    expect(feedbackDrafts(), 'kept until the receiver confirms').to.have.length(1);
    receiver.answerNext({ status: 201 });
    await thanked(again);
    expect(feedbackDrafts()).to.deep.equal([]);

    // A new visit starts afresh.
    again.remove();
    const third = await mountCard(tag);
    expect(control(third, 'Neither good nor poor').checked).to.be.false;
    expect(control(third, /What went well/).value).to.equal('');
  });

  it('two cards on one page, about two services, keep two drafts', async () => {
    const { tag } = heldKit();
    const riverside = await mountCard(tag, { action: ACTION, 'service-id': 'riverside' });
    const rhymes = await mountCard(tag, { action: ACTION, 'service-id': 'rhymes' });
    await tick(riverside, 'Very good');
    await tick(rhymes, 'Very poor');
    riverside.remove();
    rhymes.remove();
    expect(feedbackDrafts()).to.have.length(2);
    const riversideAgain = await mountCard(tag, { action: ACTION, 'service-id': 'riverside' });
    const rhymesAgain = await mountCard(tag, { action: ACTION, 'service-id': 'rhymes' });
    expect(control(riversideAgain, 'Very good').checked).to.be.true;
    expect(control(rhymesAgain, 'Very poor').checked).to.be.true;
    expect(control(rhymesAgain, 'Very good').checked).to.be.false;
  });

  it('keeps it on the device with draft="local", and nowhere with draft="none"', async () => {
    const { tag } = heldKit();
    const local = await mountCard(tag, { action: ACTION, draft: 'local' });
    await tick(local, 'Good');
    // Read at once: localStorage is shared with the test pages running beside this one, which clear their drafts.
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('pc-draft:') && k.includes('feedback:'));
    expect(kept).to.have.length(1);
    expect((JSON.parse(localStorage.getItem(kept[0])!) as { values: { rating: string } }).values.rating).to.equal('4');
    expect(feedbackDrafts(), 'not in the tab’s storage').to.deep.equal([]);
    local.remove();
    forgetForms();

    const none = await mountCard(tag, { action: ACTION, draft: 'none' });
    await tick(none, 'Good');
    const anywhere = [...Object.keys(sessionStorage), ...Object.keys(localStorage)].filter((k) => k.startsWith('pc-draft:') && k.includes('feedback:'));
    expect(anywhere).to.deep.equal([]);
  });
});

runSendingSuite({
  name: '<pc-feedback-card>',
  tagFor: cardTag,
  mount: (tag) => mountCard(tag),
  fillValid: (el) => fillValid(el as PcFeedbackCard),
  send: 'Send feedback',
  payloadForm: 'feedback',
  thanks: THANKS,
  question: 'Good',
  kept: (el) => control(el, 'Good').checked && control(el, /What went well/).value === 'The staff were kind.',
});
