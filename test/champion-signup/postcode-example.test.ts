/**
 * The sign-up's example postcode ("For example, NB1 4AA, or the name of your ward") is one unit a
 * parent copies: at every width from 200 to 320 px it stays on one line, in the hint and in the
 * error, in English and in Arabic (an ordinary space let a right-to-left line break it in two).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../src/locales/ar.js';
import { waitUntil } from '../support/helpers.js';
import { control, fieldError, forgetForms, mountSignup, pressSend, type, ACTION } from './signup-helpers.js';
import { mostLinesAcrossWidths } from '../support/lines.js';

const example = /NB1\s4AA/;

const cases = [
  { locale: 'en-GB', area: 'Postcode or ward', send: 'Sign up' },
  { locale: 'ar', area: 'الرمز البريدي أو الحي', send: /.+/ },
] as const;

describe('<pc-champion-signup>: the example postcode on a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(forgetForms);

  for (const { locale, area, send } of cases) {
    it(`keeps "NB1 4AA" on one line in the hint and the error (${locale})`, async () => {
      // Nothing is sent (the postcode is refused first): the page's own form.
      const el = await mountSignup('pc-champion-signup', { action: ACTION, locale });
      await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the form');
      const box = control(el, area);
      const described = () => (box.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => el.shadowRoot!.getElementById(id)!);
      const hint = described().find((node) => example.test(node.textContent ?? ''));
      expect(hint, 'the hint gives the example').to.exist;
      expect(mostLinesAcrossWidths(el, hint!, example), hint!.textContent!).to.equal(1);

      await type(el, area, '12345');
      await pressSend(el, send);
      expect(fieldError(el, area)).to.match(example);
      const error = described().find((node) => node.classList.contains('error-message'))!;
      expect(mostLinesAcrossWidths(el, error, example), error.textContent!).to.equal(1);
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.equal(document.documentElement.clientWidth);
      await expect(el).to.be.accessible();
    });
  }
});
