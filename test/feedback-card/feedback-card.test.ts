/**
 * `<pc-feedback-card>` as a parent uses it (issue 23): a rating in words chosen by keyboard, the
 * contact reveal, anonymity by default, and feedback stored exactly once whatever the network
 * does. The receiver holds each answer until the test gives it; nothing here depends on a clock.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getByRole, queryByRole } from '../support/roles.js';
import { waitUntil } from '../support/helpers.js';
import { activeInShadow, control, forgetForms, hasControl, heldKit, mountCard, payloadOf, pressSend, statusText, tick, type } from './card-helpers.js';

/** The questions' legends, as read (revealed groups only when shown). */
const legends = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('legend')].filter((l) => !l.closest('[hidden]')).map((l) => (l.textContent ?? '').replace(/\s+/g, ' ').trim());

afterEach(() => {
  forgetForms();
  document.title = document.title.replace(/^Error: /, '');
});

describe('<pc-feedback-card>: the questions', () => {
  it('on its own, asks about the page: five ratings in words, none chosen, and is accessible', async () => {
    const { tag } = heldKit();
    const el = await mountCard(tag);
    expect(getByRole(el, 'heading', 'Tell us what you think')).to.exist;
    const ratings = ['Very good', 'Good', 'Neither good nor poor', 'Poor', 'Very poor'].map((label) => control(el, label));
    expect(ratings.map((r) => r.type)).to.deep.equal(['radio', 'radio', 'radio', 'radio', 'radio']);
    expect(ratings.some((r) => r.checked)).to.be.false;
    expect(legends(el)).to.deep.equal(['How useful was this page?']);
    expect(hasControl(el, 'Email address')).to.be.false;
    expect(el.shadowRoot!.textContent).to.include('If a child is in danger, call 999.');
    await expect(el).to.be.accessible();
  });

  it('is rated by keyboard only: Tab to the scale, arrows to move, Send with Enter', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag);
    control(el, 'Very good').focus();
    // Arrow keys move through one radio group (and choose): down twice from Very good is Neither.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(control(el, 'Neither good nor poor').checked).to.be.true;
    getByRole(el, 'button', 'Send feedback').focus();
    await sendKeys({ press: 'Enter' });
    await receiver.requestsArrived(1);
    expect(payloadOf(receiver.requests[0]).answers.rating).to.equal(3);
    receiver.answerNext({ status: 201 });
    await waitUntil(() => queryByRole(el, 'heading', 'Thank you for your feedback'), 'the thank-you');
    await el.updateComplete;
    expect(activeInShadow(el)?.getAttribute('part')).to.equal('success');
    expect(statusText(el)).to.equal('Sent');
  });

  it('asks for an email or phone only once the parent says they may be contacted; anonymous otherwise', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag);
    expect(hasControl(el, 'Email')).to.be.false;
    await tick(el, 'You can contact me about my feedback');
    await tick(el, 'Email');
    await type(el, 'Email address', 'amina@example.org');
    // Changed their mind: nothing of the address is sent.
    await tick(el, 'You can contact me about my feedback');
    expect(hasControl(el, 'Email address')).to.be.false;
    await tick(el, 'Good');
    await pressSend(el);
    await receiver.requestsArrived(1);
    expect(payloadOf(receiver.requests[0]).answers).to.deep.equal({ rating: 4, contactAllowed: false });
  });
});
