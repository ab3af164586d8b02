// Issue 20: the native contract's `programme.lastUpdated`: when the feed's data last changed.
import { expect } from '@open-wc/testing';
import { validateNativeFeed } from '../../src/data/validate-native.js';
import { earliestInstant, isPastFeedDate } from '../../src/data/feed-date.js';

const feedWith = (parts: { programme?: Record<string, unknown> }) => ({
  version: '1.0',
  programme: { name: 'Testborough Parent Champions', ...parts.programme },
});

describe('native feed: programme.lastUpdated', () => {
  for (const value of ['2026-12-02', '2026-12-02T09:30', '2026-12-02T09:30:15.250Z', '2026-12-02T09:30:00+01:00', '2026-12-02 09:30:00']) {
    it(`keeps ${value}`, () => {
      const { feed, diagnostics } = validateNativeFeed(feedWith({ programme: { lastUpdated: value } }));
      expect(diagnostics).to.deep.equal([]);
      expect(feed.programme.lastUpdated).to.equal(value);
    });
  }

  it('removes, and reports, one that is not an ISO 8601 date', () => {
    const { feed, diagnostics } = validateNativeFeed(feedWith({ programme: { lastUpdated: '02/12/2026' } }));
    expect(feed.programme).to.not.have.property('lastUpdated');
    expect(diagnostics).to.have.length(1);
    expect(diagnostics[0]).to.deep.include({ path: 'programme.lastUpdated', action: 'dropped' });
    expect(diagnostics[0].message).to.contain('ISO 8601').and.contain('"02/12/2026"');
  });

  it('is in the future only when it is later than now everywhere, give or take the clocks', () => {
    const now = Date.UTC(2026, 11, 6, 11, 0);
    // Kiribati (UTC+14) is already on 7 December at 11:00 UTC on the 6th.
    expect(isPastFeedDate('2026-12-06', now)).to.equal(true);
    expect(isPastFeedDate('2026-12-07', now)).to.equal(true);
    expect(isPastFeedDate('2026-12-08', now)).to.equal(false);
    expect(isPastFeedDate('2026-12-06T11:05:00Z', now), 'a server clock a few minutes ahead').to.equal(true);
    expect(isPastFeedDate('2026-12-06T12:00:00+00:00', now)).to.equal(false);
    expect(isPastFeedDate('2026-12-06T12:00:00+01:00', now)).to.equal(true);
    expect(earliestInstant('0099-01-01'), 'year 99, not 1999').to.be.below(Date.UTC(100, 0, 1));
  });
});
