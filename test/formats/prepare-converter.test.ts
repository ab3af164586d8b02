/**
 * A widget whose `format` names a format with a converter chunk starts fetching that chunk when it
 * starts to load its feed, so the chunk arrives alongside the feed rather than after it. The feed
 * is held open here until the chunk has been asked for, so the test cannot pass by timing.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/entries/event-calendar.js';
import type { PcEventCalendar } from '../../src/event-calendar/event-calendar.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { registerAdapter } from '../../src/formats/registry.js';
import { fetched, heldFeed, waitUntil } from '../support/helpers.js';
import { FIXTURE_FILES } from '../fixtures/index.js';

describe('a format named by `format` is prepared while its feed loads', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('asks the named adapter to prepare before the feed has arrived, and not for format="auto"', async () => {
    let prepared = 0;
    registerAdapter({
      name: 'test-prepared',
      detect: () => false,
      prepare: () => (prepared += 1),
      convert: () => ({ feed: { version: '1.0', programme: { name: 'Test', timezone: 'Europe/London', locale: 'en-GB', areas: [], categories: [] }, services: [], events: [], forms: {} }, diagnostics: [] }),
    });
    const auto = heldFeed({ file: FIXTURE_FILES.calendar });
    await fixture(html`<pc-event-calendar src=${auto.url}></pc-event-calendar>`);
    expect(prepared, 'format="auto" prepares nothing').to.equal(0);

    const named = heldFeed({ file: FIXTURE_FILES.calendar });
    await fixture(html`<pc-event-calendar format="test-prepared" src=${named.url}></pc-event-calendar>`);
    expect(prepared, 'prepared while the feed is held').to.equal(1);
    await Promise.all([auto.release(), named.release()]);
  });

  it('fetches the JSON-LD converter while the feed is held, then shows its sessions', async () => {
    expect(fetched('/formats/jsonld/convert'), 'not fetched before the widget').to.equal(false);
    const feed = heldFeed({ file: FIXTURE_FILES.jsonld });
    const el = await fixture<PcEventCalendar>(html`<pc-event-calendar format="jsonld" date="2026-11-01" view="list" src=${feed.url}></pc-event-calendar>`);
    await waitUntil(() => fetched('/formats/jsonld/convert'), 'the converter is fetched while the feed is still held');
    await feed.releaseUntil(() => el.shadowRoot!.querySelector('.session__title'), 'the calendar shows its sessions');
    expect(el.shadowRoot!.querySelector('.session__title')!.textContent).to.contain('(JSON-LD)');
    await expect(el).to.be.accessible();
  });
});
