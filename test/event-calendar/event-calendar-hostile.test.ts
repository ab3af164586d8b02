/**
 * Issue 18, points 2 and 5, as a parent sees them: one event whose sessions end in 9999 is left
 * out with one console diagnostic while every other event shows, and opening a session that
 * ends in 9999 gives its "Add to your calendar" links without blocking the page.
 */
import { expect, html } from '@open-wc/testing';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { captureConsole, waitUntil } from '../support/helpers.js';
import { $$, calendarLinks, feedUrl, mount, openSession, sessionTitles } from './event-calendar-kit.js';

const ENDS_9999 = 'test/fixtures/calendar/ends-9999.json';

/** Long tasks (ms) seen between start and stop; empty where the browser has no 'longtask' entries (Firefox). */
function watchLongTasks(): { supported: boolean; stop: () => number[] } {
  const durations: number[] = [];
  const supported = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;
  if (!supported) return { supported, stop: () => durations };
  const record = (entries: PerformanceEntryList) => entries.forEach((e) => durations.push(e.duration));
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    supported,
    stop: () => {
      record(observer.takeRecords());
      observer.disconnect();
      return durations;
    },
  };
}

describe('<pc-event-calendar>: an event that ends in 9999 (issue 18)', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('shows every other event and logs one diagnostic naming the event left out', async () => {
    const tasks = watchLongTasks();
    let el!: Awaited<ReturnType<typeof mount>>;
    const warnings = await captureConsole('warn', async () => {
      el = await mount(html`<pc-event-calendar src=${feedUrl(ENDS_9999)} date="2026-11-25" view="week"></pc-event-calendar>`);
      // Another week of the same feed: the event is still left out, and not reported again.
      el.date = '2026-12-02';
      await el.updateComplete;
      el.date = '2026-11-25';
      await el.updateComplete;
    });
    expect(tasks.stop().filter((ms) => ms > 1000)).to.deep.equal([]);

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
    const el = await mount(html`<pc-event-calendar src=${feedUrl(ENDS_9999)} date="2026-11-25" view="week"></pc-event-calendar>`);
    const tasks = watchLongTasks();
    await openSession(el, 'ev-long@2026-11-24');
    const links = await calendarLinks(el);
    expect(tasks.stop().filter((ms) => ms > 1000)).to.deep.equal([]);

    const ics = links.find((a) => a.getAttribute('part') === 'ics-link');
    await waitUntil(() => ics?.href.startsWith('blob:'), 'session .ics link');
    const text = await (await fetch(ics!.href)).text();
    expect(text).to.contain('DTSTART;TZID=Europe/London:20261124T090000');
    expect(text).to.contain('DTEND;TZID=Europe/London:99991231T100000');
    expect(text).to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
  });
});
