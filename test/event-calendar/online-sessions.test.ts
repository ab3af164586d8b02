/**
 * Sessions parents join online (a video call): the calendar says "Online" where a place would be,
 * never the place of the service that runs them; a session held in a place that can also be joined
 * online keeps its place, and its detail says it can be joined online.
 */
import { expect, html } from '@open-wc/testing';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import type { PcEventCalendar } from '../../src/event-calendar/event-calendar.js';
import { nativeFeed } from '../fixtures/index.js';
import { uniqueKey, waitUntil } from '../support/helpers.js';
import { getByRole } from '../support/roles.js';
import { ar, enGB } from '../support/strings.js';
import { mount, text } from './event-calendar-kit.js';

const centre = {
  id: 'svc-centre',
  name: 'Riverside Children’s Centre',
  categories: [],
  location: { name: 'Riverside Children’s Centre', postcode: 'NB1 4AA' },
};
const events = [
  // Run by the centre, but held on a video call: not at the centre.
  { id: 'ev-online', title: 'Baby massage', start: '2026-11-24T10:00', end: '2026-11-24T11:00', serviceId: 'svc-centre', online: true },
  { id: 'ev-mixed', title: 'Weaning talk', start: '2026-11-25T13:00', end: '2026-11-25T14:00', location: { name: 'St Mary’s Hall' }, online: true },
  { id: 'ev-hall', title: 'Stay and play', start: '2026-11-26T10:00', end: '2026-11-26T12:00', serviceId: 'svc-centre' },
];
const src = () => `/mock/text/${uniqueKey('online')}?body=${encodeURIComponent(JSON.stringify(nativeFeed({ services: [centre], events })))}`;

/** The place line under each session, by its title, as a parent reads the list. */
function placesByTitle(el: PcEventCalendar): Record<string, string> {
  const sessions = [...el.shadowRoot!.querySelectorAll('.session')];
  return Object.fromEntries(sessions.map((s) => [text(s.querySelector('.session__title')), text(s.querySelector('.session__place'))]));
}

/** Opens a session by its button's name; resolves to the detail's facts (as rendered: a line break is a new line), by label. */
async function detailFacts(el: PcEventCalendar, name: RegExp): Promise<Record<string, string>> {
  getByRole(el, 'button', name).click();
  await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the session’s detail is open');
  const dialog = el.shadowRoot!.querySelector('dialog')!;
  return Object.fromEntries([...dialog.querySelectorAll('.fact')].map((f) => [text(f.querySelector('dt')), f.querySelector('dd')!.innerText.trim()]));
}

async function closeDetail(el: PcEventCalendar): Promise<void> {
  getByRole(el.shadowRoot!.querySelector('dialog')!, 'button', 'Close').click();
  await waitUntil(() => !el.shadowRoot!.querySelector('dialog'), 'the detail is closed');
}

describe('<pc-event-calendar>: sessions parents join online', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('says "Online" where the place would be, not the service’s place; a mixed session keeps its place, accessibly', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-23" view="list"></pc-event-calendar>`);
    expect(placesByTitle(el)).to.deep.equal({
      'Baby massage': enGB.calendarOnline,
      'Weaning talk': 'St Mary’s Hall',
      'Stay and play': 'Riverside Children’s Centre',
    });
    await expect(el).to.be.accessible();

    const online = await detailFacts(el, /Baby massage/);
    expect(online['Where']).to.equal('Online');
    expect(el.shadowRoot!.querySelector('[part="directions-link"]'), 'no directions to a video call').to.equal(null);
    await expect(el).to.be.accessible();
    await closeDetail(el);

    const mixed = await detailFacts(el, /Weaning talk/);
    expect(mixed['Where']).to.equal('St Mary’s Hall\nYou can also join online.');
    await expect(el).to.be.accessible();
    await closeDetail(el);

    const inPlace = await detailFacts(el, /Stay and play/);
    expect(inPlace['Where']).to.equal('Riverside Children’s Centre, NB1 4AA');
  });

  it('says "Online" in the week view, and in Arabic, accessibly', async () => {
    const week = await mount(html`<pc-event-calendar src=${src()} date="2026-11-24" view="week"></pc-event-calendar>`);
    expect(placesByTitle(week)['Baby massage']).to.equal('Online');
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-23" view="list" locale="ar"></pc-event-calendar>`);
    await waitUntil(() => placesByTitle(el)['Baby massage'] === ar.calendarOnline, 'the online session’s place line in Arabic');
    await expect(el).to.be.accessible();
  });
});
