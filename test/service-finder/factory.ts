/** Small builders for service-finder tests: valid native services with only what a test cares about. */
import type { OpeningSession, Programme, Service } from '../../src/data/feed-schema.js';

let counter = 0;

/** A valid service; `overrides` win. Ids are unique unless given. */
export function makeService(overrides: Partial<Service> & { name: string }): Service {
  counter += 1;
  return {
    id: `svc-${counter}`,
    categories: [],
    schedule: [],
    languages: [],
    accessibility: [],
    ...overrides,
  };
}

/** A weekly session: `weekly(['WE'], '10:00', '12:00')`. */
export function weekly(byDay: OpeningSession['byDay'], opensAt: string, closesAt?: string): OpeningSession {
  return closesAt ? { frequency: 'weekly', byDay, opensAt, closesAt } : { frequency: 'weekly', byDay, opensAt };
}

/** A monthly session: `monthly(['SA'], [1], '10:00', '12:00')` = 1st Saturday. */
export function monthly(byDay: OpeningSession['byDay'], weekOfMonth: number[], opensAt: string, closesAt?: string): OpeningSession {
  return { ...weekly(byDay, opensAt, closesAt), frequency: 'monthly', weekOfMonth };
}

export const programme: Pick<Programme, 'categories' | 'areas'> = {
  categories: [
    { id: 'health', label: 'Health and wellbeing' },
    { id: 'play', label: 'Play and learning' },
    { id: 'childcare', label: 'Childcare' },
    { id: 'feeding', label: 'Feeding your baby' },
    { id: 'send', label: 'Special educational needs' },
    { id: 'money', label: 'Money and housing' },
  ],
  areas: [
    { id: 'north', label: 'Northfield ward' },
    { id: 'south', label: 'Southmead ward' },
  ],
};

/** A small directory that exercises search quality: names, descriptions, synonyms, organisations. */
export function directory(): Service[] {
  return [
    makeService({
      id: 'bf-dropin',
      name: 'Breastfeeding drop-in',
      description: 'Friendly peer supporters help with latching, expressing and confidence.',
      categories: ['feeding', 'health'],
      organisation: 'Northfield Family Hub',
    }),
    makeService({
      id: 'baby-massage',
      name: 'Baby massage',
      description: 'Gentle massage for babies under one. We also share tips on breastfeeding and sleep.',
      categories: ['health'],
    }),
    makeService({
      id: 'acorns',
      name: 'Little Acorns Nursery',
      description: 'Ofsted-registered day care for children aged 6 months to 5 years.',
      categories: ['childcare'],
    }),
    makeService({
      id: 'funded-2s',
      name: 'Funded early education for 2 year olds',
      description: 'Up to 15 hours a week of free early education for eligible two-year-olds.',
      categories: ['childcare'],
      organisation: 'City Council',
    }),
    makeService({
      id: 'stay-play',
      name: 'Stay and Play at Hillside',
      description: 'Songs, messy play and snacks for under-fives and their grown-ups.',
      categories: ['play'],
    }),
    makeService({
      id: 'rhymes',
      name: 'Rhyme Time',
      description: 'Songs and rhymes for babies and toddlers.',
      categories: ['play'],
      location: { name: 'Central Library', address: '1 High Street, Northfield', postcode: 'NB1 4AA' },
    }),
    makeService({
      id: 'hv-clinic',
      name: 'Health visitor clinic',
      description: 'Weigh your baby and talk to a health visitor.',
      categories: ['health'],
    }),
    makeService({
      id: 'send-advice',
      name: 'SENDIASS advice line',
      description: 'Impartial advice about special educational needs and disability for families.',
      categories: ['send'],
      organisation: "Barnardo's",
    }),
    makeService({
      id: 'food-bank',
      name: 'Hillside Food Bank',
      description: 'Emergency food parcels with a referral.',
      categories: ['money'],
      organisation: 'Trussell Trust',
    }),
    makeService({
      id: 'dads',
      name: "Dads' group",
      description: 'Saturday mornings for dads, granddads and male carers.',
      categories: ['play'],
      organisation: "Barnardo's",
    }),
    makeService({
      id: 'portage',
      name: 'Portage home visiting',
      description: 'Play-based home learning for young children with special educational needs.',
      categories: ['send'],
    }),
    makeService({
      id: 'good-start',
      name: 'Good start',
      description: 'Mood boost walks for new parents.',
      categories: ['health'],
    }),
  ];
}
