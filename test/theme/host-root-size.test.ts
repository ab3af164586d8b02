/**
 * A host page that changes its root font size (`html { font-size: 62.5% }`, common in older
 * themes so that 1rem is 10px; or 125%): the widgets keep a readable size, and every control a
 * parent taps stays at least 24 px each way (WCAG 2.5.8), in the panels and dialogs that arrive
 * later (their chunks) too. The base is `--pc-font-size` (README, Theming).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
// The all-in-one fetches <pc-feed-status> when a page has one; these tests define it up front.
import '../../src/define/feed-status.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import type { PcEventCalendar } from '../../src/event-calendar/event-calendar.js';
import { FIXTURE_FILES } from '../fixtures/index.js';
import { feedUrl, waitForShadow, waitUntil } from '../support/helpers.js';

/** The smallest target WCAG 2.5.8 allows, and the smallest body text the widgets show by default. */
const TARGET_PX = 24;
const READABLE_PX = 16;

/** What a parent taps: buttons (those styled as links too), form controls, the "Filter sessions" toggle and month-grid days. */
const CONTROLS = 'button, input, select, summary, [role="gridcell"]';

const px = (element: Element, property: 'fontSize') => parseFloat(getComputedStyle(element)[property]);

/** Controls drawn on screen (a skip link hidden until focused is 1 px; a closed panel's are not drawn). */
function tappable(root: ShadowRoot | Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CONTROLS)].filter((control) => {
    const box = control.getBoundingClientRect();
    return box.width > 1 && box.height > 1;
  });
}

/** "button.card__open 'Baby swimming': 170×18" for each control under 24 px either way. */
function tooSmall(root: ShadowRoot | Element): string[] {
  return tappable(root).flatMap((control) => {
    const { width, height } = control.getBoundingClientRect();
    if (width >= TARGET_PX - 0.01 && height >= TARGET_PX - 0.01) return [];
    const name = (control.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30) || control.getAttribute('type') || '';
    return [`${control.localName}.${control.className} '${name}': ${Math.round(width)}×${Math.round(height)}`];
  });
}

function expectTargets(root: ShadowRoot | Element, what: string, atLeast: number): void {
  expect(tappable(root).length, `${what}: controls found`).to.be.at.least(atLeast);
  expect(tooSmall(root), `${what}: controls under ${TARGET_PX} px`).to.deep.equal([]);
}

function shadow(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

for (const rootSize of ['62.5%', '125%']) {
  describe(`a host page with html { font-size: ${rootSize} }`, function () {
    this.timeout(30_000);
    /** The page's root size in px (10 px or 20 px for a reader whose browser default is 16 px). */
    let rootPx = 0;
    /** What the widgets' text should be: never under 16 px, and as large as the page's root when that is larger. */
    let expectedPx = 0;

    beforeEach(() => {
      document.documentElement.style.fontSize = rootSize;
      rootPx = px(document.documentElement, 'fontSize');
      expectedPx = Math.max(READABLE_PX, rootPx);
    });
    afterEach(() => {
      document.documentElement.style.fontSize = '';
      resetDocumentCache({ storage: true });
    });

    it('the finder keeps readable text and 24 px targets, in its filter panel and detail view too', async () => {
      const el = await fixture(html`<pc-service-finder src=${feedUrl(FIXTURE_FILES.finder)} style="width: 1100px"></pc-service-finder>`);
      await waitForShadow(el, '.results', 'results');
      // Wide: the filter panel (a chunk) sits beside the results.
      await waitUntil(() => el.shadowRoot!.querySelectorAll('#filter-body input[type="checkbox"]').length > 3, 'filter panel drawn');
      expect(px(shadow(el, '.root'), 'fontSize'), 'the finder’s text').to.equal(expectedPx);
      expect(px(shadow(el, '.card dd'), 'fontSize'), 'a card’s facts').to.equal(expectedPx);
      expect(px(shadow(el, '#filter-body label'), 'fontSize'), 'a filter’s label').to.equal(expectedPx);
      expectTargets(el.shadowRoot!, 'the finder with its filter panel', 12);

      shadow(el, '.card__open').click();
      const dialog = await waitForShadow(el, 'dialog[open]', 'detail view');
      expect(px(shadow(el, '.detail__description'), 'fontSize'), 'the detail view’s text').to.equal(expectedPx);
      expectTargets(dialog, 'the detail view', 1);
    });

    it('a narrow finder keeps its filters behind their button, and its controls at least 24 px', async () => {
      // 600 px is narrow for 16 px text (the filters beside the results need 46em): its breakpoint
      // is in ems of the widget's text, not of the page's root size.
      const el = await fixture(html`<pc-service-finder src=${feedUrl(FIXTURE_FILES.finder)} style="width: 600px"></pc-service-finder>`);
      await waitForShadow(el, '.results', 'results');
      expect(getComputedStyle(shadow(el, '.filters__toggle')).display, 'the filters sit behind their button').to.not.equal('none');
      expectTargets(el.shadowRoot!, 'the narrow finder', 5);
    });

    it('the calendar keeps readable text and 24 px targets: month grid, filter form and session detail', async () => {
      const el = await fixture<PcEventCalendar>(
        html`<pc-event-calendar src=${feedUrl(FIXTURE_FILES.calendar)} date="2026-11-25" view="month" style="width: 1000px"></pc-event-calendar>`,
      );
      await waitForShadow(el, '.grid', 'month grid');
      expect(px(shadow(el, '.root'), 'fontSize'), 'the calendar’s text').to.equal(expectedPx);
      expectTargets(el.shadowRoot!, 'the month grid and toolbar', 30);

      shadow(el, '[part="filters"] summary').click();
      const form = await waitForShadow(el, '[part="filters"] form', 'filter form');
      expectTargets(form, 'the filter form', 3);

      shadow(el, '[data-date="2026-11-25"]').click();
      await waitForShadow(el, '.day--open .session__open', 'the day’s sessions');
      expect(px(shadow(el, '.day--open .session__place'), 'fontSize'), 'a session’s venue').to.equal(expectedPx);
      expectTargets(shadow(el, '.day--open'), 'the open day’s sessions', 1);

      shadow(el, '.day--open .session__open').click();
      const dialog = await waitForShadow(el, 'dialog[open]', 'session detail');
      expectTargets(dialog, 'the session detail', 1);
    });

    it('a narrow month grid keeps each day at least 24 px', async () => {
      const el = await fixture<PcEventCalendar>(
        html`<pc-event-calendar src=${feedUrl(FIXTURE_FILES.calendar)} date="2026-11-25" view="month" style="width: 320px"></pc-event-calendar>`,
      );
      await waitForShadow(el, '.grid', 'month grid');
      expectTargets(el.shadowRoot!, 'the narrow month grid', 30);
    });

    it('the feed status keeps readable text', async () => {
      const el = await fixture(html`<pc-feed-status src=${feedUrl(FIXTURE_FILES.small)}></pc-feed-status>`);
      const counts = await waitForShadow(el, '[part="counts"]', 'summary');
      expect(px(counts, 'fontSize')).to.equal(expectedPx);
    });

    it('--pc-font-size sets the base exactly', async () => {
      const el = await fixture(
        html`<pc-feed-status src=${feedUrl(FIXTURE_FILES.small)} style="--pc-font-size: 18px"></pc-feed-status>`,
      );
      const counts = await waitForShadow(el, '[part="counts"]', 'summary');
      expect(px(counts, 'fontSize')).to.equal(18);
      expect(rootPx, 'the page’s own root size is untouched').to.not.equal(18);
    });
  });
}
