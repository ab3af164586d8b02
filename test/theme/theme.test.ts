import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
// The all-in-one fetches <pc-feed-status> when a page has one; these tests define it up front.
import '../../src/define/feed-status.js';
import type { PcFeedStatus } from '../../src/feed-status/feed-status.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { TOKEN_NAMES, tokens, type TokenName } from '../../src/theme/tokens.js';
import { feedUrl, requestCount, uniqueKey, waitForShadow } from '../support/helpers.js';

const SMALL = 'test/fixtures/feeds/small.json';

/** Every `TokenName`, each once: the compiler refuses a name the type lacks or a name of the type left out. */
const EVERY_TOKEN_NAME: Record<TokenName, true> = {
  '--pc-font-family': true,
  '--pc-font-size': true,
  '--pc-colour-text': true,
  '--pc-colour-text-secondary': true,
  '--pc-colour-brand': true,
  '--pc-colour-brand-text': true,
  '--pc-colour-link': true,
  '--pc-colour-link-visited': true,
  '--pc-colour-surface': true,
  '--pc-colour-surface-alt': true,
  '--pc-colour-border': true,
  '--pc-colour-border-subtle': true,
  '--pc-colour-focus': true,
  '--pc-colour-focus-text': true,
  '--pc-colour-error': true,
  '--pc-colour-success': true,
  '--pc-colour-warning-surface': true,
  '--pc-colour-skeleton': true,
  '--pc-radius': true,
  '--pc-space': true,
  '--pc-focus-width': true,
};

describe('theming and host-page CSS', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('takes --pc-* tokens from any ancestor', async () => {
    const root = await fixture(html`<div style="--pc-colour-surface-alt: rgb(1, 2, 3); --pc-radius: 7px">
      <pc-feed-status src=${feedUrl(SMALL)}></pc-feed-status>
    </div>`);
    const el = root.querySelector('pc-feed-status')!;
    const summary = await waitForShadow(el, '.summary');
    const style = getComputedStyle(summary);
    expect(style.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(style.borderTopLeftRadius).to.equal('7px');
  });

  it('falls back to the default palette without any tokens', async () => {
    const el = await fixture<PcFeedStatus>(html`<pc-feed-status src=${feedUrl(SMALL)}></pc-feed-status>`);
    const summary = await waitForShadow(el, '.summary');
    expect(getComputedStyle(summary).backgroundColor).to.equal('rgb(243, 242, 241)');
  });

  it("inherits the host page's font unless --pc-font-family is set", async () => {
    const root = await fixture(html`<div style="font-family: 'Courier New', monospace">
      <pc-feed-status src=${feedUrl(SMALL)}></pc-feed-status>
      <pc-feed-status style="--pc-font-family: Georgia, serif" src=${feedUrl(SMALL)}></pc-feed-status>
    </div>`);
    const [inherits, themed] = [...root.querySelectorAll('pc-feed-status')];
    expect(getComputedStyle(await waitForShadow(inherits, '.summary')).fontFamily).to.contain('Courier New');
    expect(getComputedStyle(await waitForShadow(themed, '.summary')).fontFamily).to.contain('Georgia');
  });

  it('exposes parts for site CSS', async () => {
    const style = document.createElement('style');
    style.textContent = 'pc-feed-status.parted::part(heading) { text-decoration: underline; }';
    document.head.append(style);
    try {
      const el = await fixture<PcFeedStatus>(html`<pc-feed-status class="parted" src=${feedUrl(SMALL)}></pc-feed-status>`);
      const heading = await waitForShadow(el, '[part~="heading"]');
      expect(getComputedStyle(heading).textDecorationLine).to.equal('underline');
    } finally {
      style.remove();
    }
  });

  it("keeps its own box sizing when the page forces content-box on every element", async () => {
    const style = document.createElement('style');
    style.textContent = '* { box-sizing: content-box !important; }';
    document.head.append(style);
    try {
      const el = await fixture<PcFeedStatus>(html`<pc-feed-status src=${feedUrl(SMALL)}></pc-feed-status>`);
      expect(getComputedStyle(el).boxSizing).to.equal('content-box'); // the page's rule did reach the host
      const summary = await waitForShadow(el, '.summary');
      expect(getComputedStyle(summary).boxSizing).to.equal('border-box');
    } finally {
      style.remove();
    }
  });

  it('resets inherited text styles an aggressive site theme sets', async () => {
    const root = await fixture(html`<div style="text-transform: uppercase; letter-spacing: 0.5em; text-align: center; line-height: 3">
      <pc-feed-status src=${feedUrl(SMALL)}></pc-feed-status>
    </div>`);
    const summary = await waitForShadow(root.querySelector('pc-feed-status')!, '.summary');
    const style = getComputedStyle(summary);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.textAlign).to.equal('start');
  });

  it('reads every public token the README documents, and only those, once each', async () => {
    const readme = await (await fetch('/README.md')).text();
    const theming = readme.slice(readme.indexOf('\n## Theming'), readme.indexOf('\n## ', readme.indexOf('\n## Theming') + 1));
    const documented = theming
      .split('\n')
      .filter((line) => line.startsWith('| `--pc-'))
      .flatMap((line) => line.split('|')[1]!.match(/--pc-[a-z-]+/g) ?? []);
    expect(documented, 'the README\'s token table').to.have.length.greaterThan(15);
    const read = [...tokens.cssText.matchAll(/var\((--pc-[a-z-]+)/g)].map((m) => m[1]);
    expect([...read].sort(), 'what the styles read').to.deep.equal([...documented].sort());
    expect([...TOKEN_NAMES].sort(), 'the exported names').to.deep.equal([...documented].sort());
    expect(Object.keys(EVERY_TOKEN_NAME).sort(), 'the TokenName type').to.deep.equal([...documented].sort());
  });
});

describe('keyboard', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('reaches "Try again" with Tab and retries with Enter', async () => {
    const key = uniqueKey('kbd');
    // Fails three times (a try and two retries, with `Retry-After: 0` so no backoff timer), then answers.
    const url = `/mock/flaky/${key}?fail=3&status=500&retryAfter=0&file=${encodeURIComponent(SMALL)}`;
    const root = await fixture(html`<div><button id="before">before</button><pc-feed-status src=${url}></pc-feed-status></div>`);
    const el = root.querySelector('pc-feed-status')!;
    await waitForShadow(el, '[role="alert"] button');
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Try again');
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(getComputedStyle(focused).outlineStyle).to.not.equal('none');
    await sendKeys({ press: 'Enter' });
    await waitForShadow(el, '.summary', 'loaded after retry');
    expect(await requestCount(key)).to.equal(4);
  });
});
