import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import type { PcEventCalendar } from '../../src/event-calendar/event-calendar.js';
import { browserTimeZone } from '../../src/time/zoned-time.js';
import { captureConsole, isolatingElement, uniqueKey, waitUntil } from '../support/helpers.js';
import {
  $,
  $$,
  CALENDAR,
  HOSTILE,
  JSONLD,
  announced,
  button,
  calendarLinks,
  closeSession,
  feedUrl,
  has,
  mount,
  openFilters,
  openSession,
  rangeHeading,
  sessionTitles,
  text,
} from './event-calendar-kit.js';

/** True when this browser runs in the programme's zone (the timezone config also runs UTC and New York). */
const inLondon = () => browserTimeZone() === 'Europe/London';

describe('<pc-event-calendar>: states', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  // Loading, errors and "Try again", the saved copy, heading levels, Arabic and a missing src:
  // the shared suite, test/event-calendar/feed-widget-suite.test.ts.

  it('reads its feed from a surrounding <pc-provider>, and the provider’s timezone', async () => {
    const box = fixtureSync<HTMLDivElement>(html`<div style="width: 1000px">
      <pc-provider src=${feedUrl(CALENDAR)} timezone="America/New_York">
        <pc-event-calendar date="2026-11-25" view="list"></pc-event-calendar>
      </pc-provider>
    </div>`);
    const el = box.querySelector('pc-event-calendar')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.cal'), 'calendar from the provider');
    // 13:00 New York wall time is 18:00 UTC.
    expect((await openForStart(el, 'ev-course@2026-11-25')).toISOString()).to.equal('2026-11-25T18:00:00.000Z');
  });
});

/** Opens a session and returns the start instant the calendar gave it (from `pc-event-select`). */
async function openForStart(el: PcEventCalendar, key: string): Promise<Date> {
  let start: Date | undefined;
  el.addEventListener('pc-event-select', (e) => (start = e.detail.start), { once: true });
  await openSession(el, key);
  return start!;
}

async function closeAndOpen(el: PcEventCalendar, key: string): Promise<Date> {
  await closeSession(el);
  return openForStart(el, key);
}

describe('<pc-event-calendar>: strict Content-Security-Policy', () => {
  it('renders, opens a session and offers downloads with no policy violation', async () => {
    const feed = feedUrl(CALENDAR);
    // A srcdoc page is "about:srcdoc" to Firefox's 'self', so the origin is named as well.
    const self = `'self' ${location.origin}`;
    const policy = `default-src ${self}; script-src ${self}; style-src ${self}; connect-src ${self}; img-src ${self}; object-src 'none'; base-uri 'none'`;
    const frame = document.createElement('iframe');
    frame.title = 'CSP host page';
    frame.style.width = '800px';
    frame.style.height = '600px';
    frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="${policy}">
      <script type="module" src="/test/event-calendar/event-calendar-csp-probe.ts"></script></head>
      <body><pc-event-calendar src="${feed}" date="2026-11-25" view="list"></pc-event-calendar></body></html>`;
    document.body.append(frame);
    try {
      const calendar = () => frame.contentDocument?.querySelector('pc-event-calendar')?.shadowRoot;
      await waitUntil(() => calendar()?.querySelector('.session__open'), 'calendar rendered in the CSP page');
      calendar()!.querySelector<HTMLElement>('[data-occ="ev-stay-play@2026-11-25"]')!.click();
      await waitUntil(() => calendar()?.querySelector('[part="ics-series-link"]'), 'downloads ready');
      const link = calendar()!.querySelector<HTMLAnchorElement>('[part="ics-link"]')!;
      expect(link.href.startsWith('blob:')).to.equal(true);
      expect(frame.contentWindow!.getComputedStyle(calendar()!.querySelector('.cal')!).display).to.equal('grid');
      expect((frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations).to.deep.equal([]);
      // The policy really is in force: the frame may not eval.
      let blocked = false;
      try {
        (frame.contentWindow as unknown as { eval(code: string): unknown }).eval('1');
      } catch {
        blocked = true;
      }
      expect(blocked).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});

describe('<pc-event-calendar>: time zones', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('keeps a weekly 10:00 session at 10:00 either side of the October clock change, whatever the browser zone', async () => {
    const el = await mount(html`<pc-event-calendar src=${feedUrl(CALENDAR)} date="2026-10-01" view="list"></pc-event-calendar>`);
    const times = $$(el, '.session__time').map((t) => text(t).replace(/\s*–\s*/, '–'));
    expect(times).to.have.length(4); // 7, 14, 21 and 28 October
    for (const time of times) expect(time.startsWith('10:00–12:00')).to.equal(true, time);
    // The clocks go back on 25 October: 10:00 is 09:00 UTC before and 10:00 UTC after.
    expect((await openForStart(el, 'ev-stay-play@2026-10-21')).toISOString()).to.equal('2026-10-21T09:00:00.000Z');
    const later = (await closeAndOpen(el, 'ev-stay-play@2026-10-28')).toISOString();
    expect(later).to.equal('2026-10-28T10:00:00.000Z');
  });

  it('labels times with the zone only when the browser is in another zone', async () => {
    const el = await mount(html`<pc-event-calendar src=${feedUrl(CALENDAR)} date="2026-10-01" view="list"></pc-event-calendar>`);
    const [before, after] = [
      text($(el, '[data-occ="ev-stay-play@2026-10-21"] .session__time')),
      text($(el, '[data-occ="ev-stay-play@2026-10-28"] .session__time')),
    ];
    if (inLondon()) {
      expect(before).to.not.match(/BST|GMT|UTC/);
      expect(has(el, '.cal > .muted')).to.equal(false);
    } else {
      expect(before).to.match(/BST|GMT\+1/);
      expect(after).to.match(/GMT/);
      expect(text($(el, '.cal > .muted'))).to.match(/^All times are .+\.$/);
    }
  });

  it('the timezone attribute overrides the feed’s programme zone', async () => {
    const el = await mount(
      html`<pc-event-calendar src=${feedUrl(CALENDAR)} date="2026-11-25" view="list" timezone="America/New_York"></pc-event-calendar>`,
    );
    expect(text($(el, '[data-occ="ev-course@2026-11-25"] .session__time'))).to.match(/^13:00\s*–\s*15:00/);
    expect((await openForStart(el, 'ev-course@2026-11-25')).toISOString()).to.equal('2026-11-25T18:00:00.000Z');
    await calendarLinks(el);
    const ics = await (await fetch($<HTMLAnchorElement>(el, '[part="ics-link"]').href)).text();
    expect(ics).to.contain('DTSTART;TZID=America/New_York:20261125T130000');
    // A parent in London is told the times are someone else's.
    if (inLondon()) expect(text($(el, '.cal > .muted'))).to.match(/^All times are .+\.$/);
  });
});

describe('<pc-event-calendar>: other feeds and languages', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('shows an OpenActive RPDE page whose items use the short forms type and id, and logs the item it left out', async () => {
    const warnings = await captureConsole('warn', async (calls) => {
      const el = await mount(
        html`<pc-event-calendar src=${feedUrl('test/fixtures/calendar/openactive-short-forms.json')} date="2026-11-01" view="list"></pc-event-calendar>`,
      );
      // The words for what the page's conversion found are logged after the render.
      await waitUntil(() => calls.some((call) => call.includes('items[3].data')), 'the left-out item is logged');
      expect(sessionTitles(el).slice(0, 3)).to.deep.equal(['Toddler Splash', 'Toddler Splash', 'Toddler Splash']);
      // The Saturday session takes its title and place from the series its superEvent names by `id`.
      expect($$(el, '.day__title').map(text)).to.include('Saturday 14 November');
      await expect(el).to.be.accessible();
    });
    const logged = warnings.join('\n');
    expect(logged).to.match(/items\[3\]\.data.*FacilityUse, not an event/);
  });

  it('follows an OpenActive RPDE feed from its first page to its end, showing each series as it is now', async () => {
    const fetched: string[] = [];
    const realFetch = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    }) as typeof fetch;
    const warnings = await captureConsole('warn', async () => {
      // The pages name each other relative to their own address, as a static mirror of a feed does.
      const el = await mount(html`<pc-event-calendar src="/test/fixtures/calendar/rpde/page-1.json" date="2026-11-16" view="list"></pc-event-calendar>`).finally(
        () => (window.fetch = realFetch),
      );
      // Page 1 alone holds the oldest changes: Baby yoga at its old time, and Toddler gym, which page 2 deleted.
      // Page 2 moved Baby yoga to 11:00 and added Stay and play; page 3 is the end (no items, and it names itself).
      expect([...new Set(sessionTitles(el))].sort()).to.deep.equal(['Baby yoga (now at 11)', 'Stay and play']);
      const yoga = $$(el, '.session').find((session) => text(session.querySelector('.session__title')) === 'Baby yoga (now at 11)')!;
      expect(text(yoga.querySelector('.session__time'))).to.match(/^11:00\s*–\s*11:45/);
      expect(el.shadowRoot!.querySelector('[part="incomplete-notice"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
    // Each page once, in order, to the last.
    expect(fetched.filter((url) => url.includes('/calendar/rpde/')).map((url) => new URL(url, location.href).pathname)).to.deep.equal([
      '/test/fixtures/calendar/rpde/page-1.json',
      '/test/fixtures/calendar/rpde/page-2.json',
      '/test/fixtures/calendar/rpde/page-3.json',
    ]);
    expect(warnings.join('\n')).to.not.match(/page \d/);
  });

  it('shows the sessions of the pages it could read when a later page of an RPDE feed is missing, and says the calendar may be incomplete', async () => {
    const warnings = await captureConsole('warn', async (calls) => {
      const el = await mount(html`<pc-event-calendar src="/test/fixtures/calendar/rpde/broken-1.json" date="2026-11-16" view="list"></pc-event-calendar>`);
      expect([...new Set(sessionTitles(el))].sort()).to.deep.equal(['Baby yoga', 'Toddler gym']);
      const notice = $(el, '[part="incomplete-notice"]')!;
      expect(text(notice)).to.equal('Some sessions could not be loaded, so this calendar may be incomplete. Try again later to see them all.');
      expect(notice.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      await waitUntil(() => calls.some((call) => call.includes('page 2')), 'the missing page is logged');
    });
    expect(warnings.join('\n')).to.match(/page 2.*could not be loaded: .*not-published\.json answered HTTP 404 — what was read is shown/);
  });

  it('does not ask parents to try again later where that cannot help: an RPDE feed whose next page is on another site', async () => {
    const page = await (await fetch('/test/fixtures/calendar/rpde/page-1.json')).json();
    const elsewhere = { ...page, next: 'https://tracker.example.com/feeds/session-series?afterTimestamp=2' };
    const src = `/mock/text/${uniqueKey('rpde-elsewhere')}?body=${encodeURIComponent(JSON.stringify(elsewhere))}`;
    const warnings = await captureConsole('warn', async (calls) => {
      const el = await mount(html`<pc-event-calendar src=${src} date="2026-11-16" view="list"></pc-event-calendar>`);
      expect([...new Set(sessionTitles(el))].sort()).to.deep.equal(['Baby yoga', 'Toddler gym']);
      const notice = $(el, '[part="incomplete-notice"]')!;
      expect(text(notice)).to.equal('Some sessions could not be loaded, so this calendar may be incomplete.');
      await expect(el).to.be.accessible();
      await waitUntil(() => calls.some((call) => call.includes('another site')), 'the page not asked for is logged');
    });
    expect(warnings.join('\n')).to.contain('is on another site (https://tracker.example.com)');
  });

  it('detects schema.org Event JSON-LD by shape and shows it, cancelled events marked', async () => {
    const el = await mount(html`<pc-event-calendar src=${feedUrl(JSONLD)} date="2026-11-01" view="list"></pc-event-calendar>`);
    expect($$(el, '.day__title').map(text)).to.deep.equal([
      'Thursday 5 November',
      'Thursday 12 November',
      'Saturday 21 November',
      'Thursday 26 November',
    ]);
    expect(text($(el, '.session__time'))).to.match(/^09:30\s*–\s*11:00/);
    const openDay = $$(el, '.session--cancelled .session__title').map(text);
    expect(openDay).to.deep.equal(['Nursery open day (JSON-LD)']);
    await expect(el).to.be.accessible();
    await openSession(el, $$(el, '.session__open')[0]!.dataset['occ']!);
    const facts = Object.fromEntries($$(el, '.fact').map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))]));
    expect(facts['Where']).to.equal('Greenhill Family Hub, 1 Park Drive, TB7 6PD');
    expect(facts['Ages']).to.equal('1 to 4 years');
    expect(facts['Cost']).to.equal('Free');
  });

  it('says the information cannot be shown for JSON-LD without events, and tells the console why', async () => {
    const errors: string[] = [];
    const realError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const box = fixtureSync<HTMLDivElement>(
        html`<div style="width: 1000px"><pc-event-calendar src=${feedUrl('test/fixtures/calendar/jsonld-no-events.json')}></pc-event-calendar></div>`,
      );
      const el = box.querySelector('pc-event-calendar')!;
      await waitUntil(() => el.shadowRoot?.querySelector('.state--error'), 'error state');
      expect(text($(el, '.state--error'))).to.contain('not in a format we can show');
      expect(errors.join('\n')).to.contain('has no schema.org Event');
      await expect(el).to.be.accessible();
    } finally {
      console.error = realError;
    }
  });

  it('speaks Arabic right to left, mirrors the arrow keys and stays accessible', async () => {
    const el = await mount(html`<pc-event-calendar src=${feedUrl(CALENDAR)} date="2026-11-25" locale="ar"></pc-event-calendar>`);
    expect($(el, '.root').getAttribute('dir')).to.equal('rtl');
    expect($(el, '.root').getAttribute('lang')).to.equal('ar');
    expect(button(el, 'الشهر التالي').getAttribute('aria-label')).to.equal('الشهر التالي');
    expect(rangeHeading(el)).to.contain('نوفمبر');
    expect(text($(el, '[data-date="2026-11-25"] > .visually-hidden'))).to.contain('جلستان');
    await expect(el).to.be.accessible();

    $(el, '[data-date="2026-11-25"]').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['date']).to.equal('2026-11-26');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['date']).to.equal('2026-11-24');

    button(el, 'الشهر التالي').click();
    await el.updateComplete;
    expect(announced(el)).to.contain('ديسمبر');
    await openSession(el, 'ev-rhyme@2026-12-01');
    expect(text($(el, '.detail__close'))).to.equal('إغلاق');
    await expect(el).to.be.accessible();
  });

  it('shows feed text as text everywhere and renders no unsafe link', async () => {
    const win = window as unknown as { __pwned?: boolean };
    win.__pwned = false;
    const el = await mount(html`<pc-event-calendar src=${feedUrl(HOSTILE)} date="2026-11-25" view="list"></pc-event-calendar>`);
    const markup = 'img, script, svg, b, i, iframe, object';
    await openFilters(el);
    expect(sessionTitles(el)).to.include('<img src=x onerror="window.__pwned = true">Evil session');
    expect(text($(el, 'input[value="evil"]').closest('label'))).to.equal('<script>window.__pwned = true</script>Category (1)');
    expect(text($(el, 'select[name="area"] option[value="evil"]'))).to.equal('<img src=x onerror="window.__pwned = true">Area (1)');
    expect(text($(el, '.session__place'))).to.equal('<svg onload="window.__pwned = true">Hall');

    await openSession(el, 'ev-evil@2026-11-25');
    const detail = $(el, '.detail__body');
    expect(detail.querySelectorAll(markup).length).to.equal(0);
    expect(text($(el, '.detail__text'))).to.equal('<script>window.__pwned = true</script><b>not bold</b>');
    const facts = Object.fromEntries($$(el, '.fact').map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))]));
    expect(facts['Where']).to.equal('<svg onload="window.__pwned = true">Hall, <a href="javascript:window.__pwned=true">1 Road</a>');
    expect(facts['Cost']).to.equal('<i onmouseover="window.__pwned = true">£2</i>');
    // The javascript: booking URL is not a link (nor is the data: one), and nothing else is said about booking.
    expect(facts).to.not.have.property('Booking');
    await calendarLinks(el);
    await expect(el).to.be.accessible();

    const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.protocol);
    expect(hrefs.every((p) => p === 'https:' || p === 'blob:')).to.equal(true, hrefs.join(' '));
    expect(el.shadowRoot!.querySelectorAll(markup).length).to.equal(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(win.__pwned).to.equal(false);
  });
});

describe('<pc-event-calendar>: feed text in other scripts and directions (issue 18)', function () {
  this.timeout(30_000);
  afterEach(() => resetDocumentCache({ storage: true }));

  const body = {
    version: '1.0',
    programme: { name: 'Testborough' },
    events: [
      {
        id: 'ar',
        title: 'حكايات 10',
        start: '2026-11-25T10:00',
        end: '2026-11-25T11:00',
        location: { name: 'Hall (North)' },
        description: 'قصص وأغاني',
        cost: { free: false, details: '£2 per child' },
      },
      { id: 'rlo', title: 'Invoice \u202eexe.fdp', start: '2026-11-25T12:00' },
      { id: 'blank', title: '\u200b\u2066\u2069', start: '2026-11-25T13:00' },
    ],
  };
  const src = () => `/mock/text/${uniqueKey('bidi')}?body=${encodeURIComponent(JSON.stringify(body))}`;

  it('isolates titles and places in the sessions, and the title, place, cost and description in the dialog', async () => {
    const el = await mount(html`<pc-event-calendar src=${src()} date="2026-11-25" view="list"></pc-event-calendar>`);
    expect(sessionTitles(el)).to.deep.equal(['حكايات 10', 'Invoice exe.fdp']);
    for (const text of ['حكايات 10', 'Hall (North)', 'Invoice exe.fdp']) expect(isolatingElement(el, text), text).to.exist;
    const dialog = await openSession(el, 'ar@2026-11-25');
    for (const text of ['حكايات 10', 'Hall (North)', '£2 per child', 'قصص وأغاني']) {
      expect(isolatingElement(dialog, text), text).to.exist;
    }
    await expect(el).to.be.accessible();
  });
});
