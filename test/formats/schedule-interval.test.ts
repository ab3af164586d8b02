// Issue 20: Open Referral UK's and Outpost's openings every few weeks (`interval`, `dtstart`) read as
// such, never as every week; what cannot be shown is reported and left out.
import { expect } from '@open-wc/testing';
import { FeedSchema, type Feed } from '../../src/data/feed-document.js';
import type { Diagnostic } from '../../src/data/errors.js';
import { openReferralToFeed } from '../../src/formats/openreferral/convert.js';
import { schemaErrors } from '../support/schema.js';
import { openReferralService } from '../fixtures/index.js';

function convert(json: unknown): { feed: Feed; diagnostics: Diagnostic[] } {
  const result = openReferralToFeed(json);
  // A directory names no programme (''), which only a native feed must; the rest is the native schema's.
  expect(schemaErrors(FeedSchema, { ...result.feed, programme: { ...result.feed.programme, name: 'Named by the test' } })).to.deep.equal([]);
  return result;
}

/** One HSDS service with these `schedules`. */
const withSchedules = (schedules: unknown[], key = 'schedules') => ({
  contents: [openReferralService('svc-1', 'Bumps and Babies', { [key]: schedules })],
});

describe('Open Referral UK and Outpost: openings every few weeks (issue 20)', () => {
  it('reads an HSDS interval and dtstart onto the session, with no "shown without the interval" warning', async () => {
    const page = await (await fetch('/test/fixtures/finder/oruk-fortnightly.json')).json();
    const { feed, diagnostics } = convert(page);
    expect(feed.services.map((s) => s.schedule)).to.deep.equal([
      [{ frequency: 'weekly', byDay: ['MO'], interval: 2, startDate: '2026-01-05', opensAt: '10:00', closesAt: '11:30' }],
      [{ frequency: 'weekly', byDay: ['FR'], interval: 3, opensAt: '13:00', closesAt: '15:00' }],
    ]);
    expect(diagnostics.filter((d) => d.path.includes('schedules'))).to.deep.equal([]);
  });

  it("reads Outpost's schedules: \"freq\": \"week\", its dtstart as the UK day, and a weekday beside \"byday\": null", async () => {
    const page = await (await fetch('/test/fixtures/finder/outpost-fortnightly.json')).json();
    const { feed, diagnostics } = convert(page);
    // 2026-06-07T23:00Z is midnight on 8 June in London (BST): Outpost's way of writing the date.
    expect(feed.services[0].schedule).to.deep.equal([
      { frequency: 'weekly', byDay: ['MO'], interval: 3, startDate: '2026-06-08', opensAt: '09:30', closesAt: '10:30' },
      { frequency: 'weekly', byDay: ['TH'], opensAt: '13:00', closesAt: '14:00' },
    ]);
    expect(diagnostics.filter((d) => d.action !== 'warning')).to.deep.equal([]);
  });

  it('reads a monthly interval: the 1st Saturday of every other month', () => {
    const { feed } = convert(
      withSchedules([{ freq: 'MONTHLY', interval: '2', byday: '1SA', dtstart: '2026-01-03T00:00:00', opens_at: '10:00', closes_at: '12:00' }]),
    );
    expect(feed.services[0].schedule).to.deep.equal([
      { frequency: 'monthly', byDay: ['SA'], weekOfMonth: [1], interval: 2, startDate: '2026-01-03', opensAt: '10:00', closesAt: '12:00' },
    ]);
  });

  it('keeps the opening times but not a start date that falls in year 10000 in London', () => {
    // 23:30 on 31 Dec 9999 at UTC−1 is 00:30 on 1 Jan 10000 in London: no date the contract can hold.
    const { feed, diagnostics } = convert(
      withSchedules([{ freq: 'WEEKLY', interval: 2, byday: 'MO', dtstart: '9999-12-31T23:30:00-01:00', opens_at: '10:00' }]),
    );
    expect(feed.services[0].schedule).to.deep.equal([{ frequency: 'weekly', byDay: ['MO'], interval: 2, opensAt: '10:00' }]);
    expect(diagnostics.map((d) => [d.path, d.action, d.message])).to.deep.include([
      'contents[0].schedules[0].dtstart',
      'dropped',
      'must be a date with a four-digit year (got "9999-12-31T23:30:00-01:00"); shown without which weeks it runs',
    ]);
  });

  it('leaves out, and reports, what opening times cannot show truthfully', () => {
    const { feed, diagnostics } = convert(
      withSchedules([
        { freq: 'WEEKLY', interval: 'fortnightly', byday: 'MO', opens_at: '10:00' },
        { freq: 'WEEKLY', interval: 0, byday: 'TU', opens_at: '10:00' },
        { freq: 'DAILY', interval: 2, opens_at: '10:00' },
        { freq: 'MONTHLY', bymonthday: 15, weekday: 'Wednesday', opens_at: '10:00' },
        { freq: 'MONTHLY', interval: 2, byday: 'TH', opens_at: '10:00' },
        { freq: 'WEEKLY', interval: 2, byday: 'FR', dtstart: 'next week', opens_at: '10:00' },
        { freq: 'WEEKLY', byday: 'SA', opens_at: '10:00' },
      ]),
    );
    // The Friday keeps its interval, without which weeks; the Saturday is every week.
    expect(feed.services[0].schedule).to.deep.equal([
      { frequency: 'weekly', byDay: ['FR'], interval: 2, opensAt: '10:00' },
      { frequency: 'weekly', byDay: ['SA'], opensAt: '10:00' },
    ]);
    const said = (index: number, key: string) => diagnostics.find((d) => d.path === `contents[0].schedules[${index}].${key}`);
    expect(said(0, 'interval')?.message).to.contain('"fortnightly"').and.contain('cannot be shown');
    expect(said(1, 'interval')?.message).to.contain('(got 0)');
    expect(said(2, 'interval')?.message).to.contain('every 2 days');
    expect(said(3, 'bymonthday')?.message).to.contain('day 15 of the month');
    expect(said(4, 'byday')?.message).to.contain('every TH of every 2 months');
    expect(said(5, 'dtstart')?.message).to.contain('"next week"').and.contain('without which weeks');
    for (const index of [0, 1, 2, 3, 4, 5]) expect(said(index, ['interval', 'interval', 'interval', 'bymonthday', 'byday', 'dtstart'][index])?.item).to.equal('Bumps and Babies');
    expect(diagnostics.map((d) => d.message).join('\n')).to.not.contain('shown without the interval');
  });
});
