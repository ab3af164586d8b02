/**
 * The month grid as parents use it: on a phone, tapping a day brings its sessions into view (and
 * focus to the day's heading); and in an Arabic page, an English title in the grid keeps its
 * beginning (feed text takes its own direction, `dir="auto"`), as a type of session named in the
 * feed does in the filter form.
 */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { eventInput, nativeFeed } from '../fixtures/index.js';
import { isolatingElement } from '../support/helpers.js';
import { $, $$, focusedName, mount, openFilters } from './event-calendar-kit.js';

const DAY = '2026-11-25';
const LONG_ENGLISH = 'Stay and Play for toddlers and their grown-ups at the Hillside community centre';
const ARABIC = 'جلسة القراءة للأطفال الصغار وأهاليهم في مكتبة الحي';

/** Types of session the feed names: one in English, one in Arabic. */
const CATEGORIES = [
  { id: 'play', label: 'Play (0–5)' },
  { id: 'story', label: 'حكايات' },
];

/** A feed served from memory: a one-off session on `DAY` for each title, an hour apart from 08:00, each at a venue and of a type. */
function feedOf(titles: string[]): string {
  const events = titles.map((title, i) =>
    eventInput({
      id: `ev-${i}`,
      title,
      start: `${DAY}T${String(8 + i).padStart(2, '0')}:00`,
      end: `${DAY}T${String(8 + i).padStart(2, '0')}:45`,
      location: { name: `Venue ${i + 1}`, address: `${i + 1} High Street` },
      categories: [CATEGORIES[i % 2]!.id],
    }),
  );
  const feed = nativeFeed({ programme: { categories: CATEGORIES }, events });
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

describe('the month grid', function () {
  this.timeout(30_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  describe('on a phone', () => {
    before(() => setViewport({ width: 390, height: 844 }));
    after(() => setViewport({ width: 800, height: 600 }));
    afterEach(() => window.scrollTo(0, 0));

    for (const locale of ['en-GB', 'ar']) {
      it(`names every day of the week in full-width columns on a 320 px phone, never cut (${locale})`, async () => {
        const src = feedOf(['Session 1']);
        // A 320 px phone's page, less its margins: Arabic's short names are the whole name ("الخميس" was cut to "الخمي…").
        const el = await mount(html`<pc-event-calendar src=${src} date=${DAY} view="month" locale=${locale}></pc-event-calendar>`, 300);
        const headers = $$(el, '.grid__weekday');
        expect(headers).to.have.length(7);
        for (const header of headers) {
          const shown = [...header.querySelectorAll<HTMLElement>('[aria-hidden="true"]')].filter((span) => span.getClientRects().length);
          expect(shown, 'one name shown').to.have.length(1);
          expect(header.scrollWidth, `${shown[0]!.textContent}: not cut`).to.be.at.most(header.clientWidth);
        }
        // What a screen reader hears is the whole name.
        expect(headers.map((header) => header.querySelector('.visually-hidden')!.textContent)).to.include(locale === 'ar' ? 'الخميس' : 'Thursday');
        URL.revokeObjectURL(src);
      });
    }

    it('tapping a day brings all of its sessions into view and puts focus on the day', async () => {
      const src = feedOf(Array.from({ length: 9 }, (_, i) => `Session ${i + 1}`));
      const el = await mount(html`<pc-event-calendar src=${src} date=${DAY} view="month"></pc-event-calendar>`, 370);
      window.scrollTo(0, 0);
      expect($(el, '.grid').getBoundingClientRect().width, 'the narrow grid').to.be.below(400);

      $(el, `[data-date="${DAY}"]`).click();
      // The day is drawn under the grid, then focus and the scroll follow in the same update.
      await el.updateComplete;
      await el.updateComplete;
      expect(focusedName(el)).to.equal('h3.day__title');

      const list = $(el, '.day--open .sessions').getBoundingClientRect();
      expect($$(el, '.day--open .session').length).to.equal(9);
      expect(list.height, 'the day’s sessions fit on the screen').to.be.below(innerHeight);
      expect(list.top, 'the first session is on screen').to.be.at.least(0);
      expect(list.bottom, 'the last session is on screen').to.be.at.most(innerHeight);
      URL.revokeObjectURL(src);
    });
  });

  describe('right to left', () => {
    it('shows an English title in an Arabic page from its beginning, and an Arabic one right to left', async () => {
      const src = feedOf([LONG_ENGLISH, ARABIC]);
      const el = await mount(html`<pc-event-calendar src=${src} date=${DAY} view="month" locale="ar"></pc-event-calendar>`, 1000);
      expect($(el, '.root').getAttribute('dir')).to.equal('rtl');
      const [english, arabic] = $$(el, `[data-date="${DAY}"] .chip`);
      expect(english.textContent).to.equal(LONG_ENGLISH);
      expect(getComputedStyle(english).direction, 'English title').to.equal('ltr');
      expect(getComputedStyle(arabic).direction, 'Arabic title').to.equal('rtl');
      // The title is cut at its end, not its start: its first letter is inside the chip.
      expect(english.scrollWidth, 'the title is longer than its chip').to.be.above(english.clientWidth);
      const text = [...english.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
      const first = document.createRange();
      first.setStart(text, 0);
      first.setEnd(text, 1);
      const letter = first.getBoundingClientRect();
      const chip = english.getBoundingClientRect();
      expect(letter.left, 'the first letter starts inside the chip').to.be.at.least(chip.left);
      expect(letter.right, 'the first letter ends inside the chip').to.be.at.most(chip.right);
      URL.revokeObjectURL(src);
    });

    for (const locale of ['en-GB', 'ar']) {
      it(`isolates each type of session the feed names from its count in the filter form (${locale})`, async () => {
        const src = feedOf([LONG_ENGLISH, ARABIC]);
        const el = await mount(html`<pc-event-calendar src=${src} date=${DAY} view="month" locale=${locale}></pc-event-calendar>`, 1000);
        const form = await openFilters(el);
        for (const { label } of CATEGORIES) expect(isolatingElement(form, label), label).to.exist;
        URL.revokeObjectURL(src);
      });
    }
  });

  describe('in forced colours (a Windows contrast theme)', () => {
    let emulated = false;
    before(async () => {
      emulated = (await executeServerCommand('emulate-forced-colours', { active: true })) === true;
    });
    after(async () => {
      if (emulated) await executeServerCommand('emulate-forced-colours', { active: false });
    });

    it('fills the view shown (Month) with the system’s selection colours, and draws the selected day’s outline whole, accessibly', async function () {
      // Firefox: puppeteer cannot turn its forced colours on.
      if (!emulated) this.skip();
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours on').to.equal(true);
      const src = feedOf(['Session 1']);
      const el = await mount(html`<pc-event-calendar src=${src} date=${DAY} view="month"></pc-event-calendar>`, 1000);
      /** The colour a system colour keyword resolves to in this theme. */
      const systemColour = (keyword: string) => {
        const probe = document.createElement('span');
        probe.style.color = keyword;
        document.body.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      };
      const viewButton = (name: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')].find((b) => b.textContent!.trim() === name)!;
      const month = getComputedStyle(viewButton('Month'));
      const week = getComputedStyle(viewButton('Week'));
      expect(month.backgroundColor, 'Month, the view shown, is filled with Highlight').to.equal(systemColour('Highlight'));
      expect(month.color, 'in HighlightText').to.equal(systemColour('HighlightText'));
      expect(week.backgroundColor, 'Week is not').not.to.equal(month.backgroundColor);
      expect(parseFloat(month.borderTopWidth), 'its border no thinner than the others’').to.be.at.least(parseFloat(week.borderTopWidth));

      const day = $(el, `[data-date="${DAY}"]`);
      day.click();
      await el.updateComplete;
      expect(day.getAttribute('aria-selected')).to.equal('true');
      (document.activeElement as HTMLElement | null)?.blur();
      const cell = getComputedStyle(day);
      expect(cell.outlineStyle, 'the selected day is outlined').to.equal('solid');
      // Inside the cell: outside it, the next cells covered its right and bottom edges.
      expect(parseFloat(cell.outlineOffset) + parseFloat(cell.outlineWidth), 'the outline inside the cell').to.be.at.most(0);
      await expect(el).to.be.accessible();
    });
  });
});
