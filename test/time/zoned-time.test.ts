import { expect } from '@open-wc/testing';
import {
  isValidTimeZone,
  offsetAt,
  offsetAtExact,
  resolveWallTime,
  todayIn,
  toInstant,
  toWallTime,
} from '../../src/time/zoned-time.js';
import { formatOffset } from '../../src/event-calendar/vtimezone.js';
import { formatLocalDateTime, type WallTime } from '../../src/time/calendar-date.js';

const w = (year: number, month: number, day: number, hour = 0, minute = 0): WallTime => ({ year, month, day, hour, minute, second: 0 });
const iso = (d: Date) => d.toISOString();
const H = 3_600_000;

describe('zoned time', () => {
  it('converts London wall time to instants in winter and summer', () => {
    expect(iso(toInstant(w(2026, 1, 14, 10), 'Europe/London'))).to.equal('2026-01-14T10:00:00.000Z');
    expect(iso(toInstant(w(2026, 7, 15, 10), 'Europe/London'))).to.equal('2026-07-15T09:00:00.000Z');
  });

  it('converts instants back to wall time in any zone', () => {
    const t = new Date('2026-07-15T09:00:00Z');
    expect(formatLocalDateTime(toWallTime(t, 'Europe/London'))).to.equal('2026-07-15T10:00');
    expect(formatLocalDateTime(toWallTime(t, 'America/New_York'))).to.equal('2026-07-15T05:00');
    expect(formatLocalDateTime(toWallTime(t, 'Asia/Kolkata'))).to.equal('2026-07-15T14:30');
    expect(formatLocalDateTime(toWallTime(t, 'UTC'))).to.equal('2026-07-15T09:00');
  });

  it('shifts a wall time in the spring-forward gap forward by the gap', () => {
    const london = resolveWallTime(w(2026, 3, 29, 1, 30), 'Europe/London');
    expect(london.kind).to.equal('gap');
    expect(iso(london.instant)).to.equal('2026-03-29T01:30:00.000Z'); // = 02:30 BST
    const ny = resolveWallTime(w(2026, 3, 8, 2, 30), 'America/New_York');
    expect(ny.kind).to.equal('gap');
    expect(formatLocalDateTime(toWallTime(ny.instant, 'America/New_York'))).to.equal('2026-03-08T03:30');
  });

  it('takes the earlier instant for an ambiguous fall-back wall time', () => {
    const london = resolveWallTime(w(2026, 10, 25, 1, 30), 'Europe/London');
    expect(london.kind).to.equal('overlap');
    expect(iso(london.instant)).to.equal('2026-10-25T00:30:00.000Z'); // 01:30 BST, not GMT
    const ny = resolveWallTime(w(2026, 11, 1, 1, 30), 'America/New_York');
    expect(ny.kind).to.equal('overlap');
    expect(iso(ny.instant)).to.equal('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(resolveWallTime(w(2026, 10, 25, 2, 30), 'Europe/London').kind).to.equal('normal');
  });

  it('round-trips every hour of both London clock-change days', () => {
    for (const day of [w(2026, 3, 29), w(2026, 10, 25)]) {
      for (let hour = 0; hour < 24; hour++) {
        const wall = { ...day, hour, minute: 15 };
        const resolved = resolveWallTime(wall, 'Europe/London');
        if (resolved.kind === 'gap') continue;
        expect(formatLocalDateTime(toWallTime(resolved.instant, 'Europe/London'))).to.equal(formatLocalDateTime(wall));
      }
    }
  });

  it('caches offsets without changing the answer, to the second, on the change day', () => {
    const change = Date.UTC(2026, 2, 29, 1);
    expect(offsetAt(change - 1000, 'Europe/London')).to.equal(0);
    expect(offsetAt(change, 'Europe/London')).to.equal(H);
    for (const t of [change - 3 * H, change - 1, change + 1, change + 20 * H, Date.UTC(2026, 9, 25, 0, 59, 59), Date.UTC(2026, 9, 25, 1)]) {
      expect(offsetAt(t, 'Europe/London')).to.equal(offsetAtExact(t, 'Europe/London'));
    }
    expect(offsetAt(Date.UTC(2026, 0, 1), 'Australia/Adelaide')).to.equal(10.5 * H);
  });

  it('gives today in a zone and formats offsets', () => {
    const lateEvening = new Date('2026-07-15T23:30:00Z');
    expect(todayIn('Europe/London', lateEvening)).to.deep.equal({ year: 2026, month: 7, day: 16 });
    expect(todayIn('UTC', lateEvening)).to.deep.equal({ year: 2026, month: 7, day: 15 });
    expect(formatOffset(H)).to.equal('+01:00');
    expect(formatOffset(-5.5 * H, true)).to.equal('-0530');
  });

  it('validates zone names', () => {
    expect(isValidTimeZone('Europe/London')).to.equal(true);
    expect(isValidTimeZone('Europe/Nowhere')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
    expect(isValidTimeZone(42)).to.equal(false);
  });
});
