import { expect } from '@open-wc/testing';
import { boolean, kept, list, number, object, oneOf, optional, read, string } from '../../src/data/schema-kit.js';

const Item = object({
  id: string({ trim: true, min: 1 }),
  size: optional(number({ integer: true, min: 0, max: 10 })),
  tags: optional(list(string({ min: 1 })), []),
  days: optional(list(oneOf(['MO', 'TU']), { min: 1, message: 'must list a day', keepItems: true })),
  flag: kept(optional(boolean(), false)),
});

describe('schema kit: read', () => {
  it('returns the value with defaults applied and text trimmed', () => {
    const { value, problems, removed } = read(Item, { id: '  a  ' });
    expect(problems).to.deep.equal([]);
    expect(removed).to.deep.equal([]);
    expect(value).to.deep.equal({ id: 'a', tags: [], flag: false });
  });

  it('gives every item its own copy of a default list', () => {
    const first = read(Item, { id: 'a' }).value!;
    const second = read(Item, { id: 'b' }).value!;
    first.tags.push('x');
    expect(second.tags).to.deep.equal([]);
  });

  it('removes a bad optional field and a bad list entry, reporting where and why', () => {
    const { value, removed } = read(Item, { id: 'a', size: 2.5, tags: ['ok', '', 'fine'] });
    expect(value).to.deep.equal({ id: 'a', tags: ['ok', 'fine'], flag: false });
    expect(removed).to.deep.equal([
      { keys: ['size'], problem: { keys: ['size'], message: 'must be a whole number', value: 2.5 } },
      { keys: ['tags', 1], problem: { keys: ['tags', 1], message: 'must not be empty', value: '' } },
    ]);
  });

  it('fails the list (then removes the optional field) when a kept entry is bad', () => {
    const { value, removed } = read(Item, { id: 'a', days: ['MO', 'XX'] });
    expect(value?.days).to.equal(undefined);
    expect(removed).to.have.length(1);
    expect(removed[0].keys).to.deep.equal(['days']);
    expect(removed[0].problem).to.deep.include({ keys: ['days', 1], message: 'must be one of "MO" | "TU"' });
  });

  it('checks a list length after removing entries', () => {
    const Week = object({ days: list(oneOf(['MO']), { min: 1, message: 'must list a day' }) });
    const { value, problems } = read(Week, { days: ['XX'] });
    expect(value).to.equal(undefined);
    expect(problems).to.deep.equal([{ keys: ['days'], message: 'must list a day', value: ['XX'] }]);
  });

  it('fails the object when a kept optional field or a required field is bad, listing every problem', () => {
    const { value, problems, removed } = read(Item, { id: 7, flag: 'yes', size: -1 });
    expect(value).to.equal(undefined);
    expect(removed, 'removals inside a failed item are not reported').to.deep.equal([]);
    expect(problems.map((p) => [p.keys.join('.'), p.message])).to.deep.equal([
      ['id', 'must be text (a JSON string)'],
      ['flag', 'must be true or false'],
    ]);
  });

  it('reports a missing required field as "is required"', () => {
    expect(read(Item, {}).problems).to.deep.equal([{ keys: ['id'], message: 'is required', missing: true }]);
  });

  it('runs object checks on the cleaned value', () => {
    const Range = object({ min: optional(number()), max: optional(number()) }, {
      check: (r) => r.min === undefined || r.max === undefined || r.min <= r.max,
      message: 'min must not be more than max',
    });
    expect(read(Range, { min: 3, max: 1 }).problems[0].message).to.equal('min must not be more than max');
    expect(read(Range, { min: 3, max: 'x' }).value).to.deep.equal({ min: 3 });
  });

  it('keeps unknown keys, never "__proto__", and never mutates the input', () => {
    const input = JSON.parse('{"id":"a","extra":{"deep":1},"__proto__":{"polluted":true},"tags":["x",""]}');
    const snapshot = JSON.stringify(input);
    const { value } = read(Item, input);
    expect(value?.extra).to.deep.equal({ deep: 1 });
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect((value as Record<string, unknown>).polluted).to.equal(undefined);
    expect(JSON.stringify(input)).to.equal(snapshot);
  });

  it('rejects values of the wrong kind with a plain reason', () => {
    const cases: [unknown, string][] = [
      [null, 'must be an object'],
      [[], 'must be an object'],
      ['x', 'must be an object'],
    ];
    for (const [input, message] of cases) expect(read(Item, input).problems[0].message).to.equal(message);
    expect(read(list(number()), 'x').problems[0].message).to.equal('must be a list (a JSON array)');
    expect(read(number(), Number.NaN).problems[0].message).to.equal('must be a number');
    expect(read(string({ max: 3 }), 'abcd').problems[0].message).to.equal('must be at most 3 characters');
    expect(read(number({ min: 2 }), 1).problems[0].message).to.equal('must be at least 2');
    expect(read(string({ pattern: /^a/, message: 'must start with a' }), 'b').problems[0].message).to.equal('must start with a');
  });
});
