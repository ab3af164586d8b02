/**
 * On a slow connection a feed's body arrives over seconds. With `format="auto"`, the converter's
 * chunk is asked for as soon as the document's first characters are in, while the rest is still
 * downloading: here the server sends the opening of the document and holds the rest until the
 * test releases it, so the converter can only have been asked for from those first characters.
 * Alone in its file's page, so no earlier test has fetched either converter.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/entries/service-finder.js';
import '../../src/entries/event-calendar.js';
import type { PcEventCalendar } from '../../src/event-calendar/event-calendar.js';
import type { PcServiceFinder } from '../../src/service-finder/service-finder.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { fetched, uniqueKey, waitUntil } from '../support/helpers.js';
import { queryByRole } from '../support/roles.js';
import { enGB } from '../support/strings.js';

/** A feed whose body arrives in two parts: `head` at once, the rest when `release()` is called. */
function trickledFeed(head: string, rest: string) {
  const key = uniqueKey('trickle');
  return {
    url: `/mock/trickle/${key}?${new URLSearchParams({ head, rest })}`,
    release: () => fetch(`/mock/release/${key}`),
  };
}

/**
 * `el`, still loading while the rest of `feed` is held, has asked for `chunk`; once the rest is
 * released it shows `text`.
 */
async function askedWhileHeld(el: Element, feed: ReturnType<typeof trickledFeed>, chunk: string, text: string): Promise<void> {
  await waitUntil(() => fetched(chunk), `${chunk} is asked for while the rest of the document is held`);
  expect(queryByRole(el, 'status', enGB.loading), 'still loading: the body has not ended').to.not.equal(undefined);
  // Released until shown: on a busy machine the client may give up on a held answer and ask again.
  await waitUntil(async () => {
    await feed.release();
    return el.shadowRoot!.textContent?.includes(text);
  }, `"${text}" shows once the rest has arrived`);
}

describe("a converter is asked for from the document's first characters, while the rest downloads", () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('the finder: an Open Referral UK page, then its services', async () => {
    // The UK profile's own example page, as one page of one (so nothing more is fetched), cut after its opening keys.
    const page = (await (await fetch('/test/fixtures/open-referral-uk/uk-profile/example-service_list.json')).text())
      .replace('"total_pages": 10', '"total_pages": 1')
      .replace('"last_page": false', '"last_page": true');
    const cut = page.indexOf('"contents"');
    const feed = trickledFeed(page.slice(0, cut), page.slice(cut));
    const el = await fixture<PcServiceFinder>(html`<pc-service-finder src=${feed.url}></pc-service-finder>`);
    await askedWhileHeld(el, feed, '/formats/openreferral/document', 'Community Counselling');
    expect(fetched('/formats/jsonld/convert'), 'no other converter').to.equal(false);
  });

  it('the calendar: a JSON-LD document, then its sessions', async () => {
    const feed = trickledFeed(
      '{"@context": "https://schema.org/", "@graph": [',
      '{"@type": "Event", "@id": "https://example.org/e/1", "name": "Rhyme time", "startDate": "2026-11-18T10:00:00+00:00", "endDate": "2026-11-18T11:00:00+00:00"}]}',
    );
    const el = await fixture<PcEventCalendar>(html`<pc-event-calendar view="list" date="2026-11-16" src=${feed.url}></pc-event-calendar>`);
    await askedWhileHeld(el, feed, '/formats/jsonld/convert', 'Rhyme time');
  });
});
