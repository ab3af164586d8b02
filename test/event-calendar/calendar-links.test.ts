import { expect } from '@open-wc/testing';
import { calendarLinks } from '../../src/event-calendar/calendar-links.js';
import { findOccurrence } from '../../src/event-calendar/series-lookup.js';
import { makeEvent } from './helpers.js';

const series = makeEvent({
  id: 'drop-in',
  title: 'Stay & Play',
  description: 'Songs and stories\nfor under-5s',
  start: '2026-01-07T10:00',
  end: '2026-01-07T12:00',
  recurrence: { frequency: 'weekly' },
  location: { name: 'Library', postcode: 'NB1 4AA' },
  bookingUrl: 'https://example.org/book',
});

const params = (link: string) => Object.fromEntries(new URL(link).searchParams);

describe('calendar links', () => {
  it('builds a Google Calendar link with UTC times and the programme zone', () => {
    const { google } = calendarLinks(findOccurrence(series, '2026-04-01')!);
    expect(google.startsWith('https://calendar.google.com/calendar/render?')).to.equal(true);
    expect(params(google)).to.deep.equal({
      action: 'TEMPLATE',
      text: 'Stay & Play',
      dates: '20260401T090000Z/20260401T110000Z',
      details: 'Songs and stories\nfor under-5s\n\nhttps://example.org/book',
      location: 'Library, NB1 4AA',
      ctz: 'Europe/London',
    });
    // Spaces are %20, never "+", which Outlook shows literally.
    expect(google).to.include('text=Stay%20%26%20Play');
  });

  it('builds Outlook and Microsoft 365 links with ISO instants', () => {
    const links = calendarLinks(findOccurrence(series, '2026-01-14')!);
    expect(links.outlook.startsWith('https://outlook.live.com/calendar/0/action/compose?')).to.equal(true);
    expect(links.office365.startsWith('https://outlook.office.com/calendar/0/action/compose?')).to.equal(true);
    expect(params(links.outlook)).to.deep.equal({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: 'Stay & Play',
      startdt: '2026-01-14T10:00:00Z',
      enddt: '2026-01-14T12:00:00Z',
      allday: 'false',
      body: 'Songs and stories\nfor under-5s\n\nhttps://example.org/book',
      location: 'Library, NB1 4AA',
    });
    expect(params(links.office365).startdt).to.equal('2026-01-14T10:00:00Z');
  });

  it('uses plain dates (exclusive end) for all-day occurrences', () => {
    const club = makeEvent({ id: 'club', title: 'Holiday club', start: '2026-07-20', end: '2026-07-24' });
    const links = calendarLinks(findOccurrence(club, '2026-07-20')!);
    expect(params(links.google).dates).to.equal('20260720/20260725');
    expect(params(links.outlook)).to.include({ startdt: '2026-07-20', enddt: '2026-07-25', allday: 'true' });
  });

  it('leaves out empty fields and non-web booking links', () => {
    const bare = makeEvent({ id: 'bare', title: 'Talk', start: '2026-05-02T10:00', bookingUrl: 'tel:01632960123' });
    const { google, outlook } = calendarLinks(findOccurrence(bare, '2026-05-02')!);
    expect(params(google)).to.not.have.any.keys('details', 'location');
    expect(params(google).dates).to.equal('20260502T090000Z/20260502T090000Z');
    expect(params(outlook)).to.not.have.any.keys('body', 'location');
  });

  it('shortens very long descriptions', () => {
    const long = makeEvent({ id: 'long', title: 'Long', start: '2026-05-02T10:00', description: 'x'.repeat(4000) });
    const details = params(calendarLinks(findOccurrence(long, '2026-05-02')!).google).details!;
    expect(details.length).to.equal(1000);
    expect(details.endsWith('…')).to.equal(true);
  });
});
