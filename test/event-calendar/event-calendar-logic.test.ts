/** The calendar element's pure helpers: filters, attribute parsing, ages in words. */
import { expect } from '@open-wc/testing';
import { ageOverlaps, matchesFilters, NO_FILTERS, parseFirstDay, parseIdList } from '../../src/event-calendar/calendar-filters.js';
import { countChoices } from '../../src/event-calendar/filter-counts.js';
import { CalendarFormat } from '../../src/event-calendar/calendar-format.js';
import { ageRangeWords } from '../../src/event-calendar/session-words.js';
import { expandEvents } from '../../src/event-calendar/occurrences.js';
import { ar, enGB } from '../support/strings.js';
import { makeEvent } from './helpers.js';

describe('calendar filters', () => {
  it('matches age bands by overlap, in whole months; no range means every age', () => {
    const toddler = { minMonths: 12, maxMonths: 35 };
    expect([0, 1, 2, 3, 4, 5].map((y) => ageOverlaps(toddler, y))).to.deep.equal([false, true, true, false, false, false]);
    expect([0, 1, 5].map((y) => ageOverlaps({ minMonths: 60 }, y))).to.deep.equal([false, false, true]);
    expect([0, 1].map((y) => ageOverlaps({ maxMonths: 11 }, y))).to.deep.equal([true, false]);
    expect(ageOverlaps(undefined, 3)).to.equal(true);
    expect(ageOverlaps(toddler, -1)).to.equal(true);
  });

  it('combines filters, counting each facet as if its own choice were not made', () => {
    const areaOf = (e: { area?: string }) => e.area;
    const events = [
      makeEvent({ id: 'a', start: '2026-11-02T10:00', categories: ['play'], area: 'north', cost: { free: true } }),
      makeEvent({ id: 'b', start: '2026-11-03T10:00', categories: ['play', 'books'], area: 'south', cost: { free: false } }),
      makeEvent({ id: 'c', start: '2026-11-04T10:00', categories: ['books'], area: 'north' }),
    ];
    const occurrences = expandEvents(events, '2026-11-01', '2026-12-01');
    const filters = { ...NO_FILTERS, categories: ['books'], freeOnly: true };
    expect(events.filter((e) => matchesFilters(e, filters, areaOf))).to.deep.equal([]);
    const counts = countChoices(occurrences, filters, areaOf);
    // Free only: of the "books" sessions none is free; with "books" unticked, "play" has one.
    expect(counts.free).to.equal(0);
    expect([...counts.categories]).to.deep.equal([['play', 1]]);
    expect(counts.areas.get('north')).to.equal(undefined);
    expect(countChoices(occurrences, NO_FILTERS, areaOf).areas.get('north')).to.equal(2);
  });

  it('reads the categories and first-day attributes forgivingly', () => {
    expect(parseIdList(' stay-and-play,libraries  send ,')).to.deep.equal(['stay-and-play', 'libraries', 'send']);
    expect(parseIdList(undefined)).to.deep.equal([]);
    expect(['monday', 'Sunday', 'SATURDAY', '0', '3', '7', 'friday', '', undefined].map(parseFirstDay)).to.deep.equal([
      1, 0, 6, 0, 3, 1, 1, 1, 1,
    ]);
  });
});

describe('calendar format: ages in words', () => {
  const en = new CalendarFormat('en-GB', 'Europe/London', enGB);

  it('reads inclusive month ranges the way parents say them', () => {
    const say = (minMonths?: number, maxMonths?: number) => ageRangeWords(en, enGB, { minMonths, maxMonths });
    expect(say(0, 47)).to.equal('0 to 3 years');
    expect(say(12, 59)).to.equal('1 to 4 years');
    expect(say(0, 23)).to.equal('0 to 1 year');
    expect(say(0, 11)).to.equal('0 to 11 months');
    expect(say(6, 9)).to.equal('6 to 9 months');
    expect(say(18, 60)).to.equal('18 months to 5 years');
    expect(say(60)).to.equal('5 years and over');
    expect(say(18)).to.equal('18 months and over');
    expect(say(0)).to.equal(undefined);
    expect(ageRangeWords(en, enGB, undefined)).to.equal(undefined);
  });

  it('uses the locale’s own words and digits', () => {
    const arabic = new CalendarFormat('ar', 'Europe/London', ar);
    const words = ageRangeWords(arabic, ar, { minMonths: 0, maxMonths: 47 })!;
    expect(words.startsWith('من ')).to.equal(true);
    expect(words).to.not.contain('years');
  });
});
