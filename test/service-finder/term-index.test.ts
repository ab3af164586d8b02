import { expect } from '@open-wc/testing';
import { FieldScores, TermIndex, type TermQuery } from '../../src/service-finder/term-index.js';
import { editDistance } from '../../src/service-finder/search-text.js';

/** Two fields: a name (boost 4) and a description (boost 1). */
function build(docs: [string, string][]): TermIndex {
  const index = new TermIndex([4, 1], docs.length);
  docs.forEach(([name, description], doc) => {
    index.add(doc, 0, name.split(' ').filter(Boolean));
    index.add(doc, 1, description.split(' ').filter(Boolean));
  });
  return index;
}

/** Each document's score, its two fields added up. */
function scores(index: TermIndex, query: Partial<TermQuery> & { term: string }): Map<number, number> {
  const found = new FieldScores(2 * 64);
  index.score({ prefix: false, fuzzy: 0, ...query }, found);
  const out = new Map<number, number>();
  for (const key of found.keys) out.set(key >> 1, (out.get(key >> 1) ?? 0) + found.values[key]);
  return out;
}

/** Documents by descending score. */
const ranked = (found: Map<number, number>) => [...found.entries()].sort((a, b) => b[1] - a[1]).map(([doc]) => doc);

describe('term index', () => {
  const index = build([
    ['breastfeeding dropin', 'peer supporter latching'],
    ['baby massage', 'gentle massage tip breastfeeding sleep'],
    ['nursery', 'day care'],
    ['breakfast club', 'food'],
    ['\u0001syn3', ''],
  ]);

  it('finds exact terms, ranking a name above a description', () => {
    expect(ranked(scores(index, { term: 'breastfeeding' }))).to.deep.equal([0, 1]);
    expect(index.has('latching')).to.equal(true);
    expect(index.has('latch')).to.equal(false);
    expect(scores(index, { term: 'latch' }).size).to.equal(0);
  });

  it('keeps scores per document and field', () => {
    const query = { term: 'breastfeeding', prefix: true, fuzzy: 2 };
    const byField = new FieldScores(5 * 2);
    index.score(query, byField);
    // Document 0 has it in its name (field 0), document 1 in its description (field 1).
    expect([...byField.keys].sort()).to.deep.equal([0, 3]);
    expect(byField.values[0]).to.be.above(byField.values[3]);
    expect(byField.values[1]).to.equal(0);
    byField.clear();
    expect(byField.keys).to.deep.equal([]);
    expect([...byField.values].every((value) => value === 0)).to.equal(true);
  });

  it('counts a repeated word and a rarer word for more', () => {
    const twice = build([['a', 'massage massage'], ['b', 'massage'], ['c', 'other']]);
    const found = scores(twice, { term: 'massage' });
    expect(found.get(0)).to.be.greaterThan(found.get(1)!);
  });

  it('matches prefixes only when asked, below the exact word', () => {
    expect(scores(index, { term: 'brea' }).size).to.equal(0);
    expect(ranked(scores(index, { term: 'brea', prefix: true }))).to.have.members([0, 1, 3]);
    const withExact = build([['bread', ''], ['breadth', '']]);
    expect(ranked(scores(withExact, { term: 'bread', prefix: true }))).to.deep.equal([0, 1]);
  });

  it('matches typos within the allowance, swaps counting as one', () => {
    expect(ranked(scores(index, { term: 'nursary', fuzzy: 1 }))).to.deep.equal([2]);
    expect(ranked(scores(index, { term: 'nusrery', fuzzy: 1 }))).to.deep.equal([2]);
    expect(scores(index, { term: 'nurzazy', fuzzy: 1 }).size).to.equal(0);
    expect(ranked(scores(index, { term: 'brestfeedin', fuzzy: 2 }))).to.deep.equal([0, 1]);
  });

  it('keeps hidden terms out of prefix and typo matches', () => {
    expect(scores(index, { term: '\u0001syn3' }).size).to.equal(1);
    expect(scores(index, { term: '\u0001syn', prefix: true }).size).to.equal(0);
    expect(scores(index, { term: '\u0001syn4', fuzzy: 1 }).size).to.equal(0);
  });

  it('sees words added later, e.g. descriptions indexed in the background', () => {
    const later = new TermIndex([1, 1], 2);
    later.add(0, 0, ['rhyme']);
    expect(scores(later, { term: 'storyt', prefix: true }).size).to.equal(0);
    later.add(1, 1, ['storytime']);
    expect(ranked(scores(later, { term: 'storyt', prefix: true }))).to.deep.equal([1]);
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit and stops past the limit', () => {
    expect(editDistance('nusrery', 'nursery', 1)).to.equal(1);
    expect(editDistance('ab', 'ba', 1)).to.equal(1);
    expect(editDistance('kitten', 'sitting', 3)).to.equal(3);
    expect(editDistance('kitten', 'sitting', 2)).to.equal(3);
    expect(editDistance('same', 'same', 0)).to.equal(0);
    // Longer than the rows kept between calls.
    expect(editDistance('a'.repeat(40), `${'a'.repeat(39)}b`, 1)).to.equal(1);
  });
});
