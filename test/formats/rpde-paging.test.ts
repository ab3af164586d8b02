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

  it('marks a feed whose next page is its end as read whole, so the converter knows its pages were followed', async () => {
    const feed = fakeFeed({ 2: { next: pageUrl(2), items: [], license: LICENSE } });
    const whole = await followRpde(first, context(feed.fetch));
    expect(feed.urls).to.deep.equal([pageUrl(2)]);
    expect(names(whole)).to.deep.equal(['Baby yoga', 'Toddler swim']);
    expect((whole as Record<string, unknown>)['x-parent-champion-rpde']).to.deep.equal({ pages: 2, origins: [[1, 0], [1, 1]] });
    expect(convertEventsDocument(whole, { source: FEED }).diagnostics).to.deep.equal([]);
    // The same page converted without its pages followed says what may be missing.
    const alone = convertEventsDocument(first, { source: FEED }).diagnostics;
    expect(alone.map((d) => `${d.path}: ${d.message}`)).to.deep.equal([
      "next: names the feed's next page, which was not read: sessions published after this page's may be missing",
    ]);
    expect(alone[0]!.incomplete).to.equal(true);
  });

  it('reads on past a page the publisher’s filtering left empty: only an empty page that names itself is the end', async () => {
    const feed = fakeFeed({
      2: { next: pageUrl(3), items: [], license: LICENSE },
      3: { next: pageUrl(4), items: [series('a', 'Baby yoga (new time)', 3)], license: LICENSE },
      4: { next: pageUrl(4), items: [], license: LICENSE },
    });
    const whole = await followRpde(first, context(feed.fetch));
    expect(feed.urls).to.deep.equal([pageUrl(2), pageUrl(3), pageUrl(4)]);
    expect(names(whole)).to.deep.equal(['Toddler swim', 'Baby yoga (new time)']);
    // A first page that is empty but names another page is followed too.
    const emptyFirst = await followRpde({ next: pageUrl(3), items: [], license: LICENSE }, context(fakeFeed({ 3: { next: pageUrl(4), items: [series('c', 'Stay and play', 3)], license: LICENSE }, 4: { next: pageUrl(4), items: [], license: LICENSE } }).fetch));
    expect(names(emptyFirst)).to.deep.equal(['Stay and play']);
  });

  it('knows a page by its address whatever the order of its query, and never lets an older copy of an item replace a newer one', async () => {
    const reordered = (after: number) => `${FEED}?afterId=x&afterTimestamp=${after}`;
    const feed = fakeFeed({
      2: { next: pageUrl(3), items: [series('b', 'Toddler swim (v2)', 5)], license: LICENSE },
      // Page 3 points back at page 2, written the other way round: a circle, not a new page.
      3: { next: reordered(2), items: [series('b', 'Toddler swim (v1)', 4)], license: LICENSE },
    });
    const whole = await followRpde(first, context(feed.fetch));
    expect(feed.urls).to.deep.equal([pageUrl(2), pageUrl(3)]);
    // The item met again with a lower change number (4 after 5) is older: the newer stays.
    expect(names(whole)).to.deep.equal(['Baby yoga', 'Toddler swim (v2)']);
    expect(notesOf(whole)[0]).to.match(/^page 3, next: names a page already read/);
  });

  it('keeps items with no kind or id as they are, and says so when a page is not RPDE', async () => {
    const odd = { state: 'updated', modified: 2, data: { '@type': 'Event', name: 'Fun day', startDate: '2027-01-05T10:00' } };
    const feed = fakeFeed({ 2: { next: pageUrl(3), items: [odd, odd], license: LICENSE }, 3: { error: 'nope' } });
    const whole = await followRpde(first, context(feed.fetch));
    expect(names(whole)).to.deep.equal(['Baby yoga', 'Toddler swim', 'Fun day', 'Fun day']);
    expect(notesOf(whole)).to.deep.equal([`page 3: (${pageUrl(3)}) is not an RPDE page (a JSON object with "items" and "next")`]);
  });

  it('does not take a feed’s own words for the notes it keeps: they are the pager’s alone', async () => {
    const forged = { ...first, 'x-parent-champion-paging': [{ path: 'page 9', message: 'forged' }], 'x-parent-champion-rpde': { pages: 9, origins: [[9, 9], [9, 9]] } };
    const whole = await followRpde(forged, context(fakeFeed({ 2: { next: pageUrl(2), items: [], license: LICENSE } }).fetch));
    expect(notesOf(whole)).to.deep.equal([]);
    expect((whole as Record<string, unknown>)['x-parent-champion-rpde']).to.deep.equal({ pages: 2, origins: [[1, 0], [1, 1]] });
    // Nor does the converter read them from a document that is not an RPDE feed.
    const event = { '@context': 'https://schema.org', '@type': 'Event', name: 'Fun day', startDate: '2027-01-05T10:00', 'x-parent-champion-paging': [{ path: 'page 9', message: 'forged' }] };
    expect(convertEventsDocument(event, { source: FEED }).diagnostics).to.deep.equal([]);
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
    // Pages 2 to 20 are read; page 21 is asked for only to see whether it is the end.
    expect(feed.urls).to.have.length(MAX_RPDE_PAGES);
    expect(names(whole)).to.have.length(2 + MAX_RPDE_PAGES - 1);
    expect(notesOf(whole)).to.deep.equal([
      `page ${MAX_RPDE_PAGES}, next: names more pages: only the first ${MAX_RPDE_PAGES} were read. An RPDE feed lists changes oldest first, so the newest sessions may be on the pages not read`,
    ]);
    // Reading again would stop at the same limit.
    expect(convertEventsDocument(whole, { source: FEED }).diagnostics.filter((d) => d.incomplete).map((d) => d.lasting)).to.deep.equal([true]);
  });

  it('reads a feed of exactly as many pages as the limit, and its empty last page, without a note', async () => {
    const feed = fakeFeed({
      2: { next: pageUrl(3), items: [series('c', 'Stay and play', 2)], license: LICENSE },
      3: { next: pageUrl(4), items: [series('d', 'Rhyme time', 3)], license: LICENSE },
      4: { next: pageUrl(4), items: [], license: LICENSE },
    });
    const whole = await followRpde(first, context(feed.fetch, { maxPages: 3 }));
    expect(feed.urls).to.deep.equal([pageUrl(2), pageUrl(3), pageUrl(4)]);
    expect(names(whole)).to.have.length(4);
    expect(notesOf(whole)).to.deep.equal([]);
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
    // Asking again would stop at the same page: the widgets do not say to try again later.
    const note = convertEventsDocument(whole, { source: FEED }).diagnostics.find((d) => d.path === 'page 1, next')!;
    expect(note).to.include({ incomplete: true, lasting: true });
  });

  it('follows a next that moves the feed’s own host from http to https, and no other change of origin', async () => {
    const insecure = FEED.replace('https:', 'http:');
    const feed = fakeFeed({ 2: { next: pageUrl(2), items: [series('c', 'Stay and play', 2)], license: LICENSE } });
    const whole = await followRpde({ ...first, next: pageUrl(2) }, context(feed.fetch, { url: insecure }));
    expect(feed.urls).to.deep.equal([pageUrl(2)]);
    expect(names(whole)).to.deep.equal(['Baby yoga', 'Toddler swim', 'Stay and play']);
    // Not https to http, nor another port of the same host.
    for (const next of [pageUrl(2).replace('https:', 'http:'), pageUrl(2).replace('leisure.example.org', 'leisure.example.org:8443')]) {
      const refused = await followRpde({ ...first, next }, context(fakeFeed({}).fetch));
      expect(notesOf(refused)[0], next).to.match(/^page 1, next: is on another site/);
    }
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
    // A page that failed may load later.
    expect(note.lasting).to.equal(undefined);
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

  it('is asked for by the adapter only for an RPDE page: another paged API, or a whole document, is not expanded', async () => {
    const feed = fakeFeed({ 2: { next: pageUrl(2), items: [], license: LICENSE } });
    const expandContext = context(feed.fetch);
    expect(jsonLdAdapter.expand!({ '@context': 'https://schema.org', '@type': 'Event', name: 'Fun day' }, expandContext)).to.equal(undefined);
    // `items` and `next`, but not RPDE's items (`state`, `kind`, `modified`), nor its empty page's `license`.
    expect(jsonLdAdapter.expand!({ next: pageUrl(2), items: [{ id: 1, title: 'A song' }] }, expandContext)).to.equal(undefined);
    expect(jsonLdAdapter.expand!({ next: pageUrl(2), items: [] }, expandContext)).to.equal(undefined);
    expect(feed.urls).to.deep.equal([]);
    expect(names(await jsonLdAdapter.expand!(first, expandContext))).to.deep.equal(['Baby yoga', 'Toddler swim']);
    expect(feed.urls).to.deep.equal([pageUrl(2)]);
  });
});
