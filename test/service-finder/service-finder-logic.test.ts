import { expect } from '@open-wc/testing';
import { ar, enGB } from '../support/strings.js';
import { applyFilters, emptyFilters, type ServiceFilters } from '../../src/service-finder/filters.js';
import { facetOptions, filterAndCount } from '../../src/service-finder/facet-counts.js';
import { placer } from '../../src/service-finder/near-me.js';
import { byName, limitToCategories, parseCategoryList, runSearch } from '../../src/service-finder/finder-search.js';
import { ServiceIndex } from '../../src/service-finder/search-index.js';
import { ageBandText, languageName } from '../../src/service-finder/panel-text.js';
import { ageRangeText, costText, distanceText } from '../../src/service-finder/service-text.js';
import { directionsUrl } from '../../src/ui/directions.js';
import { milesToKm } from '../../src/service-finder/distance.js';
import { directory, makeService, programme, weekly } from '../fixtures/index.js';
import { syntheticFeed } from '../bench/generate.js';
import { validateNativeFeed } from '../../src/data/validate-native.js';

const num = (n: number) => String(n);

describe('service finder: words for facts', () => {
  it('words age ranges the way parents say them', () => {
    const cases: [number | undefined, number | undefined, string | undefined][] = [
      [0, 59, '0 to 4 years'],
      [0, 11, 'Under 1'],
      [0, 23, 'Under 2'],
      [12, 23, '1 year'],
      [24, 35, '2 years'],
      [36, 59, '3 to 4 years'],
      [6, 59, '6 months to 4 years'],
      [3, 23, '3 to 23 months'],
      [0, 5, '0 to 5 months'],
      [60, undefined, '5 years and over'],
      [6, undefined, '6 months and over'],
      [0, 300, '0 to 25 years'],
      [undefined, undefined, undefined],
    ];
    for (const [minMonths, maxMonths, expected] of cases) {
      expect(ageRangeText({ minMonths, maxMonths }, enGB, num), `${minMonths}–${maxMonths}`).to.equal(expected);
    }
    expect(ageRangeText(undefined, enGB, num)).to.equal(undefined);
    expect(ageRangeText({ minMonths: 0, maxMonths: 59 }, ar, num)).to.equal('من 0 إلى 4 سنوات');
  });

  it('names the age bands of the filter', () => {
    expect((['under-1', '1', '2', '5-plus'] as const).map((band) => ageBandText(band, enGB, num))).to.deep.equal([
      'Under 1',
      '1 year',
      '2 years',
      '5 years and over',
    ]);
    expect(ageBandText('2', ar, num)).to.equal('سنتان');
  });

  it('says free, a price, or that there is a charge', () => {
    expect(costText({ free: true }, enGB)).to.deep.equal({ label: 'Free' });
    expect(costText({ free: true, details: 'Bring a snack' }, enGB)).to.deep.equal({ label: 'Free', details: 'Bring a snack' });
    expect(costText({ free: false, details: '£3 a session' }, enGB)).to.deep.equal({ label: '£3 a session' });
    expect(costText({ free: false }, enGB)).to.deep.equal({ label: 'There is a charge' });
    expect(costText(undefined, enGB)).to.equal(undefined);
  });

  it('gives distances in miles, one decimal under ten', () => {
    expect(distanceText(milesToKm(1.23), enGB, 'en-GB')).to.equal('1.2 miles');
    expect(distanceText(milesToKm(1), enGB, 'en-GB')).to.equal('1 mile');
    // Never "0 miles".
    expect(distanceText(milesToKm(0.04), enGB, 'en-GB')).to.equal('Under 0.1 miles');
    expect(distanceText(0, ar, 'ar')).to.equal(`أقل من ${new Intl.NumberFormat('ar', { maximumFractionDigits: 1 }).format(0.1)} ميل`);
    expect(distanceText(milesToKm(0.06), enGB, 'en-GB')).to.equal('0.1 miles');
    expect(distanceText(milesToKm(14.4), enGB, 'en-GB')).to.equal('14 miles');
  });

  it('names languages from codes in the parent’s language, and keeps written names', () => {
    expect(languageName('ur', 'en-GB')).to.equal('Urdu');
    expect(languageName('pl', 'en-GB')).to.equal('Polish');
    expect(languageName('Polish', 'en-GB')).to.equal('Polish');
    expect(languageName('British Sign Language', 'en-GB')).to.equal('British Sign Language');
    expect(languageName('pl', 'ar')).not.to.equal('pl');
  });

  it('links directions by coordinates, else by address', () => {
    expect(directionsUrl({ lat: 53.1, lng: -1.2 })).to.equal('https://www.google.com/maps/dir/?api=1&destination=53.1%2C-1.2');
    expect(directionsUrl({ address: '1 High St', postcode: 'NB1 4AA' })).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=1%20High%20St%2C%20NB1%204AA',
    );
    expect(directionsUrl({})).to.equal(undefined);
    expect(directionsUrl(undefined)).to.equal(undefined);
  });
});

describe('service finder: search pipeline', () => {
  it('orders by name like the index does, numbers in numeric order', () => {
    const services = ['Group 10', 'group 2', 'Éclair club', 'apple'].map((name) => makeService({ name }));
    expect(byName(services).map((s) => s.name)).to.deep.equal(['apple', 'Éclair club', 'group 2', 'Group 10']);
    const index = new ServiceIndex(services);
    expect(index.byName.map((s) => s.name)).to.deep.equal(byName(services).map((s) => s.name));
  });

  it('limits to the site’s categories', () => {
    expect(parseCategoryList(' send, play  health ')).to.deep.equal(['send', 'play', 'health']);
    expect(parseCategoryList(undefined)).to.deep.equal([]);
    const services = directory();
    const limited = limitToCategories(services, programme, ['send']);
    expect(limited.services.map((s) => s.id)).to.deep.equal(['send-advice', 'portage']);
    expect(limited.programme.categories!.map((c) => c.id)).to.deep.equal(['send']);
    expect(limitToCategories(services, programme, []).services).to.equal(services);
  });

  it('waits for the search engine only when the query has words', () => {
    const services = byName(directory());
    const filters = { ...emptyFilters(), query: 'nursary' };
    expect(runSearch({ services, programme, filters })).to.equal(undefined);
    const empty = runSearch({ services, programme, filters: emptyFilters() })!;
    expect(empty.results.map((r) => r.service)).to.deep.equal(services);
    expect(empty.options, 'no counts without the panel chunk’s counter').to.equal(undefined);
    const counted = runSearch({ services, programme, filters: { ...emptyFilters(), freeOnly: true }, count: filterAndCount })!;
    expect(counted.results.map((r) => r.service)).to.deep.equal(applyFilters(services, { ...emptyFilters(), freeOnly: true }));
    expect(counted.options?.total).to.equal(counted.results.length);
    const found = runSearch({ services, programme, filters, searcher: new ServiceIndex(services, { programme }) })!;
    expect(found.results.map((r) => r.service.id)).to.include('acorns');
  });

  it('keeps search results inside the limited list', () => {
    const all = directory();
    const index = new ServiceIndex(all, { programme });
    const limited = limitToCategories(all, programme, ['play']);
    const result = runSearch({
      services: byName(limited.services),
      programme: limited.programme,
      filters: { ...emptyFilters(), query: 'baby' },
      searcher: index,
    })!;
    expect(result.results.every((r) => r.service.categories!.includes('play'))).to.equal(true);
    expect(result.results.length).to.be.greaterThan(0);
  });

  it('places results by distance with an origin, or by postcode district without one', () => {
    const near = makeService({ name: 'Near', location: { postcode: 'NB1 4AA', lat: 53.02, lng: -1.3 } });
    const far = makeService({ name: 'Far', location: { postcode: 'NB9 1AA', lat: 53.5, lng: -1.0 } });
    const nowhere = makeService({ name: 'Anywhere' });
    const services = byName([near, far, nowhere]);
    const byDistance = runSearch({ services, programme, filters: emptyFilters(), place: placer({ origin: { lat: 53.49, lng: -1.0 } }) })!;
    expect(byDistance.results.map((r) => r.service.name)).to.deep.equal(['Far', 'Near', 'Anywhere']);
    expect(byDistance.results[0].km).to.be.below(2);
    const byPostcode = runSearch({ services, programme, filters: emptyFilters(), place: placer({ postcode: 'NB1' }) })!;
    // Same district first, then the same postcode area (NB), then the rest.
    expect(byPostcode.results.map((r) => r.service.name)).to.deep.equal(['Near', 'Far', 'Anywhere']);
  });

  it('counts each filter’s options as if that filter were not set', () => {
    const services = [
      makeService({ name: 'A', schedule: [weekly(['MO'], '10:00')], area: 'north', cost: { free: true } }),
      makeService({ name: 'B', schedule: [weekly(['TU'], '10:00')], area: 'north', cost: { free: false } }),
      makeService({ name: 'C', schedule: [weekly(['TU'], '10:00')], area: 'south', cost: { free: true } }),
    ];
    const filters = { ...emptyFilters(), days: ['MO' as const], freeOnly: true };
    const { filtered, options } = filterAndCount(services, filters, programme);
    expect(filtered.map((s) => s.name)).to.deep.equal(['A']);
    // Days: counted with "free only" but without the day filter: Monday 1 (A), Tuesday 1 (C).
    expect(options.days).to.deep.equal([
      { value: 'MO', count: 1 },
      { value: 'TU', count: 1 },
    ]);
    // Free: counted without "free only", with Monday: A.
    expect(options.free).to.equal(1);
    // Areas: counted within the current results (A).
    expect(options.areas.map((o) => [o.value, o.count])).to.deep.equal([['north', 1]]);
  });

  it('counts in one pass exactly what filtering again without each filter would count', () => {
    // The definition, spelled out the slow way: the results' own counts, then each set
    // either-or filter's options counted over the services that pass every other filter.
    const { feed } = validateNativeFeed(syntheticFeed(400, 0, 7));
    const services = feed.services.map((s, i) => ({
      ...s,
      languages: [['English'], ['Polish', 'English'], ['urdu '], []][i % 4],
      accessibility: [['Step-free access'], ['Hearing loop', 'step-free  access'], []][i % 3],
      booking: (['drop-in', 'booking', 'referral', undefined] as const)[i % 4],
    }));
    const slow = (filters: ServiceFilters) => {
      const filtered = applyFilters(services, filters);
      const options = facetOptions(filtered, feed.programme, filters);
      for (const key of ['categories', 'ages', 'days', 'languages', 'areas', 'booking'] as const) {
        if (filters[key].length === 0) continue;
        Object.assign(options, { [key]: facetOptions(applyFilters(services, { ...filters, [key]: [] }), feed.programme, filters)[key] });
      }
      return { filtered, options };
    };
    const cases: Partial<ServiceFilters>[] = [
      {},
      { freeOnly: true },
      { ages: ['1'], freeOnly: true },
      { categories: ['play', 'health'], days: ['MO'] },
      { languages: ['polish'], areas: ['area-1', 'area-2'] },
      { accessibility: ['step-free access'], booking: ['drop-in'] },
      { categories: ['send'], ages: ['under-1', '4'], days: ['SA', 'SU'], languages: ['Urdu'], areas: ['area-3'], booking: ['booking'], freeOnly: true },
    ];
    for (const partial of cases) {
      const filters = { ...emptyFilters(), ...partial };
      const fast = filterAndCount(services, filters, feed.programme);
      const expected = slow(filters);
      expect(fast.filtered, JSON.stringify(partial)).to.deep.equal(expected.filtered);
      expect(fast.options, JSON.stringify(partial)).to.deep.equal(expected.options);
      // Not vacuous: the case narrows the list, or it is the unfiltered one.
      if (Object.keys(partial).length) expect(fast.filtered.length, JSON.stringify(partial)).to.be.below(services.length);
    }
  });
});
