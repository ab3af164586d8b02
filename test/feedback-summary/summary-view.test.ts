// What <pc-feedback-summary> shows, worked out without a DOM (src/feedback-summary/summary-view.ts).
import { expect } from '@open-wc/testing';
import type { Feed } from '../../src/data/feed-schema.js';
import { DEFAULT_MINIMUM, share, summaryView } from '../../src/feedback-summary/summary-view.js';

const compare = new Intl.Collator('en-GB').compare;
const service = (id: string, name: string) => ({ id, name, categories: [], schedule: [], languages: [], accessibility: [] });

/** A feed as an adapter might hand it over: `feedbackSummary` not checked by the native reader. */
function feed(feedbackSummary: unknown): Feed {
  return {
    version: '1.0',
    programme: { name: 'P', timezone: 'Europe/London', locale: 'en-GB', areas: [], categories: [] },
    services: [service('b', 'beta group'), service('a', 'Alpha group'), service('c', 'Ćwiczenia')],
    events: [],
    forms: {},
    feedbackSummary,
  } as Feed;
}

describe('summaryView', () => {
  it('copies only the counts and the notes’ own words, whatever else an entry holds', () => {
    const view = summaryView(
      feed({
        minimumResponses: 5,
        services: [{ serviceId: 'a', responses: 5, ratings: [1, 1, 1, 1, 1], extra: { name: 'Jo' } }],
        youSaidWeDid: [{ id: 'n', serviceId: 'a', date: '2026-01-02', youSaid: 'x', weDid: 'y', author: 'Jo' }],
      }),
      undefined,
      compare,
    );
    expect(view).to.deep.equal({
      kind: 'summary',
      minimum: 5,
      single: false,
      tallies: [{ serviceId: 'a', name: 'Alpha group', responses: 5, ratings: [1, 1, 1, 1, 1] }],
      notes: [{ id: 'n', date: '2026-01-02', youSaid: 'x', weDid: 'y', serviceName: 'Alpha group' }],
    });
  });

  it('sorts services by name in the locale’s order; leaves out unnamed, repeated, under-minimum and malformed ones', () => {
    const counts = (serviceId: string, responses = 5) => ({ serviceId, responses, ratings: [0, 0, 0, 0, responses] });
    const view = summaryView(
      feed({
        services: [counts('c'), counts('b'), counts('a'), counts('a', 6), counts('gone'), counts('b', 4), { serviceId: 'a' }, 'a', null],
      }),
      undefined,
      compare,
    );
    expect(view.kind === 'summary' && view.tallies.map((t) => t.name)).to.deep.equal(['Alpha group', 'beta group', 'Ćwiczenia']);
  });

  it('falls back to the contract’s minimum when an adapter gives none that can be used, and never shows less', () => {
    for (const minimumResponses of [undefined, 0, -1, 2.5, '1', null]) {
      const view = summaryView(feed({ minimumResponses, services: [{ serviceId: 'a', responses: 4, ratings: [0, 0, 0, 0, 4] }] }), 'a', compare);
      expect(view.kind === 'summary' && view.minimum, String(minimumResponses)).to.equal(DEFAULT_MINIMUM);
      expect(view.kind === 'summary' && view.tallies, String(minimumResponses)).to.deep.equal([]);
    }
  });

  it('with a service-id: that service only, named or not, and its own notes; newest first, the feed’s order within a day', () => {
    const view = summaryView(
      feed({
        services: [{ serviceId: 'x', responses: 5, ratings: [0, 0, 0, 0, 5] }],
        youSaidWeDid: [
          { id: 'old', serviceId: 'x', date: '2025-05-01', youSaid: 'a', weDid: 'b' },
          { id: 'first', serviceId: 'x', date: '2026-05-01', youSaid: 'a', weDid: 'b' },
          { id: 'other', serviceId: 'a', date: '2026-06-01', youSaid: 'a', weDid: 'b' },
          { id: 'second', serviceId: 'x', date: '2026-05-01', youSaid: 'a', weDid: 'b' },
          { id: 'scheme', date: '2026-07-01', youSaid: 'a', weDid: 'b' },
        ],
      }),
      'x',
      compare,
    );
    expect(view.kind === 'summary' && view.single).to.equal(true);
    expect(view.kind === 'summary' && view.tallies.map((t) => [t.serviceId, t.name])).to.deep.equal([['x', undefined]]);
    expect(view.kind === 'summary' && view.notes.map((n) => n.id)).to.deep.equal(['first', 'second', 'old']);
  });

  it('is "none" without a section; a rating’s share of the bar is a whole percentage', () => {
    expect(summaryView(feed(undefined), undefined, compare)).to.deep.equal({ kind: 'none' });
    expect(summaryView(feed([1, 2]), undefined, compare)).to.deep.equal({ kind: 'none' });
    expect([share(7, 12), share(0, 12), share(5, 5), share(0, 0)]).to.deep.equal([58, 0, 100, 0]);
  });
});
