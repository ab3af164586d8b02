/**
 * A browser sets up its date and number formatting on a page's first `Intl.DateTimeFormat` or
 * `Intl.NumberFormat` (20–30 ms on a laptop, about four times that on a cheap phone). A feed widget
 * does it while its feed is on the network, so that cost is not between the feed's arrival and
 * the first view. The feed is held until the test has seen it, so nothing here depends on timing.
 * Alone in its file: the calendar's formatters are kept for the page, and no earlier test made them.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/entries/event-calendar.js';
import type { PcEventCalendar } from '../../src/event-calendar/event-calendar.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { FIXTURE_FILES } from '../fixtures/index.js';
import { heldFeed, waitUntil } from '../support/helpers.js';
import { queryByRole } from '../support/roles.js';
import { enGB } from '../support/strings.js';

describe('a feed widget prepares while its feed is on the network', () => {
  const RealDateTimeFormat = Intl.DateTimeFormat;
  /** The options of every `Intl.DateTimeFormat` made during the test. */
  let made: Intl.DateTimeFormatOptions[] = [];

  beforeEach(() => {
    made = [];
    Intl.DateTimeFormat = new Proxy(RealDateTimeFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        made.push(args[1] ?? {});
        return Reflect.construct(target, args) as Intl.DateTimeFormat;
      },
    });
  });

  afterEach(() => {
    Intl.DateTimeFormat = RealDateTimeFormat;
    resetDocumentCache({ storage: true });
  });

  it("the calendar sets up its programme's clock and its month's words while the feed is held, then uses them", async () => {
    const feed = heldFeed({ file: FIXTURE_FILES.calendar });
    const el = await fixture<PcEventCalendar>(html`<pc-event-calendar date="2026-11-15" src=${feed.url}></pc-event-calendar>`);
    await waitUntil(() => made.some((o) => o.timeZone === 'Europe/London' && o.second), "the programme zone's clock, while the feed is held");
    await waitUntil(() => made.some((o) => o.month === 'long' && o.year && !o.day), "the month's name, while the feed is held");
    expect(queryByRole(el, 'status', enGB.loading), 'still loading: the feed has not been answered').to.not.equal(undefined);

    const before = made.length;
    await feed.releaseUntil(() => queryByRole(el, 'heading', 'November 2026'), 'the month');
    const afterwards = made.slice(before);
    expect(afterwards.filter((o) => o.timeZone === 'Europe/London' && o.second), 'the clock is not set up again').to.have.length(0);
    expect(afterwards.filter((o) => o.month === 'long' && o.year && !o.day), 'nor the month name').to.have.length(0);
  });
});
