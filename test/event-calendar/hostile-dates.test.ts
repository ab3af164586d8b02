/**
 * Issue 18, points 2, 4 and 5: dates at the edges of the calendar (sessions that end in 9999,
 * series that start in year 0100) never blank the calendar or block the page. Pure logic: no DOM.
 */
import { expect } from '@open-wc/testing';
import type { FeedEvent } from '../../src/data/feed-schema.js';
import type { Recurrence } from '../../src/data/feed-schema.js';
import { formatIsoDate, fromDayNumber, toDayNumber } from '../../src/time/calendar-date.js';
import { occurrenceToIcs, seriesToIcs } from '../../src/event-calendar/ics.js';
import { expandEvent, expandEvents, occurrencesByDate } from '../../src/event-calendar/occurrences.js';
import { iterateSeries, normaliseRule, type SeriesDate } from '../../src/event-calendar/recurrence.js';
import { buildVTimezone } from '../../src/event-calendar/vtimezone.js';
import { captureConsole } from '../support/helpers.js';
import { longestTask, HANG_MS } from '../support/task-timer.js';
import { makeEvent } from './helpers.js';

const PREFIX = '[parent-champion-widgets]';

const normal = makeEvent({
  id: 'ev-normal',
  title: 'Stay and play',
  start: '2026-10-07T10:00',
  end: '2026-10-07T12:00',
  recurrence: { frequency: 'weekly', byDay: ['WE'] },
});
const oneOff = makeEvent({ id: 'ev-course', title: 'Course', start: '2026-11-25T13:00', end: '2026-11-25T15:00' });

const endsIn9999 = (id: string, input: Record<string, unknown>) => makeEvent({ id, title: `Bad ${id}`, ...input });

const hostile: Record<string, FeedEvent> = {
  'a weekly series whose sessions end in 9999': endsIn9999('weekly-9999', {
    start: '2026-11-02T10:00',
    end: '9999-12-31T10:00',
    recurrence: { frequency: 'weekly', byDay: ['MO'] },
  }),
  'an all-day weekly series ending in 9999': endsIn9999('all-day-9999', {
    start: '2026-11-02',
    end: '9999-12-31',
    allDay: true,
    recurrence: { frequency: 'weekly', byDay: ['MO'] },
  }),
  'a daily series from 1900 to 9999': endsIn9999('daily-1900', {
    start: '1900-01-01T09:00',
    end: '9999-12-31T17:00',
    recurrence: { frequency: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] },
  }),
};

describe('expandEvents: one event ending after 9999 never stops the others (issue 18.2)', () => {
  for (const [name, bad] of Object.entries(hostile)) {
    it(`leaves out ${name}, shows every other event, and says so once`, async () => {
      let firstRun: ReturnType<typeof expandEvents> = [];
      const warnings = await captureConsole('warn', async () => {
        const ms = await longestTask(() => {
          firstRun = expandEvents([normal, bad, oneOff], '2026-11-23', '2027-01-04');
        });
        expect(ms).to.be.below(HANG_MS);
        // A second render (another view of the same feed) does not repeat the diagnostic.
        expandEvents([normal, bad, oneOff], '2026-12-01', '2027-01-01');
      });
      expect(firstRun.some((o) => o.eventId === bad.id)).to.equal(false);
      expect(firstRun.filter((o) => o.eventId === 'ev-normal').map((o) => o.occurrenceDate)).to.deep.equal(
        ['2026-11-25', '2026-12-02', '2026-12-09', '2026-12-16', '2026-12-23', '2026-12-30'],
      );
      expect(firstRun.some((o) => o.eventId === 'ev-course')).to.equal(true);
      // The month grid's grouping must not throw on what is left.
      expect(() => occurrencesByDate(firstRun)).to.not.throw();

      const mine = warnings.filter((w) => w.includes(`"${bad.id}"`));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain(PREFIX);
      expect(mine[0]).to.contain(`"${bad.title}"`);
      expect(mine[0]).to.contain(`end ${bad.end}`);
      expect(mine[0]).to.contain('left out');
    });
  }

  it('drops an event whose preparation throws, reports it once with its id, and shows the rest', async () => {
    const broken = { ...oneOff, id: 'ev-broken', title: 'Broken' } as FeedEvent;
    Object.defineProperty(broken, 'start', {
      get() {
        throw new TypeError('unreadable start');
      },
    });
    let shown: ReturnType<typeof expandEvents> = [];
    const warnings = await captureConsole('warn', () => {
      shown = expandEvents([normal, broken, oneOff], '2026-11-23', '2027-01-04');
      expandEvents([normal, broken, oneOff], '2026-11-23', '2027-01-04');
    });
    expect(shown.map((o) => o.eventId)).to.include.members(['ev-normal', 'ev-course']);
    const mine = warnings.filter((w) => w.includes('"ev-broken"'));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.contain(PREFIX).and.contain('unreadable start').and.contain('left out');
    // expandEvent keeps its promise never to throw.
    expect(expandEvent(broken, '2026-11-23', '2027-01-04')).to.deep.equal([]);
  });

  it('expandEvent reports an event it cannot expand once, as expandEvents does, and gives none of it', async () => {
    const broken = { ...oneOff, id: 'ev-broken-alone', title: 'Broken alone' } as FeedEvent;
    Object.defineProperty(broken, 'start', {
      get() {
        throw new TypeError('unreadable start');
      },
    });
    const results: unknown[] = [];
    const warnings = await captureConsole('warn', () => {
      results.push(expandEvent(broken, '2026-11-23', '2027-01-04'), expandEvent(broken, '2026-12-01', '2027-01-01'));
    });
    expect(results).to.deep.equal([[], []]);
    const mine = warnings.filter((w) => w.includes('"ev-broken-alone"'));
    expect(mine).to.deep.equal([
      `${PREFIX} Event "ev-broken-alone" ("Broken alone") is left out of the calendar: unreadable start.`,
    ]);
  });

  it('still shows a one-off session that ends on 31 December 9999, on its day', () => {
    const long = makeEvent({ id: 'ev-long', start: '2026-11-25T10:00', end: '9999-12-31T10:00' });
    const list = expandEvents([long, oneOff], '2026-11-23', '2026-11-30');
    expect(list.map((o) => o.eventId)).to.deep.equal(['ev-long', 'ev-course']);
    expect(list[0]!.lastDate).to.equal('9999-12-31');
    expect(occurrencesByDate(list).get('2026-11-25')!.map((o) => o.eventId)).to.deep.equal(['ev-long', 'ev-course']);
  });
});

/** Month index (year × 12 + month − 1) of a `YYYY-MM-DD` key. */
const monthIndex = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;

describe('recurrences from an ancient start (issue 18.4)', () => {
  it('expands 300 monthly series that start in year 0100 for one month in under a second', async () => {
    // Half on a day of the month (every 1–3 months), half on every Saturday of the month.
    const events = Array.from({ length: 300 }, (_, i) =>
      makeEvent({
        id: `m${i}`,
        start: `0100-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T10:00`,
        recurrence: i % 2 ? { frequency: 'monthly', byDay: ['SA'] } : { frequency: 'monthly', interval: (i % 3) + 1 },
      }),
    );
    let value: ReturnType<typeof expandEvents> = [];
    const ms = await longestTask(() => {
      value = expandEvents(events, '2026-11-01', '2026-12-01');
    });
    expect(ms).to.be.below(HANG_MS);
    for (const event of events) {
      const got = value.filter((o) => o.eventId === event.id);
      if (event.recurrence!.byDay) {
        expect(got.map((o) => o.occurrenceDate), event.id).to.deep.equal(['2026-11-07', '2026-11-14', '2026-11-21', '2026-11-28']);
        continue;
      }
      const start = event.start.slice(0, 10);
      const interval = event.recurrence!.interval!;
      const steps = monthIndex('2026-11-01') - monthIndex(start);
      const expected = steps % interval === 0 ? [{ date: `2026-11-${start.slice(8)}`, index: steps / interval }] : [];
      expect(got.map((o) => ({ date: o.occurrenceDate, index: o.index })), event.id).to.deep.equal(expected);
    }
  });

  it('counts a "first Saturday" series from 0100 the same as stepping month by month', () => {
    const event = makeEvent({
      id: 'first-sat',
      start: '0100-01-01T10:00',
      recurrence: { frequency: 'monthly', byDay: ['SA'], weekOfMonth: [1], count: 1000 },
    });
    // With `count` the series ends in 0183; its last session is the 1000th first Saturday.
    expect(expandEvents([event], '2026-11-01', '2026-12-01')).to.deep.equal([]);
    const last = expandEvents([event], '0183-01-01', '0184-01-01').at(-1)!;
    expect(last.index).to.equal(999);
  });

  it('jumps to a later date with the same dates and indexes as stepping from the start (random rules)', () => {
    let seed = 18;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
    const show = (items: SeriesDate[]) => items.map((i) => `${formatIsoDate(i.date)}#${i.index}`);
    for (let trial = 0; trial < 400; trial++) {
      const recurrence: Partial<Recurrence> & Pick<Recurrence, 'frequency'> = { frequency: random() < 0.5 ? 'weekly' : 'monthly' };
      if (random() < 0.6) recurrence.interval = 1 + Math.floor(random() * (random() < 0.5 ? 4 : 52));
      if (random() < 0.6) recurrence.byDay = days.filter(() => random() < 0.3);
      if (recurrence.frequency === 'monthly') {
        if (random() < 0.4) recurrence.weekOfMonth = [pick([1, 2, 3, 4, 5, -1, -2, -5])];
        if (random() < 0.4) recurrence.byMonthDay = [pick([1, 13, 15, 29, 30, 31, -1, -7])];
      }
      if (random() < 0.2) recurrence.count = 1 + Math.floor(random() * 1000);
      const startDay = toDayNumber({ year: 100, month: 1, day: 1 }) + Math.floor(random() * 600_000);
      if (random() < 0.2) recurrence.until = formatIsoDate(fromDayNumber(startDay + Math.floor(random() * 40_000)));
      const start = fromDayNumber(startDay);
      // Some monthly series are looked at 550–1,100 years after their start (more than one 400-year cycle).
      const far = recurrence.frequency === 'monthly' && random() < 0.3;
      const from = fromDayNumber(startDay - 100 + Math.floor(far ? 200_000 + random() * 200_000 : random() * 60_000));
      const rule = normaliseRule(recurrence as Recurrence, start);

      const jumped: SeriesDate[] = [];
      for (const item of iterateSeries(rule, start, from)) if (jumped.push(item) >= 12) break;
      // Stepping from the start (no `from`) visits every month and week before `from`.
      const stepped: SeriesDate[] = [];
      for (const item of iterateSeries(rule, start)) {
        if (toDayNumber(item.date) >= toDayNumber(from) && stepped.push(item) >= 12) break;
      }
      expect(show(jumped), JSON.stringify({ recurrence, start, from })).to.deep.equal(show(stepped));
    }
  });

  it('reads dates in years 0000–0099 as those years, not as 1900–1999', () => {
    for (const date of [{ year: 50, month: 3, day: 1 }, { year: 0, month: 2, day: 29 }, { year: 99, month: 12, day: 31 }]) {
      expect(fromDayNumber(toDayNumber(date))).to.deep.equal(date);
    }
    expect(toDayNumber({ year: 100, month: 1, day: 1 }) - toDayNumber({ year: 99, month: 12, day: 31 })).to.equal(1);
  });
});

describe('.ics exports of sessions that run to 9999 (issue 18.5)', () => {
  it('writes a session ending in 9999 in under a second, with the zone’s yearly rules', async () => {
    const long = makeEvent({ id: 'ev-long', start: '2026-11-25T10:00', end: '9999-12-31T10:00' });
    const [occurrence] = expandEvent(long, '2026-11-25', '2026-11-26', { timeZone: 'Europe/London' });
    let ics = '';
    const ms = await longestTask(() => {
      ics = occurrenceToIcs(occurrence!, { now: new Date(Date.UTC(2026, 0, 1)) });
    });
    expect(ms).to.be.below(HANG_MS);
    expect(ics).to.contain('DTEND;TZID=Europe/London:99991231T100000');
    // Europe/London's rules hold for every year after 1996: the same two yearly observances.
    const zone = buildVTimezone('Europe/London', 2026).join('\r\n');
    expect(ics).to.contain(zone);
  });

  it('writes a series from year 0100 until 9999 in under a second', async () => {
    const series = makeEvent({
      id: 'ev-ancient',
      start: '0100-01-04T10:00',
      end: '0100-01-04T11:00',
      recurrence: { frequency: 'weekly', until: '9999-12-31', exclude: ['2026-11-30'] },
    });
    let ics = '';
    const ms = await longestTask(() => {
      ics = seriesToIcs(series, { timeZone: 'Europe/London', now: new Date(Date.UTC(2026, 0, 1)) });
    });
    expect(ms).to.be.below(HANG_MS);
    expect(ics).to.contain('DTSTART;TZID=Europe/London:01000104T100000');
    expect(ics).to.contain('EXDATE;TZID=Europe/London:20261130T100000');
  });

  it('keeps the yearly rules of a long range identical to those of its first years', () => {
    for (const zone of ['Europe/London', 'America/New_York', 'Australia/Sydney']) {
      expect(buildVTimezone(zone, 2026, 2100), zone).to.deep.equal(buildVTimezone(zone, 2026, 2028));
    }
  });
});
