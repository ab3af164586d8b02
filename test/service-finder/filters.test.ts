import { expect } from '@open-wc/testing';
import {
  ageMatches,
  applyFilters,
  emptyFilters,
  hasActiveFilters,
  matchesFilters,
  selectedCount,
  type ServiceFilters,
} from '../../src/service-finder/filters.js';
import { facetOptions, filterAndCount } from '../../src/service-finder/facet-counts.js';
import type { Service } from '../../src/data/feed-schema.js';
import { makeService, monthly, programme, weekly } from '../fixtures/index.js';

function services(): Service[] {
  return [
    makeService({
      id: 'baby-group',
      name: 'Baby group',
      categories: ['play'],
      ageRange: { minMonths: 0, maxMonths: 11 },
      cost: { free: true },
      schedule: [weekly(['WE'], '10:00', '12:00')],
      languages: ['English', 'Urdu'],
      accessibility: ['Step-free access', 'Hearing loop'],
      area: 'north',
      booking: 'drop-in',
    }),
    makeService({
      id: 'toddler-music',
      name: 'Toddler music',
      categories: ['play', 'health'],
      ageRange: { minMonths: 12, maxMonths: 35 },
      cost: { free: false, details: '£3 a session' },
      schedule: [weekly(['MO', 'TH'], '09:30', '11:30')],
      languages: ['english', 'Polish'],
      accessibility: ['step-free access'],
      area: 'south',
      booking: 'booking',
    }),
    makeService({
      id: 'send-club',
      name: 'Saturday SEND club',
      categories: ['send'],
      ageRange: { minMonths: 48 },
      cost: { free: true },
      schedule: [monthly(['SA'], [1], '10:00', '12:00')],
      languages: [],
      accessibility: ['Quiet room', 'Hearing  loop'],
      area: 'north',
      booking: 'referral',
    }),
    makeService({ id: 'helpline', name: 'Family helpline', categories: ['money'] }),
  ];
}

const ids = (list: Service[]) => list.map((s) => s.id);
const f = (over: Partial<ServiceFilters>): ServiceFilters => ({ ...emptyFilters(), ...over });

describe('applyFilters', () => {
  it('keeps everything, in order, with no filters', () => {
    expect(ids(applyFilters(services(), emptyFilters()))).to.deep.equal(['baby-group', 'toddler-music', 'send-club', 'helpline']);
    expect(hasActiveFilters(emptyFilters())).to.equal(false);
    expect(hasActiveFilters(f({ query: 'only a query' }))).to.equal(false);
    expect(hasActiveFilters(f({ freeOnly: true }))).to.equal(true);
    expect(selectedCount(f({ query: 'words' }))).to.equal(0);
    expect(selectedCount(f({ freeOnly: true, days: ['MO', 'TU'], areas: ['north'], accessibility: ['Hearing loop'] }))).to.equal(5);
  });

  it('filters by category (any of the chosen)', () => {
    expect(ids(applyFilters(services(), f({ categories: ['health'] })))).to.deep.equal(['toddler-music']);
    expect(ids(applyFilters(services(), f({ categories: ['send', 'money'] })))).to.deep.equal(['send-club', 'helpline']);
  });

  it("filters by the child's age, overlapping ranges; no range means all ages", () => {
    expect(ids(applyFilters(services(), f({ ages: ['under-1'] })))).to.deep.equal(['baby-group', 'helpline']);
    expect(ids(applyFilters(services(), f({ ages: ['2'] })))).to.deep.equal(['toddler-music', 'helpline']);
    expect(ids(applyFilters(services(), f({ ages: ['4'] })))).to.deep.equal(['send-club', 'helpline']);
    expect(ids(applyFilters(services(), f({ ages: ['5-plus'] })))).to.deep.equal(['send-club', 'helpline']);
    expect(ids(applyFilters(services(), f({ ages: ['under-1', '1'] })))).to.deep.equal(['baby-group', 'toddler-music', 'helpline']);
  });

  it('treats age band edges as inclusive months', () => {
    const at = (minMonths: number, maxMonths: number) => makeService({ name: 'x', ageRange: { minMonths, maxMonths } });
    expect(ageMatches(at(11, 11), 'under-1')).to.equal(true);
    expect(ageMatches(at(12, 12), 'under-1')).to.equal(false);
    expect(ageMatches(at(12, 12), '1')).to.equal(true);
    expect(ageMatches(at(59, 59), '4')).to.equal(true);
    expect(ageMatches(at(60, 60), '4')).to.equal(false);
    expect(ageMatches(at(200, 300), '5-plus')).to.equal(true);
  });

  it('filters free only (unknown cost is not free)', () => {
    expect(ids(applyFilters(services(), f({ freeOnly: true })))).to.deep.equal(['baby-group', 'send-club']);
  });

  it('filters by day of the week, weekly or monthly', () => {
    expect(ids(applyFilters(services(), f({ days: ['TH'] })))).to.deep.equal(['toddler-music']);
    expect(ids(applyFilters(services(), f({ days: ['SA', 'WE'] })))).to.deep.equal(['baby-group', 'send-club']);
    expect(ids(applyFilters(services(), f({ days: ['SU'] })))).to.deep.equal([]);
  });

  it('filters by language, ignoring case and spacing', () => {
    expect(ids(applyFilters(services(), f({ languages: ['urdu'] })))).to.deep.equal(['baby-group']);
    expect(ids(applyFilters(services(), f({ languages: [' ENGLISH '] })))).to.deep.equal(['baby-group', 'toddler-music']);
  });

  it('filters by accessibility, needing every chosen feature', () => {
    expect(ids(applyFilters(services(), f({ accessibility: ['hearing loop'] })))).to.deep.equal(['baby-group', 'send-club']);
    expect(ids(applyFilters(services(), f({ accessibility: ['Hearing loop', 'Step-free access'] })))).to.deep.equal(['baby-group']);
  });

  it('filters by area and by booking', () => {
    expect(ids(applyFilters(services(), f({ areas: ['north'] })))).to.deep.equal(['baby-group', 'send-club']);
    expect(ids(applyFilters(services(), f({ booking: ['drop-in', 'referral'] })))).to.deep.equal(['baby-group', 'send-club']);
    expect(ids(applyFilters(services(), f({ booking: ['booking'] })))).to.deep.equal(['toddler-music']);
  });

  it('combines filters with AND across kinds', () => {
    const combined = f({ categories: ['play', 'send'], freeOnly: true, areas: ['north'], days: ['SA'] });
    expect(ids(applyFilters(services(), combined))).to.deep.equal(['send-club']);
    expect(matchesFilters(services()[0], combined)).to.equal(false);
    expect(ids(applyFilters(services(), f({ ages: ['under-1'], languages: ['Polish'] })))).to.deep.equal([]);
  });

  it('does not apply the query', () => {
    expect(applyFilters(services(), f({ query: 'nothing matches this' }))).to.have.length(4);
  });
});

describe('facetOptions', () => {
  it('counts every filter value in one pass', () => {
    const facets = facetOptions(services(), programme);
    expect(facets.total).to.equal(4);
    expect(facets.free).to.equal(2);
    expect(facets.categories).to.deep.equal([
      { value: 'health', label: 'Health and wellbeing', count: 1 },
      { value: 'play', label: 'Play and learning', count: 2 },
      { value: 'send', label: 'Special educational needs', count: 1 },
      { value: 'money', label: 'Money and housing', count: 1 },
    ]);
    expect(facets.ages).to.deep.equal([
      { value: 'under-1', count: 2 },
      { value: '1', count: 2 },
      { value: '2', count: 2 },
      { value: '3', count: 1 },
      { value: '4', count: 2 },
      { value: '5-plus', count: 2 },
    ]);
    expect(facets.days).to.deep.equal([
      { value: 'MO', count: 1 },
      { value: 'WE', count: 1 },
      { value: 'TH', count: 1 },
      { value: 'SA', count: 1 },
    ]);
    expect(facets.languages).to.deep.equal([
      { value: 'english', label: 'English', count: 2 },
      { value: 'polish', label: 'Polish', count: 1 },
      { value: 'urdu', label: 'Urdu', count: 1 },
    ]);
    expect(facets.accessibility.map((o) => [o.value, o.count])).to.deep.equal([
      ['hearing loop', 2],
      ['step-free access', 2],
      ['quiet room', 1],
    ]);
    expect(facets.areas).to.deep.equal([
      { value: 'north', label: 'Northfield ward', count: 2 },
      { value: 'south', label: 'Southmead ward', count: 1 },
    ]);
    expect(facets.booking).to.deep.equal([
      { value: 'drop-in', count: 1 },
      { value: 'booking', count: 1 },
      { value: 'referral', count: 1 },
    ]);
  });

  it('counts the values a filter value would match', () => {
    const all = services();
    const facets = facetOptions(all, programme);
    for (const option of facets.languages) {
      expect(applyFilters(all, f({ languages: [option.value] })), option.value).to.have.length(option.count);
    }
    for (const option of facets.ages) {
      expect(applyFilters(all, f({ ages: [option.value] })), option.value).to.have.length(option.count);
    }
  });

  it('offers only the programme\'s categories, and keeps selected values at 0', () => {
    const list = [makeService({ name: 'x', categories: ['zeta', 'play'] })];
    const facets = facetOptions(list, programme, f({ categories: ['send', 'gone'], languages: ['Somali'], days: ['FR'] }));
    // "zeta" is not in programme.categories: a feed mistake, not a choice. A selected unknown id stays, to be removed.
    expect(facets.categories.map((o) => [o.value, o.label, o.count])).to.deep.equal([
      ['play', 'Play and learning', 1],
      ['send', 'Special educational needs', 0],
      ['gone', 'Gone', 0],
    ]);
    const unlisted = facetOptions(list, { categories: [], areas: [] }, f({}));
    expect(unlisted.categories.map((o) => [o.value, o.label])).to.deep.equal([
      ['play', 'Play'],
      ['zeta', 'Zeta'],
    ]);
    const readable = facetOptions([makeService({ name: 'y', categories: ['early-years_hub'], area: 'north.ward' })]);
    expect(readable.categories.map((o) => o.label)).to.deep.equal(['Early years hub']);
    expect(readable.areas.map((o) => o.label)).to.deep.equal(['North ward']);
    expect(facets.languages).to.deep.equal([{ value: 'somali', label: 'Somali', count: 0 }]);
    expect(facets.days).to.deep.equal([{ value: 'FR', count: 0 }]);
  });

  it('counts a service once even when it repeats a value', () => {
    const list = [makeService({ name: 'x', categories: ['play', 'play'], languages: ['Urdu', 'urdu'], schedule: [weekly(['MO'], '10:00'), weekly(['MO'], '14:00')] })];
    const facets = facetOptions(list);
    expect(facets.categories[0].count).to.equal(1);
    expect(facets.languages[0].count).to.equal(1);
    expect(facets.days[0].count).to.equal(1);
  });

  it('counts values first met in the middle of a count (a new feed with many new values)', () => {
    const tag = `lang-${Date.now()}`;
    const list = Array.from({ length: 300 }, (_, i) =>
      makeService({ name: `s${i}`, languages: [`${tag} ${i}`, 'Shared language'], area: `area-${tag}-${i % 150}` }),
    );
    const facets = facetOptions(list);
    const ours = facets.languages.filter((o) => o.value.startsWith(tag));
    expect(ours).to.have.length(300);
    expect(ours.every((o) => o.count === 1)).to.equal(true);
    expect(ours.find((o) => o.value === `${tag} 7`)!.label).to.equal(`${tag} 7`);
    expect(facets.languages.find((o) => o.value === 'shared language')!.count).to.equal(300);
    expect(facets.areas.filter((o) => o.value.startsWith(`area-${tag}`)).every((o) => o.count === 2)).to.equal(true);
    // Counting again (every value now known) gives the same answer.
    expect(facetOptions(list)).to.deep.equal(facets);
  });
});

describe('accessibility filter options', () => {
  const note = 'Uneven ground; all-terrain buggy path to the meeting point';
  const directory = [
    makeService({ name: 'A', accessibility: ['Step-free access', note, 'Hearing loop'] }),
    makeService({ name: 'B', accessibility: ['step-free  access', note] }),
    makeService({ name: 'C', accessibility: ['Flat, tarmac path suitable for buggies and wheelchairs and prams', 'Flat, tarmac path suitable for buggies and wheelchairs and prams'] }),
  ];

  it('offers short values more than one service gives, never a free-text note', () => {
    const { options } = filterAndCount(directory, emptyFilters());
    expect(options.accessibility.map((o) => o.label)).to.deep.equal(['Step-free access']);
  });

  it('offers the areas of need an Outpost directory lists, the longest of them too', () => {
    // Outpost's `send_needs` (Buckinghamshire's Family Information Service, scout-x fixtures): the SEND Code of Practice's areas.
    const social = 'Social, emotional and mental health difficulties';
    const speech = 'Speech, language and communication needs';
    const send = [
      makeService({ name: 'D', accessibility: ['Autism', social, speech] }),
      makeService({ name: 'E', accessibility: ['Autism', social, speech, 'Hearing'] }),
    ];
    const { options } = filterAndCount(send, emptyFilters());
    expect(options.accessibility.map((o) => [o.label, o.count])).to.have.deep.members([
      ['Autism', 2],
      [social, 2],
      [speech, 2],
    ]);
  });

  it('judges repetition over the whole directory, not the current results', () => {
    const { options } = filterAndCount(directory.slice(0, 1), emptyFilters(), undefined, directory);
    expect(options.accessibility.map((o) => [o.label, o.count])).to.deep.equal([['Step-free access', 1]]);
  });

  it('keeps a ticked value so it can be removed', () => {
    const { options } = filterAndCount(directory, { ...emptyFilters(), accessibility: ['Hearing loop'] });
    expect(options.accessibility.map((o) => o.label)).to.have.members(['Step-free access', 'Hearing loop']);
  });
});
