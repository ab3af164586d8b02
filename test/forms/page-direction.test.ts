/**
 * The forms on pages of either direction: nothing of theirs makes the page scroll sideways. The spam
 * trap was once moved 10,000 px to the left, out of sight, which on a right-to-left page (Arabic,
 * Urdu) is a 10,000 px sideways scroll: a phone opened the page on blank space.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/champion-signup.js';
import '../../src/entries/feedback-card.js';
import { waitUntil } from '../support/helpers.js';

const page = document.documentElement;

describe('the forms on a page of either direction', () => {
  afterEach(() => page.removeAttribute('dir'));

  for (const [direction, locale] of [
    ['rtl', 'ar'],
    ['rtl', 'en-GB'],
    ['ltr', 'ar'],
    ['ltr', 'en-GB'],
  ] as const) {
    it(`add no sideways scrolling (a ${direction} page, a form in ${locale})`, async () => {
      page.dir = direction;
      const forms = [
        await fixture(html`<pc-champion-signup action="https://receiver.example.org/signups" locale=${locale}></pc-champion-signup>`),
        await fixture(html`<pc-feedback-card action="https://receiver.example.org/feedback" locale=${locale}></pc-feedback-card>`),
      ];
      // Each form has drawn its spam trap (the part that once hung out of the page).
      await waitUntil(() => forms.every((form) => form.shadowRoot?.querySelector('input[name="pc-leave-empty"]')), 'both forms drawn');
      expect(page.scrollWidth, 'the page is no wider than the window').to.be.at.most(page.clientWidth);
      for (const form of forms) {
        const trap = form.shadowRoot!.querySelector('input[name="pc-leave-empty"]')!.parentElement!.getBoundingClientRect();
        expect(trap.width * trap.height, `${form.localName}: the trap is out of sight`).to.be.at.most(1);
      }
    });
  }
});
