import { expect } from '@open-wc/testing';
import {
  escapeIcsText,
  foldIcsLine,
  icsFileName,
  occurrenceToIcs,
  listedSessions,
  seriesToIcs,
  serializeIcs,
} from '../../src/event-calendar/ics.js';
import { jsonLdToEvents } from '../../src/formats/jsonld/convert.js';
import { findOccurrence } from '../../src/event-calendar/series-lookup.js';
import {
  children,
  parseIcs,
  parseRrule,
  physicalLineOctets,
  prop,
  props,
  unescapeText,
  type IcsComponent,
} from './ics-parse.js';
import { makeEvent } from './helpers.js';

const now = new Date('2026-11-22T12:00:00Z');
const description = 'Songs, stories; toys \\ snacks.\nBring a drink.\nمرحبا بالجميع 👋🏽 — ' + 'Ünïcödé text '.repeat(12);

const series = makeEvent({
  id: 'drop-in',
  title: 'Stay, Play; Learn',
  description,
  start: '2026-01-07T10:00',
  end: '2026-01-07T12:00',
  recurrence: {
    frequency: 'weekly',
    interval: 2,
    byDay: ['WE'],
    until: '2026-12-16',
    exclude: ['2026-02-04', '2026-02-05'],
    cancelled: ['2026-03-04'],
  },
  location: { name: 'Library', address: '1 High St, Newbury', postcode: 'NB1 4AA', lat: 51.4, lng: -1.32 },
  categories: ['stay-and-play', 'under-5s'],
  bookingUrl: 'https://example.org/book?a=1&b=2',
});

const events = (cal: IcsComponent) => children(cal, 'VEVENT');
const value = (c: IcsComponent, name: string) => prop(c, name)?.value;

describe('ICS: a whole series, parsed back', () => {
  const text = seriesToIcs(series, { now });
  const cal = parseIcs(text);
  const [master, override] = events(cal);

  it('is a VCALENDAR with the required headers and CRLF line endings', () => {
    expect(cal.name).to.equal('VCALENDAR');
    expect(value(cal, 'VERSION')).to.equal('2.0');
    expect(value(cal, 'PRODID')).to.match(/^-\/\/Parent Champion Widgets\/\//);
    expect(value(cal, 'CALSCALE')).to.equal('GREGORIAN');
    expect(value(cal, 'METHOD')).to.equal('PUBLISH');
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(/[^\r]\n/.test(text)).to.equal(false);
  });

  it('carries a correct VTIMEZONE for Europe/London', () => {
    const [tz] = children(cal, 'VTIMEZONE');
    expect(value(tz!, 'TZID')).to.equal('Europe/London');
    const [daylight] = children(tz!, 'DAYLIGHT');
    const [standard] = children(tz!, 'STANDARD');
    expect(value(daylight!, 'TZOFFSETFROM')).to.equal('+0000');
    expect(value(daylight!, 'TZOFFSETTO')).to.equal('+0100');
    expect(value(daylight!, 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(value(daylight!, 'DTSTART')).to.equal('20250330T010000');
    expect(value(standard!, 'TZOFFSETFROM')).to.equal('+0100');
    expect(value(standard!, 'TZOFFSETTO')).to.equal('+0000');
    expect(value(standard!, 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(value(standard!, 'DTSTART')).to.equal('20251026T020000');
    expect(value(daylight!, 'TZNAME')).to.equal('BST');
    expect(value(standard!, 'TZNAME')).to.equal('GMT');
  });

  it('writes the master VEVENT: UID, DTSTAMP, zoned DTSTART/DTEND, RRULE, EXDATE', () => {
    expect(events(cal)).to.have.length(2);
    expect(value(master!, 'UID')).to.equal('drop-in@parent-champion-widgets');
    expect(value(master!, 'DTSTAMP')).to.equal('20261122T120000Z');
    expect(prop(master!, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { TZID: 'Europe/London' }, value: '20260107T100000' });
    expect(prop(master!, 'DTEND')).to.deep.equal({ name: 'DTEND', params: { TZID: 'Europe/London' }, value: '20260107T120000' });
    expect(parseRrule(value(master!, 'RRULE')!)).to.deep.equal({
      FREQ: 'WEEKLY',
      INTERVAL: '2',
      BYDAY: 'WE',
      WKST: 'MO',
      UNTIL: '20261216T235959Z',
    });
    // 5 February is not a date of the series, so only 4 February is excluded.
    expect(props(master!, 'EXDATE')).to.deep.equal([{ name: 'EXDATE', params: { TZID: 'Europe/London' }, value: '20260204T100000' }]);
    expect(prop(master!, 'STATUS')).to.equal(undefined);
  });

  it('escapes and restores every text field', () => {
    expect(unescapeText(value(master!, 'SUMMARY')!)).to.equal('Stay, Play; Learn');
    expect(value(master!, 'SUMMARY')).to.equal('Stay\\, Play\\; Learn');
    expect(unescapeText(value(master!, 'DESCRIPTION')!)).to.equal(`${series.description}\n\nhttps://example.org/book?a=1&b=2`);
    expect(unescapeText(value(master!, 'LOCATION')!)).to.equal('Library, 1 High St, Newbury, NB1 4AA');
    expect(value(master!, 'URL')).to.equal('https://example.org/book?a=1&b=2');
    expect(value(master!, 'GEO')).to.equal('51.4;-1.32');
    expect(value(master!, 'CATEGORIES')).to.equal('stay-and-play,under-5s');
  });

  it('writes a cancelled date as an override with RECURRENCE-ID and STATUS:CANCELLED', () => {
    expect(value(override!, 'UID')).to.equal('drop-in@parent-champion-widgets');
    expect(prop(override!, 'RECURRENCE-ID')).to.deep.equal({
      name: 'RECURRENCE-ID',
      params: { TZID: 'Europe/London' },
      value: '20260304T100000',
    });
    expect(value(override!, 'DTSTART')).to.equal('20260304T100000');
    expect(value(override!, 'STATUS')).to.equal('CANCELLED');
  });

  it('folds lines at 75 octets without splitting characters', () => {
    const octets = physicalLineOctets(text);
    expect(Math.max(...octets)).to.be.at.most(75);
    expect(text.split('\r\n').some((line) => line.startsWith(' '))).to.equal(true);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(text.split('\r\n').some((line) => loneSurrogate.test(line))).to.equal(false);
  });
});

describe('ICS: rules', () => {
  const rrule = (recurrence: Record<string, unknown>, start = '2026-01-07T10:00', extra: Record<string, unknown> = {}) => {
    const cal = parseIcs(seriesToIcs(makeEvent({ start, recurrence, ...extra }), { now }));
    return parseRrule(value(events(cal)[0]!, 'RRULE')!);
  };

  it('writes COUNT, or UNTIL when it ends the series first', () => {
    expect(rrule({ frequency: 'weekly', count: 5 })).to.deep.equal({ FREQ: 'WEEKLY', BYDAY: 'WE', COUNT: '5' });
    expect(rrule({ frequency: 'weekly', count: 10, until: '2026-01-20' })).to.deep.equal({
      FREQ: 'WEEKLY',
      BYDAY: 'WE',
      UNTIL: '20260120T235959Z',
    });
    expect(rrule({ frequency: 'weekly', count: 2, until: '2026-12-20' }).COUNT).to.equal('2');
  });

  it('writes UNTIL as the end of that London day in UTC (summer time)', () => {
    expect(rrule({ frequency: 'weekly', until: '2026-07-15' }).UNTIL).to.equal('20260715T225959Z');
  });

  it('writes monthly rules by weekday and by date', () => {
    expect(rrule({ frequency: 'monthly', weekOfMonth: [1], byDay: ['SA'] }, '2026-01-03T10:00')).to.deep.equal({
      FREQ: 'MONTHLY',
      BYDAY: '1SA',
    });
    expect(rrule({ frequency: 'monthly', weekOfMonth: [-1], byDay: ['FR'] }, '2026-01-30T18:00').BYDAY).to.equal('-1FR');
    expect(rrule({ frequency: 'monthly', byMonthDay: [31] }, '2026-01-31T10:00')).to.deep.equal({
      FREQ: 'MONTHLY',
      BYMONTHDAY: '31',
    });
    expect(rrule({ frequency: 'monthly' }, '2026-01-15T10:00')).to.deep.equal({ FREQ: 'MONTHLY', BYMONTHDAY: '15' });
  });

  it('starts the series on its first real date when the start does not match the rule', () => {
    const cal = parseIcs(seriesToIcs(makeEvent({ start: '2026-01-05T10:00', recurrence: { frequency: 'weekly', byDay: ['WE'] } }), { now }));
    expect(value(events(cal)[0]!, 'DTSTART')).to.equal('20260107T100000');
  });

  it('writes all-day series with DATE values', () => {
    const e = makeEvent({
      start: '2026-07-20',
      end: '2026-07-21',
      allDay: true,
      recurrence: { frequency: 'weekly', until: '2026-08-31', exclude: ['2026-08-03'] },
    });
    const [master] = events(parseIcs(seriesToIcs(e, { now })));
    expect(prop(master!, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20260720' });
    expect(prop(master!, 'DTEND')).to.deep.equal({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20260722' });
    expect(parseRrule(value(master!, 'RRULE')!).UNTIL).to.equal('20260831');
    expect(prop(master!, 'EXDATE')).to.deep.equal({ name: 'EXDATE', params: { VALUE: 'DATE' }, value: '20260803' });
  });

  it('keeps the rule when the first date is excluded (DTSTART plus an EXDATE for it)', () => {
    const e = makeEvent({ start: '2026-01-07T10:00', recurrence: { frequency: 'weekly', exclude: ['2026-01-07'] } });
    const [master] = events(parseIcs(seriesToIcs(e, { now })));
    expect(value(master!, 'DTSTART')).to.equal('20260107T100000');
    expect(value(master!, 'RRULE')).to.equal('FREQ=WEEKLY;BYDAY=WE');
    expect(value(master!, 'EXDATE')).to.equal('20260107T100000');
  });

  it('writes a rule that never produces a date as the event as written', () => {
    const e = makeEvent({ start: '2026-01-07T10:00', recurrence: { frequency: 'weekly', until: '2026-01-01' } });
    const [single] = events(parseIcs(seriesToIcs(e, { now })));
    expect(value(single!, 'DTSTART')).to.equal('20260107T100000');
    expect(prop(single!, 'RRULE')).to.equal(undefined);
  });

  it('marks a cancelled series and writes no overrides', () => {
    const e = makeEvent({ start: '2026-01-07T10:00', cancelled: true, recurrence: { frequency: 'weekly', cancelled: ['2026-01-14'] } });
    const list = events(parseIcs(seriesToIcs(e, { now })));
    expect(list).to.have.length(1);
    expect(value(list[0]!, 'STATUS')).to.equal('CANCELLED');
  });
});

describe('ICS: one occurrence', () => {
  it('writes one session of a series with its own UID and no RRULE', () => {
    const cal = parseIcs(occurrenceToIcs(findOccurrence(series, '2026-04-01')!, { now, uidHost: 'school.example' }));
    const [event] = events(cal);
    expect(value(event!, 'UID')).to.equal('drop-in-20260401@school.example');
    expect(prop(event!, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { TZID: 'Europe/London' }, value: '20260401T100000' });
    expect(value(event!, 'DTEND')).to.equal('20260401T120000');
    expect(prop(event!, 'RRULE')).to.equal(undefined);
    expect(prop(event!, 'STATUS')).to.equal(undefined);
    expect(children(cal, 'VTIMEZONE')).to.have.length(1);
  });

  it('marks a cancelled session', () => {
    const [event] = events(parseIcs(occurrenceToIcs(findOccurrence(series, '2026-03-04')!, { now })));
    expect(value(event!, 'STATUS')).to.equal('CANCELLED');
  });

  it('writes a one-off all-day event with an exclusive DATE end', () => {
    const club = makeEvent({ id: 'club', start: '2026-07-20', end: '2026-07-24' });
    const [event] = events(parseIcs(seriesToIcs(club, { now })));
    expect(value(event!, 'UID')).to.equal('club@parent-champion-widgets');
    expect(value(event!, 'DTSTART')).to.equal('20260720');
    expect(value(event!, 'DTEND')).to.equal('20260725');
  });

  it('leaves out DTEND for an event without an end, and URL for a non-web link', () => {
    const e = makeEvent({ start: '2026-05-02T10:00', bookingUrl: 'mailto:hello@example.org' });
    const [event] = events(parseIcs(seriesToIcs(e, { now })));
    expect(prop(event!, 'DTEND')).to.equal(undefined);
    expect(prop(event!, 'URL')).to.equal(undefined);
  });
});

describe('ICS: other programme zones', () => {
  it('uses UTC times with Z and no VTIMEZONE for a UTC programme', () => {
    const cal = parseIcs(seriesToIcs(makeEvent({ start: '2026-07-15T10:00', end: '2026-07-15T11:00' }), { now, timeZone: 'UTC' }));
    expect(children(cal, 'VTIMEZONE')).to.have.length(0);
    expect(prop(events(cal)[0]!, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: {}, value: '20260715T100000Z' });
  });

  it('generates US rules for America/New_York', () => {
    const cal = parseIcs(seriesToIcs(series, { now, timeZone: 'America/New_York' }));
    const [tz] = children(cal, 'VTIMEZONE');
    const [daylight] = children(tz!, 'DAYLIGHT');
    const [standard] = children(tz!, 'STANDARD');
    expect(value(daylight!, 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect([value(daylight!, 'TZOFFSETFROM'), value(daylight!, 'TZOFFSETTO')]).to.deep.equal(['-0500', '-0400']);
    expect(value(standard!, 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    expect(value(standard!, 'DTSTART')).to.equal('20251102T020000');
    expect(prop(events(cal)[0]!, 'DTSTART')!.params).to.deep.equal({ TZID: 'America/New_York' });
  });

  it('writes a fixed observance for a zone without clock changes', () => {
    const cal = parseIcs(seriesToIcs(series, { now, timeZone: 'Asia/Tokyo' }));
    const [tz] = children(cal, 'VTIMEZONE');
    expect(children(tz!, 'DAYLIGHT')).to.have.length(0);
    const [standard] = children(tz!, 'STANDARD');
    expect([value(standard!, 'TZOFFSETFROM'), value(standard!, 'TZOFFSETTO')]).to.deep.equal(['+0900', '+0900']);
  });

  it('lists the changes (RDATE) for a zone without a yearly rule', () => {
    // Morocco suspends summer time for Ramadan: changes move every year.
    const cal = parseIcs(seriesToIcs(series, { now, timeZone: 'Africa/Casablanca' }));
    const [tz] = children(cal, 'VTIMEZONE');
    const observances = tz!.components;
    expect(observances.length).to.be.greaterThan(1);
    expect(observances.some((o) => props(o, 'RDATE').length > 0)).to.equal(true);
    expect(observances.every((o) => !prop(o, 'RRULE'))).to.equal(true);
  });
});

describe('ICS: text helpers', () => {
  it('escapes backslash, semicolon, comma and newlines, and drops control characters', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\u0007g')).to.equal('a\\\\b\\;c\\,d\\ne\\nfg');
  });

  it('folds by UTF-8 octets and unfolds back to the same line', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}${'😀'.repeat(30)}`;
    const folded = foldIcsLine(line);
    expect(Math.max(...physicalLineOctets(folded))).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
    expect(foldIcsLine('SHORT:x')).to.equal('SHORT:x');
    expect(serializeIcs(['A:1', 'B:2'])).to.equal('A:1\r\nB:2\r\n');
  });

  it('makes file names from titles', () => {
    expect(icsFileName('Stay & Play: Wednesdays!')).to.equal('stay-play-wednesdays.ics');
    expect(icsFileName('نادي الأطفال')).to.equal('نادي-الأطفال.ics');
    expect(icsFileName('!!!')).to.equal('event.ics');
  });
});

describe('ICS: "every session" of a series whose publisher also lists its next sessions (OpenActive)', () => {
  // A SessionSeries with its schedule, and its next two sessions listed as its subEvents, as booking systems publish
  // them (openactive/data-models' SessionSeries example): the converter leaves those dates out of the schedule.
  const document = {
    '@context': 'https://openactive.io/',
    '@type': 'SessionSeries',
    name: 'Baby swim',
    eventSchedule: [{ '@type': 'Schedule', byDay: ['https://schema.org/Tuesday'], startTime: '10:15', endTime: '10:45', startDate: '2026-10-06', endDate: '2026-11-03', repeatFrequency: 'P1W', scheduledEventType: 'ScheduledSession' }],
    subEvent: [
      { '@type': 'ScheduledSession', identifier: 'swim-06', startDate: '2026-10-06T10:15:00+01:00', endDate: '2026-10-06T10:45:00+01:00' },
      { '@type': 'ScheduledSession', identifier: 'swim-13', startDate: '2026-10-13T10:15:00+01:00', endDate: '2026-10-13T10:45:00+01:00' },
    ],
  };
  const { events: converted } = jsonLdToEvents(document);
  const swim = converted.find((event) => event.recurrence)!;
  // Another event at the same time on a left-out date is not one of its sessions.
  const other = makeEvent({ id: 'rhyme-time', title: 'Rhyme time', start: '2026-10-06T10:15', end: '2026-10-06T10:45' });
  const feedEvents = [...converted, other];

  it('finds the listed sessions: the one-off events with its name, at its time, on the dates its schedule leaves out', () => {
    expect(swim.recurrence!.exclude).to.deep.equal(['2026-10-06', '2026-10-13']);
    expect(listedSessions(swim, feedEvents, 'Europe/London').map((o) => o.occurrenceDate)).to.deep.equal(['2026-10-06', '2026-10-13']);
  });

  it('writes them into the file beside the series, so a calendar app gets all five Tuesdays, each once', () => {
    const cal = parseIcs(seriesToIcs(swim, { now, sessions: listedSessions(swim, feedEvents, 'Europe/London') }));
    const [master, ...listed] = events(cal);
    expect(props(master!, 'EXDATE').map((p) => p.value)).to.deep.equal(['20261006T101500', '20261013T101500']);
    expect(parseRrule(value(master!, 'RRULE')!)['UNTIL']).to.match(/^20261103/);
    expect(listed.map((session) => value(session, 'DTSTART'))).to.deep.equal(['20261006T101500', '20261013T101500']);
    expect(listed.map((session) => value(session, 'SUMMARY'))).to.deep.equal(['Baby swim', 'Baby swim']);
    expect(new Set(events(cal).map((e) => value(e, 'UID'))).size, 'each with a UID of its own').to.equal(3);
  });
});

describe('ICS: categories by their names', () => {
  it('writes the programme\'s name for each category id, as a parent\'s calendar app shows it (an id it has no name for, as it is)', () => {
    const swim = makeEvent({ id: 'swim', title: 'Baby swim', start: '2026-10-06T10:15', categories: ['aqua-tots', 'under-5s'] });
    const labels = new Map([['aqua-tots', 'Aqua Tots™, for babies']]);
    const [event] = events(parseIcs(occurrenceToIcs(findOccurrence(swim, '2026-10-06')!, { now, categoryLabels: labels })));
    expect(value(event!, 'CATEGORIES')).to.equal('Aqua Tots™\\, for babies,under-5s');
  });
});
