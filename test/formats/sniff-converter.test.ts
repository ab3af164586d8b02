/**
 * With `format="auto"`, a converter's chunk starts to load when the document's text has arrived,
 * before it is parsed (a large feed takes a phone a second or more to parse), not once the parsed
 * document has been detected. Each document here opens with a format's own keys and then breaks:
 * it never parses, so a converter fetched for it can only have been asked for before the parse.
 * Each widget test is alone in its file's page, so no earlier test fetched the chunk it looks for.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/entries/service-finder.js';
import '../../src/entries/event-calendar.js';
import type { PcEventCalendar } from '../../src/event-calendar/event-calendar.js';
import type { PcServiceFinder } from '../../src/service-finder/service-finder.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { createFormatRegistry, formatRegistry } from '../../src/formats/registry.js';
import { jsonLdAdapter } from '../../src/formats/jsonld/adapter.js';
import { openReferralAdapter } from '../../src/formats/openreferral/adapter.js';
import type { FeedAdapter } from '../../src/formats/types.js';
import { captureConsole, fetched, heldFeed, waitUntil } from '../support/helpers.js';
import { queryByRole } from '../support/roles.js';

const JSONLD_CONVERTER = '/formats/jsonld/convert';
const OPEN_REFERRAL_READER = '/formats/openreferral/document';

/** A document that opens like `head` and cannot be parsed. */
const broken = (head: string) => `${head} "unfinished`;

describe('a converter starts to load before its document is parsed', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('a native feed prepares no converter', async () => {
    // Each format's `prepare` counted, on the page's own registry: a fetch may finish after the check.
    const prepared: string[] = [];
    const adapters = formatRegistry().adapters();
    const originals = adapters.map((adapter) => adapter.prepare);
    adapters.forEach((adapter, i) => {
      if (originals[i]) adapter.prepare = () => void prepared.push(adapter.name);
    });
    try {
      const feed = heldFeed({ body: broken('{"version": "1.0", "programme": {"name": "Family hubs", "contents": [') });
      await captureConsole('error', async () => {
        const el = await fixture<PcEventCalendar>(html`<pc-event-calendar src=${feed.url}></pc-event-calendar>`);
        await feed.releaseUntil(() => queryByRole(el, 'alert'), 'the calendar says the feed cannot be read');
      });
      // Its "contents" key would be Open Referral's: the native feed's own key answers first.
      expect(prepared).to.deep.equal([]);

      // The same counting sees a JSON-LD document's opening: the check above could have failed.
      const jsonld = heldFeed({ body: broken('{"@context": "https://schema.org/", "@graph": [') });
      await captureConsole('error', async () => {
        const el = await fixture<PcEventCalendar>(html`<pc-event-calendar src=${jsonld.url}></pc-event-calendar>`);
        await jsonld.releaseUntil(() => queryByRole(el, 'alert'), 'the calendar says the feed cannot be read');
      });
      expect(prepared).to.deep.equal(['jsonld']);
    } finally {
      adapters.forEach((adapter, i) => (adapter.prepare = originals[i]));
    }
  });

  it('the finder: an Open Referral UK page fetches its reader though the page never parses', async () => {
    const feed = heldFeed({ body: broken('{"total_items": 5000, "total_pages": 1, "page_number": 1, "contents": [{"id": "s1", "name": "Stay and Play",') });
    await captureConsole('error', async () => {
      const el = await fixture<PcServiceFinder>(html`<pc-service-finder src=${feed.url}></pc-service-finder>`);
      expect(fetched(OPEN_REFERRAL_READER), 'not while the feed is held').to.equal(false);
      await feed.releaseUntil(() => queryByRole(el, 'alert'), 'the finder says the feed cannot be read');
    });
    await waitUntil(() => fetched(OPEN_REFERRAL_READER), 'the reader was asked for from the text');
    expect(fetched(JSONLD_CONVERTER), 'and no other converter').to.equal(false);
  });

  it('the calendar: a JSON-LD document fetches its converter though it never parses', async () => {
    const feed = heldFeed({ body: broken('{"@context": "https://schema.org/", "@graph": [{"@type": "Event", "name": "Rhyme time",') });
    await captureConsole('error', async () => {
      const el = await fixture<PcEventCalendar>(html`<pc-event-calendar src=${feed.url}></pc-event-calendar>`);
      await feed.releaseUntil(() => queryByRole(el, 'alert'), 'the calendar says the feed cannot be read');
    });
    await waitUntil(() => fetched(JSONLD_CONVERTER), 'the converter was asked for from the text');
  });
});

describe('the registry: which format a document head prepares', () => {
  /** A registry with spies in place of the converters' `prepare`. */
  function registryWith(adapters: FeedAdapter[]) {
    const prepared: string[] = [];
    const registry = createFormatRegistry({ loadReport: () => import('../../src/data/feed-report.js') });
    for (const adapter of adapters) registry.register({ ...adapter, prepare: () => prepared.push(adapter.name) });
    return { registry, prepared };
  }

  it('prepares JSON-LD and Open Referral UK from their own keys, however the text is spaced', () => {
    const { registry, prepared } = registryWith([openReferralAdapter, jsonLdAdapter]);
    registry.prepareFor!('[\n  {\n    "@context" : "https://schema.org",');
    registry.prepareFor!('{"items":[{"state":"updated","kind":"SessionSeries","id":"1","modified":3,"data":{');
    registry.prepareFor!('{"total_items":12,"contents":[');
    registry.prepareFor!('{"version": "HSDS-UK-3.0", "profile": "https://openreferraluk.org"}');
    registry.prepareFor!('{ "id": "svc-1", "name": "Health visiting", "service_at_locations": [');
    // An OpenActive session series has a `programme` of its own: still JSON-LD, not a native feed.
    registry.prepareFor!('{"@context": ["https://openactive.io/"], "@type": "SessionSeries", "programme": {"@type": "Programme", "name": "Baby Rhyme Time"},');
    registry.prepareFor!('{"items": [{"state": "updated", "kind": "SessionSeries", "data": {"programme": {"name": "Stay and Play"}');
    expect(prepared).to.deep.equal(['jsonld', 'jsonld', 'openreferral', 'openreferral', 'openreferral', 'jsonld', 'jsonld']);
  });

  it('asks the fallback format only when no other knows the head, and nothing for a native feed or an unknown one', () => {
    const { registry, prepared } = registryWith([openReferralAdapter, jsonLdAdapter]);
    // A JSON-LD document may carry an "organization"-like key too: JSON-LD, not the fallback, is asked.
    registry.prepareFor!('{"@context": "https://schema.org", "organization": {"name": "Council"}, "@graph": [');
    registry.prepareFor!('{"programme": {"name": "Family hubs"}, "services": [{"contents": []}]');
    registry.prepareFor!('{"events": [{"title": "Stay and play"}]}');
    registry.prepareFor!('');
    expect(prepared).to.deep.equal(['jsonld']);
  });

  it("asks on when a format's sniff throws (another copy's or a site's adapter)", () => {
    const { registry, prepared } = registryWith([
      { name: 'broken-sniff', detect: () => false, convert: () => ({ feed: {} as never, diagnostics: [] }), sniff: () => { throw new Error('bad sniff'); } },
      jsonLdAdapter,
    ]);
    registry.prepareFor!('{"@context": "https://schema.org"}');
    expect(prepared).to.deep.equal(['jsonld']);
  });
});
