import { expect } from '@open-wc/testing';
import type { Recurrence, Weekday } from '../../src/data/feed-schema.js';
import {
  addDays,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
  startOfWeek,
  WEEKDAY_CODES,
  weekdayOf,
  type CalendarDate,
} from '../../src/time/calendar-date.js';
import {
  normaliseRule,
} from '../../src/event-calendar/recurrence.js';
import { firstSeriesDate, isSeriesDate, lastSeriesDate, seriesDatesBetween } from '../../src/event-calendar/series-lookup.js';

const d = (iso: string) => parseIsoDate(iso)!;
const rule = (r: Partial<Recurrence>, start: string) =>
  normaliseRule({ frequency: 'weekly', interval: 1, exclude: [], cancelled: [], ...r } as Recurrence, d(start));

/**
 * The obvious, slow definition of the rules, one day at a time, straight from the spec's words.
 * The real code jumps to the window; both must agree on every date and index.
 */
function bruteForce(r: Recurrence, start: CalendarDate, from: CalendarDate, to: CalendarDate): string[] {
  const interval = r.interval ?? 1;
  const byDay = (r.byDay ?? []).map((c) => WEEKDAY_CODES.indexOf(c));
  const matches = (x: CalendarDate) => {
    const wd = weekdayOf(x);
    if (r.frequency === 'weekly') {
      const days = byDay.length ? byDay : [weekdayOf(start)];
      const weeks = daysBetween(startOfWeek(start, 1), startOfWeek(x, 1)) / 7;
      return days.includes(wd) && weeks % interval === 0;
    }
    const months = (x.year - start.year) * 12 + (x.month - start.month);
    if (months % interval !== 0) return false;
    const dim = daysInMonth(x.year, x.month);
    const weekOfMonth = r.weekOfMonth ?? [];
    const byMonthDay = r.byMonthDay ?? [];
    let weekdayOk: boolean | undefined;
    if (weekOfMonth.length) {
      const days = byDay.length ? byDay : [weekdayOf(start)];
      const fromStart = Math.ceil(x.day / 7);
      const fromEnd = -Math.ceil((dim - x.day + 1) / 7);
      weekdayOk = days.includes(wd) && (weekOfMonth.includes(fromStart) || weekOfMonth.includes(fromEnd));
    } else if (byDay.length) {
      weekdayOk = byDay.includes(wd);
    }
    const dayOk = byMonthDay.length ? byMonthDay.some((n) => (n > 0 ? n : dim + 1 + n) === x.day) : undefined;
    if (weekdayOk === undefined && dayOk === undefined) return x.day === start.day;
    return (weekdayOk ?? true) && (dayOk ?? true);
  };
  const out: string[] = [];
  let index = 0;
  const until = r.until ? d(r.until) : undefined;
  for (let x = start; daysBetween(x, to) > 0; x = addDays(x, 1)) {
    if (until && daysBetween(until, x) > 0) break;
    if (!matches(x)) continue;
    if (r.count !== undefined && index >= r.count) break;
    if (daysBetween(from, x) >= 0) out.push(`${formatIsoDate(x)}#${index}`);
    index++;
  }
  return out;
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

describe('recurrence rules', () => {
  it('agrees with a day-by-day reference on 400 random rules and windows', () => {
    const next = random(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const days: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    for (let i = 0; i < 400; i++) {
      const start = addDays(d('2024-01-01'), Math.floor(next() * 900));
      const monthly = next() < 0.5;
      const r: Recurrence = {
        frequency: monthly ? 'monthly' : 'weekly',
        interval: pick([1, 1, 2, 3]),
        exclude: [],
        cancelled: [],
      };
      if (next() < 0.6) r.byDay = [...new Set([pick(days), ...(next() < 0.4 ? [pick(days)] : [])])];
      if (monthly && next() < 0.5) r.weekOfMonth = [pick([1, 2, 3, 4, 5, -1, -2, -5])];
      if (monthly && next() < 0.3) r.byMonthDay = [pick([1, 13, 29, 30, 31, -1, -7])];
      if (next() < 0.3) r.count = 1 + Math.floor(next() * 20);
      if (next() < 0.3) r.until = formatIsoDate(addDays(start, Math.floor(next() * 400)));
      const from = addDays(start, Math.floor(next() * 500) - 30);
      const to = addDays(from, 1 + Math.floor(next() * 60));
      const actual = seriesDatesBetween(normaliseRule(r, start), start, from, to).map(
        (item) => `${formatIsoDate(item.date)}#${item.index}`,
      );
      expect(actual, `${JSON.stringify(r)} from ${formatIsoDate(start)} window ${formatIsoDate(from)}…${formatIsoDate(to)}`).to.deep.equal(
        bruteForce(r, start, from, to),
      );
    }
  });

  it('applies defaults relative to the start', () => {
    expect(rule({}, '2026-01-07').byDay).to.deep.equal([3]);
    expect(rule({ frequency: 'monthly' }, '2026-01-15')).to.deep.include({ byDay: [], byMonthDay: [15], weekOfMonth: [] });
    expect(rule({ frequency: 'monthly', weekOfMonth: [1] }, '2026-01-03')).to.deep.include({ byDay: [6], byMonthDay: [] });
    expect(rule({ byDay: ['SU', 'MO', 'WE'] }, '2026-01-07').byDay).to.deep.equal([1, 3, 0]); // Monday first
  });

  it('finds the first and last dates of a series', () => {
    const r = rule({ byDay: ['WE'], count: 3 }, '2026-01-05');
    expect(formatIsoDate(firstSeriesDate(r, d('2026-01-05'))!)).to.equal('2026-01-07');
    expect(formatIsoDate(lastSeriesDate(r, d('2026-01-05'))!)).to.equal('2026-01-21');
    expect(formatIsoDate(lastSeriesDate(rule({ until: '2026-12-31' }, '2026-01-07'), d('2026-01-07'))!)).to.equal('2026-12-30');
    expect(lastSeriesDate(rule({}, '2026-01-07'), d('2026-01-07'))).to.equal(undefined);
    // A rule that never produces a date.
    const never = rule({ frequency: 'monthly', byMonthDay: [31], interval: 12 }, '2026-02-01');
    expect(firstSeriesDate(never, d('2026-02-01'))).to.equal(undefined);
  });

  it('finds the last date of a sparse series far from its until date', () => {
    const r = rule({ frequency: 'monthly', interval: 24, until: '2031-01-01' }, '2026-01-15');
    expect(formatIsoDate(lastSeriesDate(r, d('2026-01-15'))!)).to.equal('2030-01-15');
  });

  it('tells whether a date belongs to the series', () => {
    const r = rule({ interval: 2 }, '2026-01-07');
    expect(isSeriesDate(r, d('2026-01-07'), d('2026-01-21'))).to.equal(true);
    expect(isSeriesDate(r, d('2026-01-07'), d('2026-01-14'))).to.equal(false);
    expect(isSeriesDate(r, d('2026-01-07'), d('2025-12-24'))).to.equal(false);
  });
});
