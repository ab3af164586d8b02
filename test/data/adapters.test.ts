import { expect } from '@open-wc/testing';
import { readFeedSections, registerAdapter, reportChunk, toFeed } from '../../src/data/adapters.js';
import { servicesSection } from '../../src/data/validate.js';
import { validateNativeFeed } from '../../src/data/validate-native.js';
import { captureConsole, countLoads, failedImport, waitUntil } from '../support/helpers.js';

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

describe('toFeed: the report chunk (words for what validation found)', () => {
  const original = reportChunk.load;
  // As the service finder's module does: this bundle reads services.
  before(() => readFeedSections({ services: servicesSection }));
  afterEach(() => {
    reportChunk.load = original;
  });

  const clean = () => ({ version: '1.0', programme: { name: 'Testborough' }, services: [{ id: 's1', name: 'Stay and play' }] });
  const flawed = () => ({
    version: '1.0',
    programme: { name: 'Testborough' },
    services: [
      { id: 's1', name: 'Stay and play', contact: { website: 'javascript:alert(1)' } },
      { id: 's2', name: 42 },
    ],
  });

  /** The outcome once any converter or report chunk has answered. */
  async function settled(data: unknown, source: string): Promise<ReturnType<typeof toFeed>> {
    const first = toFeed(data, 'auto', source);
    if ('pending' in first) await first.pending;
    return toFeed(data, 'auto', source);
  }

  it('a clean feed is read at once, without fetching the report chunk', () => {
    const loads = countLoads(reportChunk, 'load');
    const outcome = toFeed(clean(), 'auto', 'https://example.org/clean.json');
    expect('result' in outcome && outcome.result.feed.services.map((s) => s.name)).to.deep.equal(['Stay and play']);
    expect('result' in outcome && outcome.result.diagnostics).to.deep.equal([]);
    expect(loads.count).to.equal(0);
  });

  it('a flawed feed waits for the report, then has worded diagnostics logged once', async () => {
    const source = 'https://example.org/flawed.json';
    const loads = countLoads(reportChunk, 'load');
    let outcome: ReturnType<typeof toFeed> | undefined;
    const warnings = await captureConsole('warn', async (calls) => {
      outcome = await settled(flawed(), source);
      await waitUntil(() => calls.length > 0, 'the diagnostics were logged');
    });
    expect(loads.count).to.equal(2); // words for the result, then for the console
    expect(outcome && 'result' in outcome && outcome.result.feed.services.map((s) => s.id)).to.deep.equal(['s1']);
    expect(outcome && 'result' in outcome && outcome.result.diagnostics).to.deep.equal([
      {
        path: 'services[0].contact.website',
        message: 'must be an absolute http: or https: URL (got "javascript:alert(1)")',
        action: 'dropped',
        item: 's1',
      },
      { path: 'services[1].name', message: 'must be text (a JSON string) (got 42)', action: 'skipped', item: 's2' },
    ]);
    expect(warnings.join('\n')).to.contain('services[1].name: must be text (a JSON string) (got 42) — item left out [item "s2"]');
  });

  it('without the report chunk a flawed feed still shows its good items, with paths and actions', async () => {
    reportChunk.load = failedImport;
    const source = 'https://example.org/flawed-offline.json';
    let outcome: ReturnType<typeof toFeed> | undefined;
    const warnings = await captureConsole('warn', async (calls) => {
      outcome = await settled(flawed(), source);
      await waitUntil(() => calls.length > 0, 'the problems were still logged');
    });
    expect(outcome && 'result' in outcome && outcome.result.feed.services.map((s) => s.id)).to.deep.equal(['s1']);
    const diagnostics = outcome && 'result' in outcome ? outcome.result.diagnostics : [];
    expect(diagnostics.map((d) => [d.path, d.action])).to.deep.equal([
      ['services[0]', 'dropped'],
      ['services[1]', 'skipped'],
    ]);
    expect(diagnostics[0].message).to.contain('could not be loaded');
    expect(warnings.join('\n')).to.contain(source);
  });

  it('a document that is not a feed is refused with its reason in words, or a plain one without the chunk', async () => {
    const errors = await captureConsole('error', async () => {
      const worded = await settled({ version: '2.0', programme: { name: 'x' } }, 'https://example.org/v2.json');
      expect('error' in worded && worded.error.kind).to.equal('not-a-feed');
      expect('error' in worded && worded.error.message).to.contain('"version" "2.0" is not supported');

      reportChunk.load = failedImport;
      const plain = await settled({ version: '1.0', programme: { name: 42 } }, 'https://example.org/bad-programme.json');
      expect('error' in plain && plain.error.kind).to.equal('not-a-feed');
      expect('error' in plain && plain.error.message).to.contain('not a usable feed');
    });
    expect(errors.join('\n')).to.contain('is not supported');
  });
});

describe('toFeed: bare values and one conversion per adapter', () => {
  it('refuses a bare JSON value at once, saying what it was, and logs it once however often it is asked', async () => {
    const source = `https://example.org/bare-${Math.random()}.json`;
    const errors = await captureConsole('error', () => {
      for (const value of [null, null, null]) {
        const outcome = toFeed(value, 'auto', source);
        expect('error' in outcome && outcome.error.kind).to.equal('not-a-feed');
      }
      expect('error' in toFeed(42, 'native', source)).to.equal(true);
    });
    expect(errors).to.have.length(2);
    expect(errors[0]).to.contain('its whole body is the JSON value null');
    expect(errors[1]).to.contain('its whole body is the JSON value 42');
  });

  it('a document read as "auto" and by the name of the format it is detected as converts once', () => {
    let conversions = 0;
    registerAdapter({
      name: 'counting-test-format',
      detect: (data) => typeof data === 'object' && data !== null && 'countingTestFormat' in data,
      convert: () => {
        conversions += 1;
        return { feed: validateNativeFeed({ version: '1.0', programme: { name: 'Counted' } }).feed, diagnostics: [] };
      },
    });
    const document = { countingTestFormat: true };
    const detected = toFeed(document, 'auto', 'counted');
    const named = toFeed(document, 'counting-test-format', 'counted');
    expect('result' in detected && detected.result.format).to.equal('counting-test-format');
    expect(named).to.equal(detected);
    expect(conversions).to.equal(1);
  });
});
