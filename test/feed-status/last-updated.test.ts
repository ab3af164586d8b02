// Issue 20: "Updated" in <pc-feed-status> says when the data last changed, from the feed's own
// date, not when the browser fetched it; without such a date it says when it was loaded.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
// The all-in-one fetches <pc-feed-status> when a page has one; these tests define it up front.
import '../../src/define/feed-status.js';
import type { PcFeedStatus } from '../../src/feed-status/feed-status.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { nativeFeed } from '../fixtures/index.js';
import { captureConsole, feedUrl, uniqueKey, waitForShadow, waitUntil } from '../support/helpers.js';

async function status(src: string, locale = 'en-GB'): Promise<PcFeedStatus> {
  const el = await fixture<PcFeedStatus>(html`<pc-feed-status src=${src} locale=${locale}></pc-feed-status>`);
  await waitForShadow(el, '.summary', 'feed summary rendered');
  return el;
}

/** The summary's date line, as a parent reads it. */
const dateLine = (el: PcFeedStatus) => el.shadowRoot!.querySelector('.summary__updated')!.textContent!.replace(/\s+/g, ' ').trim();

const inline = (body: unknown) => `/mock/text/${uniqueKey('updated')}?body=${encodeURIComponent(JSON.stringify(body))}`;

describe('<pc-feed-status>: when the data last changed (issue 20)', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it("shows a native feed's programme.lastUpdated, not when it was fetched", async () => {
    const el = await status(feedUrl('test/fixtures/finder/fortnightly.json'));
    expect(dateLine(el)).to.equal('Updated 30 Nov 2026');
    await expect(el).to.be.accessible();
  });

  it('shows the latest last_modified of an Open Referral UK directory', async () => {
    expect(dateLine(await status(feedUrl('test/fixtures/finder/oruk-fortnightly.json')))).to.equal('Updated 20 Nov 2026');
  });

  it("shows the latest RPDE modified date of an OpenActive page (a deletion is a change too)", async () => {
    expect(dateLine(await status(feedUrl('test/fixtures/calendar/openactive-dated.json')))).to.equal('Updated 27 Nov 2026');
  });

  it("shows the day an instant fell on in the programme's timezone", async () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    const el = await status(inline(nativeFeed({ programme: { lastUpdated: '2026-06-30T23:30:00Z' } })));
    expect(dateLine(el)).to.equal('Updated 1 Jul 2026');
  });

  it('says when it was loaded, in other words, when the feed gives no date', async () => {
    const before = Date.now();
    const el = await status(inline(nativeFeed()));
    const line = dateLine(el);
    expect(line).to.match(/^Loaded \d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}$/);
    expect(line).to.not.contain('Updated');
    // The time it shows is the fetch's: this minute (or the next, if it turned meanwhile).
    const minute = (at: number) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
    expect([`Loaded ${minute(before)}`, `Loaded ${minute(Date.now())}`]).to.include(line);
  });

  it('ignores a date in the future, saying so once in the console', async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const body = nativeFeed({ programme: { name: 'Castlegate Family Hubs', lastUpdated: future } });
    let first!: PcFeedStatus;
    const warnings = await captureConsole('warn', async () => {
      first = await status(inline(body));
      await status(inline(body));
    });
    expect(dateLine(first)).to.match(/^Loaded /);
    const said = warnings.filter((w) => w.includes('programme.lastUpdated'));
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('[parent-champion-widgets]').and.contain(`"${future}"`).and.contain('in the future').and.contain('"Castlegate Family Hubs"');
  });

  it('says it in Arabic', async () => {
    const el = await status(feedUrl('test/fixtures/finder/fortnightly.json'), 'ar');
    await waitUntil(() => dateLine(el).startsWith('آخر تحديث'), 'Arabic pack loaded');
    const loaded = await status(inline(nativeFeed()), 'ar');
    await waitUntil(() => dateLine(loaded).startsWith('تم تحميل المعلومات'), 'Arabic fallback wording');
  });
});
