import { expect } from '@open-wc/testing';
import { followRpde, MAX_RPDE_PAGES, type RpdeContext } from '../../src/formats/jsonld/rpde.js';
import { convertEventsDocument } from '../../src/formats/jsonld/convert.js';
import { jsonLdAdapter } from '../../src/formats/jsonld/adapter.js';
import { PAGING_NOTES } from '../../src/formats/paging.js';
import type { Diagnostic } from '../../src/data/errors.js';

const FEED = 'https://leisure.example.org/feeds/session-series';
const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

/** A SessionSeries item, meeting every Tuesday in 2027, named `name`. */
function series(id: string, name: string, modified: number, extra: Record<string, unknown> = {}) {
  return {
    state: 'updated',
    kind: 'SessionSeries',
    id,
    modified,
    data: {
      '@context': 'https://openactive.io/',
      type: 'SessionSeries',
      id: `https://leisure.example.org/series/${id}`,
      name,
      eventSchedule: [{ type: 'PartialSchedule', repeatFrequency: 'P1W', byDay: ['https://schema.org/Tuesday'], startTime: '10:00', endTime: '11:00', startDate: '2027-01-05', endDate: '2027-12-28' }],
      ...extra,
    },
  };
}

const deleted = (id: string, modified: number) => ({ state: 'deleted', kind: 'SessionSeries', id, modified });

/** The page after `afterTimestamp` (RPDE's own address scheme). */
const pageUrl = (after: number, base = FEED) => `${base}?afterTimestamp=${after}&afterId=x`;

/**
 * A fetch that answers the feed's pages from `pages` (by `afterTimestamp`; the first page is
 * given to `followRpde` as data, as the data client hands it over) and records each address.
 */
function fakeFeed(pages: Record<number, unknown>): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const fake = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    urls.push(url.href);
    const body = pages[Number(url.searchParams.get('afterTimestamp'))];
    if (body === undefined) return new Response('{}', { status: 404 });
    if (body instanceof Error) return new Response('{}', { status: 503 });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { fetch: fake, urls };
}

function context(pageFetch: typeof fetch, extra: Partial<RpdeContext> = {}): RpdeContext {
  return { url: FEED, credentials: 'omit', signal: new AbortController().signal, timeoutMs: 5_000, retries: 1, retryDelayMs: 1, fetch: pageFetch, ...extra };
}

const names = (document: unknown) => ((document as { items: { id: string; data?: { name: string } }[] }).items).map((item) => item.data?.name ?? `(${item.id})`);
const notesOf = (document: unknown) => ((document as Record<string, Diagnostic[]>)[PAGING_NOTES] ?? []).map((d) => `${d.path}: ${d.message}`);

describe('OpenActive RPDE feeds: following next to the end', () => {
  const first = { next: pageUrl(2), items: [series('a', 'Baby yoga', 1), series('b', 'Toddler swim', 1)], license: LICENSE };

  it('reads every page to the empty last one, keeping each item’s latest state: changed again, it moves; deleted, it goes', async () => {
    const feed = fakeFeed({
      2: { next: pageUrl(3), items: [deleted('b', 2), series('c', 'Stay and play', 2)], license: LICENSE },
      3: { next: pageUrl(4), items: [series('a', 'Baby yoga (new time)', 3)], license: LICENSE },
      // The last page: no items, and it names itself.
      4: { next: pageUrl(4), items: [], license: LICENSE },
    });
    const whole = await followRpde(first, context(feed.fetch));
    // The deletion stays, as RPDE gives it: the converter passes over it.
    expect(names(whole)).to.deep.equal(['(b)', 'Stay and play', 'Baby yoga (new time)']);
    expect(feed.urls).to.deep.equal([pageUrl(2), pageUrl(3), pageUrl(4)]);
    expect(notesOf(whole)).to.deep.equal([]);
    // The merged feed is still an RPDE page for the converter: the sessions of both series show.
    const { feed: converted, diagnostics } = convertEventsDocument(whole, { source: FEED });
    expect(converted.events.map((event) => event.title).sort()).to.deep.equal(['Baby yoga (new time)', 'Stay and play']);
    expect(diagnostics).to.deep.equal([]);
  });

  it('answers the first page itself when the page after it is the end', async () => {
    const feed = fakeFeed({ 2: { next: pageUrl(2), items: [], license: LICENSE } });
    expect(await followRpde(first, context(feed.fetch))).to.equal(first);
    expect(feed.urls).to.deep.equal([pageUrl(2)]);
  });

  it('resolves a next written relative to its page, as some publishers write it', async () => {
    const feed = fakeFeed({
      2: { next: '?afterTimestamp=3&afterId=x', items: [series('c', 'Stay and play', 2)], license: LICENSE },
      3: { next: '/feeds/session-series?afterTimestamp=3&afterId=x', items: [], license: LICENSE },
    });
    const whole = await followRpde({ ...first, next: 'session-series?afterTimestamp=2&afterId=x' }, context(feed.fetch));
    expect(feed.urls).to.deep.equal([pageUrl(2), pageUrl(3)]);
    expect(names(whole)).to.deep.equal(['Baby yoga', 'Toddler swim', 'Stay and play']);
  });

  it(`reads at most ${MAX_RPDE_PAGES} pages, and says that the newest sessions may be on the pages not read`, async () => {
    const pages: Record<number, unknown> = {};
    for (let n = 2; n < 100; n++) pages[n] = { next: pageUrl(n + 1), items: [series(`s${n}`, `Session ${n}`, n)], license: LICENSE };
    const feed = fakeFeed(pages);
    const whole = await followRpde(first, context(feed.fetch));
    expect(feed.urls).to.have.length(MAX_RPDE_PAGES - 1);
    expect(names(whole)).to.have.length(2 + MAX_RPDE_PAGES - 1);
    expect(notesOf(whole)).to.deep.equal([
      `page ${MAX_RPDE_PAGES}, next: names more pages: only the first ${MAX_RPDE_PAGES} were read. An RPDE feed lists changes oldest first, so the newest sessions may be on the pages not read`,
    ]);
  });

  it('never asks another site for a page: a next on another origin ends the paging, with a note', async () => {
    const feed = fakeFeed({});
    const elsewhere = { ...first, next: 'https://tracker.example.com/feeds/session-series?afterTimestamp=2' };
    const whole = await followRpde(elsewhere, context(feed.fetch));
    expect(feed.urls).to.deep.equal([]);
    expect(names(whole)).to.deep.equal(['Baby yoga', 'Toddler swim']);
    expect(notesOf(whole)).to.deep.equal([
      "page 1, next: is on another site (https://tracker.example.com) than the feed (https://leisure.example.org), so it was not asked for: only this site's pages are read",
    ]);
  });

  it('stops at a page already read (a static copy whose server ignores the address), and at a next that is not http(s)', async () => {
    const circle = fakeFeed({ 2: { next: FEED, items: [series('c', 'Stay and play', 2)], license: LICENSE } });
    const whole = await followRpde(first, context(circle.fetch));
    expect(circle.urls).to.deep.equal([pageUrl(2)]);
    expect(names(whole)).to.deep.equal(['Baby yoga', 'Toddler swim', 'Stay and play']);
    expect(notesOf(whole)[0]).to.equal(`page 2, next: names a page already read (${FEED}): the feed goes round in a circle, so the paging stopped there`);
    const script = await followRpde({ ...first, next: 'javascript:alert(1)' }, context(fakeFeed({}).fetch));
    expect(notesOf(script)[0]).to.match(/^page 1, next: is not an http\(s\) address/);
  });

  it('keeps the pages read when a later one fails (retried first), and says the list may be incomplete', async () => {
    const feed = fakeFeed({ 2: { next: pageUrl(3), items: [series('c', 'Stay and play', 2)], license: LICENSE }, 3: new Error('down') });
    const whole = await followRpde(first, context(feed.fetch));
    expect(names(whole)).to.deep.equal(['Baby yoga', 'Toddler swim', 'Stay and play']);
    expect(feed.urls).to.deep.equal([pageUrl(2), pageUrl(3), pageUrl(3)]);
    const { diagnostics } = convertEventsDocument(whole, { source: FEED });
    const note = diagnostics.find((d) => d.path === 'page 3')!;
    expect(note.message).to.equal(`could not be loaded: ${pageUrl(3)} answered HTTP 503`);
    expect(note.incomplete).to.equal(true);
  });

  it('says which page and item a problem is on, as the publisher’s feed has them, not its place in the merged list', async () => {
    const feed = fakeFeed({
      2: { next: pageUrl(3), items: [deleted('a', 2), series('c', 'Stay and play', 2), { state: 'updated', kind: 'SessionSeries', id: 'd', modified: 2 }], license: LICENSE },
      3: { next: pageUrl(3), items: [], license: LICENSE },
    });
    const whole = await followRpde(first, context(feed.fetch));
    const { diagnostics } = convertEventsDocument(whole, { source: FEED });
    expect(diagnostics.map((d) => `${d.path}: ${d.message}`)).to.include('page 2, items[2]: has no data (an item that is not deleted needs its data)');
    expect(names(whole)).to.deep.equal(['Toddler swim', '(a)', 'Stay and play', '(d)']);
    // A saved copy whose page list was edited out of shape names items by their merged place.
    const edited = { ...(whole as object), 'x-parent-champion-rpde': { pages: 2, origins: [[0, 0]] } };
    expect(convertEventsDocument(edited, { source: FEED }).diagnostics.map((d) => d.path)).to.include('items[3]');
  });

  it('reads a feed whose pages hold no events now (all deleted) as a calendar with no events, saying so', async () => {
    const feed = fakeFeed({ 2: { next: pageUrl(3), items: [deleted('a', 2), deleted('b', 2)], license: LICENSE }, 3: { next: pageUrl(3), items: [], license: LICENSE } });
    const whole = await followRpde(first, context(feed.fetch));
    expect(jsonLdAdapter.detect(whole)).to.equal(true);
    const { feed: converted, diagnostics } = convertEventsDocument(whole, { source: FEED });
    expect(converted.events).to.deep.equal([]);
    expect(diagnostics.map((d) => d.message)).to.deep.equal(['an OpenActive RPDE feed with no events on its 3 pages now (its items were deleted)']);
  });

  it('stops when no widget needs the feed any more', async () => {
    const stop = new AbortController();
    const feed = fakeFeed({ 2: { next: pageUrl(3), items: [], license: LICENSE } });
    const asking = ((input: RequestInfo | URL, init?: RequestInit) => (stop.abort(), feed.fetch(input, init))) as typeof fetch;
    let error: unknown;
    await followRpde(first, context(asking, { signal: stop.signal })).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('paging stopped');
  });

  it('is asked for by the adapter only for an RPDE page with items: a whole document is not expanded', async () => {
    const feed = fakeFeed({ 2: { next: pageUrl(2), items: [], license: LICENSE } });
    const expandContext = context(feed.fetch);
    expect(jsonLdAdapter.expand!({ '@context': 'https://schema.org', '@type': 'Event', name: 'Fun day' }, expandContext)).to.equal(undefined);
    expect(jsonLdAdapter.expand!({ next: pageUrl(2), items: [], license: LICENSE }, expandContext)).to.equal(undefined);
    expect(feed.urls).to.deep.equal([]);
    expect(await jsonLdAdapter.expand!(first, expandContext)).to.equal(first);
    expect(feed.urls).to.deep.equal([pageUrl(2)]);
  });
});
