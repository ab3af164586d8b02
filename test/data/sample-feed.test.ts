import { expect } from '@open-wc/testing';
import type { Feed } from '../../src/data/feed-schema.js';
import { validateNativeFeed } from '../../src/data/validate-native.js';

let feed: Feed;
let diagnostics: unknown[];

before(async () => {
  const response = await fetch('/demo/sample-feed.json');
  expect(response.ok).to.equal(true);
  ({ feed, diagnostics } = validateNativeFeed(await response.json()));
});

describe('demo/sample-feed.json', () => {
  it('validates with zero diagnostics', () => {
    expect(diagnostics).to.deep.equal([]);
  });

  it('has 44+ services across 7+ categories and 8+ areas', () => {
    expect(feed.services.length).to.be.at.least(44);
    const usedCategories = new Set(feed.services.flatMap((s) => s.categories));
    expect(feed.programme.categories.length).to.be.at.least(7);
    expect(usedCategories.size).to.be.at.least(7);
    expect(feed.programme.areas.length).to.be.at.least(8);
    expect(new Set(feed.services.map((s) => s.area).filter(Boolean)).size).to.be.at.least(8);
  });

  it('has varied services: ages, cost, schedules, languages, access, booking, places', () => {
    const s = feed.services;
    expect(new Set(s.map((x) => JSON.stringify(x.ageRange))).size).to.be.at.least(10);
    expect(s.some((x) => x.cost?.free === true)).to.equal(true);
    expect(s.some((x) => x.cost?.free === false)).to.equal(true);
    const sessions = s.flatMap((x) => x.schedule);
    expect(sessions.some((x) => x.frequency === 'weekly')).to.equal(true);
    expect(sessions.some((x) => x.frequency === 'monthly' && x.byDay.includes('SA') && x.weekOfMonth?.includes(1))).to.equal(true);
    expect(sessions.some((x) => x.frequency === 'monthly' && x.byDay.includes('FR') && x.weekOfMonth?.includes(-1))).to.equal(true);
    const languages = new Set(s.flatMap((x) => x.languages));
    for (const lang of ['en', 'ur', 'pl', 'ro', 'bn', 'so', 'ar']) expect(languages.has(lang), lang).to.equal(true);
    expect(s.filter((x) => x.accessibility.length > 0).length).to.be.at.least(30);
    expect([...new Set(s.map((x) => x.booking))]).to.include.members(['drop-in', 'booking', 'referral']);
    const located = s.filter((x) => typeof x.location?.lat === 'number' && typeof x.location?.lng === 'number');
    expect(located.length).to.be.greaterThan(s.length / 2);
    for (const x of s) {
      expect(x.lastChecked, x.id).to.match(/^2026-/);
    }
  });

  it('uses only fictional contact details', () => {
    for (const x of [feed.programme, ...feed.services]) {
      const c = x.contact;
      if (c?.phone) expect(c.phone, x.name).to.match(/^01632 960\d{3}$/);
      if (c?.email) expect(c.email, x.name).to.match(/@example\.org$/);
      if (c?.website) expect(c.website, x.name).to.match(/^https:\/\/example\.org\//);
    }
    for (const x of feed.services) {
      if (x.location?.postcode) expect(x.location.postcode, x.id).to.match(/^NB\d \d[A-Z]{2}$/);
    }
  });

  it('has 28+ events covering the recurrence features', () => {
    const e = feed.events;
    expect(e.length).to.be.at.least(28);
    const r = e.map((x) => x.recurrence).filter((x) => x !== undefined);
    expect(r.some((x) => x.frequency === 'weekly')).to.equal(true);
    expect(r.some((x) => x.frequency === 'monthly')).to.equal(true);
    expect(r.some((x) => x.frequency === 'weekly' && x.interval === 2)).to.equal(true);
    expect(r.some((x) => x.until !== undefined)).to.equal(true);
    expect(r.some((x) => x.count !== undefined)).to.equal(true);
    expect(r.some((x) => x.exclude.length > 0)).to.equal(true);
    expect(r.some((x) => x.cancelled.length > 0)).to.equal(true);
    expect(e.filter((x) => !x.recurrence).length, 'one-off events').to.be.at.least(5);
    expect(e.some((x) => x.allDay)).to.equal(true);
    expect(e.filter((x) => x.cancelled)).to.have.length(1);
  });

  it('has sessions around both 2026 clock changes (29 March and 25 October)', () => {
    const spans = (day: string) =>
      feed.events.some((x) => {
        const start = x.start.slice(0, 10);
        const end = x.recurrence?.until ?? (x.end ?? x.start).slice(0, 10);
        return start < day && end > day;
      });
    expect(spans('2026-03-29')).to.equal(true);
    expect(spans('2026-10-25')).to.equal(true);
    // Overnight one-offs across the change itself.
    expect(feed.events.some((x) => x.start.startsWith('2026-03-28T') && x.end?.startsWith('2026-03-29T'))).to.equal(true);
    expect(feed.events.some((x) => x.start.startsWith('2026-10-24T') && x.end?.startsWith('2026-10-25T'))).to.equal(true);
  });

  it('uses local wall times without offsets', () => {
    for (const x of feed.events) {
      expect(x.start, x.id).to.match(/^\d{4}-\d\d-\d\d(T\d\d:\d\d)?$/);
      if (x.end) expect(x.end, x.id).to.match(/^\d{4}-\d\d-\d\d(T\d\d:\d\d)?$/);
    }
  });

  it('includes the sign-up and feedback forms', () => {
    const { signup, feedback } = feed.forms;
    expect(signup?.endpoint).to.equal('https://example.org/api/signup');
    expect(signup?.heardAboutOptions.length).to.be.at.least(3);
    expect(signup?.interests.length).to.be.at.least(3);
    expect(signup?.consentText).to.be.a('string').and.not.equal('');
    expect(feedback?.endpoint).to.match(/^https:\/\/example\.org\//);
  });
});

describe('docs/feed-contract.md', () => {
  it('its minimal complete example validates with zero diagnostics', async () => {
    const markdown = await (await fetch('/docs/feed-contract.md')).text();
    const section = markdown.split('## A minimal complete feed')[1] ?? '';
    const block = /```json\n([\s\S]*?)```/.exec(section);
    expect(block, 'a json block under "A minimal complete feed"').to.not.equal(null);
    const { feed: minimal, diagnostics: found } = validateNativeFeed(JSON.parse(block![1]));
    expect(found).to.deep.equal([]);
    expect(minimal.services).to.have.length(1);
    expect(minimal.events).to.have.length(1);
  });
});
