import { expect } from '@open-wc/testing';
import { createFormatRegistry, registerAdapter, toFeed, type ReportModule } from '../../src/formats/registry.js';
import { servicesSection } from '../../src/data/validate.js';
import { validateNativeFeed } from '../../src/data/validate-native.js';
import { captureConsole, failedImport, waitUntil } from '../support/helpers.js';

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
  /** A registry of its own, whose report chunk is `load` (the real one unless a test stands in another). */
  function registryWith(load: () => Promise<ReportModule> = () => import('../../src/data/feed-report.js')) {
    const loads = { count: 0 };
    const registry = createFormatRegistry({
      loadReport: () => {
        loads.count += 1;
        return load();
      },
    });
    // As the service finder's registration does: this page reads services.
    registry.readSections({ services: servicesSection });
    return { registry, loads };
  }

  const clean = () => ({ version: '1.0', programme: { name: 'Testborough' }, services: [{ id: 's1', name: 'Stay and play' }] });
  const flawed = () => ({
    version: '1.0',
    programme: { name: 'Testborough' },
    services: [
      { id: 's1', name: 'Stay and play', contact: { website: 'javascript:alert(1)' } },
      { id: 's2', name: 42 },
    ],
  });

  it('a clean feed is read at once, without fetching the report chunk', () => {
    const { registry, loads } = registryWith();
    const outcome = registry.toFeed(clean(), 'auto', 'https://example.org/clean.json');
    expect('result' in outcome && outcome.result.feed.services.map((s) => s.name)).to.deep.equal(['Stay and play']);
    expect('result' in outcome && outcome.result.diagnostics).to.deep.equal([]);
    expect(loads.count).to.equal(0);
  });

  it('a flawed feed is read at once, and its diagnostics are worded and logged once when the report arrives', async () => {
    const source = 'https://example.org/flawed.json';
    const { registry, loads } = registryWith();
    let outcome: ReturnType<typeof toFeed> | undefined;
    const warnings = await captureConsole('warn', async (calls) => {
      outcome = registry.toFeed(flawed(), 'auto', source);
      // The good service is there before any chunk has answered: a widget renders it now.
      expect('result' in outcome && outcome.result.feed.services.map((s) => s.id)).to.deep.equal(['s1']);
      expect('result' in outcome && outcome.result.diagnostics.map((d) => [d.path, d.action, d.item])).to.deep.equal([
        ['services[0]', 'dropped', 's1'],
        ['services[1]', 'skipped', 's2'],
      ]);
      await waitUntil(() => calls.length > 0, 'the diagnostics were logged');
    });
    expect(loads.count).to.equal(1);
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
    const { registry } = registryWith(failedImport);
    const source = 'https://example.org/flawed-offline.json';
    let outcome: ReturnType<typeof toFeed> | undefined;
    const warnings = await captureConsole('warn', async (calls) => {
      outcome = registry.toFeed(flawed(), 'auto', source);
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

  it('a document that is not a feed is refused at once; the console gets its reason in words, or a plain one without the chunk', async () => {
    const worded = await captureConsole('error', async (calls) => {
      const outcome = registryWith().registry.toFeed({ version: '2.0', programme: { name: 'x' } }, 'auto', 'https://example.org/v2.json');
      expect('error' in outcome && outcome.error.kind).to.equal('not-a-feed');
      await waitUntil(() => calls.length > 0, 'the refusal was logged');
    });
    expect(worded.join('\n')).to.contain('"version" "2.0" is not supported');

    const plain = await captureConsole('error', async (calls) => {
      const outcome = registryWith(failedImport).registry.toFeed({ version: '1.0', programme: { name: 42 } }, 'auto', 'https://example.org/bad-programme.json');
      expect('error' in outcome && outcome.error.kind).to.equal('not-a-feed');
      await waitUntil(() => calls.length > 0, 'the refusal was logged');
    });
    expect(plain.join('\n')).to.contain('not a usable native feed');
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
