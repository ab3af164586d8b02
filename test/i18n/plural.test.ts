import { expect } from '@open-wc/testing';
import { plural } from '../../src/i18n/plural.js';

describe('plural()', () => {
  it('picks English one/other', () => {
    expect(plural('en-GB', 1, { one: 'service', other: 'services' })).to.equal('service');
    expect(plural('en-GB', 2, { one: 'service', other: 'services' })).to.equal('services');
  });

  it('uses Arabic six-form rules', () => {
    const forms = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, forms))).to.deep.equal(['z', 'o', 't', 'f', 'm', 'x']);
  });
});
