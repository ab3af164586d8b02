/**
 * What a site's theme changes and what it must not: `--pc-radius` rounds boxes but never bends the
 * coloured bar on the side of a card, a month-grid title or an error; and every control that takes
 * focus wears the same theme ring (the calendar's "Filter sessions" toggle too).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
// The all-in-one fetches <pc-feed-status> when a page has one; these tests define it up front.
import '../../src/define/feed-status.js';
import '../../src/locales/ar.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { FIXTURE_FILES } from '../fixtures/index.js';
import { feedUrl, uniqueKey, waitForShadow, waitUntil } from '../support/helpers.js';

const RADIUS = '24px';

/** The four corners as computed, named physically: what a parent sees on screen. */
function corners(element: Element): Record<'topLeft' | 'topRight' | 'bottomRight' | 'bottomLeft', string> {
  const style = getComputedStyle(element);
  return {
    topLeft: style.borderTopLeftRadius,
    topRight: style.borderTopRightRadius,
    bottomRight: style.borderBottomRightRadius,
    bottomLeft: style.borderBottomLeftRadius,
  };
}

/** The side the bar is on, in px (so the test knows it is looking at a bar). */
const barWidth = (element: Element, side: 'Left' | 'Right' | 'Top') => parseFloat(getComputedStyle(element)[`border${side}Width`]);

/** A bar on the left (right to left: on the right) stays straight; the other side takes the theme's radius. */
function expectStraightBar(element: Element, side: 'Left' | 'Right' | 'Top', what: string): void {
  expect(barWidth(element, side), `${what} has its coloured bar`).to.be.at.least(3);
  const c = corners(element);
  const straight =
    side === 'Left' ? [c.topLeft, c.bottomLeft] : side === 'Right' ? [c.topRight, c.bottomRight] : [c.topLeft, c.topRight];
  const rounded =
    side === 'Left' ? [c.topRight, c.bottomRight] : side === 'Right' ? [c.topLeft, c.bottomLeft] : [c.bottomLeft, c.bottomRight];
  expect(straight, `${what}: the bar's corners`).to.deep.equal(['0px', '0px']);
  expect(rounded, `${what}: the other corners follow --pc-radius`).to.deep.equal([RADIUS, RADIUS]);
}

describe('--pc-radius and the coloured bars', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('rounds the finder’s boxes but leaves the bars on its search box and cards straight, left to right and right to left', async () => {
    const root = await fixture(html`<div style="--pc-radius: ${RADIUS}">
      <pc-service-finder src=${feedUrl(FIXTURE_FILES.finder)}></pc-service-finder>
      <pc-service-finder src=${feedUrl(FIXTURE_FILES.finder)} locale="ar"></pc-service-finder>
    </div>`);
    const [english, arabic] = [...root.querySelectorAll('pc-service-finder')];
    expectStraightBar(await waitForShadow(english, '.card', 'cards'), 'Left', 'a card');
    expectStraightBar(english.shadowRoot!.querySelector('.search')!, 'Top', 'the search box');
    await waitUntil(() => arabic.shadowRoot?.querySelector('.root[dir="rtl"] .card'), 'Arabic cards');
    expectStraightBar(arabic.shadowRoot!.querySelector('.card')!, 'Right', 'a card right to left');
  });

  it('leaves the bar on a month-grid title straight', async () => {
    const root = await fixture(html`<div style="--pc-radius: ${RADIUS}; width: 1000px">
      <pc-event-calendar src=${feedUrl(FIXTURE_FILES.calendar)} date="2026-11-25" view="month"></pc-event-calendar>
    </div>`);
    const chip = await waitForShadow(root.querySelector('pc-event-calendar')!, '.cell__titles .chip:not(.chip--more)', 'titles in the grid');
    expectStraightBar(chip, 'Left', 'a title in the month grid');
  });

  it('leaves the bar on an error straight', async () => {
    const root = await fixture(html`<div style="--pc-radius: ${RADIUS}">
      <pc-feed-status src=${`/mock/json/${uniqueKey('gone')}?status=404`}></pc-feed-status>
    </div>`);
    expectStraightBar(await waitForShadow(root.querySelector('pc-feed-status')!, '.state--error', 'error'), 'Left', 'the error box');
  });
});

describe('the focus ring', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  /** How `element` shows keyboard focus: its outline and the ring inside it. */
  function ring(element: HTMLElement): string {
    element.focus();
    expect(element.matches(':focus-visible'), `${element.localName} shows focus`).to.equal(true);
    const style = getComputedStyle(element);
    return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
  }

  it('is the same on the calendar’s "Filter sessions" toggle as on its other controls', async () => {
    const root = await fixture(html`<div style="width: 1000px">
      <pc-event-calendar src=${feedUrl(FIXTURE_FILES.calendar)} date="2026-11-25" view="month"></pc-event-calendar>
    </div>`);
    const el = root.querySelector('pc-event-calendar')!;
    const day = (await waitForShadow(el, '.cell[tabindex="0"]', 'month grid')) as HTMLElement;
    const toggle = el.shadowRoot!.querySelector<HTMLElement>('[part="filters"] summary')!;
    const themed = ring(day);
    expect(themed, 'the theme’s ring: 3px of the focus colour').to.contain('solid 3px rgb(255, 221, 0)');
    expect(ring(toggle)).to.equal(themed);
    // The ring follows the theme's focus colour on the toggle too.
    (root as HTMLElement).style.setProperty('--pc-colour-focus', 'rgb(0, 128, 0)');
    expect(ring(toggle)).to.contain('solid 3px rgb(0, 128, 0)');
  });

  it('stands clear of the letters of what a script focuses: the opened day’s heading, the count of services', async () => {
    const root = await fixture(html`<div style="width: 1000px">
      <pc-event-calendar src=${feedUrl(FIXTURE_FILES.calendar)} date="2026-11-25" view="month"></pc-event-calendar>
      <pc-service-finder src=${feedUrl(FIXTURE_FILES.finder)}></pc-service-finder>
    </div>`);
    const calendar = root.querySelector('pc-event-calendar')!;
    const day = (await waitForShadow(calendar, '.cell[tabindex="0"]', 'month grid')) as HTMLElement;
    // A keyboard user opens the day: the calendar moves focus to its heading.
    day.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calendar.shadowRoot!.activeElement?.matches('.day__title'), 'the opened day’s heading focused');
    const heading = calendar.shadowRoot!.activeElement as HTMLElement;
    const count = (await waitForShadow(root.querySelector('pc-service-finder')!, '#count', 'results')) as HTMLElement;
    for (const [element, name] of [[heading, 'the day’s heading'], [count, 'the count']] as const) {
      element.focus();
      expect(element.matches(':focus-visible'), `${name} shows focus`).to.equal(true);
      const style = getComputedStyle(element);
      // Its text starts at its edge: a ring drawn inside it (the inset line controls wear) would touch the first letter.
      expect(style.boxShadow, `${name}: nothing drawn inside it`).to.equal('none');
      expect(parseFloat(style.outlineOffset), `${name}: the ring stands off its text`).to.be.at.least(2);
      expect(style.outlineStyle).to.equal('solid');
      // Dark on the page's white or grey, where the focus yellow alone would not show (under 3:1).
      expect(style.outlineColor, `${name}: the ring in the dark focus colour`).to.equal('rgb(11, 12, 12)');
    }
  });
});
