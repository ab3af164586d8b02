import { expect } from '@open-wc/testing';
import { FeedError, type Diagnostic } from '../../src/data/errors.js';
import { eventsSection, isNativeFeedShape, servicePlacesSection, servicesSection } from '../../src/data/validate.js';
import { formsSection } from '../../src/data/validate-forms.js';
import { logDiagnostics, validateFeedSections } from '../../src/data/feed-report.js';
import { validateNativeFeed } from '../../src/data/validate-native.js';

type Json = Record<string, any>;

/** A small valid feed; tests change one thing at a time. */
function feed(extra: Json = {}): Json {
  return {
    version: '1.0',
    programme: {
      name: 'Testborough Parent Champions',
      areas: [{ id: 'north', label: 'North' }],
      categories: [{ id: 'play', label: 'Stay and play' }],
    },
    services: [
      { id: 's1', name: 'Little Acorns', categories: ['play'], area: 'north' },
      { id: 's2', name: 'Rhyme Time', contact: { phone: '01632 960123', website: 'https://example.org/rhyme' } },
    ],
    events: [{ id: 'e1', title: 'Open day', start: '2026-12-05T10:00', end: '2026-12-05T12:00' }],
    ...extra,
  };
}

const service = (fields: Json) => ({ id: 'x', name: 'X', ...fields });
const byPath = (diagnostics: Diagnostic[], path: string) => diagnostics.filter((d) => d.path === path);

describe('validateNativeFeed: valid feeds', () => {
  it('accepts a minimal feed and applies the documented defaults', () => {
    const { feed: out, diagnostics } = validateNativeFeed({ version: '1.0', programme: { name: 'P' } });
    expect(diagnostics).to.deep.equal([]);
    expect(out.version).to.equal('1.0');
    expect(out.programme).to.deep.equal({
      name: 'P',
      timezone: 'Europe/London',
      locale: 'en-GB',
      areas: [],
      categories: [],
    });
    expect(out.services).to.deep.equal([]);
    expect(out.events).to.deep.equal([]);
    expect(out.forms).to.deep.equal({});
  });

  it('keeps every valid item, trims text and fills item defaults', () => {
    const input = feed();
    input.services[0].name = '  Little Acorns  ';
    input.events[0].serviceId = 's1';
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(diagnostics).to.deep.equal([]);
    expect(out.services.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(out.services[0].name).to.equal('Little Acorns');
    expect(out.services[1].categories).to.deep.equal([]);
    expect(out.services[1].schedule).to.deep.equal([]);
    expect(out.events[0].allDay).to.equal(false);
    expect(out.events[0].cancelled).to.equal(false);
  });

  it('accepts any 1.x version and keeps unknown extension fields', () => {
    const { feed: out } = validateNativeFeed({ ...feed(), version: '1.3', x_council: { ref: 7 } });
    expect(out.version).to.equal('1.3');
    expect(out['x_council']).to.deep.equal({ ref: 7 });
  });

  it('never mutates the input document, even when it repairs items', () => {
    const input = feed();
    input.services[1].contact.website = 'javascript:alert(1)';
    input.services[0].languages = ['en', '', 'pl'];
    const before = JSON.stringify(input);
    validateNativeFeed(input);
    expect(JSON.stringify(input)).to.equal(before);
  });

  it('does not let a "__proto__" key add fields to an item while repairing it', () => {
    const input = JSON.parse(
      '{"version":"1.0","programme":{"name":"P"},"services":[{"__proto__":{"description":"Injected"},"id":"p","name":"P","booking":"maybe"}]}',
    );
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([['services[0].booking', 'dropped']]);
    expect(out.services).to.have.length(1);
    expect(out.services[0].description).to.equal(undefined);
    expect(({} as Json)['description']).to.equal(undefined);
  });

  it('keeps XSS-looking text exactly as given (it is escaped when rendered, not here)', () => {
    const xss = '<img src=x onerror=alert(1)>';
    const script = '<script>alert("x")</script> & "quotes"';
    const input = feed();
    input.programme.name = xss;
    input.services[0].name = xss;
    input.services[0].description = script;
    input.events[0].title = xss;
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(diagnostics).to.deep.equal([]);
    expect(out.programme.name).to.equal(xss);
    expect(out.services[0].name).to.equal(xss);
    expect(out.services[0].description).to.equal(script);
    expect(out.events[0].title).to.equal(xss);
  });
});

describe('validateNativeFeed: diagnostics', () => {
  it('skips an item with a bad required field and keeps the rest', () => {
    const input = feed();
    input.services.splice(1, 0, { id: 'bad', name: 42 }, 'not an object');
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(diagnostics).to.deep.equal([
      { path: 'services[1].name', message: 'must be text (a JSON string) (got 42)', action: 'skipped', item: 'bad' },
      { path: 'services[2]', message: 'must be an object (got "not an object")', action: 'skipped', item: undefined },
    ]);
  });

  it('refuses dates past the year 9999 (five-digit years), saying which field and what was done', () => {
    // Issue 18.2: the calendar never sees such a date from a native feed; its own guard covers other formats.
    const input = feed({
      events: [
        { id: 'e1', title: 'Open day', start: '2026-12-05T10:00', end: '10000-01-01T10:00' },
        { id: 'e2', title: 'Far', start: '10000-11-02' },
        { id: 'e3', title: 'Weekly', start: '2026-11-02', recurrence: { frequency: 'weekly', until: '10000-01-01' } },
      ],
    });
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.events.map((e) => [e.id, e.end])).to.deep.equal([['e1', undefined]]);
    expect(diagnostics.map((d) => [d.path, d.action, d.item])).to.deep.equal([
      ['events[0].end', 'dropped', 'e1'],
      ['events[1].start', 'skipped', 'e2'],
      ['events[2].recurrence.until', 'skipped', 'e3'],
    ]);
    expect(diagnostics.every((d) => /\(got "10000-/.test(d.message))).to.equal(true);
  });

  it('reports a missing required field as "is required"', () => {
    const input = feed({ events: [{ id: 'e9', start: '2026-12-05T10:00' }] });
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.events).to.deep.equal([]);
    expect(diagnostics).to.deep.equal([
      { path: 'events[0].title', message: 'is required', action: 'skipped', item: 'e9' },
    ]);
  });

  it('drops just the bad optional field, shows the offending value and keeps the item', () => {
    const input = feed();
    input.services[1].contact.website = 'javascript:alert(1)';
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services[1].contact).to.deep.equal({ phone: '01632 960123' });
    expect(diagnostics).to.deep.equal([
      {
        path: 'services[1].contact.website',
        message: 'must be an absolute http: or https: URL (got "javascript:alert(1)")',
        action: 'dropped',
        item: 's2',
      },
    ]);
  });

  it('drops a website without its scheme from a native feed, whose schema asks for a full URL, and says what it got', () => {
    const input = feed();
    input.services[1].contact.website = 'www.example.org/rhyme';
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services[1].contact).to.deep.equal({ phone: '01632 960123' });
    expect(diagnostics.map((d) => d.message)).to.deep.equal(['must be an absolute http: or https: URL (got "www.example.org/rhyme")']);
  });

  it('drops several optional fields of one item, one diagnostic each', () => {
    const input = feed({
      services: [service({ booking: 'maybe', ageRange: { minMonths: 40, maxMonths: 2 }, languages: ['en', '', 'pl'] })],
    });
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services).to.have.length(1);
    expect(out.services[0].booking).to.equal(undefined);
    expect(out.services[0].ageRange).to.equal(undefined);
    expect(out.services[0].languages).to.deep.equal(['en', 'pl']);
    expect(diagnostics.map((d) => [d.path, d.action])).to.have.deep.members([
      ['services[0].booking', 'dropped'],
      ['services[0].ageRange', 'dropped'],
      ['services[0].languages[1]', 'dropped'],
    ]);
    expect(byPath(diagnostics, 'services[0].booking')[0].message).to.equal(
      'must be one of "drop-in" | "booking" | "referral" (got "maybe")',
    );
    expect(byPath(diagnostics, 'services[0].ageRange')[0].message).to.contain('minMonths must not be more than maxMonths');
  });

  it('truncates long offending values in messages', () => {
    const long = `javascript:${'a'.repeat(500)}`;
    const { diagnostics } = validateNativeFeed(feed({ services: [service({ contact: { website: long } })] }));
    const message = diagnostics[0].message;
    expect(message.length).to.be.below(160);
    expect(message).to.match(/\(got "javascript:a+…\)$/);
  });

  it('removes a whole opening session when a day in it is wrong, not just the day', () => {
    const schedule = [
      { byDay: ['MO'], opensAt: '09:00' },
      { byDay: ['TU', 'XX'], opensAt: '10:00' },
      { frequency: 'monthly', byDay: ['SA'], weekOfMonth: [0], opensAt: '10:00' },
    ];
    const { feed: out, diagnostics } = validateNativeFeed(feed({ services: [service({ schedule })] }));
    expect(out.services[0].schedule.map((s) => s.byDay)).to.deep.equal([['MO']]);
    expect(diagnostics.map((d) => d.path)).to.deep.equal(['services[0].schedule[1]', 'services[0].schedule[2]']);
    expect(diagnostics[0].message).to.equal('byDay[1] must be one of MO TU WE TH FR SA SU (got "XX")');
  });

  it('skips an event rather than drop recurrence or cancelled parts (that would invent sessions)', () => {
    const events = [
      { id: 'a', title: 'A', start: '2026-05-04T10:00', recurrence: { frequency: 'weekly', until: 'soon' } },
      { id: 'b', title: 'B', start: '2026-05-04T10:00', cancelled: 'yes' },
      { id: 'c', title: 'C', start: '2026-05-04T10:00', recurrence: { frequency: 'daily' } },
      { id: 'd', title: 'D', start: '2026-05-04T10:00', recurrence: { frequency: 'weekly', exclude: ['2026-05-11', 'x'] } },
    ];
    const { feed: out, diagnostics } = validateNativeFeed(feed({ events }));
    expect(out.events.map((e) => e.id)).to.deep.equal(['d']);
    expect(out.events[0].recurrence?.exclude).to.deep.equal(['2026-05-11']);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([
      ['events[0].recurrence.until', 'skipped'],
      ['events[1].cancelled', 'skipped'],
      ['events[2].recurrence.frequency', 'skipped'],
      ['events[3].recurrence.exclude[1]', 'dropped'],
    ]);
  });

  it('keeps the first of duplicate ids and skips later ones', () => {
    const input = feed();
    input.services.push({ id: 's1', name: 'Copy' });
    input.events.push({ id: 'e1', title: 'Copy', start: '2026-12-06T10:00' });
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services.map((s) => s.name)).to.deep.equal(['Little Acorns', 'Rhyme Time']);
    expect(out.events.map((e) => e.title)).to.deep.equal(['Open day']);
    expect(diagnostics).to.deep.equal([
      {
        path: 'services[2].id',
        message: 'repeats the id of services[0] ("Little Acorns") (got "s1"); the first one is kept',
        action: 'skipped',
        item: 's1',
      },
      {
        path: 'events[1].id',
        message: 'repeats the id of events[0] ("Open day") (got "e1"); the first one is kept',
        action: 'skipped',
        item: 'e1',
      },
    ]);
  });

  it('an invalid first item does not claim its id', () => {
    const input = feed({ services: [{ id: 'dup' }, { id: 'dup', name: 'Valid' }] });
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services.map((s) => s.name)).to.deep.equal(['Valid']);
    expect(diagnostics.map((d) => d.path)).to.deep.equal(['services[0].name']);
  });

  it('warns about unknown category and area ids but keeps the service', () => {
    const input = feed({ services: [service({ categories: ['play', 'nope'], area: 'south' })] });
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services[0].categories).to.deep.equal(['play', 'nope']);
    expect(out.services[0].area).to.equal('south');
    expect(diagnostics).to.deep.equal([
      {
        path: 'services[0].categories[1]',
        message: 'refers to category "nope", which is not in programme.categories',
        action: 'warning',
        item: 'x',
      },
      {
        path: 'services[0].area',
        message: 'refers to area "south", which is not in programme.areas',
        action: 'warning',
        item: 'x',
      },
    ]);
  });

  it('warns about an event whose serviceId is not a service', () => {
    const input = feed();
    input.events[0].serviceId = 'ghost';
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.events).to.have.length(1);
    expect(diagnostics).to.deep.equal([
      {
        path: 'events[0].serviceId',
        message: 'refers to service "ghost", which is not in services',
        action: 'warning',
        item: 'e1',
      },
    ]);
  });

  it('skips an event whose end is before its start, in both date-time and date forms', () => {
    const events = [
      { id: 'a', title: 'A', start: '2026-05-04T10:00', end: '2026-05-04T09:59' },
      { id: 'b', title: 'B', start: '2026-05-04', end: '2026-05-03', allDay: true },
      { id: 'c', title: 'C', start: '2026-05-04T10:00', end: '2026-05-04T10:00' },
      { id: 'd', title: 'D', start: '2026-05-04', end: '2026-05-04', allDay: true },
      { id: 'e', title: 'E', start: '2026-03-28T17:00', end: '2026-03-29T10:00' },
    ];
    const { feed: out, diagnostics } = validateNativeFeed(feed({ events }));
    expect(out.events.map((e) => e.id)).to.deep.equal(['c', 'd', 'e']);
    expect(diagnostics).to.deep.equal([
      {
        path: 'events[0].end',
        message: 'is before start (got end "2026-05-04T09:59", start "2026-05-04T10:00")',
        action: 'skipped',
        item: 'a',
      },
      {
        path: 'events[1].end',
        message: 'is before start (got end "2026-05-03", start "2026-05-04")',
        action: 'skipped',
        item: 'b',
      },
    ]);
  });

  it('treats a non-array list as empty with one diagnostic instead of crashing', () => {
    const input = feed({ services: { id: 's1', name: 'Not in a list' }, events: null });
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services).to.deep.equal([]);
    expect(out.events).to.deep.equal([]);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([
      ['services', 'skipped'],
      ['events', 'skipped'],
    ]);
    expect(diagnostics[0].message).to.contain('must be a list');
    expect(diagnostics[0].message).to.contain('{"id":"s1"');
  });

  it('validates programme areas, categories and form options item by item', () => {
    const input = feed();
    input.programme.areas.push({ id: 'bad id', label: 'Bad' }, { id: 'north', label: 'Again' }, { id: 'east', label: 'East' });
    input.forms = {
      signup: {
        endpoint: 'https://example.org/api/signup',
        consentText: 'I agree',
        interests: [{ id: 'a', label: 'A' }, { id: 'b' }, { id: 'c', label: 'C' }],
      },
    };
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.programme.areas.map((a) => a.id)).to.deep.equal(['north', 'east']);
    expect(out.forms.signup?.interests.map((o) => o.id)).to.deep.equal(['a', 'c']);
    expect(out.forms.signup?.heardAboutOptions).to.deep.equal([]);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([
      ['programme.areas[1].id', 'skipped'],
      ['programme.areas[2].id', 'skipped'],
      ['forms.signup.interests[1].label', 'skipped'],
    ]);
  });

  it("reads the sign-up form's own wording, DBS line and contact methods, and never lets a scheme leave out a question the form needs", () => {
    const input = feed();
    input.forms = {
      signup: {
        endpoint: 'https://example.org/api/signup',
        consentText: 'Northbridge Council will use your details to contact you about volunteering.',
        dbsNote: 'Parent Champions do not need a DBS check.',
        contactMethods: ['email', 'text'],
        questions: [
          { id: 'area', label: 'Which ward do you live in?' },
          { id: 'name', asked: false },
          { id: 'languages', asked: false },
          { id: 'shoe-size' },
        ],
      },
    };
    const { feed: out, diagnostics } = validateNativeFeed(input);
    const signup = out.forms.signup!;
    expect(signup.dbsNote).to.equal('Parent Champions do not need a DBS check.');
    expect(signup.contactMethods).to.deep.equal(['email', 'text']);
    expect(signup.questions).to.deep.equal([
      { id: 'area', label: 'Which ward do you live in?', asked: true },
      { id: 'languages', asked: false },
    ]);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([
      ['forms.signup.questions[1]', 'skipped'],
      ['forms.signup.questions[3].id', 'skipped'],
    ]);
    expect(diagnostics[0].message).to.contain('cannot be left out: name, contact, area and consent are always asked');
  });

  it('drops optional programme fields but keeps the feed', () => {
    const input = feed();
    input.programme.privacyNoticeUrl = 'data:text/html,<script>alert(1)</script>';
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.programme.name).to.equal('Testborough Parent Champions');
    expect(out.programme.privacyNoticeUrl).to.equal(undefined);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([['programme.privacyNoticeUrl', 'dropped']]);
  });
});

describe('validateNativeFeed: unsafe links', () => {
  const hostile = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    ' java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '//evil.example/x',
    '/relative/path',
  ];

  /** Every field that becomes a link, with where to put a value and where to read it back. */
  const linkFields: { path: string; set: (f: Json, url: string) => void; get: (out: Json) => unknown }[] = [
    {
      path: 'services[0].contact.website',
      set: (f, url) => (f.services = [service({ contact: { website: url } })]),
      get: (out) => out.services[0]?.contact?.website,
    },
    {
      path: 'events[0].bookingUrl',
      set: (f, url) => (f.events = [{ id: 'e', title: 'E', start: '2026-05-04T10:00', bookingUrl: url }]),
      get: (out) => out.events[0]?.bookingUrl,
    },
    {
      path: 'programme.privacyNoticeUrl',
      set: (f, url) => (f.programme.privacyNoticeUrl = url),
      get: (out) => out.programme.privacyNoticeUrl,
    },
    {
      path: 'programme.contact.website',
      set: (f, url) => (f.programme.contact = { website: url }),
      get: (out) => out.programme.contact?.website,
    },
    {
      path: 'forms.signup',
      set: (f, url) => (f.forms = { signup: { endpoint: url, consentText: 'I agree' } }),
      get: (out) => out.forms.signup?.endpoint,
    },
    {
      path: 'forms.feedback',
      set: (f, url) => (f.forms = { feedback: { endpoint: url } }),
      get: (out) => out.forms.feedback?.endpoint,
    },
  ];

  for (const field of linkFields) {
    it(`rejects dangerous and relative URLs in ${field.path}`, () => {
      for (const url of hostile) {
        const input = feed();
        field.set(input, url);
        const { feed: out, diagnostics } = validateNativeFeed(input);
        expect(field.get(out), url).to.equal(undefined);
        const found = byPath(diagnostics, field.path);
        expect(found, `${url} → ${JSON.stringify(diagnostics)}`).to.have.length(1);
        expect(found[0].action).to.equal('dropped');
      }
    });

    it(`keeps a valid https URL in ${field.path}`, () => {
      const input = feed();
      field.set(input, 'https://example.org/ok');
      const { feed: out, diagnostics } = validateNativeFeed(input);
      expect(diagnostics).to.deep.equal([]);
      expect(field.get(out)).to.equal('https://example.org/ok');
    });
  }

  it('allows mailto: and tel: booking links but not for websites', () => {
    const events = [
      { id: 'm', title: 'M', start: '2026-05-04T10:00', bookingUrl: 'mailto:book@example.org' },
      { id: 't', title: 'T', start: '2026-05-04T10:00', bookingUrl: 'tel:01632960123' },
    ];
    const services = [service({ contact: { website: 'mailto:team@example.org' } })];
    const { feed: out, diagnostics } = validateNativeFeed(feed({ events, services }));
    expect(out.events.map((e) => e.bookingUrl)).to.deep.equal(['mailto:book@example.org', 'tel:01632960123']);
    expect(out.services[0].contact?.website).to.equal(undefined);
    expect(diagnostics.map((d) => d.path)).to.deep.equal(['services[0].contact.website']);
  });
});

describe('validateNativeFeed: not a feed', () => {
  const cases: { name: string; input: unknown; names: string }[] = [
    { name: 'null', input: null, names: 'programme' },
    { name: 'an array', input: [feed()], names: 'version' },
    { name: 'a string', input: '{"version":"1.0"}', names: 'version' },
    { name: 'a number', input: 42, names: 'programme' },
    { name: 'an unrelated object', input: { hello: 'world' }, names: 'programme' },
    { name: 'a 2.0 feed', input: { version: '2.0', programme: { name: 'P' } }, names: '"version" "2.0"' },
    { name: 'a numeric version', input: { version: 1, programme: { name: 'P' } }, names: '"version"' },
    { name: 'a missing version', input: { programme: { name: 'P' } }, names: '"version" is missing' },
    { name: 'a missing programme', input: { version: '1.0', services: [] }, names: '"programme" is missing' },
    { name: 'a programme that is a string', input: { version: '1.0', programme: 'P' }, names: '"programme" must be an object' },
    { name: 'a programme without a name', input: { version: '1.0', programme: {} }, names: 'programme.name is required' },
    { name: 'a programme with a blank name', input: { version: '1.0', programme: { name: '  ' } }, names: 'programme.name' },
    // format="native" on an OpenActive RPDE page: the publisher's keys, and the setting that reads it.
    { name: 'an RPDE page', input: { next: '/feed?afterId=2', items: [], license: 'https://data.example.org/licence' }, names: 'found keys: next, items, license), as a native feed has. If it is an Open Referral UK or Outpost directory, schema.org JSON-LD or an OpenActive feed, use format="auto"' },
    {
      name: "an RPDE page this library paged, without the library's own notes on it",
      input: { next: '/feed?afterId=2', items: [], license: 'L', 'x-parent-champion-rpde': { pages: 2 }, 'x-parent-champion-paging': [] },
      names: 'found keys: next, items, license)',
    },
  ];

  for (const { name, input, names } of cases) {
    it(`throws FeedError('not-a-feed') for ${name}, naming the field`, () => {
      let caught: unknown;
      try {
        validateNativeFeed(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(FeedError);
      expect((caught as FeedError).kind).to.equal('not-a-feed');
      expect((caught as FeedError).message).to.contain(names);
    });
  }
});

describe('validateFeedSections', () => {
  /** A feed with a problem in every part, so a part that is validated shows up in the diagnostics. */
  function troubled(): Json {
    const input = feed({
      forms: { feedback: { endpoint: 'javascript:alert(1)' } },
    });
    input.services[0].categories = ['nope'];
    input.events[0].serviceId = 's2';
    input.events.push({ id: 'e2', title: 'Ghost', start: '2026-12-06T10:00', serviceId: 'ghost', area: 'south' });
    return input;
  }

  it('with every section, is exactly validateNativeFeed', () => {
    const all = validateFeedSections(troubled(), { services: servicesSection, events: eventsSection, forms: formsSection });
    const native = validateNativeFeed(troubled());
    expect(all).to.deep.equal(native);
    expect(native.diagnostics.map((d) => d.path)).to.deep.equal([
      'services[0].categories[0]',
      'events[1].area',
      'events[1].serviceId',
      'forms.feedback',
    ]);
  });

  it('validates only the services when asked for services, and leaves the other parts empty', () => {
    const { feed: out, diagnostics } = validateFeedSections(troubled(), { services: servicesSection });
    expect(out.services.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(out.events).to.deep.equal([]);
    expect(out.forms).to.deep.equal({});
    expect(out.programme.name).to.equal('Testborough Parent Champions');
    expect(diagnostics.map((d) => d.path)).to.deep.equal(['services[0].categories[0]']);
  });

  it('validates only the events when asked for events, without judging service ids it has not read', () => {
    const { feed: out, diagnostics } = validateFeedSections(troubled(), { events: eventsSection });
    expect(out.services).to.deep.equal([]);
    expect(out.events.map((e) => e.id)).to.deep.equal(['e1', 'e2']);
    expect(out.events[1].serviceId).to.equal('ghost');
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([['events[1].area', 'warning']]);
  });

  it('checks only the place and booking of services when asked for their places (the calendar)', () => {
    const input = troubled();
    input.services.push(
      // Fields the calendar never reads are not checked: a bad phone and schedule are not its concern.
      { id: 's3', name: 'Bumps', contact: { phone: 'call us!' }, schedule: 'Mondays', location: { postcode: 'NB1 4AA', lat: 95 }, booking: 'walk in' },
      { id: 's4', location: { name: 'No name' } },
      { id: 's5', name: 'Elsewhere', area: 'south' },
    );
    const { feed: out, diagnostics } = validateFeedSections(input, { servicePlaces: servicePlacesSection, events: eventsSection });
    expect(out.services.map((s) => s.id)).to.deep.equal(['s1', 's2', 's3', 's5']);
    const bumps = out.services[2];
    expect(bumps.location).to.deep.equal({ postcode: 'NB1 4AA' });
    expect(bumps.booking).to.equal(undefined);
    expect((bumps as Json).contact, 'an unchecked field is not passed on').to.equal(undefined);
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([
      ['services[2].location.lat', 'dropped'],
      ['services[2].booking', 'dropped'],
      ['services[3].name', 'skipped'],
      ['services[4].area', 'warning'],
      ['events[1].area', 'warning'],
      ['events[1].serviceId', 'warning'],
    ]);
    expect(out.events[0].serviceId, 'events still link to the services read').to.equal('s2');
  });

  it('holds services read for their place in the contract\'s shape, with nothing unchecked passed on', () => {
    const input = feed({
      services: [
        { id: 's1', name: 'Bumps', categories: 5, schedule: 'Mondays', languages: 'Polish', description: { html: '<b>hi</b>' }, location: { postcode: 'NB1 4AA' } },
      ],
    });
    const { feed: out, diagnostics } = validateFeedSections(input, { servicePlaces: servicePlacesSection });
    expect(diagnostics).to.deep.equal([]);
    const [bumps] = out.services;
    // What a Service always has, whatever the document held there.
    expect([bumps.categories, bumps.schedule, bumps.languages, bumps.accessibility]).to.deep.equal([[], [], [], []]);
    expect(Object.keys(bumps).filter((key) => (bumps as Json)[key] !== undefined).sort()).to.deep.equal(
      ['accessibility', 'categories', 'id', 'languages', 'location', 'name', 'schedule'],
    );
    expect(bumps.location).to.deep.equal({ postcode: 'NB1 4AA' });
  });

  it('reads whole services when one widget asks for services and another only for their places', () => {
    const input = troubled();
    input.services[1].contact.phone = 'call us!';
    const both = validateFeedSections(input, { services: servicesSection, servicePlaces: servicePlacesSection });
    expect(both.diagnostics.map((d) => d.path)).to.include('services[1].contact.phone');
    expect(both.feed.services[1].contact).to.deep.equal({ website: 'https://example.org/rhyme' });
  });

  it('still validates the header, and still refuses a document that is not a feed', () => {
    const { feed: out, diagnostics } = validateFeedSections(feed(), {});
    expect(diagnostics).to.deep.equal([]);
    expect(out.programme.areas.map((a) => a.id)).to.deep.equal(['north']);
    expect([out.services, out.events, out.forms]).to.deep.equal([[], [], {}]);
    expect(() => validateFeedSections({ version: '2.0', programme: { name: 'P' } }, { services: servicesSection }))
      .to.throw(FeedError, '"version" "2.0"');
  });
});

describe('isNativeFeedShape', () => {
  it('recognises the shape without validating', () => {
    expect(isNativeFeedShape({ version: '1.0', programme: {} })).to.equal(true);
    expect(isNativeFeedShape({ version: '9', programme: { name: 1 } })).to.equal(true);
  });

  it('rejects anything else', () => {
    for (const value of [null, undefined, 'x', [], { version: '1.0' }, { programme: {} }, { version: 1, programme: {} }, { version: '1.0', programme: [] }, { version: '1.0', programme: null }]) {
      expect(isNativeFeedShape(value), JSON.stringify(value)).to.equal(false);
    }
  });
});

describe('logDiagnostics', () => {
  type Method = 'warn' | 'groupCollapsed' | 'groupEnd';
  const calls: { method: Method; text: string }[] = [];
  const originals = new Map<Method, (...args: unknown[]) => void>();

  beforeEach(() => {
    calls.length = 0;
    for (const method of ['warn', 'groupCollapsed', 'groupEnd'] as const) {
      originals.set(method, console[method]);
      console[method] = (...args: unknown[]) => {
        // '%s' is the format directive; the real text follows it.
        const parts = args[0] === '%s' ? args.slice(1) : args;
        calls.push({ method, text: parts.map(String).join(' ') });
      };
    }
  });

  afterEach(() => {
    for (const [method, original] of originals) console[method] = original;
  });

  const diagnostics = (): Diagnostic[] => [
    { path: 'services[3].contact.website', message: 'must be an absolute http: or https: URL (got "javascript:alert(1)")', action: 'dropped', item: 'st-marys' },
    { path: 'services[7].name', message: 'is required', action: 'skipped', item: 'svc-7' },
    { path: 'events[0].serviceId', message: 'refers to service "x", which is not in services', action: 'warning' },
  ];

  it('writes one collapsed block with the source and every diagnostic as "path: message"', () => {
    logDiagnostics(diagnostics(), 'https://example.org/feed.json');
    expect(calls.map((c) => c.method)).to.deep.equal(['groupCollapsed', 'warn', 'groupEnd']);
    const [header, body] = calls.map((c) => c.text);
    expect(header).to.match(/^\[parent-champion-widgets\] /);
    expect(header).to.contain('https://example.org/feed.json');
    expect(header).to.contain('3 problem(s)');
    expect(header).to.contain('1 item(s) left out, 1 field(s) removed, 1 warning(s)');
    const lines = body.split('\n');
    expect(lines).to.have.length(3);
    expect(lines[0]).to.match(/^services\[3\]\.contact\.website: must be an absolute http: or https: URL \(got "javascript:alert\(1\)"\)/);
    expect(lines[0]).to.contain('"st-marys"');
    expect(lines[1]).to.match(/^services\[7\]\.name: is required/);
    expect(lines[2]).to.match(/^events\[0\]\.serviceId: refers to service "x"/);
  });

  it('logs the same diagnostics array, or the same report, only once', () => {
    const list = diagnostics();
    logDiagnostics(list, 'https://example.org/twice.json');
    logDiagnostics(list, 'https://example.org/twice.json');
    logDiagnostics(list, 'https://example.org/twice-other.json');
    expect(calls.filter((c) => c.method === 'groupCollapsed')).to.have.length(1);
    // Another array with the same report (the saved copy, then the fresh one) is not repeated…
    logDiagnostics(diagnostics(), 'https://example.org/twice.json');
    expect(calls.filter((c) => c.method === 'groupCollapsed')).to.have.length(1);
    // …but a report that changed is, and so is the same report for another feed.
    logDiagnostics(diagnostics().slice(1), 'https://example.org/twice.json');
    logDiagnostics(diagnostics(), 'https://example.org/twice-again.json');
    expect(calls.filter((c) => c.method === 'groupCollapsed')).to.have.length(3);
  });

  it('logs nothing when there is nothing to report', () => {
    logDiagnostics([], 'https://example.org/feed.json');
    expect(calls).to.deep.equal([]);
  });

  it('passes feed text as data, never as a console format string', () => {
    logDiagnostics([{ path: 'services[0].name', message: 'has %c%s%o in it', action: 'warning' }], '/feed%c.json');
    expect(calls[0].text).to.contain('/feed%c.json');
    expect(calls[1].text).to.contain('has %c%s%o in it');
  });
});

describe('validateNativeFeed: hostile text (issue 18)', () => {
  it('shortens a 201-character programme name, with a diagnostic, instead of refusing the feed', () => {
    const input = feed();
    input.programme.name = `Northbridge ${'x'.repeat(189)}`;
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.programme.name).to.have.length(200);
    expect(out.programme.name.endsWith('…')).to.equal(true);
    expect(out.services.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(diagnostics).to.deep.equal([
      { path: 'programme.name', message: 'is 201 characters long; shortened to 200', action: 'warning', item: undefined },
    ]);
  });

  it('shortens an over-long service name and description instead of leaving them out', () => {
    const input = feed();
    input.services[0].name = 'n'.repeat(250);
    input.services[0].description = 'd'.repeat(6000);
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services[0].name).to.equal(`${'n'.repeat(199)}…`);
    expect(out.services[0].description).to.have.length(5000);
    expect(diagnostics.map((d) => [d.path, d.message, d.action])).to.deep.equal([
      ['services[0].name', 'is 250 characters long; shortened to 200', 'warning'],
      ['services[0].description', 'is 6000 characters long; shortened to 5000', 'warning'],
    ]);
  });

  it('limits contact.email to 254 characters (RFC 5321), removing a longer one', () => {
    const input = feed();
    const long = `${'a'.repeat(64)}@${'b'.repeat(186)}.org`; // 255 characters
    input.services[1].contact.email = long;
    input.programme.contact = { email: 'hello@example.org' };
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services[1].contact).to.deep.equal({ phone: '01632 960123', website: 'https://example.org/rhyme' });
    expect(out.programme.contact).to.deep.equal({ email: 'hello@example.org' });
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([['services[1].contact.email', 'dropped']]);
    expect(diagnostics[0].message).to.match(/^must be at most 254 characters/);
  });

  it('leaves out a service or event whose name is only zero-width or direction characters', () => {
    const input = feed();
    input.services[0].name = '\u200b\u200d\u2066\u2069';
    input.events[0].title = '\ufeff\u200e\u202e';
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services.map((s) => s.id)).to.deep.equal(['s2']);
    expect(out.events).to.deep.equal([]);
    const skipped = diagnostics.filter((d) => d.action === 'skipped');
    expect(skipped.map((d) => [d.path, d.item])).to.deep.equal([
      ['services[0].name', 's1'],
      ['events[0].title', 'e1'],
    ]);
    // The data team can see which invisible characters were there.
    expect(skipped[0].message).to.equal(
      'has no visible characters (only spaces, zero-width or direction characters) (got "\\u{200B}\\u{200D}\\u{2066}\\u{2069}")',
    );
  });

  it('refuses a feed whose programme name is only invisible characters, saying why', () => {
    const input = feed();
    input.programme.name = '\u200b\u200b';
    expect(() => validateNativeFeed(input)).to.throw(FeedError, /programme\.name has no visible characters/);
  });

  it('removes a direction override that disguises a name, and unpaired direction controls, with a warning', () => {
    const input = feed();
    input.services[0].name = 'Invoice \u202eexe.fdp';
    input.services[1].description = 'Ends in an open isolate \u2067';
    input.events[0].title = 'Open day \u2067مرحبا\u2069';
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services[0].name).to.equal('Invoice exe.fdp');
    expect(out.services[1].description).to.equal('Ends in an open isolate');
    // A paired isolate is kept: mixed-script text may need it.
    expect(out.events[0].title).to.equal('Open day \u2067مرحبا\u2069');
    expect(diagnostics.map((d) => [d.path, d.action, d.item])).to.deep.equal([
      ['services[0].name', 'warning', 's1'],
      ['services[1].description', 'warning', 's2'],
    ]);
    expect(diagnostics[0].message).to.contain('"exe.fdp" shown as "pdf.exe"');
  });

  it('leaves out just the item whose reading throws, names it, and keeps the rest', () => {
    // Data handed over by a page script can do what JSON cannot: here, a field that throws when read.
    const input = feed();
    const broken = { id: 's-broken', name: 'Broken' };
    Object.defineProperty(broken, 'description', {
      enumerable: true,
      get() {
        throw new Error('storage detached');
      },
    });
    input.services.splice(1, 0, broken);
    const { feed: out, diagnostics } = validateNativeFeed(input);
    expect(out.services.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(out.events.map((e) => e.id)).to.deep.equal(['e1']);
    expect(diagnostics).to.deep.equal([
      { path: 'services[1]', message: 'could not be read (Error: storage detached)', action: 'skipped', item: 's-broken' },
    ]);
  });
});
