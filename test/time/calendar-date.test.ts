import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  formatLocalDateTime,
  lastWeekdayOfMonth,
  monthDay,
  nthWeekdayOfMonth,
  parseIsoDate,
  parseLocalDateTime,
  startOfWeek,
  weekdayNumber,
  weekdayOf,
} from '../../src/time/calendar-date.js';

const d = (iso: string) => parseIsoDate(iso)!;
const iso = formatIsoDate;

describe('calendar dates', () => {
  it('parses and formats ISO dates, rejecting impossible ones', () => {
    expect(d('2026-02-28')).to.deep.equal({ year: 2026, month: 2, day: 28 });
    expect(parseIsoDate('2026-02-29')).to.equal(undefined);
    expect(parseIsoDate('2028-02-29')).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2026-13-01')).to.equal(undefined);
    expect(parseIsoDate('26-1-1')).to.equal(undefined);
    expect(iso({ year: 987, month: 3, day: 4 })).to.equal('0987-03-04');
  });

  it('parses local date-times with and without a time', () => {
    expect(parseLocalDateTime('2026-11-25T10:00')).to.deep.equal({
      date: { year: 2026, month: 11, day: 25 },
      time: { hour: 10, minute: 0, second: 0 },
    });
    expect(parseLocalDateTime('2026-11-25')).to.deep.equal({ date: { year: 2026, month: 11, day: 25 } });
    expect(parseLocalDateTime('2026-11-25T24:00')).to.equal(undefined);
    expect(parseLocalDateTime('2026-11-25T10:00+01:00')).to.equal(undefined);
    expect(formatLocalDateTime({ year: 2026, month: 1, day: 2, hour: 3, minute: 4, second: 5 })).to.equal('2026-01-02T03:04:05');
  });

  it('adds days across month, year and clock-change boundaries', () => {
    expect(iso(addDays(d('2026-03-28'), 1))).to.equal('2026-03-29');
    expect(iso(addDays(d('2026-03-29'), 1))).to.equal('2026-03-30');
    expect(iso(addDays(d('2026-12-31'), 1))).to.equal('2027-01-01');
    expect(iso(addDays(d('2026-03-01'), -1))).to.equal('2026-02-28');
    expect(daysBetween(d('2026-01-01'), d('2027-01-01'))).to.equal(365);
  });

  it('adds months, clamping to the month’s length', () => {
    expect(iso(addMonths(d('2026-01-31'), 1))).to.equal('2026-02-28');
    expect(iso(addMonths(d('2028-01-31'), 1))).to.equal('2028-02-29');
    expect(iso(addMonths(d('2026-03-31'), -1))).to.equal('2026-02-28');
    expect(iso(addMonths(d('2026-11-15'), 3))).to.equal('2027-02-15');
    expect(iso(addMonths(d('2026-01-15'), -13))).to.equal('2024-12-15');
    expect(iso(addYears(d('2028-02-29'), 1))).to.equal('2029-02-28');
  });

  it('knows weekdays and week starts', () => {
    expect(weekdayOf(d('2026-03-29'))).to.equal(0); // Sunday
    expect(weekdayOf(d('2026-11-25'))).to.equal(3); // Wednesday
    expect(weekdayOf(d('1969-12-31'))).to.equal(3);
    expect(weekdayNumber('MO')).to.equal(1);
    expect(weekdayNumber('SU')).to.equal(0);
    expect(iso(startOfWeek(d('2026-11-25')))).to.equal('2026-11-23');
    expect(iso(startOfWeek(d('2026-11-29')))).to.equal('2026-11-23');
    expect(iso(startOfWeek(d('2026-11-25'), 0))).to.equal('2026-11-22');
    expect(iso(startOfWeek(d('2026-11-25'), 6))).to.equal('2026-11-21');
  });

  it('finds the nth and last weekday of a month', () => {
    expect(iso(nthWeekdayOfMonth(2026, 8, 6, 1)!)).to.equal('2026-08-01');
    expect(iso(nthWeekdayOfMonth(2026, 8, 6, 5)!)).to.equal('2026-08-29');
    expect(nthWeekdayOfMonth(2026, 2, 6, 5)).to.equal(undefined);
    expect(iso(nthWeekdayOfMonth(2026, 3, 0, -1)!)).to.equal('2026-03-29'); // UK clocks go forward
    expect(iso(lastWeekdayOfMonth(2026, 10, 0))).to.equal('2026-10-25'); // and back
    expect(iso(nthWeekdayOfMonth(2026, 5, 5, -2)!)).to.equal('2026-05-22');
    expect(nthWeekdayOfMonth(2026, 5, 5, 0)).to.equal(undefined);
  });

  it('finds days of the month from either end', () => {
    expect(daysInMonth(2026, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(iso(monthDay(2026, 2, -1)!)).to.equal('2026-02-28');
    expect(monthDay(2026, 4, 31)).to.equal(undefined);
    expect(monthDay(2026, 2, -30)).to.equal(undefined);
  });
});
