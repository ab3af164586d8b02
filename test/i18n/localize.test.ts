import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
// The all-in-one fetches <pc-feed-status> when a page has one; these tests define it up front.
import '../../src/define/feed-status.js';
import { registerTranslation, resolveTranslation, withEnglish } from '../../src/i18n/index.js';
import { enGB as coreEnGB } from '../../src/i18n/locales/en-GB.js';
import { finderEnglish } from '../../src/service-finder/strings/en-GB.js';
import { finderPanelsEnGB } from '../../src/service-finder/strings/panels.en-GB.js';
import { registerLocaleLoader } from '../../src/i18n/registry.js';
import type { PcFeedStatus } from '../../src/feed-status/feed-status.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { captureConsole, feedUrl, missingChunk, shadowText, uniqueKey, waitForShadow, waitUntil } from '../support/helpers.js';

describe('i18n', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
    resetDocumentCache({ storage: true });
  });

  it('fetches the Arabic pack the first time it is asked for, then resolves exact, same-language and default locales', async () => {
    expect(resolveTranslation('ar-EG', coreEnGB).$code, 'British English while the pack loads').to.equal('en-GB');
    await waitUntil(() => resolveTranslation('ar', coreEnGB).$code === 'ar', 'Arabic pack registered itself');
    expect(resolveTranslation('ar-EG', coreEnGB).$code).to.equal('ar');
    expect(resolveTranslation('en-US', coreEnGB).$code).to.equal('en-GB');
    expect(resolveTranslation('xx', coreEnGB).$code).to.equal('en-GB');
    expect(resolveTranslation(undefined, coreEnGB).$code).to.equal('en-GB');
  });

  it("lays a pack over the widget's English, and a chunk's English under both", () => {
    // A partial pack: one core string, one of the finder's entry strings, one of its panels'.
    registerTranslation({ $code: 'pq', $name: 'Test', $dir: 'ltr', retry: 'PQ retry', finderSearch: 'PQ search', finderClose: 'PQ close' });
    const t = resolveTranslation('pq', finderEnglish);
    expect([t.$code, t.retry, t.finderSearch, t.loading]).to.deep.equal(['pq', 'PQ retry', 'PQ search', coreEnGB.loading]);
    expect(resolveTranslation('pq', finderEnglish), 'made once per pack and English').to.equal(t);
    const panels = withEnglish(t, finderPanelsEnGB);
    expect(panels.finderClose, "the pack's panel string wins").to.equal('PQ close');
    expect(panels.finderContact, "the panel chunk's English fills what the pack lacks").to.equal(finderPanelsEnGB.finderContact);
    expect(panels.finderSearch, "and the widget's strings stay").to.equal('PQ search');
    expect(withEnglish(t, finderPanelsEnGB), 'made once per strings and chunk').to.equal(panels);
    expect(resolveTranslation('pq', coreEnGB), 'another English, its own object').to.not.equal(t);
  });

  it("follows the page's lang and switches when it changes", async () => {
    document.documentElement.lang = 'en-GB';
    const el = await fixture<PcFeedStatus>(
      html`<pc-feed-status src=${feedUrl('test/fixtures/feeds/small.json')}></pc-feed-status>`,
    );
    await waitForShadow(el, '.summary');
    expect(shadowText(el)).to.contain('2 services');
    document.documentElement.lang = 'ar';
    await waitUntil(() => shadowText(el).includes('خدمتان'), 'switched to Arabic');
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    await expect(el).to.be.accessible();
  });

  it('formats numbers and dates with Intl for the locale', async () => {
    const el = await fixture<PcFeedStatus>(
      html`<pc-feed-status locale="ar-EG" src=${feedUrl('test/fixtures/feeds/small.json')}></pc-feed-status>`,
    );
    const updated = await waitForShadow(el, '.summary__updated');
    // Egyptian Arabic writes Arabic-Indic digits: the date and time are Intl's, not English.
    expect(updated.textContent).to.match(/[٠-٩]/);
    expect(updated.textContent).not.to.match(/[0-9]/);
  });

  it('takes a partial translation registered at run time, falling back to English', async () => {
    registerTranslation({ $code: 'cy', $name: 'Cymraeg', $dir: 'ltr', retry: 'Rhowch gynnig arall arni' });
    const el = await fixture<PcFeedStatus>(
      html`<pc-feed-status locale="cy" src=${`/mock/text/${uniqueKey('missing')}?status=404&body=%7B%7D`}></pc-feed-status>`,
    );
    const alert = await waitForShadow(el, '[role="alert"] button', 'error with retry');
    expect(alert.textContent!.trim()).to.equal('Rhowch gynnig arall arni');
    expect(shadowText(el)).to.contain('Sorry, this information is not available');
  });
});

describe('Intl locale', () => {
  it('uses British formats for a bare "en" and the region asked for otherwise', async () => {
    const british = await fixture<PcFeedStatus>(html`<pc-feed-status locale="en"></pc-feed-status>`);
    const american = await fixture<PcFeedStatus>(html`<pc-feed-status locale="en-US"></pc-feed-status>`);
    const unsupported = await fixture<PcFeedStatus>(html`<pc-feed-status locale="fr"></pc-feed-status>`);
    const intl = (el: PcFeedStatus) => (el as unknown as { localize: { intlLocale: string } }).localize.intlLocale;
    expect(intl(british)).to.equal('en-GB');
    expect(intl(american)).to.equal('en-US');
    expect(intl(unsupported)).to.equal('en-GB');
  });
});

describe('locale loaders', () => {
  it('loads a registered pack once, on the first widget that asks, and re-renders it in that language', async () => {
    let calls = 0;
    registerLocaleLoader('zz', async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve)); // a pack that arrives in a later task
      registerTranslation({ $code: 'zz', $name: 'Test', $dir: 'ltr', retry: 'ZZ retry' });
    });
    const el = await fixture<PcFeedStatus>(
      html`<pc-feed-status locale="zz-XX" src=${`/mock/text/${uniqueKey('missing')}?status=404&body=%7B%7D`}></pc-feed-status>`,
    );
    const button = await waitForShadow(el, '[role="alert"] button', 'error with retry');
    await waitUntil(() => button.textContent!.trim() === 'ZZ retry', 're-rendered in the loaded language');
    resolveTranslation('zz', coreEnGB);
    resolveTranslation('zz-YY', coreEnGB);
    expect(calls).to.equal(1);
  });

  it('falls back to English and names the pack’s file in the console when it cannot load (dist/ copied without chunks/)', async () => {
    const missing = missingChunk('ar');
    await captureConsole('error', async (errors) => {
      registerLocaleLoader('qq', missing.load);
      expect(resolveTranslation('qq', coreEnGB).$code).to.equal('en-GB');
      await waitUntil(() => errors.length > 0, 'said');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain(`/chunks/${missing.file}`).and.contain('copy the whole dist/ folder');
      expect(resolveTranslation('qq', coreEnGB).$code).to.equal('en-GB');
    });
  });
});
