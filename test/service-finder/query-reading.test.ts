import { expect } from '@open-wc/testing';
import { ServiceIndex } from '../../src/service-finder/search-index.js';
import { emptyFilters } from '../../src/service-finder/filters.js';
import { EVERYDAY_WORDS } from '../../src/service-finder/everyday-words.js';
import { deadEndRoutes } from '../../src/service-finder/dead-ends.js';
import { makeService } from '../fixtures/index.js';

const categories = [
  { id: 'send', label: 'SEND support' },
  { id: 'stay-and-play', label: 'Stay and play' },
  { id: 'early-ed', label: 'Free early education' },
];
const index = new ServiceIndex([makeService({ name: 'Little Acorns Nursery' }), makeService({ name: 'Dads group' })]);
const read = (query: string) => index.read(query, categories);

describe('reading everyday words as filters', () => {
  it('reads "free on saturday" as Free and Saturday, leaving nothing to search', () => {
    const reading = read('free on saturday');
    expect(reading.filters.freeOnly).to.be.true;
    expect(reading.filters.days).to.deep.equal(['SA']);
    expect(reading.text).to.equal('');
  });

  it('reads ages however a parent writes them', () => {
    expect(read('2 year old').filters.ages).to.deep.equal(['2']);
    expect(read('2-year-olds').filters.ages).to.deep.equal(['2']);
    expect(read('aged 3').filters.ages).to.deep.equal(['3']);
    expect(read('18 months').filters.ages).to.deep.equal(['1']);
    expect(read('toddler').filters.ages).to.deep.equal(['1', '2']);
    expect(read('under 5s').filters.ages).to.deep.equal(['under-1', '1', '2', '3', '4']);
    expect(read('under fives').filters.ages).to.deep.equal(['under-1', '1', '2', '3', '4']);
    expect(read('7 year old').filters.ages).to.deep.equal(['5-plus']);
  });

  it('leaves a bare number, and a number of years no child has, as words', () => {
    expect(read('2').filters.ages).to.deep.equal([]);
    expect(read('40 year old').filters.ages).to.deep.equal([]);
  });

  it('reads days, the weekend and drop-in', () => {
    expect(read('Mondays').filters.days).to.deep.equal(['MO']);
    expect(read('at the weekend').filters.days).to.deep.equal(['SA', 'SU']);
    expect(read('drop-in').filters.booking).to.deep.equal(['drop-in']);
  });

  it('keeps a synonym phrase as words to search: "free food" is a food bank, not a Free filter', () => {
    const reading = read('free food');
    expect(reading.filters.freeOnly).to.be.false;
    expect(reading.text).to.equal('free food');
  });

  it('reads a category from its label, and from a synonym of its label ("autism" is SEND support)', () => {
    expect(read('autism').filters.categories).to.deep.equal(['send']);
    expect(read('stay and play').filters.categories).to.deep.equal(['stay-and-play']);
    // A whole label wins over the everyday word inside it.
    const early = read('free early education');
    expect(early.filters.categories).to.deep.equal(['early-ed']);
    expect(early.filters.freeOnly).to.be.false;
  });

  it('searches for a category word with other words instead of filtering by it', () => {
    const reading = read('autism swimming');
    expect(reading.filters.categories).to.deep.equal([]);
    expect(reading.text).to.equal('autism swimming');
    // Other filter words still apply.
    const onSunday = read('autism swimming sunday');
    expect(onSunday.filters.days).to.deep.equal(['SU']);
    expect(onSunday.text.trim()).to.equal('autism swimming');
  });

  it('reads "near me" as a wish to sort by distance', () => {
    expect(read('stay and play near me').nearMe).to.be.true;
    expect(read('nurseries').nearMe).to.be.false;
  });

  it('takes a phrase out of the query when its filter is removed, and merges the rest with the ticks', () => {
    const query = 'free on saturday';
    const reading = read(query);
    const saturday = reading.phrases.filter((p) => p.filter === 'days');
    expect(reading.queryWithout(saturday)).to.equal('free on');
    const merged = reading.filtersWith({ ...emptyFilters(), query, days: ['MO'] });
    expect(merged.days).to.deep.equal(['MO', 'SA']);
    expect(merged.freeOnly).to.be.true;
  });

  it('reads words from a table a site passes instead of the built-in one', () => {
    const welsh = new ServiceIndex([], {
      everydayWords: { ...EVERYDAY_WORDS, words: [{ phrases: ['am ddim'], means: { filter: 'freeOnly' } }] },
    });
    expect(welsh.read('am ddim').filters.freeOnly).to.be.true;
    expect(welsh.read('free').filters.freeOnly).to.be.false;
  });

  it('suggests a spelling the directory holds for a word it does not', () => {
    expect(index.suggest('nrsery')).to.equal('nursery');
    expect(index.suggest('nursery')).to.equal(undefined);
    expect(index.suggest('xqzvw')).to.equal(undefined);
  });
});

describe('ways out of no results', () => {
  it('names a spelling as the parent\'s words put right, and leaves the filters out when they find nothing', () => {
    const services = [makeService({ name: 'Rhyme time at the library', schedule: [{ frequency: 'weekly', byDay: ['MO'], opensAt: '10:00' }] })];
    const searcher = new ServiceIndex(services);
    const filters = { ...emptyFilters(), query: 'rhyme tme sunday' };
    const effective = searcher.read(filters.query).filtersWith(filters);
    expect(effective.days).to.deep.equal(['SU']);
    const routes = deadEndRoutes({ services, programme: { categories: [], areas: [] }, filters, effective, searcher });
    expect(routes.spellings.map((r) => [r.words, r.total, r.withoutFilters])).to.deep.equal([['rhyme time', 1, true]]);
    expect(routes.spellings[0].to.query).to.equal('rhyme time');
    expect(routes.spellings[0].to.days).to.deep.equal([]);
  });
});
