/**
 * Where the browser refuses a channel between tabs (Firefox with cookies blocked throws a
 * SecurityError from `new BroadcastChannel`), the forms still send: this tab alone, as before.
 * A page of its own, so the channel is refused before anything here opens one.
 */
import { expect } from '@open-wc/testing';
import { heldSenderKit } from './kit-doubles.js';
import { fillValid, forgetForms, mountSignup, pressSend, signupTag } from '../champion-signup/signup-helpers.js';
import { queryByRole } from '../support/roles.js';
import { waitUntil } from '../support/helpers.js';

describe('forms: no channel between tabs', () => {
  const real = globalThis.BroadcastChannel;
  before(() => {
    globalThis.BroadcastChannel = class {
      constructor() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }
    } as unknown as typeof BroadcastChannel;
  });
  after(() => {
    globalThis.BroadcastChannel = real;
    forgetForms();
  });

  it('sends and thanks the parent all the same', async () => {
    const held = heldSenderKit();
    const el = await mountSignup(signupTag(held.kit));
    await fillValid(el);
    await pressSend(el);
    await held.receiver.requestsArrived(1);
    held.receiver.answerNext({ status: 201 });
    await waitUntil(() => queryByRole(el, 'heading', 'Thank you for signing up'), 'the thank-you');
    expect(held.receiver.stored.size).to.equal(1);
  });
});
