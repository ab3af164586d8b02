// The task timer must measure something real in every browser, Firefox included (it has no
// 'longtask' entries): the busy-calendar checks once measured 0 ms there whatever the calendar did.
import { expect, fixtureSync, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { longestTask, longestTaskWhile } from './task-timer.js';

const BUSY_MS = 60;

/** Blocks for at least `ms` (a lower bound only: nothing asserts how much longer it took). */
function block(ms: number): void {
  const start = performance.now();
  while (performance.now() - start < ms) {
    // busy
  }
}

class SlowRender extends LitElement {
  slow = false;
  override render() {
    if (this.slow) block(BUSY_MS);
    return html`<p>${this.slow ? 'slow' : 'quick'}</p>`;
  }
}
customElements.define('pc-test-slow-render', SlowRender);

describe('task timer', () => {
  it('times a synchronous step, in every browser', async () => {
    expect(await longestTask(() => block(BUSY_MS))).to.be.at.least(BUSY_MS);
    expect(await longestTaskWhile(async ({ step }) => step(() => block(BUSY_MS)))).to.be.at.least(BUSY_MS);
  });

  it('times each render of a watched element while asynchronous work runs, in every browser, and stops after', async () => {
    const el = fixtureSync<SlowRender>(testHtml`<pc-test-slow-render></pc-test-slow-render>`);
    await el.updateComplete;
    const longest = await longestTaskWhile(
      async () => {
        el.slow = true;
        el.requestUpdate();
        await el.updateComplete;
      },
      { updatesOf: [SlowRender] },
    );
    expect(longest).to.be.at.least(BUSY_MS);
    expect(el.shadowRoot!.textContent).to.contain('slow');
    // The element's own update is back.
    expect(Object.prototype.hasOwnProperty.call(SlowRender.prototype, 'performUpdate')).to.equal(false);
  });
});
