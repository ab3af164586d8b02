import { expect } from '@open-wc/testing';
import { formatIsoDate, parseIsoDate } from '../../src/time/calendar-date.js';
import { dateForKey, monthWeeks, weekDays, weekdayOrder } from '../../src/event-calendar/date-grid.js';
import { rangeContains, stepRange, switchAnchor, visibleRange } from '../../src/event-calendar/range.js';

const d = (iso: string) => parseIsoDate(iso)!;

describe('month grid', () => {
  it('lays out November 2026 Monday-first in 6 weeks with neighbouring days flagged', () => {
    const weeks = monthWeeks(2026, 11);
    expect(weeks).to.have.length(6);
    expect(weeks[0]![0]!.key).to.equal('2026-10-26');
    expect(weeks[0]!.map((day) => day.inMonth)).to.deep.equal([false, false, false, false, false, false, true]);
    expect(weeks[5]![0]!.key).to.equal('2026-11-30');
    expect(weeks[5]![6]!.key).to.equal('2026-12-06');
    expect(weeks.every((w) => w.length === 7 && w[0]!.weekday === 1)).to.equal(true);
  });

  it('honours Sunday and Saturday as first day', () => {
    expect(monthWeeks(2026, 11, { firstDay: 0 })[0]![0]!.key).to.equal('2026-11-01');
    expect(monthWeeks(2026, 11, { firstDay: 0 })).to.have.length(5);
    expect(monthWeeks(2026, 11, { firstDay: 6 })[0]![0]!.key).to.equal('2026-10-31');
    expect(weekdayOrder(6)).to.deep.equal([6, 0, 1, 2, 3, 4, 5]);
    expect(weekdayOrder()).to.deep.equal([1, 2, 3, 4, 5, 6, 0]);
  });

  it('gives February 2027 exactly four weeks, or six with fixedWeeks', () => {
    expect(monthWeeks(2027, 2)).to.have.length(4);
    expect(monthWeeks(2027, 2, { fixedWeeks: true })).to.have.length(6);
  });

  it('lists the days of a week', () => {
    expect(weekDays(d('2026-11-25')).map((x) => x.key)).to.deep.equal([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
  });
});

describe('grid keyboard movement', () => {
  const move = (from: string, key: string, mods = {}) => formatIsoDate(dateForKey(d(from), key, mods)!);

  it('moves by day and week with arrows, mirrored for right-to-left', () => {
    expect(move('2026-11-30', 'ArrowRight')).to.equal('2026-12-01');
    expect(move('2026-11-01', 'ArrowLeft')).to.equal('2026-10-31');
    expect(move('2026-11-30', 'ArrowLeft', { rtl: true })).to.equal('2026-12-01');
    expect(move('2026-12-01', 'ArrowRight', { rtl: true })).to.equal('2026-11-30');
    expect(move('2026-11-25', 'ArrowDown')).to.equal('2026-12-02');
    expect(move('2026-11-25', 'ArrowUp')).to.equal('2026-11-18');
  });

  it('goes to the week’s ends with Home/End', () => {
    expect(move('2026-11-25', 'Home')).to.equal('2026-11-23');
    expect(move('2026-11-25', 'End')).to.equal('2026-11-29');
    expect(move('2026-11-25', 'Home', { firstDay: 0 })).to.equal('2026-11-22');
    expect(move('2026-11-25', 'End', { firstDay: 0 })).to.equal('2026-11-28');
  });

  it('goes to the month’s first and last days with Control + Home/End', () => {
    expect(move('2026-11-25', 'Home', { ctrlKey: true })).to.equal('2026-11-01');
    expect(move('2026-11-25', 'End', { ctrlKey: true })).to.equal('2026-11-30');
    expect(move('2028-02-10', 'End', { ctrlKey: true })).to.equal('2028-02-29');
    expect(move('2026-12-31', 'End', { ctrlKey: true })).to.equal('2026-12-31');
    // Whatever the first day of the week or the direction of the page.
    expect(move('2026-11-25', 'Home', { ctrlKey: true, firstDay: 0, rtl: true })).to.equal('2026-11-01');
  });

  it('moves by month (clamped) with Page Up/Down, by year with Shift', () => {
    expect(move('2026-01-31', 'PageDown')).to.equal('2026-02-28');
    expect(move('2028-01-31', 'PageDown')).to.equal('2028-02-29');
    expect(move('2026-03-31', 'PageUp')).to.equal('2026-02-28');
    expect(move('2028-02-29', 'PageDown', { shiftKey: true })).to.equal('2029-02-28');
    expect(move('2026-11-25', 'PageUp', { shiftKey: true })).to.equal('2025-11-25');
  });

  it('ignores other keys', () => {
    for (const key of ['Enter', ' ', 'a', 'Tab', 'Escape']) expect(dateForKey(d('2026-11-25'), key), key).to.equal(undefined);
  });
});

describe('visible ranges', () => {
  it('month view covers whole weeks around the month', () => {
    const r = visibleRange('month', d('2026-11-25'));
    expect([r.startKey, r.endKey, r.days]).to.deep.equal(['2026-10-26', '2026-12-07', 42]);
    const sunday = visibleRange('month', d('2026-11-25'), { firstDay: 0 });
    expect([sunday.startKey, sunday.endKey]).to.deep.equal(['2026-11-01', '2026-12-06']);
  });

  it('week view covers the anchor’s week; list view four weeks from the anchor day', () => {
    const week = visibleRange('week', d('2026-11-25'));
    expect([week.startKey, week.endKey]).to.deep.equal(['2026-11-23', '2026-11-30']);
    const list = visibleRange('list', d('2026-11-23'));
    expect([list.startKey, list.endKey, list.days]).to.deep.equal(['2026-11-23', '2026-12-21', 28]);
    // Across a year end and a leap day: still 28 days, whatever the months' lengths.
    const leap = visibleRange('list', d('2028-02-10'));
    expect([leap.startKey, leap.endKey, leap.days]).to.deep.equal(['2028-02-10', '2028-03-09', 28]);
  });

  it('steps back and forward by the view’s unit', () => {
    const month = visibleRange('month', d('2026-01-31'));
    expect(formatIsoDate(stepRange(month, 1).anchor)).to.equal('2026-02-28');
    expect(stepRange(month, 1).startKey).to.equal('2026-01-26');
    const week = visibleRange('week', d('2026-12-30'));
    expect(stepRange(week, 1).startKey).to.equal('2027-01-04');
    expect(stepRange(week, -1).startKey).to.equal('2026-12-21');
    const list = visibleRange('list', d('2026-12-15'));
    expect([stepRange(list, 1).startKey, stepRange(list, 1).endKey]).to.deep.equal(['2027-01-12', '2027-02-09']);
    expect([stepRange(list, -1).startKey, stepRange(list, -1).endKey]).to.deep.equal(['2026-11-17', '2026-12-15']);
  });

  it('switching into the list starts at today when the month or week shown has it, else at its first day', () => {
    const today = d('2026-11-25');
    const key = (date: ReturnType<typeof d>) => formatIsoDate(date);
    expect(key(switchAnchor('month', 'list', d('2026-11-05'), today))).to.equal('2026-11-25');
    expect(key(switchAnchor('month', 'list', d('2026-12-25'), today))).to.equal('2026-12-01');
    expect(key(switchAnchor('month', 'list', d('2026-10-31'), today))).to.equal('2026-10-01');
    // A week: Monday-first by default, or as first-day says.
    expect(key(switchAnchor('week', 'list', d('2026-11-26'), today))).to.equal('2026-11-25');
    expect(key(switchAnchor('week', 'list', d('2026-12-03'), today))).to.equal('2026-11-30');
    expect(key(switchAnchor('week', 'list', d('2026-12-03'), today, { firstDay: 0 }))).to.equal('2026-11-29');
    // Out of the list, or staying in a view, the anchor is kept: the month is the anchor's month.
    expect(key(switchAnchor('list', 'month', d('2026-12-21'), today))).to.equal('2026-12-21');
    expect(key(switchAnchor('list', 'week', d('2026-12-21'), today))).to.equal('2026-12-21');
    expect(key(switchAnchor('list', 'list', d('2026-12-21'), today))).to.equal('2026-12-21');
    expect(key(switchAnchor('month', 'week', d('2026-12-25'), today))).to.equal('2026-12-25');
  });

  it('tells whether a date is inside a range', () => {
    const r = visibleRange('week', d('2026-11-25'));
    expect(rangeContains(r, d('2026-11-23'))).to.equal(true);
    expect(rangeContains(r, d('2026-11-29'))).to.equal(true);
    expect(rangeContains(r, d('2026-11-30'))).to.equal(false);
    expect(rangeContains(r, d('2026-11-22'))).to.equal(false);
  });
});
