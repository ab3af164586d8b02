import { expect } from '@open-wc/testing';
import type { FeedEvent } from '../../src/data/feed-schema.js';
import {
  expandEvent,
  expandEvents,
  occurrencesByDate,
  resolveTimeZone,
} from '../../src/event-calendar/occurrences.js';
import { findOccurrence } from '../../src/event-calendar/series-lookup.js';
import { makeEvent, span, utc, wall } from './helpers.js';

const wednesdays = makeEvent({
  id: 'drop-in',
  title: 'Wednesday drop-in',
  start: '2026-01-07T10:00',
  end: '2026-01-07T12:00',
  recurrence: { frequency: 'weekly', byDay: ['WE'] },
});

const dates = (list: { occurrenceDate: string }[]) => list.map((o) => o.occurrenceDate);

describe('expandEvent: clock changes (programme zone, not the browser)', () => {
  it('keeps a Wednesdays 10:00–12:00 series at 10:00 London time around 29 March 2026', () => {
    const list = expandEvent(wednesdays, '2026-03-16', '2026-04-13');
    expect(list.map(span)).to.deep.equal([
      '2026-03-18T10:00/2026-03-18T12:00',
      '2026-03-25T10:00/2026-03-25T12:00',
      '2026-04-01T10:00/2026-04-01T12:00',
      '2026-04-08T10:00/2026-04-08T12:00',
    ]);
    // GMT before the change, BST (UTC+1) after it.
    expect(list.map((o) => utc(o.start))).to.deep.equal([
      '2026-03-18T10:00:00Z',
      '2026-03-25T10:00:00Z',
      '2026-04-01T09:00:00Z',
      '2026-04-08T09:00:00Z',
    ]);
    expect(list.map((o) => utc(o.end))).to.deep.equal([
      '2026-03-18T12:00:00Z',
      '2026-03-25T12:00:00Z',
      '2026-04-01T11:00:00Z',
      '2026-04-08T11:00:00Z',
    ]);
  });

  it('keeps it at 10:00 around 25 October 2026', () => {
    const list = expandEvent(wednesdays, '2026-10-12', '2026-11-09');
    expect(list.map((o) => wall(o.startLocal))).to.deep.equal([
      '2026-10-14T10:00',
      '2026-10-21T10:00',
      '2026-10-28T10:00',
      '2026-11-04T10:00',
    ]);
    expect(list.map((o) => utc(o.start))).to.deep.equal([
      '2026-10-14T09:00:00Z',
      '2026-10-21T09:00:00Z',
      '2026-10-28T10:00:00Z',
      '2026-11-04T10:00:00Z',
    ]);
  });

  it('accepts instants as window bounds and gives the same result', () => {
    const list = expandEvent(wednesdays, new Date('2026-03-16T00:00:00Z'), new Date('2026-04-13T00:00:00Z'));
    expect(dates(list)).to.deep.equal(['2026-03-18', '2026-03-25', '2026-04-01', '2026-04-08']);
  });

  it('expands in another programme zone (America/New_York, clocks change 8 March and 1 November)', () => {
    const opts = { timeZone: 'America/New_York' };
    const spring = expandEvent(wednesdays, '2026-03-02', '2026-03-16', opts);
    expect(spring.map((o) => wall(o.startLocal))).to.deep.equal(['2026-03-04T10:00', '2026-03-11T10:00']);
    expect(spring.map((o) => utc(o.start))).to.deep.equal(['2026-03-04T15:00:00Z', '2026-03-11T14:00:00Z']);
    const autumn = expandEvent(wednesdays, '2026-10-26', '2026-11-09', opts);
    expect(autumn.map((o) => utc(o.start))).to.deep.equal(['2026-10-28T14:00:00Z', '2026-11-04T15:00:00Z']);
    expect(autumn.every((o) => o.timeZone === 'America/New_York')).to.equal(true);
  });

  it('moves a wall time skipped by the spring-forward gap forward, and takes the earlier of a repeated one', () => {
    const gap = makeEvent({ start: '2026-03-29T01:30', end: '2026-03-29T03:00' });
    const [g] = expandEvent(gap, '2026-03-29', '2026-03-30');
    expect(utc(g!.start)).to.equal('2026-03-29T01:30:00Z');
    expect(wall(g!.startLocal)).to.equal('2026-03-29T02:30');
    const overlap = makeEvent({ start: '2026-10-25T01:30', end: '2026-10-25T03:00' });
    const [o] = expandEvent(overlap, '2026-10-25', '2026-10-26');
    expect(utc(o!.start)).to.equal('2026-10-25T00:30:00Z');
    expect(wall(o!.startLocal)).to.equal('2026-10-25T01:30');
    expect(utc(o!.end)).to.equal('2026-10-25T03:00:00Z');
  });

  it('gives an all-day occurrence the programme day, including on the 23-hour day', () => {
    const day = makeEvent({ start: '2026-03-29', allDay: true });
    const [o] = expandEvent(day, '2026-03-01', '2026-04-01');
    expect(utc(o!.start)).to.equal('2026-03-29T00:00:00Z');
    expect(utc(o!.end)).to.equal('2026-03-29T23:00:00Z');
    expect(o!.allDay).to.equal(true);
    expect(o!.lastDate).to.equal('2026-03-29');
  });
});

describe('expandEvent: weekly', () => {
  it('defaults byDay to the start date’s weekday', () => {
    const e = makeEvent({ start: '2026-01-07T10:00', recurrence: { frequency: 'weekly' } });
    expect(dates(expandEvent(e, '2026-01-01', '2026-02-01'))).to.deep.equal([
      '2026-01-07',
      '2026-01-14',
      '2026-01-21',
      '2026-01-28',
    ]);
  });

  it('repeats fortnightly (interval 2), counting weeks from the start week', () => {
    const e = makeEvent({ start: '2026-01-07T10:00', recurrence: { frequency: 'weekly', interval: 2, byDay: ['WE'] } });
    expect(dates(expandEvent(e, '2026-01-01', '2026-03-01'))).to.deep.equal([
      '2026-01-07',
      '2026-01-21',
      '2026-02-04',
      '2026-02-18',
    ]);
    // A window starting in an "off" week still lines up.
    expect(dates(expandEvent(e, '2026-01-12', '2026-01-19'))).to.deep.equal([]);
    expect(dates(expandEvent(e, '2026-01-12', '2026-01-26'))).to.deep.equal(['2026-01-21']);
  });

  it('handles several days with an interval, skipping days before the start, with right indexes', () => {
    const e = makeEvent({ start: '2026-01-07T10:00', recurrence: { frequency: 'weekly', interval: 2, byDay: ['WE', 'MO'] } });
    const all = expandEvent(e, '2026-01-01', '2026-02-07');
    expect(dates(all)).to.deep.equal(['2026-01-07', '2026-01-19', '2026-01-21', '2026-02-02', '2026-02-04']);
    expect(all.map((o) => o.index)).to.deep.equal([0, 1, 2, 3, 4]);
    // Jumping straight into a later window keeps the series position.
    const later = expandEvent(e, '2026-02-01', '2026-02-07');
    expect(later.map((o) => [o.occurrenceDate, o.index])).to.deep.equal([
      ['2026-02-02', 3],
      ['2026-02-04', 4],
    ]);
  });

  it('jumps to the window for a long series (26 years of Wednesdays) with the right index', () => {
    const e = makeEvent({ start: '2000-01-05T10:00', recurrence: { frequency: 'weekly' } });
    const list = expandEvent(e, '2026-03-16', '2026-03-23');
    expect(dates(list)).to.deep.equal(['2026-03-18']);
    expect(list[0]!.index).to.equal(1367);
  });

  it('does not count a start date that does not match the rule', () => {
    // Starts on a Monday but runs on Wednesdays: the series begins on the Wednesday.
    const e = makeEvent({ start: '2026-01-05T10:00', recurrence: { frequency: 'weekly', byDay: ['WE'], count: 2 } });
    expect(dates(expandEvent(e, '2026-01-01', '2026-02-01'))).to.deep.equal(['2026-01-07', '2026-01-14']);
  });
});

describe('expandEvent: monthly', () => {
  const expand = (recurrence: Record<string, unknown>, start: string, from = '2026-01-01', to = '2027-01-01') =>
    dates(expandEvent(makeEvent({ start, recurrence: { frequency: 'monthly', ...recurrence } }), from, to));

  it('by weekday: the 1st Saturday', () => {
    expect(expand({ weekOfMonth: [1], byDay: ['SA'] }, '2026-01-03T10:00', '2026-01-01', '2026-07-01')).to.deep.equal([
      '2026-01-03',
      '2026-02-07',
      '2026-03-07',
      '2026-04-04',
      '2026-05-02',
      '2026-06-06',
    ]);
  });

  it('by weekday: the last Friday', () => {
    expect(expand({ weekOfMonth: [-1], byDay: ['FR'] }, '2026-01-30T18:00', '2026-01-01', '2026-06-01')).to.deep.equal([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
    ]);
  });

  it('by weekday: the 5th Saturday only in months that have one', () => {
    expect(expand({ weekOfMonth: [5], byDay: ['SA'] }, '2026-01-31T10:00')).to.deep.equal([
      '2026-01-31',
      '2026-05-30',
      '2026-08-29',
      '2026-10-31',
    ]);
  });

  it('by weekday: byDay defaults to the start’s weekday; interval 2 skips months', () => {
    expect(expand({ weekOfMonth: [1], interval: 2 }, '2026-01-03T10:00', '2026-01-01', '2026-07-01')).to.deep.equal([
      '2026-01-03',
      '2026-03-07',
      '2026-05-02',
    ]);
  });

  it('by weekday: 2nd and 4th Tuesday', () => {
    expect(expand({ weekOfMonth: [2, 4], byDay: ['TU'] }, '2026-01-13T10:00', '2026-01-01', '2026-03-01')).to.deep.equal([
      '2026-01-13',
      '2026-01-27',
      '2026-02-10',
      '2026-02-24',
    ]);
  });

  it('by date: the 31st skips months without one', () => {
    expect(expand({ byMonthDay: [31] }, '2026-01-31T10:00')).to.deep.equal([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
      '2026-10-31',
      '2026-12-31',
    ]);
  });

  it('by date: defaults to the start’s day of the month', () => {
    expect(expand({}, '2026-01-15T10:00', '2026-01-01', '2026-04-01')).to.deep.equal(['2026-01-15', '2026-02-15', '2026-03-15']);
  });

  it('by date: negative days count from the end (-1 = last day)', () => {
    expect(expand({ byMonthDay: [-1] }, '2026-01-31T10:00', '2026-01-01', '2026-05-01')).to.deep.equal([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
  });

  it('byDay alone means every such weekday of the month (RFC 5545)', () => {
    expect(expand({ byDay: ['SA'] }, '2026-08-01T10:00', '2026-08-01', '2026-09-01')).to.deep.equal([
      '2026-08-01',
      '2026-08-08',
      '2026-08-15',
      '2026-08-22',
      '2026-08-29',
    ]);
  });

  it('byMonthDay with byDay intersect (Friday the 13th)', () => {
    expect(expand({ byMonthDay: [13], byDay: ['FR'] }, '2026-01-01T10:00')).to.deep.equal([
      '2026-02-13',
      '2026-03-13',
      '2026-11-13',
    ]);
  });
});

describe('expandEvent: until, count, exclusions, cancellations', () => {
  const weekly = (recurrence: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    makeEvent({ start: '2026-01-07T10:00', end: '2026-01-07T12:00', recurrence: { frequency: 'weekly', ...recurrence }, ...extra });

  it('until is inclusive', () => {
    expect(dates(expandEvent(weekly({ until: '2026-01-28' }), '2026-01-01', '2026-03-01'))).to.deep.equal([
      '2026-01-07',
      '2026-01-14',
      '2026-01-21',
      '2026-01-28',
    ]);
    expect(dates(expandEvent(weekly({ until: '2026-01-27' }), '2026-01-01', '2026-03-01'))).to.have.length(3);
  });

  it('count limits the series', () => {
    expect(dates(expandEvent(weekly({ count: 3 }), '2026-01-01', '2026-12-31'))).to.deep.equal([
      '2026-01-07',
      '2026-01-14',
      '2026-01-21',
    ]);
    expect(expandEvent(weekly({ count: 3 }), '2026-02-01', '2026-03-01')).to.deep.equal([]);
  });

  it('applies exclusions after count (RFC 5545 EXDATE)', () => {
    const list = expandEvent(weekly({ count: 3, exclude: ['2026-01-14'] }), '2026-01-01', '2026-12-31');
    expect(dates(list)).to.deep.equal(['2026-01-07', '2026-01-21']);
    expect(list.map((o) => o.index)).to.deep.equal([0, 2]);
  });

  it('count and until together: whichever ends first', () => {
    expect(dates(expandEvent(weekly({ count: 10, until: '2026-01-20' }), '2026-01-01', '2026-12-31'))).to.deep.equal([
      '2026-01-07',
      '2026-01-14',
    ]);
  });

  it('leaves excluded dates out and keeps cancelled dates, flagged', () => {
    const e = weekly({ exclude: ['2026-03-25', '2026-03-26'], cancelled: ['2026-04-01'] });
    const list = expandEvent(e, '2026-03-16', '2026-04-13');
    expect(dates(list)).to.deep.equal(['2026-03-18', '2026-04-01', '2026-04-08']);
    expect(list.map((o) => o.cancelled)).to.deep.equal([false, true, false]);
    expect(list.map((o) => o.index)).to.deep.equal([10, 12, 13]);
  });

  it('flags every occurrence of a cancelled event', () => {
    const list = expandEvent(weekly({}, { cancelled: true }), '2026-03-16', '2026-04-13');
    expect(list).to.have.length(4);
    expect(list.every((o) => o.cancelled)).to.equal(true);
  });

  it('gives keys that are unique per occurrence', () => {
    const list = expandEvent(weekly({}), '2026-01-01', '2026-04-01');
    expect(new Set(list.map((o) => o.key)).size).to.equal(list.length);
    expect(list[0]!.key).to.equal('ev@2026-01-07');
  });
});

describe('expandEvent: durations and windows', () => {
  it('keeps an overnight session 22:00 → 02:00 on every date, and shows it in a window that starts mid-way', () => {
    const e = makeEvent({ start: '2026-01-02T22:00', end: '2026-01-03T02:00', recurrence: { frequency: 'weekly' } });
    const list = expandEvent(e, '2026-03-21', '2026-04-04');
    expect(list.map(span)).to.deep.equal([
      // Friday 20 March started before the window (Saturday 21st) but runs into it.
      '2026-03-20T22:00/2026-03-21T02:00',
      '2026-03-27T22:00/2026-03-28T02:00',
      '2026-04-03T22:00/2026-04-04T02:00',
    ]);
    expect(list.map((o) => o.lastDate)).to.deep.equal(['2026-03-21', '2026-03-28', '2026-04-04']);
  });

  it('treats an all-day end as the last day (inclusive)', () => {
    const club = makeEvent({ start: '2026-07-20', end: '2026-07-24', allDay: true });
    const [o] = expandEvent(club, '2026-07-01', '2026-08-01');
    expect(o!.occurrenceDate).to.equal('2026-07-20');
    expect(o!.lastDate).to.equal('2026-07-24');
    expect(utc(o!.start)).to.equal('2026-07-19T23:00:00Z');
    expect(utc(o!.end)).to.equal('2026-07-24T23:00:00Z');
    // Visible in a window that only covers its last day.
    expect(expandEvent(club, '2026-07-24', '2026-07-25')).to.have.length(1);
    expect(expandEvent(club, '2026-07-25', '2026-07-26')).to.have.length(0);
  });

  it('reads a start without a time as all-day', () => {
    const [o] = expandEvent(makeEvent({ start: '2026-05-02' }), '2026-05-01', '2026-06-01');
    expect(o!.allDay).to.equal(true);
    expect(o!.lastDate).to.equal('2026-05-02');
  });

  it('gives a timed event without an end no duration', () => {
    const e = makeEvent({ start: '2026-05-02T10:00' });
    const [o] = expandEvent(e, '2026-05-02', '2026-05-03');
    expect(o!.hasEnd).to.equal(false);
    expect(o!.end.getTime()).to.equal(o!.start.getTime());
    // Included when it starts in the window, not when it starts at the window's end.
    expect(expandEvent(e, '2026-05-01', new Date('2026-05-02T09:00:00Z'))).to.have.length(0);
    expect(expandEvent(e, new Date('2026-05-02T09:00:00Z'), '2026-05-03')).to.have.length(1);
  });

  it('ignores an end that is not after the start', () => {
    const [o] = expandEvent(makeEvent({ start: '2026-05-02T10:00', end: '2026-05-02T09:00' }), '2026-05-01', '2026-06-01');
    expect(o!.hasEnd).to.equal(false);
  });

  it('never throws on unreadable input', () => {
    const broken = { id: 'x', title: 'x', start: 'soon', allDay: false, cancelled: false, categories: [] } as unknown as FeedEvent;
    expect(expandEvent(broken, '2026-01-01', '2026-02-01')).to.deep.equal([]);
    expect(expandEvent(wednesdays, 'not a date', '2026-02-01')).to.deep.equal([]);
    expect(expandEvent(wednesdays, '2026-02-01', '2026-01-01')).to.deep.equal([]);
  });

  it('falls back to Europe/London for a timezone the browser does not know', () => {
    expect(resolveTimeZone('Mars/Olympus_Mons')).to.equal('Europe/London');
    const list = expandEvent(wednesdays, '2026-04-01', '2026-04-02', { timeZone: 'Mars/Olympus_Mons' });
    expect(utc(list[0]!.start)).to.equal('2026-04-01T09:00:00Z');
  });
});

describe('expandEvents, findOccurrence, occurrencesByDate', () => {
  it('merges and sorts occurrences by start, all-day first', () => {
    const a = makeEvent({ id: 'a', title: 'Later', start: '2026-03-18T14:00' });
    const b = makeEvent({ id: 'b', title: 'All day', start: '2026-03-18' });
    const list = expandEvents([a, wednesdays, b], '2026-03-18', '2026-03-19');
    expect(list.map((o) => o.eventId)).to.deep.equal(['b', 'drop-in', 'a']);
  });

  it('finds one occurrence by date, with its index', () => {
    const o = findOccurrence(wednesdays, '2026-04-01');
    expect(o?.index).to.equal(12);
    expect(utc(o!.start)).to.equal('2026-04-01T09:00:00Z');
    expect(findOccurrence(wednesdays, '2026-04-02')).to.equal(undefined);
    const excluding = makeEvent({ ...wednesdays, recurrence: { frequency: 'weekly', exclude: ['2026-04-01'] } });
    expect(findOccurrence(excluding, '2026-04-01')).to.equal(undefined);
    const oneOff = makeEvent({ start: '2026-05-02T10:00' });
    expect(findOccurrence(oneOff, '2026-05-02')?.index).to.equal(0);
    expect(findOccurrence(oneOff, '2026-05-03')).to.equal(undefined);
  });

  it('groups multi-day occurrences under every day they cover', () => {
    const club = makeEvent({ id: 'club', start: '2026-07-20', end: '2026-07-22' });
    const list = expandEvents([club, wednesdays], '2026-07-20', '2026-07-27');
    const byDate = occurrencesByDate(list);
    expect([...byDate.keys()]).to.deep.equal(['2026-07-20', '2026-07-21', '2026-07-22']);
    expect(byDate.get('2026-07-22')!.map((o) => o.eventId)).to.deep.equal(['club', 'drop-in']);
  });
});
