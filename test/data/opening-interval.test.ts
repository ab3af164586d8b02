// Issue 20: the native contract's `interval` and `startDate` on opening sessions.
import { expect } from '@open-wc/testing';
import { validateNativeFeed } from '../../src/data/validate-native.js';
import { feedJsonSchema } from '../../src/data/feed-json-schema.js';

const feedWith = (parts: { schedule?: unknown[] }) => ({
  version: '1.0',
  programme: { name: 'Testborough Parent Champions' },
  services: [{ id: 's1', name: 'Bumps and Babies', schedule: parts.schedule ?? [] }],
});

describe('native feed: opening sessions every few weeks', () => {
  it('keeps interval and startDate', () => {
    const schedule = [{ byDay: ['MO'], interval: 2, startDate: '2026-01-05', opensAt: '10:00', closesAt: '12:00' }];
    const { feed, diagnostics } = validateNativeFeed(feedWith({ schedule }));
    expect(diagnostics).to.deep.equal([]);
    expect(feed.services[0].schedule).to.deep.equal([{ frequency: 'weekly', ...schedule[0] }]);
  });

  it('removes a whole session with a bad interval: every other week must never read as every week', () => {
    const schedule = [
      { byDay: ['MO'], interval: 0, opensAt: '10:00' },
      { byDay: ['TU'], interval: '2', opensAt: '10:00' },
      { byDay: ['WE'], interval: 1.5, opensAt: '10:00' },
      { byDay: ['TH'], interval: 3, opensAt: '10:00' },
    ];
    const { feed, diagnostics } = validateNativeFeed(feedWith({ schedule }));
    expect(feed.services[0].schedule.map((s) => s.byDay[0])).to.deep.equal(['TH']);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([
      ['services[0].schedule[0]', 'dropped'],
      ['services[0].schedule[1]', 'dropped'],
      ['services[0].schedule[2]', 'dropped'],
    ]);
    expect(diagnostics[0].message).to.contain('interval');
  });

  it('removes only a bad startDate: the session still says every other week, without which weeks', () => {
    const { feed, diagnostics } = validateNativeFeed(feedWith({ schedule: [{ byDay: ['MO'], interval: 2, startDate: '5/1/2026', opensAt: '10:00' }] }));
    expect(feed.services[0].schedule).to.deep.equal([{ frequency: 'weekly', byDay: ['MO'], interval: 2, opensAt: '10:00' }]);
    expect(diagnostics.map((d) => d.path)).to.deep.equal(['services[0].schedule[0].startDate']);
  });

  it('publishes both in the JSON Schema', () => {
    const session = feedJsonSchema().$defs.OpeningSession.properties;
    expect(session.interval).to.deep.include({ type: 'integer', minimum: 1, maximum: 52 });
    expect(session.startDate).to.deep.include({ type: 'string', format: 'date' });
  });
});
