import { expect } from '@open-wc/testing';
import { EventSchema } from '../../src/data/feed-schema.js';
import { jsonLdToEvents } from '../../src/formats/jsonld/convert.js';
import { schemaErrors } from '../support/schema.js';

/** One schema.org event on 2 March 2027 at 10:00, with `extra` fields. */
const event = (extra: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: 'Baby massage',
  startDate: '2027-03-02T10:00',
  ...extra,
});

const zoom = { '@type': 'VirtualLocation', url: 'https://zoom.example/j/123' };
const hall = { '@type': 'Place', name: 'St Mary’s Hall', address: { '@type': 'PostalAddress', postalCode: 'NB1 4AA' } };

/** What a parent is told of where one converted event is: its place's name and whether they can join online. */
function where(doc: unknown): { place: string | undefined; online: boolean | undefined } {
  const { events, diagnostics } = jsonLdToEvents(doc);
  expect(events, 'one event').to.have.length(1);
  expect(diagnostics, 'nothing to report').to.deep.equal([]);
  expect(schemaErrors(EventSchema, events[0]), 'the native schema reads it as it is').to.deep.equal([]);
  return { place: events[0]!.location?.name, online: events[0]!.online };
}

describe('JSON-LD: sessions parents join online', () => {
  it('reads a VirtualLocation as its only location as online, with no place to go to', () => {
    expect(where(event({ location: zoom }))).to.deep.equal({ place: undefined, online: true });
  });

  it('reads the attendance mode, in every form publishers write it', () => {
    for (const mode of ['https://schema.org/OnlineEventAttendanceMode', 'http://schema.org/OnlineEventAttendanceMode', 'schema:OnlineEventAttendanceMode', 'OnlineEventAttendanceMode']) {
      expect(where(event({ eventAttendanceMode: mode })), mode).to.deep.equal({ place: undefined, online: true });
    }
  });

  it('keeps the place of a mixed session (a place and a VirtualLocation) and says it can be joined online', () => {
    expect(where(event({ location: [hall, zoom] }))).to.deep.equal({ place: 'St Mary’s Hall', online: true });
    expect(where(event({ location: hall, eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode' }))).to.deep.equal({ place: 'St Mary’s Hall', online: true });
  });

  it('leaves a session in a place alone, and believes an offline attendance mode over a stray VirtualLocation', () => {
    expect(where(event({ location: hall }))).to.deep.equal({ place: 'St Mary’s Hall', online: undefined });
    expect(where(event({ location: [hall, zoom], eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode' }))).to.deep.equal({ place: 'St Mary’s Hall', online: undefined });
    // A place named "Online" by the publisher is their words, shown as they wrote them.
    expect(where(event({ location: 'Online' }))).to.deep.equal({ place: 'Online', online: undefined });
  });

  it('reads OpenActive: the mode inherited from the series, beta:virtualLocation, and a VirtualLocation named by reference', () => {
    const series = {
      '@context': ['https://openactive.io/', 'https://openactive.io/ns-beta'],
      type: 'SessionSeries',
      id: 'https://example.org/series/1',
      name: 'Postnatal yoga (online)',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      subEvent: [{ type: 'ScheduledSession', startDate: '2027-03-02T10:00:00Z', endDate: '2027-03-02T11:00:00Z' }],
    };
    expect(where(series)).to.deep.equal({ place: undefined, online: true });

    const beta = {
      '@context': ['https://openactive.io/', 'https://openactive.io/ns-beta'],
      type: 'ScheduledSession',
      name: 'Story time',
      startDate: '2027-03-02T10:00:00Z',
      'beta:virtualLocation': { type: 'VirtualLocation', name: 'Zoom Video Chat', url: 'https://zoom.example/j/1' },
    };
    expect(where(beta)).to.deep.equal({ place: undefined, online: true });

    const byReference = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Event', name: 'Weaning talk', startDate: '2027-03-02T10:00', location: { '@id': '#call' } },
        { '@type': 'VirtualLocation', '@id': '#call', url: 'https://meet.example/abc' },
      ],
    };
    expect(where(byReference)).to.deep.equal({ place: undefined, online: true });
  });
});
