import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';
import '../../src/index.js';
// The all-in-one fetches <pc-feed-status> when a page has one; these tests define it up front.
import '../../src/define/feed-status.js';

describe('guarded define()', () => {
  it('ignores a second registration of a tag instead of throwing', () => {
    const original = customElements.get('pc-provider');
    expect(original).to.exist;
    expect(() => define('pc-provider', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('pc-provider')).to.equal(original);
  });

  it('registers a new tag', () => {
    class PcTestOnly extends HTMLElement {}
    define('pc-test-only-define', PcTestOnly);
    expect(customElements.get('pc-test-only-define')).to.equal(PcTestOnly);
  });

  it('loading a second copy of the library does not throw', async () => {
    // A query string makes the browser evaluate each element module again (a second class,
    // a second define call), as a second copy of the bundle on the page would.
    const before = customElements.get('pc-feed-status');
    for (const path of ['../../src/provider/provider.ts?copy=2', '../../src/feed-status/feed-status.ts?copy=2']) {
      const module = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
      expect(Object.keys(module)).to.have.length.greaterThan(0);
    }
    expect(customElements.get('pc-feed-status')).to.equal(before);
  });
});
