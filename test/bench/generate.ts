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
