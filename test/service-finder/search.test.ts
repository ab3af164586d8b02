import { expect } from '@open-wc/testing';
import { ServiceIndex } from '../../src/service-finder/search-index.js';
import { validateNativeFeed } from '../../src/data/validate-native.js';
import { SynonymMatcher, parseQuery } from '../../src/service-finder/query.js';
import { editDistance, stem, terms } from '../../src/service-finder/search-text.js';
import { FAMILY_SERVICE_SYNONYMS } from '../../src/service-finder/synonyms.js';
import { emptyFilters } from '../../src/service-finder/filters.js';
import { filterAndCount } from '../../src/service-finder/facet-counts.js';
import { directory, makeService, programme } from '../fixtures/index.js';

function index() {
  return new ServiceIndex(directory(), { programme });
}

describe('search text', () => {
  it('folds case, accents and plurals, and drops glue words', () => {
    expect(terms('Nurseries & Cafés for the Babies')).to.deep.equal(['nursery', 'cafe', 'baby']);
    expect(terms("Children's centre, 2 year olds")).to.deep.equal(['children', 'centre', '2', 'year', 'old']);
    expect(stem('classes')).to.equal('class');
    expect(stem('bus')).to.equal('bus');
    expect(stem('nursery')).to.equal('nursery');
  });

  it('measures edit distance with an early exit', () => {
    expect(editDistance('nursary', 'nursery', 1)).to.equal(1);
    expect(editDistance('brestfeeding', 'breastfeeding', 2)).to.equal(1);
    expect(editDistance('abc', 'xyz', 1)).to.equal(2);
  });
});

describe('query parsing', () => {
  const matcher = new SynonymMatcher(FAMILY_SERVICE_SYNONYMS);

  it('expands a known phrase into its synonym group', () => {
    const [concept] = parseQuery('baby group', matcher);
    expect(concept.typed.map((t) => t.term)).to.deep.equal(['baby', 'group']);
    const alternatives = concept.synonyms.map((s) => s.join(' '));
    expect(alternatives).to.include('stay play');
    expect(alternatives).to.include('playgroup');
    expect(alternatives).not.to.include('baby group');
  });

  it('prefers the longest phrase and keeps other words as their own concepts', () => {
    const concepts = parseQuery('special educational needs Northfield', matcher);
    expect(concepts).to.have.length(2);
    expect(concepts[0].typed.map((t) => t.term)).to.deep.equal(['special', 'educational', 'need']);
    expect(concepts[0].synonyms.map((s) => s.join(' '))).to.include('send');
    expect(concepts[1].synonyms).to.deep.equal([]);
  });

  it('matches a misspelt synonym only when the word is not in the index', () => {
    const [typo] = parseQuery('nursary', matcher, () => false);
    // Searched as the word meant, typos still allowed, with that word's synonyms.
    expect(typo.typed).to.deep.equal([{ term: 'nursery', prefix: true, fuzzy: 1 }]);
    expect(typo.synonyms.map((s) => s.join(' '))).to.include('childcare');
    const [known] = parseQuery('nursary', matcher, (term) => term === 'nursary');
    expect(known.synonyms).to.deep.equal([]);
  });

  it('allows no typos in short words and prefixes only from two letters', () => {
    const [short] = parseQuery('dab', matcher);
    expect(short.typed[0]).to.deep.include({ fuzzy: 0, prefix: true });
    const concepts = parseQuery('b ba', matcher);
    expect(concepts.map((c) => c.typed[0].term)).to.deep.equal(['ba']);
    expect(concepts[0].typed[0].prefix).to.equal(true);
    expect(parseQuery('brestfeeding', matcher)[0].typed[0].fuzzy).to.equal(2);
  });
});

describe('ServiceIndex', () => {
  it('returns every service by name for an empty or glue-word query', () => {
    const idx = index();
    const names = idx.search('').map((s) => s.name);
    expect(names).to.have.length(directory().length);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
    expect(idx.search('   the and  ').map((s) => s.id)).to.deep.equal(idx.search('').map((s) => s.id));
  });

  it('searches whole descriptions: a word late in a long one is found, at once and in the background', async () => {
    const opening = 'A friendly group for carers and the people they look after. '.repeat(30); // ~1,800 characters
    const late = makeService({ id: 'memory-cafe', name: 'Memory Café', description: `${opening}Support for people living with dementia.` });
    const early = makeService({ id: 'carers', name: 'Carers Hub', description: 'Dementia advice for carers.' });
    const small = new ServiceIndex([late, early], { programme });
    expect(small.searchIds('dementia')).to.have.members(['memory-cafe', 'carers']);
    // Over the at-once limit the descriptions are indexed in steps; once ready, the same answer.
    const many = Array.from({ length: 300 }, (_, i) => makeService({ id: `s${i}`, name: `Service ${i}`, description: opening }));
    const big = new ServiceIndex([...many, late, early], { programme, backgroundAbove: 10 });
    await big.ready;
    expect(big.searchIds('dementia')).to.have.members(['memory-cafe', 'carers']);
  });

  it("ranks the parent's own word, even in a description, above a synonym in a name", () => {
    // A council's list: many services mention speech in passing (a common word scores little
    // there), a few are named with a synonym of it ("talking").
    const mentions = Array.from({ length: 20 }, (_, i) =>
      makeService({
        id: `family-${i}`,
        name: `Family support ${i}`,
        description: `Our team can help with speech, sleep, feeding and behaviour. ${'Drop in to any of our sessions across the borough in term time and the holidays. '.repeat(10)}`,
      }),
    );
    const synonymsOnly = [
      makeService({ id: 'talking-news', name: 'Talking News Paper', description: 'Local news read aloud for people with sight loss.' }),
      makeService({ id: 'talking-therapies', name: 'NHS Talking Therapies', description: 'Counselling for anxiety and low mood.' }),
      makeService({ id: 'talking-money', name: 'Talking Money', description: 'Free advice on debt and benefits.' }),
    ];
    const idx = new ServiceIndex([...mentions, ...synonymsOnly], { programme });
    const found = idx.searchIds('speech');
    // Every service that says "speech" comes first; the synonym still finds the others, after them.
    expect(found.slice(0, 20)).to.have.members(mentions.map((s) => s.id));
    expect(found.slice(20)).to.have.members(synonymsOnly.map((s) => s.id));
  });

  it('tolerates typos: "brestfeeding" and "nursary"', () => {
    const idx = index();
    const breastfeeding = idx.searchIds('brestfeeding');
    expect(breastfeeding[0]).to.equal('bf-dropin');
    expect(breastfeeding).to.include('baby-massage');
    const nursery = idx.searchIds('nursary');
    expect(nursery).to.include('acorns');
    // Through the synonym group, not the spelling: this service never says "nursery".
    expect(nursery).to.include('funded-2s');
  });

  it('ranks a misspelt word as the word the parent meant, above its synonyms', () => {
    // "Infant feeding" is a synonym of "breastfeeding": for the correct spelling it ranks
    // below the services named Breastfeeding, and a typo must not turn that round.
    const team = 'Infant Feeding Team';
    const services = [
      makeService({
        id: 'helpline',
        name: 'Infant feeding helpline',
        description: 'Support from infant feeding specialists for breast, bottle and mixed feeding.',
        organisation: team,
        categories: ['feeding'],
      }),
      makeService({ id: 'bf-cafe', name: 'Breastfeeding café', description: 'Run by peer supporters and an infant feeding lead.', organisation: team }),
      makeService({ id: 'bf-group', name: 'Breastfeeding group', description: 'Peer support for breastfeeding.', categories: ['feeding'] }),
      makeService({ id: 'weaning', name: 'Starting solids', description: 'Weaning talks.' }),
    ];
    const idx = new ServiceIndex(services, { programme });
    for (const query of ['breastfeeding', 'brestfeeding', 'breastfeedin', 'brestfeedng']) {
      const ids = idx.searchIds(query);
      expect(ids.slice(0, 2), query).to.have.members(['bf-cafe', 'bf-group']);
      expect(ids, query).to.include('helpline');
      expect(ids, query).not.to.include('weaning');
    }
    expect(idx.searchIds('brest feeding')).to.include.members(['bf-cafe', 'bf-group', 'helpline']);
  });

  it('ranks services named after the word first in a realistic directory, however it is typed', async () => {
    const { feed } = validateNativeFeed(await (await fetch('/demo/sample-feed.json')).json());
    const idx = new ServiceIndex(feed.services, { programme: feed.programme });
    const named = feed.services.filter((s) => /^breastfeeding/i.test(s.name)).map((s) => s.id);
    expect(named).to.have.length(2);
    for (const query of ['breastfeeding', 'brestfeeding', 'breast feeding', 'brest feeding']) {
      expect(idx.searchIds(query).slice(0, 2), query).to.have.members(named);
    }
  });

  it('does not let short words match everything', () => {
    const idx = index();
    expect(idx.searchIds('dab')).to.deep.equal([]);
    expect(idx.searchIds('food')).to.deep.equal(['food-bank']);
  });

  it('matches prefixes while the parent is typing', () => {
    const idx = index();
    expect(idx.searchIds('breastf')[0]).to.equal('bf-dropin');
    expect(idx.searchIds('rhy')).to.include('rhymes');
    expect(idx.searchIds('stay and pl')).to.include('stay-play');
  });

  it('finds a service by a need it meets, named nowhere else (an Outpost service\'s SEND needs)', () => {
    const services = [
      makeService({ name: 'Abbotts View Alpacas', description: 'Meet the alpacas on our farm.', accessibility: ['Autism', 'Social, emotional and mental health difficulties'] }),
      makeService({ name: 'Riverside Brownies', accessibility: ['Wheelchair accessible'] }),
      makeService({ name: 'Story time', description: 'Stories and songs.' }),
    ];
    const idx = new ServiceIndex(services, { programme });
    expect(idx.search('autism').map((s) => s.name)).to.deep.equal(['Abbotts View Alpacas']);
    expect(idx.search('mental health').map((s) => s.name)).to.include('Abbotts View Alpacas');
    expect(idx.search('wheelchair').map((s) => s.name)).to.deep.equal(['Riverside Brownies']);
  });

  it('ranks a name match above a description mention', () => {
    const ids = index().searchIds('breastfeeding');
    expect(ids.indexOf('bf-dropin')).to.be.lessThan(ids.indexOf('baby-massage'));
    expect(ids.indexOf('baby-massage')).to.be.greaterThan(-1);
  });

  it('expands family-service synonyms', () => {
    const idx = index();
    expect(idx.searchIds('childcare')).to.include.members(['acorns', 'funded-2s']);
    expect(idx.searchIds('baby group')).to.include('stay-play');
    expect(idx.searchIds('baby group')).not.to.include('food-bank');
    expect(idx.searchIds('infant feeding')).to.include('bf-dropin');
    expect(idx.searchIds('library')).to.include('rhymes');
    expect(idx.searchIds('health visiting')).to.include('hv-clinic');
    expect(idx.searchIds('send')).to.include.members(['send-advice', 'portage']);
    expect(idx.searchIds('foodbank')).to.include('food-bank');
  });

  it('keeps the hidden synonym-group terms out of reach of typing', () => {
    const idx = index();
    expect(idx.searchIds('syn0')).to.deep.equal([]);
    expect(idx.searchIds('\u0001syn0')).to.deep.equal([]);
    expect(idx.searchIds('syn')).to.deep.equal([]);
  });

  it('ranks the typed word above its synonyms', () => {
    const ids = index().searchIds('nursery');
    expect(ids[0]).to.equal('acorns');
  });

  it('needs every word of a multi-word query, falling back to any word', () => {
    const idx = index();
    expect(idx.searchIds('rhyme library')).to.deep.equal(['rhymes']);
    expect(idx.searchIds('massage sleep')).to.deep.equal(['baby-massage']);
    // No service is about both: any match is better than none.
    const either = idx.searchIds('massage foodbank');
    expect(either).to.include.members(['baby-massage', 'food-bank']);
  });

  it('searches category labels, organisations and places', () => {
    const idx = index();
    expect(idx.searchIds('wellbeing')).to.include.members(['bf-dropin', 'hv-clinic']);
    expect(idx.searchIds('barnardos')).to.include.members(['send-advice', 'dads']);
    expect(idx.searchIds('northfield')).to.include.members(['bf-dropin', 'rhymes']);
  });

  it('finds with filters, keeping the ranking', () => {
    const idx = index();
    const ranked = idx.search('breastfeeding');
    const { filtered } = filterAndCount(ranked, { ...emptyFilters(), categories: ['feeding'] });
    expect(filtered.map((s) => s.id)).to.deep.equal(['bf-dropin']);
    const all = filterAndCount(ranked, emptyFilters()).filtered;
    expect(all.length).to.be.greaterThan(1);
    expect(all).to.deep.equal(ranked);
  });

  it('survives duplicate ids and odd text', () => {
    const services = [
      makeService({ id: 'same', name: 'Twin one' }),
      makeService({ id: 'same', name: 'Twin two' }),
      makeService({ name: '<img src=x onerror=alert(1)>', description: '💥'.repeat(3000) }),
    ];
    const idx = new ServiceIndex(services);
    expect(idx.search('twin').map((s) => s.name)).to.have.members(['Twin one', 'Twin two']);
    expect(idx.search('img onerror')).to.have.length(1);
  });

  it('indexes small directories completely at once', () => {
    const idx = index();
    expect(idx.complete).to.equal(true);
    expect(idx.size).to.equal(directory().length);
    expect(idx.searchIds('latching')).to.deep.equal(['bf-dropin']);
  });

  it('indexes descriptions of big directories in the background', async () => {
    const idx = new ServiceIndex(directory(), { programme, backgroundAbove: 3 });
    expect(idx.complete).to.equal(false);
    // Names are searchable at once; a word only in a description is not yet.
    expect(idx.searchIds('massage')).to.deep.equal(['baby-massage']);
    expect(idx.searchIds('latching')).to.deep.equal([]);
    await idx.ready;
    expect(idx.complete).to.equal(true);
    expect(idx.searchIds('latching')).to.deep.equal(['bf-dropin']);
    const ranked = idx.searchIds('breastfeeding');
    expect(ranked.indexOf('bf-dropin')).to.be.lessThan(ranked.indexOf('baby-massage'));
  });

  it('with inSlices, indexes a big directory between browser tasks and answers like a whole build', async () => {
    const services = Array.from({ length: 4 }, () => directory()).flatMap((list, copy) =>
      list.map((service) => ({ ...service, id: `${service.id}-${copy}` })),
    );
    const whole = new ServiceIndex(services, { programme, backgroundAbove: 3 });
    const sliced = new ServiceIndex(services, { programme, backgroundAbove: 3, inSlices: true });
    expect(whole.isSearchable).to.equal(true);
    // Nothing is indexed before the constructor returns: the first slice waits for a task.
    expect(sliced.isSearchable).to.equal(false);
    expect(sliced.searchIds('massage')).to.deep.equal([]);
    await sliced.searchable;
    expect(sliced.isSearchable).to.equal(true);
    // Names are in; descriptions follow, as in a whole build of a big directory.
    expect(sliced.searchIds('massage')).to.include('baby-massage-0');
    expect(sliced.byName.map((s) => s.id)).to.deep.equal(whole.byName.map((s) => s.id));
    await Promise.all([whole.ready, sliced.ready]);
    for (const query of ['massage', 'nursary', 'stay and play', 'health visitor', 'latching']) {
      expect(sliced.searchIds(query), query).to.deep.equal(whole.searchIds(query));
    }
    expect(sliced.searchIds('latching').length).to.be.above(0);
  });

  it('uses a custom synonym table', () => {
    const idx = new ServiceIndex(directory(), { synonyms: [['bumps and babies', 'rhyme time']] });
    expect(idx.searchIds('bumps and babies')).to.include('rhymes');
    expect(idx.searchIds('nursary')).not.to.include('funded-2s');
  });
});
