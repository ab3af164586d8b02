/**
 * A scheme's own wording in a form (the sign-up's consent, the card's "what happens" and
 * safeguarding lines) is often English on a page in another language. In a right-to-left form it
 * reads in its own direction: its full stop ends the sentence, on the right, where before it was
 * moved to the start of the line (".for my details to be deleted at any time").
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/define/feedback-card.js';
import '../../src/locales/ar.js';
import type { PcChampionSignup } from '../../src/champion-signup/champion-signup.js';
import type { PcFeedbackCard } from '../../src/feedback-card/feedback-card.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { nativeFeed } from '../fixtures/index.js';
import { uniqueKey, waitUntil } from '../support/helpers.js';
import { forgetForms } from './form-page.js';

const inline = (body: unknown) => `/mock/text/${uniqueKey('wording')}?body=${encodeURIComponent(JSON.stringify(body))}`;

const CONSENT = 'Castlegate Family Hubs will use your details to contact you. Email us to withdraw at any time.';
const WHAT_HAPPENS = "Our team reads every response and reports what parents say under 'You said, we did'.";
const SAFEGUARDING = "If you are worried about a child's safety, call Children's Services on 01632 960000.";

/** The paragraph holding `text`, which must read left to right with its last character (the full stop) furthest right. */
function expectReadsInItsOwnDirection(root: ShadowRoot, text: string): void {
  const paragraph = [...root.querySelectorAll('p')].find((p) => p.textContent!.trim() === text);
  expect(paragraph, text).to.exist;
  expect(getComputedStyle(paragraph!).direction, `${text}: its direction`).to.equal('ltr');
  const node = paragraph!.firstChild?.nodeType === Node.TEXT_NODE ? paragraph!.firstChild : [...paragraph!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('.'))!;
  const full = node.textContent!;
  const at = (index: number) => {
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getBoundingClientRect();
  };
  const stop = full.lastIndexOf('.');
  // On the same line as the word before it, and to its right.
  expect(at(stop).left, `${text}: the full stop after the last word`).to.be.greaterThan(at(stop - 1).left);
  expect(at(stop).left, `${text}: the full stop after the first word`).to.be.greaterThan(at(full.search(/\S/)).left);
}

afterEach(() => {
  resetDocumentCache({ storage: true });
  forgetForms();
});

describe('a scheme’s English wording in a right-to-left form', () => {
  it('the sign-up’s consent reads left to right, full stop at its end', async () => {
    const feed = { ...nativeFeed({ programme: { name: 'Castlegate Family Hubs' } }), forms: { signup: { endpoint: 'https://receiver.example.org/signups', consentText: CONSENT } } };
    const provider = await fixture(html`<div style="width: 420px"><pc-provider src=${inline(feed)} locale="ar"><pc-champion-signup></pc-champion-signup></pc-provider></div>`);
    await waitUntil(() => customElements.get('pc-champion-signup'), 'the form’s chunk');
    const el = provider.querySelector<PcChampionSignup>('pc-champion-signup')!;
    await waitUntil(() => el.shadowRoot?.textContent?.includes('Castlegate Family Hubs will use'), 'the scheme’s consent');
    expect(getComputedStyle(el.shadowRoot!.querySelector('form')!).direction).to.equal('rtl');
    expectReadsInItsOwnDirection(el.shadowRoot!, CONSENT);
  });

  it('the feedback card’s “what happens” and safeguarding lines read left to right, full stop at their end', async () => {
    const feed = {
      ...nativeFeed({ programme: { name: 'Castlegate Family Hubs' }, services: [{ id: 'riverside', name: 'Riverside Stay and Play' }] }),
      forms: { feedback: { endpoint: 'https://receiver.example.org/feedback', whatHappensText: WHAT_HAPPENS, safeguardingText: SAFEGUARDING } },
    };
    const provider = await fixture(html`<div style="width: 420px"><pc-provider src=${inline(feed)} locale="ar"><pc-feedback-card service-id="riverside"></pc-feedback-card></pc-provider></div>`);
    const el = provider.querySelector<PcFeedbackCard>('pc-feedback-card')!;
    await waitUntil(() => el.shadowRoot?.textContent?.includes('Our team reads every response'), 'the scheme’s words');
    expect(getComputedStyle(el.shadowRoot!.querySelector('form')!).direction).to.equal('rtl');
    expectReadsInItsOwnDirection(el.shadowRoot!, WHAT_HAPPENS);
    expectReadsInItsOwnDirection(el.shadowRoot!, SAFEGUARDING);
  });
});
