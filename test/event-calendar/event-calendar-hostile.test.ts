/**
 * Issue 18, points 2 and 5, as a parent sees them: one event whose sessions end in 9999 is left
 * out with one console diagnostic while every other event shows, and opening a session that
 * ends in 9999 gives its "Add to your calendar" links without blocking the page.
 */
import { expect, html } from '@open-wc/testing';
import { html as staticHtml } from 'lit/static-html.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { CALENDAR_CHUNKS } from '../../src/event-calendar/calendar-chunks.js';
import { captureConsole, waitUntil } from '../support/helpers.js';
import { longestTaskWhile, HANG_MS } from '../support/task-timer.js';
import { $$, calendarLinks, feedUrl, mount, openSession, sessionTitles, standInChunks } from './event-calendar-kit.js';

const ENDS_9999 = 'test/fixtures/calendar/ends-9999.json';

/** The calendar's class: each of its renders is timed, in every browser. */
const calendar = () => customElements.get('pc-event-calendar')!;

describe('<pc-event-calendar>: an event that ends in 9999 (issue 18)', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('shows every other event and logs one diagnostic naming the event left out', async () => {
    let el!: Awaited<ReturnType<typeof mount>>;
    let warnings: string[] = [];
    const longest = await longestTaskWhile(
      async () => {
        warnings = await captureConsole('warn', async () => {
          el = await mount(html`<pc-event-calendar src=${feedUrl(ENDS_9999)} date="2026-11-25" view="week"></pc-event-calendar>`);
          // Another week of the same feed: the event is still left out, and not reported again.
          el.date = '2026-12-02';
          await el.updateComplete;
          el.date = '2026-11-25';
          await el.updateComplete;
        });
      },
      { updatesOf: [calendar()] },
    );
    expect(longest).to.be.at.most(HANG_MS);

    const titles = sessionTitles(el);
    for (const title of ['Stay and play', 'Rhyme time', 'Positive parenting course', 'Winter fair', 'Family fun day', 'Open-ended drop-in']) {
      expect(titles).to.include(title);
    }
    expect(titles).to.not.include('Forever group');
    expect($$(el, '[data-occ^="ev-forever@"]')).to.have.length(0);

    const diagnostics = warnings.filter((w) => w.includes('ev-forever'));
    expect(diagnostics).to.have.length(1);
    expect(diagnostics[0]).to.match(/^\[parent-champion-widgets\] Event "ev-forever" \("Forever group"\)/);
    expect(diagnostics[0]).to.contain('end 9999-12-31T10:00').and.contain('left out');
  });

  it('opens a session ending on 31 December 9999 and offers its .ics file without a long task', async () => {
    const chunks = standInChunks();
    const el = await mount(staticHtml`<${chunks.tag} src=${feedUrl(ENDS_9999)} date="2026-11-25" view="week"></${chunks.tag}>`);
    let links: HTMLAnchorElement[] = [];
    let written = 0;
    const longest = await longestTaskWhile(
      async ({ step }) => {
        // The links are written as the export chunk arrives (not in a render): time that too.
        chunks.use.exporter = () =>
          CALENDAR_CHUNKS.exporter().then((module) => ({
            ...module,
            exportOccurrence: (...args: Parameters<typeof module.exportOccurrence>) => {
              written += 1;
              return step(() => module.exportOccurrence(...args));
            },
          }));
        await openSession(el, 'ev-long@2026-11-24');
        links = await calendarLinks(el);
      },
      { updatesOf: [calendar()] },
    );
    expect(longest).to.be.at.most(HANG_MS);
    expect(written, 'the links were written, and timed').to.equal(1);

    const ics = links.find((a) => a.getAttribute('part') === 'ics-link');
    await waitUntil(() => ics?.href.startsWith('blob:'), 'session .ics link');
    const text = await (await fetch(ics!.href)).text();
    expect(text).to.contain('DTSTART;TZID=Europe/London:20261124T090000');
    expect(text).to.contain('DTEND;TZID=Europe/London:99991231T100000');
    expect(text).to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
  });
});
