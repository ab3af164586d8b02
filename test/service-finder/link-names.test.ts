/**
 * What a screen reader's list of links says for a service's website: whose website it is, in words
 * that read cleanly. Chromium puts a space before visually hidden text, so "Website" and a hidden
 * ": Little Acorns Nursery" were named "Website : Little Acorns Nursery". Read from Chromium's own
 * accessibility tree (Firefox's is not open to the tests).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/index.js';
import { resetDocumentCache } from '../../src/data/feed-client.js';
import { nativeFeed } from '../fixtures/index.js';
import { uniqueKey, waitUntil } from '../support/helpers.js';

const feed = nativeFeed({
  services: [
    {
      id: 'acorns',
      name: 'Little Acorns Nursery',
      categories: [],
      accessibility: [],
      contact: { website: 'https://acorns.example.org/', phone: '01632 960112' },
      schedule: [],
    },
  ],
});

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

function linkNames(node: AxNode | null, out: string[] = []): string[] {
  if (!node) return out;
  if (node.role === 'link' && node.name) out.push(node.name);
  for (const child of node.children ?? []) linkNames(child, out);
  return out;
}

describe('<pc-service-finder>: the names of a service’s links', () => {
  afterEach(() => resetDocumentCache({ storage: true }));

  it('names the website link "Website (Little Acorns Nursery)", with no space before punctuation', async function () {
    if (!navigator.userAgent.includes('Chrome')) this.skip();
    const src = `/mock/text/${uniqueKey('link-names')}?body=${encodeURIComponent(JSON.stringify(feed))}`;
    const el = await fixture(html`<pc-service-finder src=${src}></pc-service-finder>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.card__open'), 'the result');
    // Chromium fills a card into its tree at its first rendering after the card arrives (the cards are
    // `content-visibility: auto`), which a busy machine may not have reached yet: read until it has.
    let names: string[] = [];
    await waitUntil(async () => {
      names = linkNames((await a11ySnapshot({})) as unknown as AxNode).map((name) => name.replace(/\s+/g, ' '));
      return names.some((name) => name.startsWith('Website'));
    }, 'the website link in the accessibility tree');
    expect(names).to.include('Website (Little Acorns Nursery)');
    expect(names.filter((name) => /\s[:;,.)]/.test(name)), 'a space before punctuation').to.deep.equal([]);
    // Its visible words are still just "Website".
    const link = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.href === 'https://acorns.example.org/')!;
    const visible = link.cloneNode(true) as HTMLElement;
    visible.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    expect(visible.textContent!.trim()).to.equal('Website');
    await expect(el).to.be.accessible();
  });
});
