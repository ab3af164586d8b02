import { expect } from '@open-wc/testing';
import { EventSchema, type FeedEvent } from '../../src/data/feed-schema.js';
import { convertEventsDocument, isJsonLdEventShape, jsonLdToEvents } from '../../src/formats/jsonld/convert.js';
import { jsonLdAdapter, looksLikeJsonLd } from '../../src/formats/jsonld/adapter.js';
import { expandEvent, expandEvents } from '../../src/event-calendar/occurrences.js';
import { wall } from '../event-calendar/helpers.js';
import { schemaErrors } from '../support/schema.js';
import { longestTask, HANG_MS } from '../support/task-timer.js';

/** A council "what's on" page: one event, times with offsets, HTML description. */
const funDay = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: 'Family Fun Day',
  startDate: '2026-07-18T11:00:00+01:00',
  endDate: '2026-07-18T15:00:00+01:00',
  eventStatus: 'https://schema.org/EventScheduled',
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  location: {
    '@type': 'Place',
    name: 'Victoria Park',
    address: {
      '@type': 'PostalAddress',
      streetAddress: 'Park Lane',
      addressLocality: 'Newbury',
      postalCode: 'rg14 1ea',
      addressCountry: 'GB',
    },
    geo: { '@type': 'GeoCoordinates', latitude: '51.40', longitude: '-1.32' },
  },
  description: '<p>Games &amp; face painting.</p><p>All welcome&nbsp;&#x1F600;</p>',
  offers: { '@type': 'Offer', price: '0', priceCurrency: 'GBP', url: 'https://tickets.example.org/fun-day' },
  typicalAgeRange: '0-11',
  url: 'https://example.org/events/fun-day',
  keywords: 'Family, Outdoors, family',
  organizer: { '@type': 'Organization', name: 'Newbury Council' },
};

/** A weekly drop-in in an @graph, with references to shared Place/Organization nodes. */
const graph = {
  '@context': ['https://schema.org', { '@language': 'en-GB' }],
  '@graph': [
    { '@type': 'Organization', '@id': '#council', name: 'Newbury Council' },
    { '@type': 'Place', '@id': '#library', name: 'Newbury Library', address: 'The Wharf, Newbury RG14 5AU' },
    {
      '@type': ['Event', 'ChildrensEvent'],
      '@id': 'https://example.org/events/stay-and-play',
      name: 'Stay and Play',
      organizer: { '@id': '#council' },
      location: { '@id': '#library' },
      eventSchedule: {
        '@type': 'Schedule',
        byDay: ['https://schema.org/Wednesday'],
        startTime: '10:00:00',
        endTime: '12:00:00',
        repeatFrequency: 'P1W',
        startDate: '2026-01-07',
        endDate: '2026-07-22',
        exceptDate: ['2026-02-18', '2026-04-08T10:00:00+01:00'],
        scheduleTimezone: 'Europe/London',
      },
      isAccessibleForFree: true,
      typicalAgeRange: '0-5',
      about: [{ '@type': 'Thing', name: 'Early Years' }],
    },
  ],
};

/** An OpenActive RPDE page: a SessionSeries with a PartialSchedule and a cancelled ScheduledSession. */
const rpde = {
  next: 'https://example.org/feeds/sessions?afterId=s1',
  items: [
    {
      state: 'updated',
      kind: 'SessionSeries',
      id: 'ss1',
      modified: 1,
      data: {
        '@context': ['https://openactive.io/', 'https://openactive.io/ns-beta'],
        '@type': 'SessionSeries',
        '@id': 'https://example.org/session-series/1',
        identifier: 'ss1',
        name: 'Toddler Splash',
        description: 'Pool fun for little ones',
        ageRange: { '@type': 'QuantitativeValue', minValue: 1, maxValue: 4 },
        offers: [
          { '@type': 'Offer', name: 'Child', price: 3.5, priceCurrency: 'GBP' },
          { '@type': 'Offer', name: 'Adult', price: '0.00', priceCurrency: 'GBP' },
        ],
        location: { '@type': 'Place', name: 'Leisure Centre', address: { '@type': 'PostalAddress', postalCode: 'NOT A CODE' } },
        eventSchedule: [
          {
            '@type': 'PartialSchedule',
            repeatFrequency: 'P1W',
            byDay: ['https://schema.org/Monday', 'https://schema.org/Thursday'],
            startTime: '09:30',
            endTime: '10:15',
            startDate: '2026-01-05',
            scheduleTimezone: 'Europe/London',
          },
        ],
      },
    },
    { state: 'deleted', kind: 'SessionSeries', id: 'ss2', modified: 2 },
    {
      state: 'updated',
      kind: 'ScheduledSession',
      id: 's1',
      modified: 3,
      data: {
        '@context': 'https://openactive.io/',
        '@type': 'ScheduledSession',
        identifier: 's1',
        superEvent: 'https://example.org/session-series/1',
        startDate: '2026-02-02T09:30:00Z',
        endDate: '2026-02-02T10:15:00Z',
        eventStatus: 'https://schema.org/EventCancelled',
      },
    },
  ],
};

const byId = (events: FeedEvent[], id: string) => events.find((e) => e.id === id)!;

describe('JSON-LD: detection', () => {
  it('recognises single events, lists, @graph, ItemList and RPDE pages', () => {
    expect(isJsonLdEventShape(funDay)).to.equal(true);
    expect(isJsonLdEventShape([funDay])).to.equal(true);
    expect(isJsonLdEventShape(graph)).to.equal(true);
    expect(isJsonLdEventShape(rpde)).to.equal(true);
    expect(
      isJsonLdEventShape({ '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: funDay }] }),
    ).to.equal(true);
  });

  it('tells JSON-LD from other documents cheaply for format="auto", the full walk waiting for the converter', () => {
    // An RPDE page may open with deleted items (no data).
    const deletedFirst = { ...rpde, items: [...Array.from({ length: 8 }, (_, i) => ({ state: 'deleted', kind: 'SessionSeries', id: `gone${i}`, modified: 1 })), ...rpde.items] };
    for (const doc of [funDay, [funDay], graph, rpde, deletedFirst, { '@context': 'https://schema.org', '@type': 'Organization' }]) {
      expect(looksLikeJsonLd(doc), JSON.stringify(doc).slice(0, 60)).to.equal(true);
    }
    expect(isJsonLdEventShape(deletedFirst)).to.equal(true);
    for (const doc of [{ version: '1.0', programme: { name: 'x' }, events: [] }, { contents: [] }, [{ id: 1 }], null, 'x', {}, []]) {
      expect(looksLikeJsonLd(doc), JSON.stringify(doc)).to.equal(false);
    }
  });

  it('rejects native feeds, other types and junk', () => {
    expect(isJsonLdEventShape({ version: '1.0', programme: { name: 'x' }, events: [] })).to.equal(false);
    expect(isJsonLdEventShape({ '@context': 'https://schema.org', '@type': 'Organization', name: 'x' })).to.equal(false);
    for (const junk of [null, undefined, 42, 'Event', [], {}, [null, 1, 'x'], { '@graph': 'nope' }]) {
      expect(isJsonLdEventShape(junk), JSON.stringify(junk)).to.equal(false);
    }
  });
});

describe('JSON-LD: what the console says of a document it cannot show', () => {
  const refusal = (data: unknown): string => {
    try {
      convertEventsDocument(data, { source: '/feeds/directory.json' });
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('converted');
  };

  it('says a document given with format="jsonld" is not JSON-LD at all, with its keys, and that format="auto" reads it', () => {
    // An Outpost page (scout-x's fixtures), as a webmaster would point a calendar at it with format="jsonld".
    const message = refusal({ content: [{ id: 1, name: 'Rhyme time' }], totalElements: 1, totalPages: 1, number: 1 });
    expect(message).to.contain('/feeds/directory.json is not schema.org JSON-LD');
    expect(message).to.contain('"content", "totalElements", "totalPages", "number"');
    expect(message).to.contain('format="auto"');
    expect(message).not.to.contain('is JSON-LD');
  });

  it('says why an OpenActive OnDemandEvent is not shown: it is an event, with no dates', () => {
    const page = { next: '/feeds/directory.json', items: [{ state: 'updated', kind: 'OnDemandEvent', id: '1', modified: 2, data: { '@context': 'https://openactive.io/', type: 'OnDemandEvent', name: 'Virtual BODYPUMP' } }] };
    const message = refusal(page);
    expect(message).to.contain('is JSON-LD but has no schema.org Event');
    expect(message).to.contain('one is an OnDemandEvent, an event watched at any time, with no dates for a calendar');
    expect(message).not.to.contain('not an event');
  });
});

describe('JSON-LD: mapping', () => {
  it('maps a single event: offsets to wall time, place, free offer, ages, url, keywords, HTML-free text', () => {
    const { events, diagnostics } = jsonLdToEvents(funDay);
    expect(diagnostics).to.deep.equal([]);
    expect(events).to.have.length(1);
    const e = events[0]!;
    expect(e).to.deep.include({
      title: 'Family Fun Day',
      start: '2026-07-18T11:00',
      end: '2026-07-18T15:00',
      allDay: false,
      cancelled: false,
      description: 'Games & face painting.\nAll welcome 😀',
      cost: { free: true },
      ageRange: { minMonths: 0, maxMonths: 143 },
      bookingUrl: 'https://example.org/events/fun-day',
      categories: ['family', 'outdoors'],
    });
    expect(e.location).to.deep.equal({
      name: 'Victoria Park',
      address: 'Park Lane, Newbury',
      postcode: 'RG14 1EA',
      lat: 51.4,
      lng: -1.32,
    });
    expect(e.id).to.match(/^ld-[0-9a-z]+$/);
    expect(schemaErrors(EventSchema, e)).to.deep.equal([]);
  });

  it('joins an address whose lines carry their own commas without doubling them (OpenActive: streetAddress ", Long Eaton")', () => {
    const at = (address: Record<string, string>) =>
      jsonLdToEvents({ ...funDay, location: { '@type': 'Place', name: 'Trent College and The Elms', address: { '@type': 'PostalAddress', ...address } } }).events[0]!.location;
    expect(at({ streetAddress: ', Long Eaton', addressLocality: 'Nottingham,', addressRegion: 'Nottinghamshire', postalCode: 'NG10 4AD' })).to.deep.equal({
      name: 'Trent College and The Elms',
      address: 'Long Eaton, Nottingham, Nottinghamshire',
      postcode: 'NG10 4AD',
    });
    expect(at({ streetAddress: ',', addressLocality: 'Newbury' })!.address, 'a line that is only a comma').to.equal('Newbury');
  });

  it('converts offsets into the programme timezone given', () => {
    const { events } = jsonLdToEvents(funDay, { timezone: 'America/New_York' });
    expect(events[0]!.start).to.equal('2026-07-18T06:00');
    const utcStart = { ...funDay, startDate: '2026-01-14T10:00:00Z', endDate: '2026-01-14T11:30:00.000Z' };
    expect(jsonLdToEvents(utcStart).events[0]).to.deep.include({ start: '2026-01-14T10:00', end: '2026-01-14T11:30' });
  });

  it('keeps times without an offset as wall time, and date-only values as all-day (end inclusive)', () => {
    const local = jsonLdToEvents({ ...funDay, startDate: '2026-07-18T11:00', endDate: '2026-07-18T15:30:00' }).events[0]!;
    expect([local.start, local.end]).to.deep.equal(['2026-07-18T11:00', '2026-07-18T15:30']);
    const days = jsonLdToEvents({ ...funDay, startDate: '2026-07-20', endDate: '2026-07-24' }).events[0]!;
    expect(days).to.deep.include({ start: '2026-07-20', end: '2026-07-24', allDay: true });
    const withDuration = jsonLdToEvents({ ...funDay, startDate: '2026-07-18T11:00', endDate: undefined, duration: 'PT1H30M' }).events[0]!;
    expect(withDuration.end).to.equal('2026-07-18T12:30');
  });

  it('maps a weekly eventSchedule in a @graph, resolving @id references', () => {
    const { events, diagnostics } = jsonLdToEvents(graph);
    expect(diagnostics).to.deep.equal([]);
    expect(events).to.have.length(1);
    const e = events[0]!;
    expect(e).to.deep.include({
      title: 'Stay and Play',
      start: '2026-01-07T10:00',
      end: '2026-01-07T12:00',
      cost: { free: true },
      ageRange: { minMonths: 0, maxMonths: 71 },
      categories: ['early-years'],
      location: { name: 'Newbury Library', address: 'The Wharf, Newbury RG14 5AU' },
    });
    expect(e.recurrence).to.deep.equal({
      frequency: 'weekly',
      interval: 1,
      byDay: ['WE'],
      until: '2026-07-22',
      exclude: ['2026-02-18', '2026-04-08'],
      cancelled: [],
    });
  });

  it('expands the mapped schedule at 10:00 London time across the March clock change', () => {
    const [e] = jsonLdToEvents(graph).events;
    const list = expandEvent(e!, '2026-03-16', '2026-04-13');
    expect(list.map((o) => wall(o.startLocal))).to.deep.equal(['2026-03-18T10:00', '2026-03-25T10:00', '2026-04-01T10:00']);
  });

  it('reads an OpenActive RPDE page: schedules, prices, age ranges, superEvent inheritance, cancellations', () => {
    const { events, diagnostics } = jsonLdToEvents(rpde);
    expect(events.map((e) => e.id)).to.deep.equal(['ss1', 's1']);
    const series = byId(events, 'ss1');
    expect(series.recurrence).to.deep.include({ frequency: 'weekly', interval: 1, byDay: ['MO', 'TH'] });
    expect([series.start, series.end]).to.deep.equal(['2026-01-05T09:30', '2026-01-05T10:15']);
    expect(series.cost).to.deep.equal({ free: false, details: 'Child: £3.50' });
    expect(series.ageRange).to.deep.equal({ minMonths: 12, maxMonths: 59 });
    expect(series.location).to.deep.equal({ name: 'Leisure Centre', address: 'NOT A CODE' });
    const session = byId(events, 's1');
    expect(session).to.deep.include({ title: 'Toddler Splash', start: '2026-02-02T09:30', end: '2026-02-02T10:15', cancelled: true });
    // The series' own session replaces the one its schedule gives that Monday: shown once, as cancelled, not also as on.
    expect(series.recurrence!.exclude).to.deep.equal(['2026-02-02']);
    const onTheDay = expandEvents(events, '2026-02-02', '2026-02-03');
    expect(onTheDay.map((o) => [o.eventId, wall(o.startLocal), o.cancelled])).to.deep.equal([['s1', '2026-02-02T09:30', true]]);
    expect(expandEvents(events, '2026-02-05', '2026-02-06').map((o) => o.eventId), 'the Thursday after is still on').to.deep.equal(['ss1']);
    expect(session.description).to.equal('Pool fun for little ones');
    expect(diagnostics).to.deep.equal([]);
  });

  it('reads an RPDE page whose items say `type` and `id` (the OpenActive context aliases of @type and @id), and reports each item it leaves out', async () => {
    // As early and some current OpenActive feeds publish: no @context in the items, short forms only.
    const shortForms = {
      next: 'https://example.org/feeds/sessions?afterId=s9',
      items: [
        { state: 'deleted', kind: 'SessionSeries', id: 'gone', modified: 1 },
        {
          state: 'updated',
          kind: 'SessionSeries',
          id: 'ss1',
          modified: 2,
          data: {
            type: 'SessionSeries',
            id: 'https://example.org/session-series/1',
            name: 'Toddler Splash',
            location: { type: 'Place', name: 'Leisure Centre' },
            eventSchedule: [{ type: 'PartialSchedule', repeatFrequency: 'P1W', byDay: ['https://schema.org/Monday'], startTime: '09:30', endTime: '10:15', startDate: '2026-01-05' }],
          },
        },
        {
          state: 'updated',
          kind: 'ScheduledSession',
          id: 's9',
          modified: 3,
          data: { type: 'ScheduledSession', id: 'https://example.org/sessions/9', superEvent: 'https://example.org/session-series/1', startDate: '2026-02-02T09:30:00Z', endDate: '2026-02-02T10:15:00Z' },
        },
        { state: 'updated', kind: 'FacilityUse', id: 'f1', modified: 4, data: { type: 'FacilityUse', id: 'https://example.org/facility/1', name: 'Sports hall' } },
        { state: 'updated', kind: 'ScheduledSession', id: 's10', modified: 5 },
      ],
    };
    expect(looksLikeJsonLd(shortForms), 'the entry’s shape test claims the page').to.equal(true);
    const { feed, diagnostics } = await jsonLdAdapter.convert(shortForms, { source: 'sessions.json' });
    expect(feed.events.map((e) => e.title)).to.deep.equal(['Toddler Splash', 'Toddler Splash']);
    const [series, session] = feed.events;
    expect(series!.recurrence).to.deep.include({ frequency: 'weekly', byDay: ['MO'] });
    // The session took its title and place from the series its superEvent names by `id`.
    expect(session!.start).to.equal('2026-02-02T09:30');
    expect(session!.location?.name).to.equal('Leisure Centre');
    // Each item left out is reported with its place in the page; the deleted one is not a problem.
    const skipped = diagnostics.filter((d) => d.action === 'skipped');
    expect(skipped.map((d) => d.path)).to.deep.equal(['items[3].data', 'items[4]']);
    expect(skipped[0]!.message).to.equal('is a FacilityUse, not an event');
    expect(skipped[0]!.item).to.equal('Sports hall');
    expect(skipped[1]!.message).to.contain('no data');
  });

  it('shows a series with a season and listed sessions as its sessions, not as an all-day event for the whole season', () => {
    // OpenActive Modelling Specification 2.0, example 15: a SessionSeries' startDate and endDate bound its sessions.
    const yoga = {
      '@context': 'https://openactive.io/',
      type: 'SessionSeries',
      id: 'https://example.org/session-series/yoga',
      name: 'Wednesday Yoga',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      duration: 'PT1H',
      subEvent: [
        { type: 'ScheduledSession', id: 'https://example.org/sessions/1', startDate: '2026-01-07T19:00:00Z' },
        { type: 'ScheduledSession', id: 'https://example.org/sessions/2', startDate: '2026-01-14T19:00:00Z' },
      ],
    };
    const { events, diagnostics } = jsonLdToEvents(yoga);
    expect(events.map((e) => [e.title, e.start, e.end, e.allDay])).to.deep.equal([
      ['Wednesday Yoga', '2026-01-07T19:00', '2026-01-07T20:00', false],
      ['Wednesday Yoga', '2026-01-14T19:00', '2026-01-14T20:00', false],
    ]);
    expect(diagnostics).to.deep.equal([]);
    // A course instance whose classes are listed is read the same way; one without them is the event itself.
    const course = { ...yoga, type: 'CourseInstance', name: 'Sailing course' };
    expect(jsonLdToEvents(course).events.map((e) => e.start)).to.deep.equal(['2026-01-07T19:00', '2026-01-14T19:00']);
    const { subEvent: _, ...alone } = course;
    expect(jsonLdToEvents(alone).events.map((e) => [e.start, e.allDay])).to.deep.equal([['2026-01-01', true]]);
    // A series with a season and nothing else has no session to show, and the console says where they should be.
    const { subEvent: __, ...season } = yoga;
    const bare = jsonLdToEvents(season);
    expect(bare.events).to.deep.equal([]);
    expect(bare.diagnostics).to.deep.equal([
      {
        path: 'startDate',
        message: 'gives the dates of a SessionSeries, not of a session: its sessions come as its subEvent, an eventSchedule or ScheduledSession items',
        action: 'skipped',
        item: 'Wednesday Yoga',
      },
    ]);
  });

  it('reads an AggregateOffer price range (ticketing sites) and whole days written as times (The Events Calendar) as an all-day event', () => {
    const event = (more: Record<string, unknown>) =>
      jsonLdToEvents({ '@context': 'https://schema.org', '@type': 'Event', name: 'Craft fair', startDate: '2026-07-18T11:00:00+01:00', ...more }).events[0]!;
    // Eventbrite's JSON-LD: no price, a range.
    expect(event({ offers: { '@type': 'AggregateOffer', lowPrice: '0.00', highPrice: '0.00', priceCurrency: 'GBP' } }).cost).to.deep.equal({ free: true });
    expect(event({ offers: { '@type': 'AggregateOffer', lowPrice: '5.00', highPrice: '12.50', priceCurrency: 'GBP' } }).cost).to.deep.equal({
      free: false,
      details: '£5.00–£12.50',
    });
    expect(event({ offers: { '@type': 'AggregateOffer', lowPrice: '35', priceCurrency: 'GBP' } }).cost).to.deep.equal({ free: false, details: '£35.00' });
    // Midnight to 23:59:59 is the whole day, on the dates as written, whatever the offset says.
    const fair = event({ startDate: '2026-07-18T00:00:00+00:00', endDate: '2026-07-19T23:59:59+00:00' });
    expect([fair.start, fair.end, fair.allDay]).to.deep.equal(['2026-07-18', '2026-07-19', true]);
    const timed = event({ startDate: '2026-07-18T00:00:00+01:00', endDate: '2026-07-18T02:00:00+01:00' });
    expect([timed.start, timed.end, timed.allDay]).to.deep.equal(['2026-07-18T00:00', '2026-07-18T02:00', false]);
  });

  it("gives a sub-event its series' session length, never a headline event's length", () => {
    // OpenActive Modelling Specification 2.0, example 16: the headline's P1D is the whole day's.
    const headline = {
      '@context': 'https://openactive.io/',
      type: 'HeadlineEvent',
      name: 'Aquathlon',
      startDate: '2026-09-05T09:00:00+01:00',
      duration: 'P1D',
      subEvent: [{ type: 'Event', name: 'Aquathlon Sprint', startDate: '2026-09-05T10:00:00+01:00' }],
    };
    const sprint = jsonLdToEvents(headline).events.find((e) => e.title === 'Aquathlon Sprint')!;
    expect([sprint.start, sprint.end]).to.deep.equal(['2026-09-05T10:00', undefined]);
    const series = { ...headline, type: 'SessionSeries', duration: 'PT45M', startDate: undefined };
    const session = jsonLdToEvents(series).events.find((e) => e.title === 'Aquathlon Sprint')!;
    expect([session.start, session.end]).to.deep.equal(['2026-09-05T10:00', '2026-09-05T10:45']);
    // Likewise the price: a series' is each session's, a course's is the whole course's (OpenActive 2.0, 5.6.8.3).
    const offers = [{ type: 'Offer', name: 'Member', price: 124, priceCurrency: 'GBP' }];
    expect(jsonLdToEvents({ ...series, offers }).events[0]!.cost).to.deep.equal({ free: false, details: 'Member: £124.00' });
    const course = { ...series, type: 'CourseInstance', startDate: '2026-09-05', offers };
    expect(jsonLdToEvents(course).events.map((e) => [e.title, e.cost])).to.deep.equal([['Aquathlon Sprint', undefined]]);
  });

  it('reads an RPDE page with nothing on it now (the page after the last change, or deletions only) as a feed with no events', async () => {
    const page = { next: 'https://example.org/feeds/sessions?afterTimestamp=9&afterId=s9', items: [], license: 'https://creativecommons.org/licenses/by/4.0/' };
    expect(looksLikeJsonLd(page), 'recognised without an item').to.equal(true);
    const empty = await jsonLdAdapter.convert(page, { source: 'sessions.json' });
    expect(empty.feed.events).to.deep.equal([]);
    expect(empty.diagnostics.map((d) => [d.action, d.message])).to.deep.equal([
      ['warning', "an OpenActive RPDE page with no events on it; its items are the changes after the page before it, so point the calendar at the feed's first page"],
    ]);
    const deletions = await jsonLdAdapter.convert({ ...page, items: [{ state: 'deleted', kind: 'ScheduledSession', id: 's1', modified: 8 }] }, { source: 'sessions.json' });
    expect(deletions.feed.events).to.deep.equal([]);
    // A page of facility slots is another kind of feed: still refused, saying what its items are.
    const slots = { ...page, items: [{ state: 'updated', kind: 'FacilityUse', id: 'f1', modified: 4, data: { type: 'FacilityUse', id: 'https://example.org/f/1', name: 'Sports hall' } }] };
    let refusal: unknown;
    await Promise.resolve()
      .then(() => jsonLdAdapter.convert(slots, { source: 'slots.json' }))
      .catch((error: unknown) => (refusal = error));
    expect(String(refusal)).to.contain('FacilityUse');
  });

  it("takes what a session lacks from its series, and what that lacks from the series' own (OpenActive's large providers)", () => {
    // The developer documentation's "large provider" pair: the name is on the EventSeries, the place on the SessionSeries.
    const page = {
      '@context': 'https://openactive.io/',
      '@graph': [
        { type: 'EventSeries', id: 'https://example.org/event-series/yoga', name: 'Yoga for parents', organizer: { type: 'Organization', name: 'Example Leisure' } },
        {
          type: 'SessionSeries',
          id: 'https://example.org/session-series/yoga-riverside',
          superEvent: 'https://example.org/event-series/yoga',
          location: { type: 'Place', name: 'Riverside Centre' },
        },
        { type: 'ScheduledSession', id: 'https://example.org/sessions/1', superEvent: 'https://example.org/session-series/yoga-riverside', startDate: '2026-03-02T10:00:00Z' },
      ],
    };
    const { events, diagnostics } = jsonLdToEvents(page);
    expect(events.map((e) => [e.title, e.start, e.location?.name])).to.deep.equal([['Yoga for parents', '2026-03-02T10:00', 'Riverside Centre']]);
    expect(diagnostics).to.deep.equal([]);
    // A course instance takes its ages and description from the course it is an instance of.
    const course = {
      '@context': 'https://openactive.io/',
      type: 'CourseInstance',
      startDate: '2026-04-06',
      endDate: '2026-04-10',
      instanceOfCourse: { type: 'Course', name: 'Netball Youth Camp', description: 'Five days of netball.', ageRange: { type: 'QuantitativeValue', minValue: 11, maxValue: 16 } },
    };
    const [camp] = jsonLdToEvents(course).events;
    expect([camp!.title, camp!.description, camp!.ageRange]).to.deep.equal(['Netball Youth Camp', 'Five days of netball.', { minMonths: 132, maxMonths: 203 }]);
  });

  it('reads a description whose HTML was escaped once more (The Events Calendar) as text, not as visible tags', () => {
    const walk = {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Bird walk',
      startDate: '2026-05-02T08:00:00+01:00',
      // As the plugin publishes it: its line breaks escaped too (a backslash and an "n"), its excerpt's link a "read more".
      description:
        '&lt;p&gt;Join us for a &lt;strong&gt;family&lt;/strong&gt; walk.&lt;/p&gt;\\n&lt;p&gt;Meet at the gate as we look and&lt;a class=&quot;excerpt-read-more&quot; href=&quot;https://example.org/walk&quot;&gt;... Read more &raquo;&lt;/a&gt;&lt;/p&gt;\\n',
    };
    expect(jsonLdToEvents(walk).events[0]!.description).to.equal('Join us for a family walk.\n\nMeet at the gate as we look and');
    // Escaped text that is not markup stays as the publisher wrote it.
    expect(jsonLdToEvents({ ...walk, description: 'We &lt;3 stories &amp; songs' }).events[0]!.description).to.equal('We <3 stories & songs');
  });

  it("files OpenActive sessions under their activity (the activity list's prefLabel), so the category filter works for them", () => {
    const swim = {
      '@context': 'https://openactive.io/',
      type: 'ScheduledSession',
      name: 'Toddler Splash',
      startDate: '2026-03-02T10:00:00Z',
      activity: [
        { type: 'Concept', id: 'https://openactive.io/activity-list#6bdea630-ad22-4e58-98a3-bca26ee3f1da', prefLabel: 'Swimming', inScheme: 'https://openactive.io/activity-list' },
        'https://openactive.io/activity-list#bare-id',
      ],
      keywords: 'Family',
    };
    expect(jsonLdToEvents(swim).events[0]!.categories).to.deep.equal(['family', 'swimming']);
  });

  it('says once, not once a session, that a sessions-only feed names series it does not have', () => {
    // Nottingham City Council's ScheduledSession feed (openactive/feed-normaliser fixtures): the series are in another feed.
    const session = (n: number) => ({
      state: 'updated',
      kind: 'ScheduledSession',
      id: `s${n}`,
      modified: n,
      data: { type: 'ScheduledSession', id: `https://ncc.example.org/sessions/${n}`, superEvent: 'https://ncc.example.org/session-series/HRES0001802', startDate: '2026-07-27T08:15:00Z' },
    });
    const { events, diagnostics } = jsonLdToEvents({ next: 'https://ncc.example.org/feed?afterId=s3', items: [session(1), session(2), session(3)] });
    expect(events).to.deep.equal([]);
    expect(diagnostics).to.deep.equal([
      {
        path: 'items[0].data.superEvent',
        message:
          'and 2 more sessions have no name and name a superEvent that is not in this document ("https://ncc.example.org/session-series/HRES0001802"): OpenActive publishes sessions and their series in separate feeds, so point the calendar at a feed that has the series (its SessionSeries feed)',
        action: 'skipped',
      },
    ]);
  });

  it('does not invent sessions for a schedule with days but no start time or start date, and says what is missing', () => {
    const series = (schedule: Record<string, unknown>) =>
      jsonLdToEvents({ type: 'SessionSeries', id: 'https://example.org/ss/7', name: 'Swim club', eventSchedule: [{ type: 'PartialSchedule', ...schedule }] });
    const bare = series({ repeatFrequency: 'P1W', byDay: ['https://schema.org/Monday'] });
    expect(bare.events, 'no all-day series from today').to.deep.equal([]);
    const reason = bare.diagnostics.find((d) => d.path === 'eventSchedule[0].startTime')!;
    expect(reason.action).to.equal('skipped');
    expect(reason.message).to.contain('no startTime and no startDate');
    expect(reason.item).to.equal('Swim club');
    // With a start date but no time: all-day sessions, said so.
    const dated = series({ repeatFrequency: 'P1W', byDay: ['https://schema.org/Monday'], startDate: '2026-01-05' });
    expect(dated.events.map((e) => e.start)).to.deep.equal(['2026-01-05']);
    expect(dated.diagnostics.map((d) => d.message)).to.include('no startTime: each session is shown as all day');
  });

  it('maps repeat frequencies and monthly forms', () => {
    const schedule = (s: Record<string, unknown>) =>
      jsonLdToEvents({
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: 'Club',
        eventSchedule: { startDate: '2026-01-02', startTime: '18:00', endTime: '19:00', ...s },
      });
    expect(schedule({ repeatFrequency: 'P2W', byDay: 'Friday' }).events[0]!.recurrence).to.deep.include({
      frequency: 'weekly',
      interval: 2,
      byDay: ['FR'],
    });
    expect(schedule({ repeatFrequency: 'P14D', byDay: 'FR' }).events[0]!.recurrence).to.deep.include({ interval: 2 });
    expect(schedule({ repeatFrequency: 'P1M', byDay: '1SA' }).events[0]!.recurrence).to.deep.include({
      frequency: 'monthly',
      byDay: ['SA'],
      weekOfMonth: [1],
    });
    expect(schedule({ repeatFrequency: 'P1M', byDay: ['-1FR'] }).events[0]!.recurrence).to.deep.include({ weekOfMonth: [-1], byDay: ['FR'] });
    expect(schedule({ repeatFrequency: 'P1M', byMonthWeek: 2, byDay: 'https://schema.org/Tuesday' }).events[0]!.recurrence).to.deep.include({
      weekOfMonth: [2],
      byDay: ['TU'],
    });
    expect(schedule({ repeatFrequency: 'P1M', byMonthDay: [15, -1] }).events[0]!.recurrence).to.deep.include({ byMonthDay: [15, -1] });
    expect(schedule({ repeatFrequency: 'P1D', repeatCount: 6 }).events[0]!.recurrence).to.deep.include({
      byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
      count: 6,
    });
    expect(schedule({ byDay: 'schema:Saturday' }).events[0]!.recurrence).to.deep.include({ frequency: 'weekly', byDay: ['SA'] });
    expect(schedule({ repeatFrequency: 'P1Y' }).events[0]!.recurrence).to.deep.include({ frequency: 'monthly', interval: 12 });
    // A schedule whose end time is not after its start runs past midnight.
    expect(schedule({ repeatFrequency: 'P1W', startTime: '22:00', endTime: '02:00' }).events[0]!.end).to.equal('2026-01-03T02:00');
  });

  it('gives each of several schedules its own event', () => {
    const { events } = jsonLdToEvents({
      '@context': 'https://schema.org',
      '@type': 'Event',
      identifier: 'gym',
      name: 'Gym tots',
      eventSchedule: [
        { repeatFrequency: 'P1W', byDay: 'MO', startTime: '09:00', endTime: '10:00', startDate: '2026-01-05' },
        { repeatFrequency: 'P1W', byDay: 'TH', startTime: '13:00', duration: 'PT45M', startDate: '2026-01-08' },
      ],
    });
    expect(events.map((e) => [e.id, e.start, e.end])).to.deep.equal([
      ['gym-1', '2026-01-05T09:00', '2026-01-05T10:00'],
      ['gym-2', '2026-01-08T13:00', '2026-01-08T13:45'],
    ]);
  });

  it('converts a schedule in another zone, with a warning', () => {
    const { events, diagnostics } = jsonLdToEvents({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Call',
      eventSchedule: { repeatFrequency: 'P1W', byDay: 'WE', startTime: '05:00', endTime: '06:00', startDate: '2026-01-07', scheduleTimezone: 'America/New_York' },
    });
    expect([events[0]!.start, events[0]!.end]).to.deep.equal(['2026-01-07T10:00', '2026-01-07T11:00']);
    expect(diagnostics).to.have.length(1);
    expect(diagnostics[0]).to.deep.include({ path: 'eventSchedule.scheduleTimezone', action: 'warning' });
  });

  it('starts a schedule without a start date today, with a warning', () => {
    const { events, diagnostics } = jsonLdToEvents(
      { '@context': 'https://schema.org', '@type': 'Event', name: 'Walk', eventSchedule: { repeatFrequency: 'P1W', byDay: 'SU', startTime: '10:00' } },
      { today: '2026-11-22' },
    );
    expect(events[0]!.start).to.equal('2026-11-22T10:00');
    expect(diagnostics[0]).to.deep.include({ path: 'eventSchedule.startDate', action: 'warning' });
  });

  it('uses an event endDate on a later day as the end of its schedule', () => {
    const { events } = jsonLdToEvents({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Term club',
      startDate: '2026-01-07T15:30',
      endDate: '2026-03-25',
      eventSchedule: { repeatFrequency: 'P1W', byDay: 'WE', endTime: '16:30' },
    });
    expect(events[0]).to.deep.include({ start: '2026-01-07T15:30', end: '2026-01-07T16:30' });
    expect(events[0]!.recurrence!.until).to.equal('2026-03-25');
  });
});

describe('JSON-LD: statuses and diagnostics', () => {
  it('marks cancelled and postponed events cancelled; keeps rescheduled ones with a warning', () => {
    const status = (s: string) => jsonLdToEvents({ ...funDay, eventStatus: s });
    expect(status('https://schema.org/EventCancelled').events[0]!.cancelled).to.equal(true);
    expect(status('EventCancelled').events[0]!.cancelled).to.equal(true);
    const postponed = status('https://schema.org/EventPostponed');
    expect(postponed.events[0]!.cancelled).to.equal(true);
    expect(postponed.diagnostics[0]).to.deep.include({ path: 'eventStatus', action: 'warning', item: 'Family Fun Day' });
    const rescheduled = status('http://schema.org/EventRescheduled');
    expect(rescheduled.events[0]!.cancelled).to.equal(false);
    expect(rescheduled.diagnostics[0]).to.deep.include({ path: 'eventStatus', action: 'warning' });
  });

  it('drops unsafe or unreadable fields and says so', () => {
    const { events, diagnostics } = jsonLdToEvents({
      ...funDay,
      url: 'javascript:alert(1)',
      typicalAgeRange: 'babies',
      offers: undefined,
    });
    expect(events[0]!.bookingUrl).to.equal(undefined);
    expect(events[0]!.ageRange).to.equal(undefined);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([
      ['typicalAgeRange', 'dropped'],
      ['url', 'dropped'],
    ]);
  });

  it('reads a relative link against the feed’s address, and never turns another scheme into a web address', () => {
    const base = 'https://www.example.gov.uk/family-hub/events.json';
    const relative = jsonLdToEvents({ ...funDay, url: '/whats-on/fun-day', offers: undefined }, { base });
    expect(relative.events[0]!.bookingUrl).to.equal('https://www.example.gov.uk/whats-on/fun-day');
    expect(relative.diagnostics).to.deep.equal([]);
    // An offer's relative link too, when the event has none of its own.
    const offer = jsonLdToEvents({ ...funDay, url: undefined, offers: { '@type': 'Offer', price: '0', url: 'book?event=7' } }, { base });
    expect(offer.events[0]!.bookingUrl).to.equal('https://www.example.gov.uk/family-hub/book?event=7');
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'mailto:a@example.org']) {
      const { events, diagnostics } = jsonLdToEvents({ ...funDay, url, offers: undefined }, { base });
      expect(events[0]!.bookingUrl, url).to.equal(undefined);
      expect(diagnostics.map((d) => d.path), url).to.deep.equal(['url']);
    }
    // Without the feed's address (a document handed in from script), a relative link is left out and named.
    const alone = jsonLdToEvents({ ...funDay, url: '/whats-on/fun-day', offers: undefined });
    expect(alone.events[0]!.bookingUrl).to.equal(undefined);
    expect(alone.diagnostics.map((d) => d.message)).to.deep.equal([
      'must be an http: or https: URL, or one relative to the feed\'s address (got "/whats-on/fun-day")',
    ]);
  });

  it('reads links against the address the calendar loaded the feed from', () => {
    const { feed } = convertEventsDocument({ ...funDay, url: 'fun-day.html', offers: undefined }, { source: '/feeds/whats-on.json' });
    expect(feed.events![0]!.bookingUrl).to.equal(new URL('/feeds/fun-day.html', document.baseURI).href);
  });

  it('reads a Course’s instances (hasCourseInstance) as its sessions, with the course’s name, and their courseSchedule', () => {
    // As course listings for search engines publish them: the course, then each run of it.
    const course = {
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Baby massage',
      description: 'Five gentle weeks for babies under one.',
      provider: { '@type': 'Organization', name: 'Riverside Family Hub' },
      hasCourseInstance: [
        {
          '@type': 'CourseInstance',
          courseMode: 'Onsite',
          location: { '@type': 'Place', name: 'Riverside Hub' },
          courseSchedule: { '@type': 'Schedule', repeatFrequency: 'P1W', byDay: 'https://schema.org/Tuesday', startTime: '10:00', endTime: '11:00', startDate: '2027-01-05', endDate: '2027-02-02' },
        },
        { '@type': 'CourseInstance', location: 'Northgate Library', courseSchedule: { '@type': 'Schedule', repeatFrequency: 'P1W', byDay: 'Thursday', startTime: '13:30', repeatCount: 5, startDate: '2027-03-04' } },
        // A course's pace ("an hour a week, five times"), with no time of day: not a timetable.
        { '@type': 'CourseInstance', location: 'Online', courseSchedule: { '@type': 'Schedule', duration: 'PT1H', repeatFrequency: 'Weekly', repeatCount: 5, startDate: '2027-03-02' } },
      ],
    };
    const { events, diagnostics } = jsonLdToEvents(course, { today: '2026-12-01' });
    expect(events.map((e) => [e.title, e.description, e.start, e.location?.name])).to.deep.equal([
      ['Baby massage', 'Five gentle weeks for babies under one.', '2027-01-05T10:00', 'Riverside Hub'],
      ['Baby massage', 'Five gentle weeks for babies under one.', '2027-03-04T13:30', 'Northgate Library'],
    ]);
    expect(events[0]!.recurrence).to.deep.include({ frequency: 'weekly', byDay: ['TU'], until: '2027-02-02' });
    expect(events[1]!.recurrence).to.deep.include({ frequency: 'weekly', count: 5 });
    expect(diagnostics.map((d) => `${d.path}: ${d.message}`)).to.deep.equal([
      "hasCourseInstance[2].courseSchedule: gives the course's length and pace, not the times of its sessions (no startTime), so no sessions are shown from it",
    ]);
    // A two-year degree "every year" (as a college's course page gives it) is not an event each 1 July.
    const degree = { '@type': 'Course', name: 'Master of Pharmacy', hasCourseInstance: { '@type': 'CourseInstance', courseSchedule: { startDate: '2026-07-01', repeatFrequency: 'P1Y', duration: 'P2Y' } } };
    expect(jsonLdToEvents(degree).events).to.deep.equal([]);
    const { feed } = convertEventsDocument(course, { source: 'https://example.org/courses.json' });
    expect(feed.programme.name).to.equal('Riverside Family Hub');
  });

  it('links a session to its offer’s booking page before its series’ page: OpenActive never inherits url', () => {
    // As Everyone Active's example publishes it: the series' url is a placeholder, the offer's is the booking page.
    const session = {
      '@context': 'https://openactive.io/',
      type: 'ScheduledSession',
      startDate: '2027-01-05T10:00:00Z',
      endDate: '2027-01-05T11:00:00Z',
      superEvent: {
        type: 'SessionSeries',
        name: 'Aqua fit',
        url: 'http://www.notyetimplemented.com',
        offers: [{ type: 'Offer', price: 5, priceCurrency: 'GBP', url: 'https://profile.example.com/booking?Site=0140&Activity=150CPILAT4' }],
      },
    };
    expect(jsonLdToEvents(session).events[0]!.bookingUrl).to.equal('https://profile.example.com/booking?Site=0140&Activity=150CPILAT4');
    // The session's own link wins; with no offer link, the series' page is still a way in.
    expect(jsonLdToEvents({ ...session, url: 'https://example.com/sessions/9' }).events[0]!.bookingUrl).to.equal('https://example.com/sessions/9');
    const noOffer = { ...session, superEvent: { ...session.superEvent, offers: undefined, url: 'https://example.com/series/1' } };
    expect(jsonLdToEvents(noOffer).events[0]!.bookingUrl).to.equal('https://example.com/series/1');
  });

  it('gives a session nested two deep (EventSeries → SessionSeries → ScheduledSession, as imin nests them) its name, and shows it cancelled', () => {
    const doc = {
      '@context': ['https://openactive.io/', 'https://openactive.io/ns-beta'],
      type: 'EventSeries',
      name: 'GOLDEN: Virtual BODYPUMP',
      organizer: { type: 'Organization', name: 'Rowan Leisure' },
      subEvent: [
        {
          type: 'SessionSeries',
          location: { type: 'Place', name: 'Rowan Burg Leisure Centre' },
          subEvent: [
            { type: 'ScheduledSession', startDate: '2027-01-05T09:45:00Z', endDate: '2027-01-05T10:30:00Z', eventStatus: 'https://schema.org/EventCancelled' },
            { type: 'ScheduledSession', startDate: '2027-01-12T09:45:00Z', endDate: '2027-01-12T10:30:00Z' },
          ],
        },
      ],
    };
    const { events, diagnostics } = jsonLdToEvents(doc);
    expect(events.map((e) => [e.title, e.start, e.cancelled, e.location?.name])).to.deep.equal([
      ['GOLDEN: Virtual BODYPUMP', '2027-01-05T09:45', true, 'Rowan Burg Leisure Centre'],
      ['GOLDEN: Virtual BODYPUMP', '2027-01-12T09:45', false, 'Rowan Burg Leisure Centre'],
    ]);
    expect(diagnostics).to.deep.equal([]);
  });

  it('finds a place named by reference wherever the document keeps it (imin keeps them in a list of its own)', () => {
    const placeId = '#/imin:locationSummary/QbKR3';
    const doc = {
      '@context': 'https://openactive.io/',
      type: 'SessionSeries',
      name: 'Aqua tots',
      location: { type: 'Place', id: placeId },
      eventSchedule: [{ type: 'PartialSchedule', repeatFrequency: 'P1W', byDay: ['https://schema.org/Monday'], startTime: '09:30', endTime: '10:00', startDate: '2027-01-04' }],
      'imin:locationSummary': [
        { type: 'Place', id: placeId, name: 'Rowan Burg Leisure Centre', address: { type: 'PostalAddress', postalCode: 'OX4 6QD' }, geo: { type: 'GeoCoordinates', latitude: 51.73, longitude: -1.21 } },
      ],
    };
    const { events } = jsonLdToEvents(doc);
    expect(events[0]!.location).to.deep.equal({ name: 'Rowan Burg Leisure Centre', postcode: 'OX4 6QD', lat: 51.73, lng: -1.21 });
    // A place's name that is not an id is never looked up as one.
    expect(jsonLdToEvents({ ...doc, location: 'Rowan Burg Leisure Centre' }).events[0]!.location).to.deep.equal({ name: 'Rowan Burg Leisure Centre' });
  });

  it('makes no sessions from an undated PartialSchedule whose series lists its own (OpenActive: it only sketches them)', () => {
    const series = (extra: Record<string, unknown>) => ({
      '@context': 'https://openactive.io/',
      type: 'SessionSeries',
      name: 'Bodypump',
      eventSchedule: [{ type: 'PartialSchedule', repeatFrequency: 'P1W', byDay: ['https://schema.org/Monday'], startTime: '08:30', endTime: '09:15' }],
      ...extra,
    });
    const listed = { type: 'ScheduledSession', startDate: '2027-01-04T08:30:00Z', endDate: '2027-01-04T09:15:00Z' };
    const { events, diagnostics } = jsonLdToEvents(series({ subEvent: [listed] }), { today: '2026-12-01' });
    expect(events.map((e) => [e.start, !!e.recurrence])).to.deep.equal([['2027-01-04T08:30', false]]);
    expect(diagnostics.map((d) => `${d.path}: ${d.message}`)).to.deep.equal([
      'eventSchedule[0].startDate: is a PartialSchedule with no start date, and the series lists its sessions: those are shown, and none are made from it',
    ]);
    // The same with the session as an item of its own naming the series.
    const graph = { '@graph': [series({ id: 'https://example.org/series/1' }), { ...listed, superEvent: 'https://example.org/series/1' }] };
    expect(jsonLdToEvents(graph, { today: '2026-12-01' }).events.map((e) => !!e.recurrence)).to.deep.equal([false]);
    // With no sessions listed, the sketch is all there is: shown from today, as the console says.
    const alone = jsonLdToEvents(series({}), { today: '2026-12-01' });
    expect(alone.events.map((e) => e.start)).to.deep.equal(['2026-12-01T08:30']);
  });

  it('reads age ranges in the forms feeds use', () => {
    const age = (typicalAgeRange: unknown) => jsonLdToEvents({ ...funDay, typicalAgeRange }).events[0]!.ageRange;
    expect(age('1-')).to.deep.equal({ minMonths: 12 });
    expect(age('5+')).to.deep.equal({ minMonths: 60 });
    expect(age('3')).to.deep.equal({ minMonths: 36, maxMonths: 47 });
    expect(age('0-18 months')).to.deep.equal({ minMonths: 0, maxMonths: 18 });
    expect(age('2 - 4 years')).to.deep.equal({ minMonths: 24, maxMonths: 59 });
    expect(age('0-99')).to.deep.equal({ minMonths: 0 });
  });

  it('reports bad schedule parts and skips what cannot repeat', () => {
    const { events, diagnostics } = jsonLdToEvents([
      {
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: 'Odd days',
        eventSchedule: { repeatFrequency: 'P1W', byDay: ['Funday', 'Monday'], startDate: '2026-01-05', startTime: '10:00', exceptDate: 'soon' },
      },
      {
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: 'Hourly',
        eventSchedule: { repeatFrequency: 'PT1H', startDate: '2026-01-05', startTime: '10:00' },
      },
    ]);
    expect(events.map((e) => e.title)).to.deep.equal(['Odd days']);
    expect(events[0]!.recurrence!.byDay).to.deep.equal(['MO']);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([
      ['[0].eventSchedule.byDay', 'dropped'],
      ['[0].eventSchedule.exceptDate', 'dropped'],
      ['[1].eventSchedule.repeatFrequency', 'skipped'],
    ]);
  });

  it('skips events without a name or a readable date, and quietly skips series that only group sessions', () => {
    const { events, diagnostics } = jsonLdToEvents({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Event', startDate: '2026-01-01' },
        { '@type': 'Event', name: 'Someday', startDate: 'next Tuesday' },
        { '@type': 'Event', name: 'Undated' },
        { '@type': 'EventSeries', name: 'Summer series' },
        { '@type': 'Event', name: 'OK', startDate: '2026-01-01' },
      ],
    });
    expect(events.map((e) => e.title)).to.deep.equal(['OK']);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([
      ['@graph[0].name', 'skipped'],
      ['@graph[1].startDate', 'skipped'],
      ['@graph[2]', 'skipped'],
    ]);
  });

  it('keeps ids unique and id-safe', () => {
    const twin = { '@context': 'https://schema.org', '@type': 'Event', identifier: 'club', name: 'Club', startDate: '2026-01-01' };
    const { events } = jsonLdToEvents([twin, { ...twin, identifier: 'club' }, { ...twin, identifier: 'a b/c' }]);
    expect(events.map((e) => e.id)).to.have.length(3);
    expect(events[0]!.id).to.equal('club');
    expect(events[1]!.id).to.equal('club-2');
    expect(events[2]!.id).to.match(/^ld-[0-9a-z]+$/);
  });

  it('never throws on junk', () => {
    const cyclic: Record<string, unknown> = { '@type': 'Event', name: 'Loop', startDate: '2026-01-01' };
    cyclic['subEvent'] = cyclic;
    cyclic['superEvent'] = cyclic;
    const junk: unknown[] = [
      null,
      undefined,
      0,
      'text',
      [],
      {},
      { '@graph': [null, 1, 'x', [], { '@type': 7 }] },
      { '@type': 'Event', name: { nested: true }, startDate: 20260101 },
      { '@type': 'Event', name: 'X', startDate: '2026-02-30' },
      { '@type': 'Event', name: 'X', startDate: '2026-01-01', eventSchedule: 'weekly', location: 12, offers: 'free' },
      { '@type': 'Event', name: 'X', startDate: '2026-01-01', eventSchedule: { byDay: {}, repeatFrequency: 3, repeatCount: -1, byMonthDay: 'x' } },
      { '@type': 'Event', name: 'X'.repeat(500), startDate: '2026-01-01', location: { geo: { latitude: 'north', longitude: 400 } } },
      cyclic,
    ];
    junk.forEach((item, i) => {
      const result = jsonLdToEvents(item);
      expect(result.events, `junk[${i}]`).to.be.an('array');
      for (const event of result.events) expect(schemaErrors(EventSchema, event)).to.deep.equal([]);
    });
    expect(jsonLdToEvents(cyclic).events.map((e) => e.title)).to.deep.equal(['Loop']);
  });
});

describe('JSON-LD: feed adapter', () => {
  it('wraps events in a native feed with the document’s zone and organiser', async () => {
    expect(jsonLdAdapter.name).to.equal('jsonld');
    expect(jsonLdAdapter.detect(graph)).to.equal(true);
    const { feed, diagnostics } = await jsonLdAdapter.convert(funDay, { source: 'https://example.org/events.json' });
    expect(diagnostics).to.deep.equal([]);
    expect(feed.programme.name).to.equal('Newbury Council');
    expect(feed.programme.timezone).to.equal('Europe/London');
    expect(feed.events).to.have.length(1);
    const nyGraph = structuredClone(graph);
    (nyGraph['@graph'][2] as { eventSchedule: { scheduleTimezone: string } }).eventSchedule.scheduleTimezone = 'America/New_York';
    expect((await jsonLdAdapter.convert(nyGraph, { source: 'x' })).feed.programme.timezone).to.equal('America/New_York');
  });
});

describe('JSON-LD: the programme name', () => {
  const event = (extra: Record<string, unknown>) => ({ '@type': 'Event', name: 'Messy play', startDate: '2026-11-05T10:00', ...extra });
  const nameOf = async (doc: unknown) => (await jsonLdAdapter.convert(doc, { source: 'https://example.org/wp-content/uploads/events.json' })).feed.programme.name;

  it("is the document's own name, else an organisation's, never a person's nor the file's address", async () => {
    expect(await nameOf({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Holiday activities', itemListElement: [event({})] })).to.equal('Holiday activities');
    expect(await nameOf(event({ organizer: { '@type': 'Organization', name: 'Newbury Council' } }))).to.equal('Newbury Council');
    expect(await nameOf(event({ organizer: { type: 'SportsClub', name: 'Riverside Swimmers' } }))).to.equal('Riverside Swimmers');
    expect(await nameOf(event({ organizer: { '@type': 'Person', name: 'Jane Smith' } })), 'a volunteer organiser').to.equal('');
    expect(await nameOf(event({ organizer: { name: 'Sam Jones' } })), 'an untyped organiser may be a person').to.equal('');
    expect(await nameOf(event({})), 'not the file path').to.equal('');
    // An organiser given by reference is followed to its node.
    expect(await nameOf({ '@graph': [{ '@id': '#council', '@type': 'GovernmentOrganization', name: 'Northbridge Council' }, event({ organizer: { '@id': '#council' } })] })).to.equal('Northbridge Council');
  });

  it("is the organiser of the first session's series when the session names none (OpenActive)", async () => {
    const series = { '@id': 'https://example.org/series/1', '@type': 'SessionSeries', name: 'Aqua tots', organizer: { '@type': 'Organization', name: 'Riverside Leisure' } };
    const session = { '@type': 'ScheduledSession', superEvent: 'https://example.org/series/1', startDate: '2026-11-05T10:00', endDate: '2026-11-05T10:45' };
    expect(await nameOf({ '@context': 'https://openactive.io/', '@graph': [session, series] })).to.equal('Riverside Leisure');
    // …and of that series' own series, where a large provider keeps it.
    const headline = { '@id': 'https://example.org/events/1', '@type': 'EventSeries', organizer: { '@type': 'Organization', name: 'Northbridge Leisure Trust' } };
    const underHeadline = { ...series, organizer: undefined, superEvent: 'https://example.org/events/1' };
    expect(await nameOf({ '@graph': [session, underHeadline, headline] })).to.equal('Northbridge Leisure Trust');
  });
});

describe('JSON-LD: hostile text (issue 18)', function () {
  // Today's regexes took seconds on these: the bound is generous, the goal is in `npm run bench`.
  this.timeout(60_000);
  const event = (extra: Record<string, unknown>) => ({ '@type': 'Event', name: 'Swim', startDate: '2026-11-02T10:00', ...extra });

  it("converts a description of '<script>' × 131,072 without blocking the page", async () => {
    let result!: ReturnType<typeof jsonLdToEvents>;
    const took = await longestTask(() => {
      result = jsonLdToEvents([event({ description: '<script>'.repeat(131_072) }), event({ name: 'Second' })]);
    });
    expect(took).to.be.below(HANG_MS);
    expect(result.events.map((e) => e.title)).to.deep.equal(['Swim', 'Second']);
    // An unclosed <script> hides everything after it, as in a browser: no description is left.
    expect(result.events[0]!.description).to.equal(undefined);
  });

  it('reads long runs of spaces in a description and an age range without blocking the page', async () => {
    let result!: ReturnType<typeof jsonLdToEvents>;
    const took = await longestTask(() => {
      result = jsonLdToEvents(event({ description: `Splash${' '.repeat(200_000)}time`, typicalAgeRange: `0${' '.repeat(5_000)}x` }));
    });
    expect(took).to.be.below(HANG_MS);
    expect(result.events[0]!.description).to.equal('Splash time');
    expect(result.events[0]!.ageRange).to.equal(undefined);
    expect(result.diagnostics.map((d) => [d.path, d.action])).to.deep.equal([['typicalAgeRange', 'dropped']]);
  });

  it('shortens a very long description to 5000 characters, and says so', () => {
    const { events, diagnostics } = jsonLdToEvents(event({ description: `<p>${'word '.repeat(1_500)}</p>` }));
    expect(events[0]!.description).to.have.length(5000);
    expect(diagnostics).to.deep.equal([{ path: 'description', message: 'is 7499 characters long; shortened to 5000', action: 'warning', item: 'Swim' }]);
  });

  it('never reads inherited names such as &constructor; as entities', () => {
    const { events } = jsonLdToEvents(event({ name: 'Swim &constructor;', description: 'Fun &constructor; &valueOf; &amp; games' }));
    expect(events[0]!.title).to.equal('Swim &constructor;');
    expect(events[0]!.description).to.equal('Fun &constructor; &valueOf; & games');
  });

  it('leaves out an event whose name is only zero-width or direction characters, and says so', () => {
    const { events, diagnostics } = jsonLdToEvents([event({ name: '\u200b\u2060\u202e' }), event({ name: 'Kept' })]);
    expect(events.map((e) => e.title)).to.deep.equal(['Kept']);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([['[0].name', 'skipped']]);
    expect(diagnostics[0]!.message).to.match(/^has no name \(got "\\u\{200B\}\\u\{2060\}\\u\{202E\}"/);
  });

  it('removes a direction override that disguises a name, with a warning', () => {
    const { events, diagnostics } = jsonLdToEvents(event({ name: 'Invoice \u202eexe.fdp' }));
    expect(events[0]!.title).to.equal('Invoice exe.fdp');
    expect(diagnostics.map((d) => [d.path, d.action, d.item])).to.deep.equal([['name', 'warning', 'Invoice exe.fdp']]);
  });

  it('leaves out just the event whose reading throws, names it, and converts the rest', () => {
    // A real case: a duration too long for a date, in a schedule moved from another zone.
    const schedule = {
      '@type': 'Schedule',
      repeatFrequency: 'P1W',
      byDay: 'MO',
      startTime: '10:00',
      duration: 'PT99999999999999999999H',
      scheduleTimezone: 'America/New_York',
    };
    const { events, diagnostics } = jsonLdToEvents([event({ name: 'First' }), event({ name: 'Endless', eventSchedule: schedule }), event({ name: 'Third' })]);
    expect(events.map((e) => e.title)).to.deep.equal(['First', 'Third']);
    expect(diagnostics).to.have.length(1);
    // Named by field, with what was done: the schedule's sessions would each outlast the calendar.
    expect(diagnostics[0]).to.deep.equal({
      path: '[1].eventSchedule.duration',
      message: 'makes each session longer than 366 days (got "PT99999999999999999999H")',
      action: 'skipped',
      item: 'Endless',
    });
  });

  it('names a duration too long for a date on a one-off event, and shows the event without an end', () => {
    const { events, diagnostics } = jsonLdToEvents([
      event({ name: 'Endless', startDate: '2026-07-18T11:00', endDate: undefined, duration: 'PT99999999999999999999H' }),
      event({ name: 'Long', startDate: '2026-07-18T11:00', endDate: undefined, duration: 'PT48H' }),
    ]);
    expect(events.map((e) => [e.title, e.start, e.end])).to.deep.equal([
      ['Endless', '2026-07-18T11:00', undefined],
      ['Long', '2026-07-18T11:00', '2026-07-20T11:00'],
    ]);
    expect(diagnostics).to.deep.equal([
      {
        path: '[0].duration',
        message: 'ends after the year 9999 (got "PT99999999999999999999H"); the event is shown without an end',
        action: 'dropped',
        item: 'Endless',
      },
    ]);
  });

  it('names a schedule whose sessions would last longer than a year, and leaves out just that event', () => {
    const schedule = { '@type': 'Schedule', repeatFrequency: 'P1W', byDay: 'MO', startTime: '10:00', duration: 'P400D' };
    const { events, diagnostics } = jsonLdToEvents([event({ name: 'Year-long', eventSchedule: schedule }), event({ name: 'Kept' })]);
    expect(events.map((e) => e.title)).to.deep.equal(['Kept']);
    expect(diagnostics).to.deep.equal([
      { path: '[0].eventSchedule.duration', message: 'makes each session longer than 366 days (got "P400D")', action: 'skipped', item: 'Year-long' },
    ]);
  });
});
