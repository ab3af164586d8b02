import { expect } from '@open-wc/testing';
import { emptyFilters, type ServiceFilters } from '../../src/service-finder/filters.js';
import { readUrlState, urlStateKeys, writeUrlState, type FinderUrlState } from '../../src/service-finder/url-state.js';

const full: ServiceFilters = {
  query: 'baby group',
  categories: ['play', 'health'],
  ages: ['under-1', '2'],
  freeOnly: true,
  days: ['MO', 'SA'],
  languages: ['Urdu', 'British Sign Language'],
  accessibility: ['Step-free access'],
  areas: ['north'],
  booking: ['drop-in'],
};

describe('URL state', () => {
  it('round-trips every filter, the postcode and the page', () => {
    const state: FinderUrlState = { filters: full, postcode: 'nb1 4aa', page: 3 };
    const params = writeUrlState(new URLSearchParams(), state);
    expect(readUrlState(params)).to.deep.equal({ filters: full, postcode: 'NB1 4AA', page: 3 });
  });

  it('uses prefixed, readable parameters', () => {
    const params = writeUrlState(new URLSearchParams(), { filters: { ...emptyFilters(), query: 'rhyme time', categories: ['play'], freeOnly: true } });
    expect(params.toString()).to.equal('pc-q=rhyme+time&pc-cat=play&pc-free=1');
  });

  it("keeps the host page's own parameters and replaces only its own", () => {
    const host = new URLSearchParams('lang=cy&pc-q=old&utm_source=newsletter&pc-cat=x&pc-other=keep');
    const params = writeUrlState(host, { filters: { ...emptyFilters(), query: 'new' } });
    expect(params.get('lang')).to.equal('cy');
    expect(params.get('utm_source')).to.equal('newsletter');
    expect(params.get('pc-other')).to.equal('keep');
    expect(params.getAll('pc-q')).to.deep.equal(['new']);
    expect(params.has('pc-cat')).to.equal(false);
    // The input is not modified.
    expect(host.get('pc-q')).to.equal('old');
  });

  it('writes nothing for empty filters, page 1 and no postcode', () => {
    const params = writeUrlState(new URLSearchParams('a=1'), { filters: emptyFilters(), page: 1 });
    expect(params.toString()).to.equal('a=1');
    expect(readUrlState(new URLSearchParams('a=1'))).to.deep.equal({ filters: emptyFilters() });
  });

  it('supports another prefix so two finders can share a page', () => {
    const first = writeUrlState(new URLSearchParams(), { filters: { ...emptyFilters(), query: 'one' } });
    const both = writeUrlState(first, { filters: { ...emptyFilters(), query: 'two' } }, 'pc2');
    expect(readUrlState(both).filters.query).to.equal('one');
    expect(readUrlState(both, { prefix: 'pc2' }).filters.query).to.equal('two');
    expect(urlStateKeys('pc2')).to.include('pc2-q');
  });

  it('ignores unknown and invalid values', () => {
    const params = new URLSearchParams(
      [
        'pc-age=7',
        'pc-age=2',
        'pc-day=XX',
        'pc-day=we',
        'pc-book=walk-in',
        'pc-book=booking',
        'pc-cat=bad id!',
        'pc-cat=play',
        'pc-free=maybe',
        'pc-postcode=ABC 1234',
        'pc-page=-2',
        `pc-lang=${'x'.repeat(500)}`,
        'pc-unknown=1',
      ].join('&'),
    );
    const state = readUrlState(params);
    expect(state.filters.ages).to.deep.equal(['2']);
    expect(state.filters.days).to.deep.equal(['WE']);
    expect(state.filters.booking).to.deep.equal(['booking']);
    expect(state.filters.categories).to.deep.equal(['play']);
    expect(state.filters.freeOnly).to.equal(false);
    expect(state.filters.languages).to.deep.equal([]);
    expect(state.postcode).to.equal(undefined);
    expect(state.page).to.equal(undefined);
  });

  it('can restrict categories and areas to the known ones', () => {
    const params = new URLSearchParams('pc-cat=play&pc-cat=gone&pc-area=north&pc-area=mars');
    const state = readUrlState(params, { categories: ['play', 'health'], areas: ['north'] });
    expect(state.filters.categories).to.deep.equal(['play']);
    expect(state.filters.areas).to.deep.equal(['north']);
  });

  it('accepts an outward code as the postcode and tidies the query', () => {
    const state = readUrlState(new URLSearchParams('pc-postcode=nb1&pc-q=%20%20baby%20%20%20group%20'));
    expect(state.postcode).to.equal('NB1');
    expect(state.filters.query).to.equal('baby group');
  });

  it('drops duplicate values and survives hostile text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const params = writeUrlState(new URLSearchParams(), {
      filters: { ...emptyFilters(), query: hostile, languages: ['Urdu', 'Urdu'], days: ['MO', 'MO'] },
    });
    expect(params.getAll('pc-lang')).to.deep.equal(['Urdu']);
    const state = readUrlState(new URLSearchParams(params.toString()));
    expect(state.filters.query).to.equal(hostile);
    expect(state.filters.days).to.deep.equal(['MO']);
  });
});
