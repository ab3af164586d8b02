// The pure parts of issue 18, point 6: how much of a busy calendar is drawn (list-window.ts), and
// expanding a busy range a slice at a time with the same result as in one go (sliced-expansion.ts).
import { expect } from '@open-wc/testing';
import { DAY_CAP, FIRST_PAGE, PAGE, daysWindow, showMore } from '../../src/event-calendar/list-window.js';
import { expandEvents, occurrencesByDate } from '../../src/event-calendar/occurrences.js';
import { SLICE, expandSliced } from '../../src/event-calendar/sliced-expansion.js';
import { makeEvent } from './helpers.js';

const EVERY_DAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** `count` series on every day (titles in reverse, so the sort has work to do), and a three-day camp. */
function events(count: number) {
  const list = Array.from({ length: count }, (_, i) =>
    makeEvent({
      id: `daily-${i}`,
      title: `Session ${String(count - i).padStart(5, '0')}`,
      start: `2026-11-01T${String(8 + (i % 10)).padStart(2, '0')}:00`,
      recurrence: { frequency: 'weekly', byDay: EVERY_DAY },
    }),
  );
  list.push(makeEvent({ id: 'camp', title: 'Camp', start: '2026-11-24', end: '2026-11-26', allDay: true }));
  return list;
}

const keys = (from: string, days: number) =>
  Array.from({ length: days }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

describe('daysWindow', () => {
  const byDate = occurrencesByDate(expandEvents(events(300), '2026-11-23', '2026-12-21', { timeZone: 'Europe/London' }));
  const listKeys = keys('2026-11-23', 28);

  it('draws days, each capped, until a page of sessions is drawn, and says how many there are', () => {
    const win = daysWindow(listKeys, byDate, PAGE);
    const drawn = win.days.reduce((n, d) => n + d.sessions.length, 0);
    expect(drawn).to.equal(PAGE);
    expect(win.days.every((d) => d.sessions.length <= DAY_CAP)).to.equal(true);
    expect(win.days.map((d) => d.key)).to.deep.equal(listKeys.slice(0, Math.ceil(PAGE / DAY_CAP)));
    expect(win.days.map((d) => d.total).slice(0, 4)).to.deep.equal([300, 301, 301, 301]); // the camp: 24–26 November
    expect(win.more).to.equal(true);
    // The camp covers three days of the list but is one session.
    expect(win.total).to.equal(300 * 28 + 1);
    // Drawn on the 24th, 25th and 26th (all-day sessions come first), it is shown once.
    expect(win.shown).to.equal(drawn - 2);
    // A list starting on the camp's second day counts it there, once.
    expect(daysWindow(keys('2026-11-25', 26), byDate, PAGE).total).to.equal(300 * 26 + 1);
  });

  it('draws a day a parent asked more of to its own limit, costing the window no more than a capped day', () => {
    const win = daysWindow(listKeys, byDate, PAGE, new Map([['2026-11-24', DAY_CAP + PAGE]]));
    expect(win.days.find((d) => d.key === '2026-11-24')!.sessions).to.have.length(DAY_CAP + PAGE);
    expect(win.days.map((d) => d.key)).to.deep.equal(listKeys.slice(0, Math.ceil(PAGE / DAY_CAP)));
  });

  it('draws every day it is given, empty ones too, when there is no budget (the week)', () => {
    const week = keys('2026-11-30', 7).concat('2027-01-04');
    const win = daysWindow(week, byDate, Infinity);
    expect(win.days.map((d) => d.sessions.length)).to.deep.equal([...Array(7).fill(DAY_CAP), 0]);
    expect(win.more).to.equal(false);
  });

  it('reads no session again for another window of the same days (a key press, "Show more")', () => {
    const occurrences = expandEvents(events(300), '2026-11-23', '2026-12-21', { timeZone: 'Europe/London' });
    let reads = 0;
    for (const o of occurrences) {
      const date = o.occurrenceDate;
      Object.defineProperty(o, 'occurrenceDate', {
        get: () => {
          reads += 1;
          return date;
        },
      });
    }
    const counted = occurrencesByDate(occurrences);
    const first = daysWindow(listKeys, counted, PAGE);
    expect(first.total).to.equal(300 * 28 + 1);
    reads = 0;
    const next = daysWindow(listKeys, counted, 2 * PAGE, new Map([['2026-11-24', DAY_CAP + PAGE]]));
    expect(reads).to.equal(0);
    expect([next.total, next.shown]).to.deep.equal([300 * 28 + 1, next.days.reduce((n, d) => n + d.sessions.length, 0) - 2]);
  });

  it('draws everything of a quiet range, with nothing more to show', () => {
    const quiet = occurrencesByDate(expandEvents(events(3), '2026-11-23', '2026-12-21', { timeZone: 'Europe/London' }));
    const win = daysWindow([...quiet.keys()].sort(), quiet, PAGE);
    expect(win.more).to.equal(false);
    expect(win.shown).to.equal(win.total);
    expect(win.days.every((d) => d.sessions.length === d.total)).to.equal(true);
  });
});

describe('showMore (the list window\'s limits)', () => {
  it('adds a page to the list, or to the day asked about from what it draws, leaving the rest as they were', () => {
    const list = showMore(FIRST_PAGE, '', 97);
    expect([list.list, [...list.days], list.grown]).to.deep.equal([2 * PAGE, [], '']);
    const day = showMore(list, '2026-11-25', DAY_CAP);
    expect([day.list, [...day.days], day.grown]).to.deep.equal([2 * PAGE, [['2026-11-25', DAY_CAP + PAGE]], '2026-11-25']);
    const again = showMore(day, '2026-11-25', DAY_CAP + PAGE);
    expect([...again.days]).to.deep.equal([['2026-11-25', DAY_CAP + 2 * PAGE]]);
    // New limits each time (the calendar's state changes by replacement), the first page untouched.
    expect([FIRST_PAGE.list, FIRST_PAGE.days.size, FIRST_PAGE.grown]).to.deep.equal([PAGE, 0, undefined]);
    expect(day.days).to.not.equal(again.days);
  });

  it('draws what the grown limits allow: a day a parent asked more of, and the list’s next page', () => {
    const byDate = occurrencesByDate(expandEvents(events(300), '2026-11-23', '2026-12-21', { timeZone: 'Europe/London' }));
    const limits = showMore(showMore(FIRST_PAGE, '2026-11-23', DAY_CAP), '', PAGE);
    const first = daysWindow(keys('2026-11-23', 28), byDate, FIRST_PAGE.list, FIRST_PAGE.days);
    const win = daysWindow(keys('2026-11-23', 28), byDate, limits.list, limits.days);
    expect(win.days[0]!.sessions.length).to.equal(DAY_CAP + PAGE);
    expect(win.days.length, 'the list’s next page draws more days').to.equal(2 * first.days.length);
  });
});

describe('expandSliced', () => {
  /** Runs the expansion to its end; `calls` is how many tasks it would take. */
  const run = (job: Generator<void, unknown[]>) => {
    let calls = 1;
    let step;
    while (!(step = job.next()).done) calls += 1;
    return { out: step.value as { key: string }[], calls };
  };

  it('expands a busy range over several calls, each about a slice, to what expandEvents gives in one', () => {
    const list = events(1000);
    const whole = expandEvents(list, '2026-11-23', '2026-12-21', { timeZone: 'Europe/London' });
    const { out, calls } = run(expandSliced(list, '2026-11-23', '2026-12-21', 'Europe/London'));
    expect(out.map((o) => o.key)).to.deep.equal(whole.map((o) => o.key));
    expect(calls).to.be.at.least(Math.ceil(whole.length / SLICE));
  });

  it('gives a range that fits one slice in the first call, so a usual feed renders at once', () => {
    const list = events(40);
    const { out, calls } = run(expandSliced(list, '2026-11-23', '2026-12-21', 'Europe/London'));
    expect(calls).to.equal(1);
    expect(out.map((o) => o.key)).to.deep.equal(expandEvents(list, '2026-11-23', '2026-12-21').map((o) => o.key));
    expect(run(expandSliced([], '2026-11-23', '2026-12-21', 'Europe/London'))).to.deep.equal({ out: [], calls: 1 });
  });
});
