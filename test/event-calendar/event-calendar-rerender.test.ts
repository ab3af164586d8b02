// What a render of the calendar redoes (issue 18 review): a busy range is expanded over several
// tasks by one timer at a time, stopped when the calendar leaves the page; a key press or "Show
// more" draws again without going over every session of the range (140,000 in a busy list).
import { expect, html } from '@open-wc/testing';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import type { PcEventCalendar } from '../../src/event-calendar/event-calendar.js';
import type { Occurrence } from '../../src/event-calendar/occurrences.js';
import type { PcEventSelectEvent } from '../../src/event-calendar/events.js';
import { waitUntil } from '../support/helpers.js';
import { $, $$, button, mount, text } from './event-calendar-kit.js';

const EVERY_DAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** `count` events on every day from 1 November 2026, as a blob URL. */
function dailyFeed(count: number): string {
  const feed = {
    version: '1.0',
    programme: { name: 'Busy programme', timezone: 'Europe/London' },
    services: [],
    events: Array.from({ length: count }, (_, i) => ({
      id: `daily-${i}`,
      title: `Daily session ${i}`,
      start: '2026-11-01T09:00',
      end: '2026-11-01T10:00',
      recurrence: { frequency: 'weekly', byDay: EVERY_DAY },
    })),
  };
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

/**
 * Holds the timers the calendar's slice expansion sets (the first frame under `setTimeout` is in
 * src/event-calendar/calendar-sessions.ts) instead of starting them: the test sees how many are
 * waiting, and runs them itself, so nothing depends on when a task comes.
 */
function holdCalendarTimers() {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const held = new Map<number, () => void>();
  let next = -1;
  const fromCalendar = () => {
    const frames = (new Error().stack ?? '').split('\n').filter((line) => line.includes('://'));
    // frames[0] is this function, frames[1] the stand-in below; frames[2] called setTimeout.
    return /\/src\/event-calendar\/calendar-sessions\.ts/.test(frames[2] ?? '');
  };
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (!fromCalendar() || typeof handler !== 'function') return realSet(handler, ms, ...args);
    const id = next--;
    held.set(id, () => (handler as (...a: unknown[]) => void)(...args));
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined && held.delete(id)) return;
    realClear(id);
  }) as typeof window.clearTimeout;
  return {
    get waiting() {
      return held.size;
    },
    /** Runs the timers waiting now (not the ones they set). */
    runWaiting() {
      const now = [...held];
      held.clear();
      for (const [, run] of now) run();
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

const loading = (el: Element) => !!el.shadowRoot!.querySelector('.cal__body [part="loading"]');

describe('<pc-event-calendar>: a busy range expanded in slices', function () {
  this.timeout(30000);
  let src = '';
  let timers: ReturnType<typeof holdCalendarTimers>;
  before(() => {
    // 1,000 sessions a day: the list's four weeks take several slices.
    src = dailyFeed(1000);
  });
  after(() => URL.revokeObjectURL(src));
  beforeEach(() => {
    timers = holdCalendarTimers();
  });
  afterEach(() => {
    timers.restore();
    resetDocumentCache({ storage: true });
  });

  /** Runs the calendar's slice timers until its sessions show. */
  async function finish(el: PcEventCalendar): Promise<void> {
    for (let i = 0; i < 1000 && loading(el); i++) {
      expect(timers.waiting, 'one slice timer while "Loading…" shows').to.equal(1);
      timers.runWaiting();
      await el.updateComplete;
    }
    expect(loading(el)).to.equal(false);
  }

  it('keeps one slice timer however often it renders meanwhile, and gets to the sessions', async () => {
    const el = await mount(html`<pc-event-calendar src=${src} view="list" date="2026-11-23"></pc-event-calendar>`);
    expect(loading(el), 'the range takes more than one slice').to.equal(true);
    expect(timers.waiting).to.equal(1);
    // Renders for other reasons (a resize, a key) each do a slice, and start no other timer.
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(timers.waiting).to.equal(loading(el) ? 1 : 0);
    await finish(el);
    expect($$(el, '.session__open').length).to.be.above(0);
    expect(timers.waiting).to.equal(0);
  });

  it('drops the slice timer when the calendar leaves the page, and carries on when it comes back', async () => {
    const el = await mount(html`<pc-event-calendar src=${src} view="list" date="2026-11-23"></pc-event-calendar>`);
    expect(loading(el)).to.equal(true);
    const box = el.parentElement!;
    el.remove();
    expect(timers.waiting, 'no timer left behind by a removed calendar').to.equal(0);
    box.append(el);
    await waitUntil(() => timers.waiting === 1, 'expansion resumed');
    await finish(el);
    expect($$(el, '.session__open').length).to.be.above(0);
  });

  it('drops the old slice timer when the parent moves to another range before the first is expanded', async () => {
    const el = await mount(html`<pc-event-calendar src=${src} view="list" date="2026-11-23"></pc-event-calendar>`);
    expect(loading(el)).to.equal(true);
    el.date = '2027-01-04';
    await el.updateComplete;
    expect(loading(el)).to.equal(true);
    expect(timers.waiting).to.equal(1);
    await finish(el);
    expect($$(el, '.day__title').length).to.be.above(0);
    expect(el.shadowRoot!.querySelector('[data-day]')?.getAttribute('data-day')).to.equal('2027-01-04');
  });
});

/** Counts reads of a session's dates from now on (a render that re-scans the sessions reads every one). */
function countDateReads(o: Occurrence): { readonly count: number } {
  let count = 0;
  for (const name of ['occurrenceDate', 'lastDate'] as const) {
    const value = o[name];
    Object.defineProperty(o, name, {
      configurable: true,
      get: () => {
        count += 1;
        return value;
      },
    });
  }
  return {
    get count() {
      return count;
    },
  };
}

/** The session a click on `target` opens (its detail is not drawn: the event is cancelled). */
async function sessionAt(el: PcEventCalendar, target: HTMLElement): Promise<Occurrence> {
  let got: Occurrence | undefined;
  const take = (e: PcEventSelectEvent) => {
    e.preventDefault();
    got = e.detail;
  };
  el.addEventListener('pc-event-select', take);
  target.click();
  el.removeEventListener('pc-event-select', take);
  expect(got, 'a session opened').to.exist;
  return got!;
}

describe('<pc-event-calendar>: a render after a key press or "Show more" re-reads no session', function () {
  this.timeout(20000);
  let src = '';
  before(() => {
    // 30 sessions a day: the list draws five days of 20, then "Show more days".
    src = dailyFeed(30);
  });
  after(() => URL.revokeObjectURL(src));
  afterEach(() => resetDocumentCache({ storage: true }));

  it('moves across the month grid by arrow key without counting the month\'s sessions again', async () => {
    const el = await mount(html`<pc-event-calendar src=${src} view="month" date="2026-11-25"></pc-event-calendar>`);
    const session = await sessionAt(el, $(el, '[data-date="2026-11-25"] .chip[data-occ]'));
    const reads = countDateReads(session);
    $(el, '[data-date="2026-11-25"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    expect($(el, '.grid [tabindex="0"]').dataset['date']).to.equal('2026-11-26');
    expect(reads.count).to.equal(0);
    // What the month says is unchanged: 30 sessions on each of its 30 days.
    expect(text($(el, '[data-date="2026-11-26"] > .visually-hidden'))).to.equal('Thursday 26 November, 30 sessions');
  });

  it('draws more days of the list without counting its sessions again', async () => {
    const el = await mount(html`<pc-event-calendar src=${src} view="list" date="2026-11-23"></pc-event-calendar>`);
    const session = await sessionAt(el, $(el, '[data-day="2026-11-24"] .session__open'));
    const reads = countDateReads(session);
    button(el, 'Show more days').click();
    await el.updateComplete;
    expect($$(el, '.day__title').length).to.equal(10);
    expect(reads.count).to.equal(0);
    expect(text($(el, '.cal__body > .more p'))).to.equal('Showing 200 of 840 sessions');
  });
});
