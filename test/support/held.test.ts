import { expect } from '@open-wc/testing';
import { heldFeed, requestCount, waitUntil } from './helpers.js';

describe('mock server: held responses', () => {
  it('answers only once the test releases it', async () => {
    const held = heldFeed({ body: '{"ok":true}' });
    let answered = false;
    const response = fetch(held.url).then(async (r) => {
      answered = true;
      return (await r.json()) as unknown;
    });
    await waitUntil(async () => (await requestCount(held.key)) === 1, 'request arrives');
    expect(answered).to.equal(false);
    expect(await held.release()).to.equal(1);
    expect(await response).to.deep.equal({ ok: true });
  });
});
