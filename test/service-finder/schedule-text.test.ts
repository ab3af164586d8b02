import { expect } from '@open-wc/testing';
import { ar, enGB } from '../support/strings.js';
import {
  formatSchedule,
  formatScheduleLine,
  formatTime,
  scheduleLines,
  weekdayName,
} from '../../src/service-finder/schedule-text.js';
import { monthly, weekly } from '../fixtures/index.js';

const en = (sessions: Parameters<typeof formatSchedule>[0]) => formatSchedule(sessions, 'en-GB', enGB);

describe('scheduleLines', () => {
  it('merges sessions at the same times into one line of days', () => {
    const lines = scheduleLines([weekly(['TH'], '09:30', '11:30'), weekly(['MO'], '09:30', '11:30')]);
    expect(lines).to.deep.equal([
      { frequency: 'weekly', interval: 1, days: ['MO', 'TH'], weeks: [], times: [{ opensAt: '09:30', closesAt: '11:30' }], notes: [] },
    ]);
  });

  it('merges the same days at different times into one line of times', () => {
    const lines = scheduleLines([weekly(['MO', 'TU'], '15:00', '17:00'), weekly(['MO', 'TU'], '09:00', '12:00')]);
    expect(lines).to.have.length(1);
    expect(lines[0].times.map((t) => t.opensAt)).to.deep.equal(['09:00', '15:00']);
  });

  it('keeps weekly lines before monthly ones, each by first day', () => {
    const lines = scheduleLines([monthly(['SA'], [1], '10:00', '12:00'), weekly(['FR'], '10:00'), weekly(['MO'], '13:00', '14:00')]);
    expect(lines.map((l) => [l.frequency, l.days[0]])).to.deep.equal([
      ['weekly', 'MO'],
      ['weekly', 'FR'],
      ['monthly', 'SA'],
    ]);
  });

  it('keeps notes and separates sessions with different notes', () => {
    const lines = scheduleLines([
      { ...weekly(['MO'], '10:00', '11:00'), note: 'Term time only' },
      weekly(['TU'], '10:00', '11:00'),
    ]);
    expect(lines.map((l) => l.notes)).to.deep.equal([['Term time only'], []]);
  });

  it('returns nothing for no sessions', () => {
    expect(scheduleLines(undefined)).to.deep.equal([]);
    expect(scheduleLines([])).to.deep.equal([]);
  });
});

describe('formatSchedule in en-GB', () => {
  it('words weekly sessions', () => {
    expect(en([weekly(['WE'], '10:00', '12:00')])).to.deep.equal(['Wednesdays 10:00–12:00']);
    expect(en([weekly(['MO', 'TH'], '09:30', '11:30')])).to.deep.equal(['Mondays and Thursdays 09:30–11:30']);
    expect(en([weekly(['MO', 'WE', 'FR'], '09:30', '11:30')])).to.deep.equal(['Mondays, Wednesdays and Fridays 09:30–11:30']);
  });

  it('words runs of three or more days as a range', () => {
    expect(en([weekly(['MO', 'TU', 'WE', 'TH', 'FR'], '09:00', '17:00')])).to.deep.equal(['Monday to Friday 09:00–17:00']);
    expect(en([weekly(['MO', 'TU', 'WE', 'SA'], '09:00', '17:00')])).to.deep.equal(['Monday to Wednesday and Saturdays 09:00–17:00']);
  });

  it('words monthly sessions', () => {
    expect(en([monthly(['SA'], [1], '10:00', '12:00')])).to.deep.equal(['1st Saturday of the month 10:00–12:00']);
    expect(en([monthly(['FR'], [-1], '13:00', '15:00')])).to.deep.equal(['Last Friday of the month 13:00–15:00']);
    expect(en([monthly(['TU'], [3, 1], '10:00', '11:00')])).to.deep.equal(['1st and 3rd Tuesday of the month 10:00–11:00']);
    expect(en([monthly(['TH'], [-2], '10:00', '11:00')])).to.deep.equal(['Second to last Thursday of the month 10:00–11:00']);
  });

  it('words several times and a missing closing time', () => {
    expect(en([weekly(['MO'], '09:00', '12:00'), weekly(['MO'], '15:00', '17:00')])).to.deep.equal([
      'Mondays 09:00–12:00 and 15:00–17:00',
    ]);
    expect(en([weekly(['SU'], '14:00')])).to.deep.equal(['Sundays from 14:00']);
  });

  it('uses 24-hour times', () => {
    expect(formatTime('09:05', 'en-GB')).to.equal('09:05');
    expect(formatTime('23:59', 'en-GB')).to.equal('23:59');
    expect(formatTime('00:00', 'en-US')).to.equal('00:00');
  });

  it('falls back to en-GB formatting for an unusable locale tag', () => {
    expect(formatSchedule([weekly(['WE'], '10:00', '12:00')], 'not a locale!!', enGB)).to.deep.equal(['Wednesdays 10:00–12:00']);
  });
});

describe('formatSchedule in Arabic', () => {
  const arabicWeekday = (dayOffset: number) =>
    new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + dayOffset));

  it("uses Intl's Arabic weekday names and Arabic glue words", () => {
    const [line] = formatSchedule([weekly(['WE'], '10:00', '12:00')], 'ar', ar);
    const wednesday = arabicWeekday(2);
    expect(weekdayName('WE', 'ar')).to.equal(wednesday);
    expect(wednesday).to.match(/[\u0600-\u06ff]/);
    expect(line).to.contain(wednesday);
    expect(line).to.contain('أيام');
    expect(line).not.to.match(/[A-Za-z]/);
  });

  it('joins days with the Arabic list format', () => {
    const [line] = formatSchedule([weekly(['MO', 'TH'], '09:30', '11:30')], 'ar', ar);
    const joined = new Intl.ListFormat('ar', { type: 'conjunction' }).format([arabicWeekday(0), arabicWeekday(3)]);
    expect(line).to.contain(joined);
  });

  it('words monthly sessions with Arabic ordinals', () => {
    const [line] = formatSchedule([monthly(['SA'], [1], '10:00', '12:00')], 'ar', ar);
    expect(line).to.contain(`${arabicWeekday(5)} الأول من كل شهر`);
    const [last] = formatSchedule([monthly(['FR'], [-1], '13:00', '15:00')], 'ar', ar);
    expect(last).to.contain('الأخير');
  });

  it("formats times in the locale's own way, 24-hour", () => {
    const [line] = formatSchedule([weekly(['WE'], '13:00', '15:00')], 'ar', ar);
    expect(line).to.contain(formatTime('13:00', 'ar'));
    expect(formatTime('13:00', 'ar')).not.to.match(/PM|م/);
  });

  it('lets a line be worded on its own', () => {
    const [line] = scheduleLines([weekly(['FR'], '10:00', '11:00')]);
    expect(formatScheduleLine(line, 'en-GB', enGB)).to.equal('Fridays 10:00–11:00');
  });
});
