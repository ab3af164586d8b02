import { expect } from '@open-wc/testing';
import { boolean, kept, list, number, object, oneOf, optional, read, string, type Problem, type Schema } from '../../src/data/schema-kit.js';
import { FeedSchema } from '../../src/data/feed-document.js';
import { REASONS } from '../../src/data/feed-reasons.js';
import { problemMessage, problemText } from '../../src/data/format.js';

/** A problem as `[path, rule, words]`. */
const said = (p: Problem) => [p.keys.join('.'), p.rule, problemMessage(p)];

const Item = object({
  id: string({ trim: true, min: 1 }),
  size: optional(number({ integer: true, min: 0, max: 10 })),
  tags: optional(list(string({ min: 1 })), []),
  days: optional(list(oneOf(['MO', 'TU']), { min: 1, reason: 'must list a day', keepItems: true })),
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
    expect(removed.map((r) => [r.keys.join('.'), ...said(r.problem), r.problem.value])).to.deep.equal([
      ['size', 'size', 'integer', 'must be a whole number', 2.5],
      ['tags.1', 'tags.1', 'min', 'must not be empty', ''],
    ]);
  });

  it('fails the list (then removes the optional field) when a kept entry is bad', () => {
    const { value, removed } = read(Item, { id: 'a', days: ['MO', 'XX'] });
    expect(value?.days).to.equal(undefined);
    expect(removed).to.have.length(1);
    expect(removed[0].keys).to.deep.equal(['days']);
    expect(said(removed[0].problem)).to.deep.equal(['days.1', 'invalid', 'must be one of "MO" | "TU"']);
    expect(problemText(removed[0].problem)).to.equal('must be one of "MO" | "TU" (got "XX")');
  });

  it('checks a list length after removing entries', () => {
    const Week = object({ days: list(oneOf(['MO']), { min: 1, reason: 'must list a day' }) });
    const { value, problems } = read(Week, { days: ['XX'] });
    expect(value).to.equal(undefined);
    expect(problems.map(said)).to.deep.equal([['days', 'min', 'must list a day']]);
    expect(problems[0].value).to.deep.equal(['XX']);
    const Plain = list(number(), { min: 2 });
    expect(read(Plain, [1]).problems.map(said)).to.deep.equal([['', 'min', 'must have at least 2 items']]);
  });

  it('fails the object when a kept optional field or a required field is bad, listing every problem', () => {
    const { value, problems, removed } = read(Item, { id: 7, flag: 'yes', size: -1 });
    expect(value).to.equal(undefined);
    expect(removed, 'removals inside a failed item are not reported').to.deep.equal([]);
    expect(problems.map(said)).to.deep.equal([
      ['id', 'type', 'must be text (a JSON string)'],
      ['flag', 'type', 'must be true or false'],
    ]);
  });

  it('reports a missing required field as "is required"', () => {
    const { problems } = read(Item, {});
    expect(problems.map(said)).to.deep.equal([['id', 'required', 'is required']]);
    expect(problemText(problems[0]), 'nothing was found to show').to.equal('is required');
  });

  it('runs object checks on the cleaned value', () => {
    const Range = object({ min: optional(number()), max: optional(number()) }, {
      check: (r) => r.min === undefined || r.max === undefined || r.min <= r.max,
      reason: 'min must not be more than max',
    });
    expect(said(read(Range, { min: 3, max: 1 }).problems[0])).to.deep.equal(['', 'invalid', 'min must not be more than max']);
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

  it('passes a clean value on as it is, copying nothing', () => {
    const clean = { id: 'a', tags: ['x'], flag: false, days: ['MO'], extra: { deep: 1 } };
    const { value, removed, repaired } = read(Item, clean);
    expect(removed).to.deep.equal([]);
    expect(repaired).to.deep.equal([]);
    expect(value).to.equal(clean);
    const list = ['MO', 'TU'];
    expect(read(Item.fields!.days.schema, list).value).to.equal(list);
  });

  it('copies only the parts that read differently, and shares the rest with the input', () => {
    const input = { id: ' a ', tags: ['x', ''], flag: false, days: ['MO'], extra: { deep: 1 } };
    const { value } = read(Item, input);
    expect(value).to.deep.equal({ id: 'a', tags: ['x'], flag: false, days: ['MO'], extra: { deep: 1 } });
    expect(value).not.to.equal(input);
    expect(value!.tags, 'a list with an entry removed is a new list').not.to.equal(input.tags);
    expect(value!.days, 'an unchanged list is shared').to.equal(input.days);
    expect(value!.extra, 'unknown keys pass through').to.equal(input.extra);
    expect(input, 'the input is as it was').to.deep.equal({ id: ' a ', tags: ['x', ''], flag: false, days: ['MO'], extra: { deep: 1 } });
    // A change only in the last field (its default filled in): the fields before it are copied into the new object.
    const early = { id: 'b', tags: ['t'], days: ['MO'] };
    const late = read(Item, early).value;
    expect(late).to.deep.equal({ id: 'b', tags: ['t'], days: ['MO'], flag: false });
    expect(late).not.to.equal(early);
    expect(late!.tags, 'its unchanged list is shared').to.equal(early.tags);
  });

  it('leaves out "__proto__" even from an object that otherwise reads unchanged', () => {
    const Named = object({ id: string() });
    const input = JSON.parse('{"id":"a","__proto__":{"polluted":true}}') as Record<string, unknown>;
    const value = read(Named, input).value as Record<string, unknown>;
    expect(Object.hasOwn(value, '__proto__')).to.equal(false);
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(value).to.deep.equal({ id: 'a' });
  });

  it('rejects values of the wrong kind with a plain reason', () => {
    const cases: [unknown, string][] = [
      [null, 'must be an object'],
      [[], 'must be an object'],
      ['x', 'must be an object'],
    ];
    const words = (schema: Schema, input: unknown) => problemMessage(read(schema, input).problems[0]);
    for (const [input, message] of cases) expect(words(Item, input)).to.equal(message);
    expect(words(list(number()), 'x')).to.equal('must be a list (a JSON array)');
    expect(words(number(), Number.NaN)).to.equal('must be a number');
    expect(words(string({ max: 3 }), 'abcd')).to.equal('must be at most 3 characters');
    expect(words(string({ min: 3 }), 'ab')).to.equal('must have at least 3 characters');
    expect(words(number({ min: 2 }), 1)).to.equal('must be at least 2');
    expect(words(number({ max: 2 }), 3)).to.equal('must be at most 2');
    expect(words(string({ pattern: /^a/, reason: 'must start with a' }), 'b')).to.equal('must start with a');
    expect(words(string({ pattern: /^a/ }), 'b')).to.equal('is not valid');
    expect(words(string({ pattern: /^a/, reason: 'postcode' }), 'b'), 'a key of REASONS is worded').to.equal(REASONS.postcode);
  });

  it('names only reasons that feed-reasons.ts words, in every feed schema', () => {
    const used = new Set<string>();
    const walk = (schema: Schema): void => {
      if (schema.reason !== undefined) used.add(schema.reason);
      if (schema.items) walk(schema.items);
      for (const field of Object.values(schema.fields ?? {})) walk(field.schema);
    };
    walk(FeedSchema);
    expect([...used].filter((reason) => !(reason in REASONS))).to.deep.equal([]);
    expect(used.size, 'the feed schemas give reasons').to.be.greaterThan(10);
  });
});
