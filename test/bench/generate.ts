/**
 * Deterministic synthetic feeds for benchmarks: realistic field shapes and text lengths,
 * generated from a seed so every run measures the same work.
 */
const WORDS = (
  'baby toddler play stay group library rhyme time breastfeeding support children centre nursery ' +
  'childcare early education health visitor clinic weigh speech language dad parent course money ' +
  'advice housing send disability sensory music messy art outdoor forest school swimming cooking ' +
  'family hub drop-in welcome friendly free session weekly term bilingual polish urdu somali'
).split(' ');
const CATEGORIES = ['play', 'health', 'childcare', 'libraries', 'feeding', 'send', 'parenting', 'money'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticFeed(serviceCount: number, eventCount = 0, seed = 42): Record<string, unknown> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const services = Array.from({ length: serviceCount }, (_, i) => ({
    id: `svc-${i}`,
    name: `${words(2)} ${words(1)}`.replace(/^./, (c) => c.toUpperCase()),
    description: words(30),
    organisation: `${pick(WORDS)} trust`,
    categories: [pick(CATEGORIES), pick(CATEGORIES)],
    ageRange: { minMonths: Math.floor(rand() * 24), maxMonths: 24 + Math.floor(rand() * 48) },
    cost: { free: rand() > 0.3 },
    area: `area-${i % 8}`,
    location: {
      name: `${pick(WORDS)} hall`,
      address: `${i} High Street, Northbridge`,
      postcode: `NB${1 + (i % 9)} ${1 + (i % 9)}AA`,
      lat: 52.4 + rand() * 0.2,
      lng: -1.6 + rand() * 0.2,
    },
    schedule: [{ byDay: [pick(DAYS)], opensAt: '10:00', closesAt: '12:00' }],
    contact: { phone: '01632 960123', email: `team${i}@example.org`, website: `https://example.org/s/${i}` },
    languages: ['en', pick(['ur', 'pl', 'so', 'ro'])],
    accessibility: ['step-free access'],
    booking: pick(['drop-in', 'booking', 'referral']),
    lastChecked: '2026-10-01',
  }));
  const events = Array.from({ length: eventCount }, (_, i) => {
    const day = 1 + (i % 28);
    const weekly = i < 100;
    return {
      id: `evt-${i}`,
      title: `${words(3)}`,
      start: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}T10:00`,
      end: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}T11:30`,
      categories: [pick(CATEGORIES)],
      ...(weekly ? { recurrence: { frequency: 'weekly', byDay: [pick(DAYS)], until: '2027-12-31' } } : {}),
    };
  });
  return {
    version: '1.0',
    programme: {
      name: 'Benchmark Borough',
      areas: Array.from({ length: 8 }, (_, i) => ({ id: `area-${i}`, label: `Area ${i}` })),
      categories: CATEGORIES.map((id) => ({ id, label: id })),
    },
    services,
    events,
  };
}

/** Europe/London's UTC offset on a 2026 date (BST from 29 March to 24 October). */
function londonOffset(month: number, day: number): string {
  const summer = (month > 3 || (month === 3 && day >= 29)) && (month < 10 || (month === 10 && day < 25));
  return summer ? '+01:00' : '+00:00';
}

/**
 * The synthetic feed's events as a schema.org JSON-LD `@graph`, as a council's events page
 * publishes them (~97 KB for 500): the first 100 weekly series as an `eventSchedule`, the rest
 * one-offs with offset date-times, a place on every tenth, keywords on every other. The same
 * events, sessions and days as `syntheticFeed(0, count, seed).events`.
 */
export function jsonLdEventsDocument(count: number, seed = 42): Record<string, unknown> {
  const events = syntheticFeed(0, count, seed)['events'] as {
    id: string;
    title: string;
    start: string;
    end: string;
    categories: string[];
    recurrence?: { byDay: string[]; until: string };
  }[];
  const WEEKDAY_URLS: Record<string, string> = {
    MO: 'https://schema.org/Monday',
    TU: 'https://schema.org/Tuesday',
    WE: 'https://schema.org/Wednesday',
    TH: 'https://schema.org/Thursday',
    FR: 'https://schema.org/Friday',
    SA: 'https://schema.org/Saturday',
    SU: 'https://schema.org/Sunday',
  };
  const graph = events.map((event, i) => {
    const node: Record<string, unknown> = {
      '@type': 'Event',
      '@id': `https://example.org/e/${event.id}`,
      name: event.title,
    };
    const [date, startTime] = event.start.split('T');
    const endTime = event.end.split('T')[1];
    if (event.recurrence) {
      node['eventSchedule'] = {
        '@type': 'Schedule',
        byDay: WEEKDAY_URLS[event.recurrence.byDay[0]],
        repeatFrequency: 'P1W',
        startDate: date,
        endDate: event.recurrence.until,
        startTime,
        endTime,
      };
    } else {
      const [, month, day] = date.split('-').map(Number);
      const offset = londonOffset(month, day);
      node['startDate'] = `${event.start}${offset}`;
      node['endDate'] = `${event.end}${offset}`;
    }
    if (i % 10 === 0) node['location'] = { '@type': 'Place', name: `Family hub ${i % 12}` };
    if (i % 2 === 0) node['keywords'] = event.categories.join(',');
    return node;
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * An Open Referral UK (HSDS 3 UK profile) service list page with `count` services, each at one
 * place with a weekly session, a cost, a category and a contact, as a council's directory
 * export has them (~3.8 MB for 5,000).
 */
export function openReferralServicePage(count: number, seed = 42): Record<string, unknown> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
  const contents = Array.from({ length: count }, (_, i) => {
    const category = pick(CATEGORIES);
    return {
      id: uuid(),
      name: `${words(2)} ${words(1)}`.replace(/^./, (c) => c.toUpperCase()),
      description: words(12),
      status: 'active',
      url: `https://example.org/s/${i}`,
      minimum_age: Math.floor(rand() * 3),
      maximum_age: 3 + Math.floor(rand() * 5),
      organization: { name: `${pick(WORDS)} trust` },
      service_areas: [{ name: `Area ${i % 8}` }],
      service_at_locations: [
        {
          location: {
            name: `${pick(WORDS)} hall`,
            latitude: Number((52.4 + rand() * 0.2).toFixed(5)),
            longitude: Number((-1.6 + rand() * 0.2).toFixed(5)),
            addresses: [{ address_1: `${i} High Street`, city: 'Northbridge', postal_code: `NB${1 + (i % 9)} ${1 + (i % 9)}AA` }],
          },
        },
      ],
      schedules: [{ freq: 'WEEKLY', byday: pick(DAYS), opens_at: '10:00', closes_at: '12:00' }],
      cost_options: [{ amount: rand() > 0.3 ? 0 : 2 }],
      attributes: [{ taxonomy_term: { id: category, name: category } }],
      contacts: [{ phones: [{ number: '01632 960123' }] }],
    };
  });
  return { total_items: count, total_pages: 1, page_number: 1, contents };
}
