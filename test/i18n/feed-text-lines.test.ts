/**
 * Feed text in another direction from the widget's keeps the widget's line: in an Arabic widget an
 * English venue, access feature or area lines up on the right with the rest, isolated (`<bdi>`) but not
 * pushed to the far left (on a desktop calendar it stood ~1,000 px from its session). Descriptions,
 * which are prose, and a month chip's title, which is cut at its end, keep their own direction.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
// The all-in-one fetches <pc-feed-status> when a page has one; these tests define it up front.
import '../../src/define/feed-status.js';
import '../../src/locales/ar.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { nativeFeed } from '../fixtures/index.js';
import { isolatingElement, uniqueKey, waitUntil } from '../support/helpers.js';

const inline = (body: unknown) => `/mock/text/${uniqueKey('lines')}?body=${encodeURIComponent(JSON.stringify(body))}`;

/** Where `text` ends inside `element` (its right edge, px), and the element's own right edge. */
function rightEdges(element: Element, text: string): { text: number; box: number } {
  const node = [...isolatingElement(element, text)!.childNodes].find((n) => n.textContent?.includes(text))!;
  const range = document.createRange();
  range.selectNodeContents(node);
  return { text: range.getBoundingClientRect().right, box: element.getBoundingClientRect().right };
}

/** The element's line keeps the right-to-left widget's direction, and the English in it ends at its right edge. */
function expectOnTheRight(element: Element, text: string): void {
  expect(getComputedStyle(element).direction, `${text}: the line's direction`).to.equal('rtl');
  const { text: end, box } = rightEdges(element, text);
  expect(end, `${text}: at the right of its line`).to.be.closeTo(box, 1.5);
}

const VENUE = 'Hillside Community Centre';
const ACCESS = 'Step-free access';
const AREA = 'Northbridge (East)';

describe('feed text in a right-to-left widget', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('the calendar: an English title and venue line up on the right of their session', async () => {
    const feed = nativeFeed({ events: [{ id: 'ev', title: 'Stay and Play', start: '2026-11-24T10:00', end: '2026-11-24T11:00', location: { name: VENUE } }] });
    const el = await fixture(html`<div style="width: 1000px"><pc-event-calendar src=${inline(feed)} date="2026-11-23" view="list" locale="ar"></pc-event-calendar></div>`);
    const calendar = el.querySelector('pc-event-calendar')!;
    await waitUntil(() => calendar.shadowRoot?.querySelector('.session__place')?.textContent?.includes(VENUE), 'the session and its venue');
    expectOnTheRight(calendar.shadowRoot!.querySelector('.session__place')!, VENUE);
    expectOnTheRight(calendar.shadowRoot!.querySelector('.session__title')!, 'Stay and Play');
  });

  it('the finder’s detail: an English access feature lines up on the right with the other values', async () => {
    const feed = nativeFeed({ services: [{ id: 'svc', name: 'مركز الأسرة', categories: [], accessibility: [ACCESS] }] });
    const el = await fixture(html`<pc-service-finder src=${inline(feed)} locale="ar"></pc-service-finder>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.card__open'), 'the result');
    el.shadowRoot!.querySelector<HTMLElement>('.card__open')!.click();
    await waitUntil(() => [...el.shadowRoot!.querySelectorAll('dialog[open] li')].some((li) => li.textContent!.includes(ACCESS)), 'the detail’s access feature');
    const item = [...el.shadowRoot!.querySelectorAll('dialog[open] li')].find((li) => li.textContent!.includes(ACCESS))!;
    expectOnTheRight(item, ACCESS);
  });

  it('the feed status: an English area lines up on the right under the programme’s name', async () => {
    const feed = nativeFeed({ programme: { name: 'أبطال الآباء', area: AREA } });
    const el = await fixture(html`<pc-feed-status src=${inline(feed)} locale="ar"></pc-feed-status>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.summary__area'), 'the area');
    expectOnTheRight(el.shadowRoot!.querySelector('.summary__area')!, AREA);
  });
});
