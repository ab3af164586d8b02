// Issue 20: when a converted feed's data last changed, from its format's own dates: the latest
// Open Referral `last_modified` (Outpost `updated_at`), schema.org `dateModified` or RPDE
// `modified` that is a date. A date that is not one, or in the future, is reported and not used.
import { expect } from '@open-wc/testing';
import { openReferralToFeed } from '../../src/formats/openreferral/convert.js';
import { convertEventsDocument } from '../../src/formats/jsonld/convert.js';
import { openReferralService } from '../fixtures/index.js';

/** A date-time `days` from now, as a feed writes it. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const event = (name: string, extra: Record<string, unknown> = {}) => ({
  '@type': 'Event',
  name,
  startDate: '2026-11-05T10:00',
  ...extra,
});

describe('programme.lastUpdated from Open Referral UK and Outpost', () => {
  it('is the latest last_modified of the services', async () => {
    const page = await (await fetch('/test/fixtures/finder/oruk-fortnightly.json')).json();
    expect(openReferralToFeed(page).feed.programme.lastUpdated).to.equal('2026-11-20T09:05:00Z');
  });

  it("is Outpost's updated_at", async () => {
    const page = await (await fetch('/test/fixtures/finder/outpost-fortnightly.json')).json();
    expect(openReferralToFeed(page).feed.programme.lastUpdated).to.equal('2026-11-03T16:42:10.512Z');
  });

  it('leaves out, and reports, a date in the future and one that is not a date', () => {
    const future = daysFromNow(400);
    const { feed, diagnostics } = openReferralToFeed({
      contents: [
        openReferralService('a', 'Stay and Play', { last_modified: future }),
        openReferralService('b', 'Baby Massage', { lastModified: '15/03/2026' }),
        openReferralService('c', 'Toy Library', { last_modified: '2026-03-01 10:15:00' }),
      ],
    });
    expect(feed.programme.lastUpdated).to.equal('2026-03-01 10:15:00');
    const inFuture = diagnostics.find((d) => d.path === 'contents[0].last_modified')!;
    expect(inFuture.message).to.contain('in the future').and.contain(future.slice(0, 10));
    expect(inFuture).to.deep.include({ action: 'dropped', item: 'Stay and Play' });
    const notADate = diagnostics.find((d) => d.path === 'contents[1].lastModified')!;
    expect(notADate.message).to.contain('not an ISO 8601 date').and.contain('"15/03/2026"');
    expect(notADate.item).to.equal('Baby Massage');
    // A future last_modified is no "Checked" date either.
    expect(feed.services.find((s) => s.name === 'Stay and Play')!.lastChecked).to.equal(undefined);
  });

  it('is absent when no service gives a date', () => {
    expect(openReferralToFeed({ contents: [openReferralService('a', 'Stay and Play')] }).feed.programme).to.not.have.property('lastUpdated');
  });
});

describe('programme.lastUpdated from JSON-LD and OpenActive', () => {
  it("is the latest of the document's and its events' dateModified", () => {
    const { feed } = convertEventsDocument(
      {
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        name: 'Northbridge Leisure',
        dateModified: '2026-11-01',
        itemListElement: [
          { '@type': 'ListItem', item: event('Swim', { dateModified: '2026-11-28T08:00:00+00:00' }) },
          { '@type': 'ListItem', item: event('Gym', { dateModified: '2026-10-01' }) },
        ],
      },
      { source: 'https://example.org/events.json' },
    );
    expect(feed.programme.lastUpdated).to.equal('2026-11-28T08:00:00+00:00');
  });

  it("takes an RPDE item's modified when it is a date, never when it is a change number", () => {
    const rpde = (modified: unknown[]) => ({
      next: 'https://example.org/feed?afterChangeNumber=9',
      items: modified.map((value, i) => ({ state: 'updated', kind: 'SessionSeries', id: `s${i}`, modified: value, data: event(`Session ${i}`) })),
    });
    const dated = convertEventsDocument(rpde([1_764_000_000, '2026-11-30T18:00:00Z', '2026-11-02T09:00:00Z']), { source: 'x' });
    expect(dated.feed.programme.lastUpdated).to.equal('2026-11-30T18:00:00Z');
    const numbered = convertEventsDocument(rpde([1_764_000_000, '1764000001']), { source: 'x' });
    expect(numbered.feed.programme).to.not.have.property('lastUpdated');
    // A change number is what RPDE allows: nothing to report.
    expect(numbered.diagnostics.filter((d) => d.path.endsWith('modified'))).to.deep.equal([]);
  });

  it('leaves out, and reports, a dateModified in the future or that is not a date', () => {
    const future = daysFromNow(30);
    const { feed, diagnostics } = convertEventsDocument(
      [event('Swim', { dateModified: future }), event('Gym', { dateModified: 'last Tuesday' }), event('Yoga', { dateModified: '2026-09-09' })],
      { source: 'x' },
    );
    expect(feed.programme.lastUpdated).to.equal('2026-09-09');
    expect(diagnostics.find((d) => d.path === '[0].dateModified')).to.deep.include({ action: 'dropped', item: 'Swim' });
    expect(diagnostics.find((d) => d.path === '[0].dateModified')!.message).to.contain('in the future');
    expect(diagnostics.find((d) => d.path === '[1].dateModified')!.message).to.contain('not an ISO 8601 date').and.contain('"last Tuesday"');
  });
});
