import { expect } from '@open-wc/testing';
import { toFeed } from '../../src/data/adapters.js';
import { captureConsole } from '../support/helpers.js';

describe('toFeed', () => {
  it('reports an unreadable feed once while its copies say the same, and again when that changes', async () => {
    const source = 'https://example.org/not-a-feed.json';
    // Two equal documents, as the saved copy and the fresh copy of one feed are.
    const errors = await captureConsole('error', () => {
      expect('error' in toFeed({ hello: 'world' }, 'auto', source)).to.equal(true);
      expect('error' in toFeed({ hello: 'world' }, 'auto', source)).to.equal(true);
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain(`${source} is not a feed this library can read`);

    const more = await captureConsole('error', () => {
      toFeed({ hello: 'world' }, 'nonsense', source);
      toFeed({ hello: 'world' }, 'auto', 'https://example.org/another.json');
    });
    expect(more).to.have.length(2);
    expect(more[0]).to.contain('Unknown feed format "nonsense"');
  });
});
