/**
 * `<pc-feedback-card variant="inline">` (issue 23): "Was this useful? Yes / No" under a page's
 * content. "No" opens the card at once; "Yes" thanks the parent and offers "Tell us more". The
 * strip sends nothing; only a card the parent fills in does. A draft opens the card directly.
 * Arabic reads right to left, and the card fits a 320px screen.
 */
import { expect } from '@open-wc/testing';
import '../../src/locales/ar.js';
import type { PcFeedbackCard } from '../../src/feedback-card/feedback-card.js';
import { getByRole, queryByRole } from '../support/roles.js';
import { waitUntil } from '../support/helpers.js';
import { ACTION, activeInShadow, control, forgetForms, hasControl, heldKit, mountCard, pressSend, summaryLinks, tick, type } from './card-helpers.js';
import { feedbackDrafts, focused, said, shows } from './card-kit.js';

const inline = { action: ACTION, variant: 'inline' };

/** Whether the card's questions are there (any radio at all). */
const asksQuestions = (el: PcFeedbackCard) => el.shadowRoot!.querySelectorAll('input[type="radio"]').length > 0;

afterEach(() => {
  forgetForms();
  document.title = document.title.replace(/^Error: /, '');
});

describe('<pc-feedback-card variant="inline">', () => {
  it('asks "Was this useful?" with Yes and No, and no questions', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag, inline);
    expect(said(el)).to.contain('Was this useful?');
    const group = el.shadowRoot!.querySelector('[part="strip"] [role="group"]')!;
    expect(group.getAttribute('aria-labelledby')).to.equal('useful');
    expect(el.shadowRoot!.getElementById('useful')!.textContent).to.equal('Was this useful?');
    expect(getByRole(el, 'button', 'Yes')).to.exist;
    expect(getByRole(el, 'button', 'No')).to.exist;
    expect(asksQuestions(el)).to.be.false;
    expect(shows(el, 'heading', 'Tell us what you think')).to.be.false;
    expect(shows(el, 'button', 'Send feedback')).to.be.false;
    await expect(el).to.be.accessible();
    expect(receiver.requests).to.have.length(0);
  });

  it('"No" opens the card and moves focus to its heading; nothing is sent', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag, inline);
    getByRole(el, 'button', 'No').click();
    await waitUntil(() => queryByRole(el, 'heading', 'Tell us what you think'), 'the card');
    await el.updateComplete;
    const heading = getByRole(el, 'heading', 'Tell us what you think');
    expect(focused(el, heading), 'focus on the card’s heading').to.be.true;
    expect(asksQuestions(el)).to.be.true;
    expect(hasControl(el, 'Very good')).to.be.true;
    expect(shows(el, 'button', 'No')).to.be.false;
    await expect(el).to.be.accessible();
    expect(receiver.requests).to.have.length(0);
    // The card it opened sends as any card does.
    await tick(el, 'Good');
    await pressSend(el);
    await receiver.requestsArrived(1);
    receiver.answerNext({ status: 201 });
    await waitUntil(() => queryByRole(el, 'heading', 'Thank you for your feedback'), 'the thank-you');
  });

  it('"Yes" thanks the parent (focused) and offers "Tell us more", which opens the card; nothing is sent', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag, inline);
    getByRole(el, 'button', 'Yes').click();
    await el.updateComplete;
    await waitUntil(() => activeInShadow(el)?.textContent?.trim() === 'Thank you. We are glad it helped.', 'the thanks focused');
    // A thank-you in the strip's reading weight, not in the bold of its question.
    expect(getComputedStyle(activeInShadow(el)!).fontWeight, 'the thanks not bold').to.equal('400');
    expect(shows(el, 'button', 'Yes')).to.be.false;
    expect(asksQuestions(el)).to.be.false;
    await expect(el).to.be.accessible();
    expect(receiver.requests).to.have.length(0);

    getByRole(el, 'button', 'Tell us more').click();
    await waitUntil(() => queryByRole(el, 'heading', 'Tell us what you think'), 'the card');
    await el.updateComplete;
    expect(focused(el, getByRole(el, 'heading', 'Tell us what you think')), 'focus on the card’s heading').to.be.true;
    expect(asksQuestions(el)).to.be.true;
    await expect(el).to.be.accessible();
    expect(receiver.requests).to.have.length(0);
  });

  it('opened, its checks work as the card’s do', async () => {
    const { tag, receiver } = heldKit();
    const el = await mountCard(tag, inline);
    getByRole(el, 'button', 'No').click();
    await waitUntil(() => queryByRole(el, 'heading', 'Tell us what you think'), 'the card');
    await pressSend(el);
    expect(summaryLinks(el)).to.deep.equal(['Select how it was, from very good to very poor']);
    await expect(el).to.be.accessible();
    expect(receiver.requests).to.have.length(0);
  });

  it('a draft with answers opens the card directly', async () => {
    const { tag } = heldKit();
    const first = await mountCard(tag, inline);
    getByRole(first, 'button', 'No').click();
    await waitUntil(() => queryByRole(first, 'heading', 'Tell us what you think'), 'the card');
    await tick(first, 'Poor');
    await type(first, /What could be better/, 'Longer opening hours.');
    first.remove();
    expect(feedbackDrafts()).to.have.length(1);

    const again = await mountCard(tag, inline);
    expect(shows(again, 'button', 'No')).to.be.false;
    expect(control(again, 'Poor').checked).to.be.true;
    expect(control(again, /What could be better/).value).to.equal('Longer opening hours.');
    await expect(again).to.be.accessible();

    // Without answers (only opened), the next visit shows the strip again.
    again.remove();
    forgetForms();
    const fresh = await mountCard(tag, inline);
    expect(getByRole(fresh, 'button', 'No')).to.exist;
  });

  it('reads right to left in Arabic, in Arabic words, closed and open', async () => {
    const { tag } = heldKit();
    const el = await mountCard(tag, { ...inline, locale: 'ar' });
    const root = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(said(el)).to.contain('هل كان هذا مفيدًا؟');
    expect(getByRole(el, 'button', 'نعم')).to.exist;
    expect(getComputedStyle(getByRole(el, 'button', 'نعم')).direction).to.equal('rtl');
    await expect(el).to.be.accessible();

    getByRole(el, 'button', 'لا').click();
    await waitUntil(() => queryByRole(el, 'heading', 'أخبرنا برأيك'), 'the card in Arabic');
    await el.updateComplete;
    expect(hasControl(el, 'جيد جدًا')).to.be.true;
    getByRole(el, 'button', 'أرسل رأيك').click();
    await el.updateComplete;
    const links = summaryLinks(el);
    expect(links).to.deep.equal(['اختر تقييمك، من جيد جدًا إلى سيئ جدًا']);
    // No English left on the card (the example address aside).
    expect(said(el).replace(/\S*@\S*/g, '')).to.not.match(/[A-Za-z]{3,}/);
    expect(getComputedStyle(control(el, 'جيد جدًا')).direction).to.equal('rtl');
    expect(document.scrollingElement!.scrollWidth).to.be.at.most(window.innerWidth);
    await expect(el).to.be.accessible();
  });

  it('fits 320px (a small phone, or 640px at 200 % zoom): the strip, then the open card with its errors and revealed boxes', async () => {
    const { tag } = heldKit();
    const el = await mountCard(tag, inline);
    el.style.display = 'block';
    el.style.width = '320px';
    await el.updateComplete;
    const fits = (what: string) => {
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      const left = el.getBoundingClientRect().left;
      expect(base.scrollWidth, `${what}: nothing wider than the card`).to.be.at.most(320);
      for (const box of el.shadowRoot!.querySelectorAll<HTMLElement>('input:not([name="pc-leave-empty"]), textarea, .error-summary, button, label, legend, p')) {
        // A box in a closed reveal, or the hidden trap, is not shown at all.
        if (!box.getClientRects().length || box.closest('.honeypot')) continue;
        const rect = box.getBoundingClientRect();
        expect(rect.right - left, `${what}: ${box.id || box.className || box.localName}`).to.be.at.most(320.5);
        expect(rect.left, `${what}: ${box.id || box.className || box.localName}`).to.be.at.least(left - 0.5);
      }
    };
    fits('the strip');
    getByRole(el, 'button', 'No').click();
    await waitUntil(() => queryByRole(el, 'heading', 'Tell us what you think'), 'the card');
    await tick(el, 'You can contact me about my feedback');
    await tick(el, 'Email');
    await type(el, /What went well/, 'word '.repeat(300));
    await pressSend(el);
    await el.updateComplete;
    expect(hasControl(el, 'Email address')).to.be.true;
    fits('the open card');
    await expect(el).to.be.accessible();
  });
});
